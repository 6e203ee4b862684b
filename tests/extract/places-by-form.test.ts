import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Places named by their form: a point of the compass before a name, an
 * ocean, a capital joined to a place where something happened. Sentences
 * written for these tests.
 */

const places = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name as string)
    .sort();

describe('a region named by a point of the compass before a name', () => {
  it('reads "South Kivu", "West Darfur" and "Central Asia"', async () => {
    const wire = await extract('GOMA, May 2 - The rebels advanced into South Kivu on Friday, officials said.');
    expect(places(wire)).toContain('South Kivu');
    const un = await extract('She said 40,000 people had fled from West Darfur since the attacks on El Geneina.');
    expect(places(un)).toContain('West Darfur');
    const statement = await extract('The Ministry will open three new consulates across Central Asia next year.');
    expect(places(statement)).toEqual(['Central Asia']);
  });

  it("reads no region in a state's name or a people's", async () => {
    const d = await extract('North Korea fired two missiles, and South Korean and South African envoys protested.');
    expect(places(d)).toEqual([]);
  });
});

describe('an ocean', () => {
  it('reads a name closed by "Ocean"', async () => {
    const d = await extract('The carrier group will sail through the Indian Ocean to the Pacific Ocean in June.');
    expect(places(d)).toEqual(['Indian Ocean', 'Pacific Ocean']);
  });
});

describe('a capital joined to a place where something happened', () => {
  it('reads the capital as a city too', async () => {
    const d = await extract('Monitors found the rifles in South Kordofan and Khartoum, the panel said.');
    expect(places(d)).toEqual(['Khartoum', 'South Kordofan']);
    const near = await extract('Drones struck near Kharkiv and Kyiv overnight, the air force said.');
    expect(places(near)).toContain('Kyiv');
  });

  it('reads no city when the name before is a state', async () => {
    const d = await extract('Officials in Sudan and Khartoum disagreed.');
    expect(places(d)).toEqual([]);
  });
});

describe("a compass word in a post's field", () => {
  it('reads no region where no place is said to be', async () => {
    const d = await extract(
      'Opening the meeting, Ana Ruiz, Assistant Secretary-General for Europe, Central Asia and the Americas, said the United Nations could not verify the claims.',
    );
    expect(places(d)).not.toContain('Central Asia');
  });
});

describe('a list of places going on with others of its kind', () => {
  it('reads each name before "and other towns"', async () => {
    const statement = await extract(
      'The Ministry recalls the crimes committed in Izium, Lyman and other liberated towns of the Kharkiv region.',
    );
    expect(places(statement)).toEqual(expect.arrayContaining(['Izium', 'Lyman']));
    const wire = await extract('Floods cut roads near Beledweyne, Jowhar and several other towns, the agency said.');
    expect(places(wire)).toEqual(expect.arrayContaining(['Beledweyne', 'Jowhar']));
    const un = await extract('She said aid convoys had reached Kadugli, Dilling and other besieged towns in April.');
    expect(places(un)).toEqual(expect.arrayContaining(['Dilling', 'Kadugli']));
  });
});
