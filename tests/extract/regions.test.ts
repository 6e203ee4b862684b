import { describe, expect, it } from 'vitest';
import { extract } from './drafts.js';

/**
 * Places named as a part of a state or a sea ("northern Iraq", "the eastern
 * Mediterranean") and places whose names end in a word that names a body
 * ("the West Bank"), on sentences written for these tests.
 */

const keys = (draft: Awaited<ReturnType<typeof extract>>) => draft.entities.map((e) => e.key);
const relationships = (draft: Awaited<ReturnType<typeof extract>>) =>
  (draft.document.relationships ?? []) as { type: string; from: string; to: string }[];

describe('a place whose name ends like a body', () => {
  it('reads "the West Bank" as the place of the gazetteer, not a bank', async () => {
    const draft = await extract(
      'The envoy told reporters that settler violence in the West Bank had risen sharply since the spring.',
    );
    expect(keys(draft)).toContain('place:west-bank');
    expect(keys(draft).filter((k) => k.startsWith('org:'))).toEqual([]);
  });

  it('reads "Jerusalem and the West Bank" as two places, while a body named after a place keeps its name', async () => {
    const draft = await extract(
      'Officials accuse the group of moving rifles to cells in Jerusalem and the West Bank. The World Bank office in ' +
        'Ramallah said aid had slowed.',
    );
    expect(keys(draft)).toEqual(expect.arrayContaining(['place:jerusalem', 'place:west-bank']));
    expect(keys(draft).filter((k) => /jerusalem-and|org:west-bank/.test(k))).toEqual([]);
    expect(keys(draft)).toContain('org:world-bank');
  });
});

describe('a region told by a point of the compass', () => {
  it('drafts "northern Iraq" as a place inside Iraq, and Iraq is still named', async () => {
    const draft = await extract(
      'Turkish aircraft struck positions of the armed group in northern Iraq overnight, the defence ministry said.',
    );
    expect(keys(draft)).toEqual(expect.arrayContaining(['place:northern-iraq', 'state:IRQ']));
    expect(relationships(draft)).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', from: 'place:northern-iraq', to: 'state:IRQ' }),
    );
  });

  it('reads a sea of the gazetteer with a compass word as a region of that sea', async () => {
    const draft = await extract(
      'Greek and Turkish frigates shadowed each other in the eastern Aegean and the eastern Mediterranean for a week, ' +
        'while a Russian tanker crossed the English Channel.',
    );
    expect(keys(draft)).toEqual(
      expect.arrayContaining(['place:eastern-aegean', 'place:eastern-mediterranean', 'place:english-channel']),
    );
  });

  it('keeps a recipient told by its region as the state for a transfer', async () => {
    const draft = await extract('Russia delivered armoured vehicles to eastern Libya in March, the monitors reported.');
    expect(keys(draft)).toEqual(
      expect.arrayContaining(['place:eastern-libya', 'transfer:rus-lby-armoured-vehicles-2024-03']),
    );
  });

  it('leaves a capitalised name that opens with a compass word whole, and a demonym unread as a region', async () => {
    const draft = await extract(
      'Troops from the Central African Republic were sent to the South Caucasus. Fighting went on in southern Syrian towns.',
    );
    expect(keys(draft).filter((k) => /^place:(?:central|southern)-/.test(k))).toEqual([]);
  });
});
