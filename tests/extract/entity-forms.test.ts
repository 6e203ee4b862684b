import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract } from './drafts.js';

/**
 * Entities named by the form of their phrase rather than by a table of
 * names: a summit by the body that holds it, a crackdown by its date.
 * Sentences written for these tests.
 */

const placeOf = (d: Draft, event: string) =>
  documentOf(d).relationships.find((r) => r.from === event && r.type === 'TOOK_PLACE_IN')?.to;
const eventKey = (d: Draft) => documentOf(d).entities.find((e) => e.type === 'Event')?.key as string | undefined;

describe('events named by their form', () => {
  it('drafts a summit named by the body that holds it, before or after the noun, with no date', async () => {
    const before = await extract('The minister said the drills were staged to raise tension ahead of the NATO summit.');
    expect(events(before)).toEqual(['SUMMIT -']);
    expect(placeOf(before, eventKey(before)!)).toBe('org:nato');
    const after = await extract('Leaders will gather for a summit of the African Union to discuss the crisis.');
    expect(events(after)).toEqual(['SUMMIT -']);
    expect(placeOf(after, eventKey(after)!)).toBe('org:african-union');
  });

  it('drafts no summit for the noun alone, with no body, date or place', async () => {
    const d = await extract('The minister said a summit would not solve anything.');
    expect(events(d)).toEqual([]);
  });

  it('drafts a crackdown with its date', async () => {
    const d = await extract('Most of the refugees fled after a military crackdown in August 2017, the agency said.');
    expect(events(d)).toEqual(['OTHER 2017-08']);
  });
});

describe("a state's service named bare", () => {
  it('reads "the coast guard" in a text about one state as that state\'s coast guard', async () => {
    const d = await extract(
      'Norway said on Monday that its fishermen had been harassed. Norway will send more patrols, and the coast guard will board any vessel that fishes illegally, Norway said.',
    );
    const guard = documentOf(d).entities.find((e) => e.key === 'org:norway-coast-guard');
    expect(guard?.name).toBe('Coast Guard of Norway');
    expect(documentOf(d).relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'org:norway-coast-guard', to: 'state:NOR' }),
    );
  });
});

describe('transfers told as building for a state or stationing in one', () => {
  const transfers = (d: Draft) =>
    documentOf(d)
      .entities.filter((e) => e.type === 'WeaponsTransfer')
      .map((e) => {
        const ends = documentOf(d).relationships.filter((r) => r.from === e.key);
        const end = (type: string) => ends.find((r) => r.type === type)?.to ?? '-';
        return `${end('SUPPLIED_BY')} > ${end('RECEIVED_BY')} ${end('OF_WEAPON')}`;
      });

  it('reads "⟨A⟩ is building ⟨W⟩ for ⟨B⟩" as a transfer from the builder to the state it builds for', async () => {
    const d = await extract(
      'Officials said South Korea is building two more patrol vessels for Peru under the 2023 deal.',
    );
    expect(transfers(d)).toEqual(['state:KOR > state:PER -']);
  });

  it('reads "⟨A⟩ stationed ⟨W⟩ in ⟨B⟩" as a transfer to the state whose soil takes them', async () => {
    const d = await extract('Russia stationed Iskander-M missiles in Belarus in 2023, the ministry recalled.');
    expect(transfers(d)).toEqual(['state:RUS > state:BLR weapon:iskander-m']);
  });

  it('drafts no transfer for building with no one built for, nor for a weapon built by a maker', async () => {
    const a = await extract('China is building more warships than any other navy, the analyst said.');
    expect(transfers(a)).toEqual([]);
    const b = await extract('The frigates, built by France, were commissioned by Greece in 2025.');
    expect(transfers(b)).toEqual([]);
  });
});

describe("the Security Council's sanctions committees", () => {
  const organizations = (d: Draft) =>
    documentOf(d)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => `${e.key as string} ${e.name as string}`);

  it('names a committee by the resolution that set it up, and keeps that resolution', async () => {
    const d = await extract(
      'The Chair of the Committee established pursuant to resolution 1970 (2011) told the Council that arms still reached Libya.',
    );
    expect(organizations(d)).toContain(
      'org:un-1970-committee Security Council Committee established pursuant to resolution 1970 (2011)',
    );
    expect(documentOf(d).entities.map((e) => e.key)).toContain('resolution:s-res-1970-2011');
  });

  it('reads "the 1718 Committee" as the same body as the committee established pursuant to resolution 1718', async () => {
    const d = await extract(
      "The panel assisted its committee established pursuant to resolution 1718 (2006). Diplomats said the Security Council's 1718 Committee would meet again.",
    );
    expect(organizations(d).filter((o) => o.startsWith('org:un-1718-committee'))).toHaveLength(1);
  });
});
