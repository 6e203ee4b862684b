import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract } from './drafts.js';

/**
 * What analysis of old events names: states that no longer exist as
 * actors, pacts named with what they are on, and the date of an event told
 * after a story's dateline or after a clause with a date of its own.
 * Sentences written for these tests.
 */

const keys = (d: Draft) => d.entities.map((e) => e.key);

describe('states that no longer exist', () => {
  it('reads the Soviet Union, Yugoslavia, Czechoslovakia and East Germany as states, by name and demonym', async () => {
    const d = await extract(
      'In 1968 Soviet troops entered Czechoslovakia, and Yugoslavia protested. East Germany sent units of its own. ' +
        'The USSR called it fraternal help.',
      '2026-03-02',
    );
    expect(keys(d)).toEqual(expect.arrayContaining(['state:SUN', 'state:CSK', 'state:YUG', 'state:DDR']));
    expect(keys(d)).not.toContain('org:soviet-union');
  });

  it('takes the vetoing state of a veto told in history', async () => {
    const d = await extract('On 4 November 1956, the Soviet Union vetoed a draft resolution on Hungary.', '2026-11-04');
    const veto = documentOf(d).entities.find((e) => e.type === 'Event')!;
    expect(veto).toMatchObject({ category: 'VETO', date: '1956-11-04' });
    expect(documentOf(d).relationships).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'PARTICIPATED_IN', from: 'state:SUN', to: veto.key })]),
    );
  });
});

describe('pacts named with what they are on', () => {
  it('keeps "on ..." after the head word as part of the name, not a place', async () => {
    const d = await extract(
      'Mexico said the raid violated the Vienna Convention on Diplomatic Relations and the Caracas Convention on ' +
        'Diplomatic Asylum. Manila cited the United Nations Convention on the Law of the Sea.',
    );
    const treaties = d.entities.filter((e) => e.type === 'Treaty').map((e) => e.name);
    expect(treaties.sort()).toEqual([
      'Caracas Convention on Diplomatic Asylum',
      'United Nations Convention on the Law of the Sea',
      'Vienna Convention on Diplomatic Relations',
    ]);
    expect(d.entities.filter((e) => e.type === 'Place')).toEqual([]);
  });

  it('does not take a day or a month after "on" as what a pact is on', async () => {
    const d = await extract('The Lusaka Agreement on Monday was hailed by both sides.');
    expect(d.entities.filter((e) => e.type === 'Treaty').map((e) => e.name)).toEqual(['Lusaka Agreement']);
  });

  it('names a pact with the year before it, and reads a dated armistice', async () => {
    const d = await extract(
      'Beirut urged Israel to respect the 1974 Disengagement of Forces Agreement. Seoul said the 1953 armistice still held.',
    );
    const pact = d.entities.find((e) => e.name === 'Disengagement of Forces Agreement')!;
    expect(pact.aliases).toContain('1974 Disengagement of Forces Agreement');
    expect(d.entities.filter((e) => e.type === 'Treaty').map((e) => e.name)).toContain('1953 armistice');
  });
});

describe('dates of events told in history', () => {
  it("does not date an event by a story's dateline", async () => {
    const d = await extract(
      'ANKARA, December 4 - On 18 December 2017, Washington vetoed a draft resolution on the status of Jerusalem.',
      '2026-12-04',
    );
    expect(events(d)).toEqual(['VETO 2017-12-18']);
  });

  it('dates a verb by the date opening its sentence, not by a date in a clause before its subject', async () => {
    const d = await extract(
      'On 4 November 1956, as tanks crushed the uprising that had begun on 23 October, the Soviet Union vetoed a draft.',
      '2026-11-04',
    );
    expect(events(d)).toContain('VETO 1956-11-04');
    expect(events(d)).not.toContain('VETO 1956-10-23');
  });

  it('still dates a verb by a date opening its own clause', async () => {
    const d = await extract('Officials said that on 24 August the army shelled a school in Kassala.', '2026-09-01');
    expect(events(d)).toEqual(['STRIKE 2026-08-24']);
  });
});

describe('events named with a year, or with when they began', () => {
  it('dates an event by the year owning its noun', async () => {
    const d = await extract(
      'Manila said the claim had no basis, as the 2016 arbitral award made clear. Ministers recalled Russia’s 2008 ' +
        'recognition of the two regions.',
      '2026-01-20',
    );
    expect(events(d)).toEqual(['OTHER 2008', 'OTHER 2016']);
  });

  it('dates an event by the clause saying when it began', async () => {
    const d = await extract('Tanks crushed the uprising that had begun in Budapest on 23 October 1956.', '2026-11-04');
    expect(events(d)).toEqual(['OTHER 1956-10-23']);
  });

  it('reads the summoning of an envoy with its date, and no recognition still to come', async () => {
    const a = await extract(
      'The summoning of the ambassador on 10 September 2025 was the third this year.',
      '2025-09-12',
    );
    expect(events(a)).toEqual(['OTHER 2025-09-10']);
    const b = await extract(
      'The government said it would announce its recognition of the state in 2028.',
      '2026-03-01',
    );
    expect(events(b)).toEqual([]);
  });

  it('names an event by the noun that names it', async () => {
    const d = await extract(
      'Both states accepted the 2002 ruling of the International Court of Justice.',
      '2026-01-20',
    );
    expect(documentOf(d).entities.find((e) => e.type === 'Event')?.name).toBe('Ruling, 2002');
  });
});
