import { describe, expect, it } from 'vitest';
import { extract, systems } from './drafts.js';

/**
 * Weapon systems read by the shape of their names and the words around them, whatever the system: a maker's word before
 * a code, a name in the plural that is what a verb of moving weapons moves, three capitals before what they name, a
 * code with two variant letters, a batch after a code standing alone, vessels named with an epithet, several at once or
 * set off by commas. Sentences written for these tests.
 */

describe('weapon systems by the shape of their names', () => {
  it("reads a maker's word before a code as part of the system's name", async () => {
    const analysis = await extract('In 1951 Egypt received the first of 40 Mikoyan MiG-15 jets from Moscow.');
    expect(systems(analysis)).toEqual(['Mikoyan MiG-15']);
    const wire = await extract('The museum restored a Lavochkin La-7 fighter flown over Prague in 1945.');
    expect(systems(wire)).toEqual(['Lavochkin La-7']);
    const statement = await extract('Its squadron retired the last Sukhoi Su-22 bombers on Friday.');
    expect(systems(statement)).toEqual(['Sukhoi Su-22']);
  });

  it("keeps a state's, a month's or an article's word before a code out of the name", async () => {
    const d = await extract('Pilots flew the Soviet MiG-21 in June, and a Polish Su-22 in July; The F-16 stayed home.');
    expect(systems(d)).toEqual(['F-16', 'MiG-21', 'Su-22']);
  });

  it('reads a name in the plural as a system where a verb of moving weapons moves it', async () => {
    const analysis = await extract('In 1949 Syria bought some 20 Hurricanes from Britain.');
    expect(systems(analysis)).toEqual(['Hurricane']);
    const wire = await extract('Hungary will return the Gripens leased from Sweden when its new jets arrive.');
    expect(systems(wire)).toEqual(['Gripen']);
    const un = await extract('He said his country had delivered 12 Mistrals to Egypt under a contract of 2015.');
    expect(systems(un)).toEqual(['Mistral']);
  });

  it('reads no people named in the plural as a system', async () => {
    const d = await extract('Washington sent 200 Marines to Darwin, and Ankara received 300 Syrians from Jordan.');
    expect(systems(d)).toEqual([]);
  });

  it('reads three capitals before a word for a platform as a system, and no group before "fighters"', async () => {
    const wire = await extract('Indonesia ordered two PPA frigates from Italy.');
    expect(systems(wire)).toEqual(['PPA']);
    const briefing = await extract('Poland will buy more NSM launchers, the spokesman said.');
    expect(systems(briefing)).toEqual(['NSM']);
    const analysis = await extract('The RSF fighters seized the town, firing SPG launchers.');
    expect(systems(analysis)).toEqual(['SPG']);
  });

  it('reads a code with two variant letters, and a batch after a code standing alone', async () => {
    const wire = await extract('Kuwait received 20 M1A2K Abrams tanks this year.');
    expect(systems(wire)).toEqual(['M1A2K Abrams']);
    const briefing = await extract('The choice fell on the F-15 Block 60 over the Rafale.');
    expect(systems(briefing)).toContain('F-15 Block 60');
    const analysis = await extract('Bulgaria chose the Lockheed Martin F-16 Block 70 in 2019.');
    expect(systems(analysis)).toContain('F-16 Block 70');
  });

  it('reads no month and year as the start of a system name', async () => {
    const d = await extract('In March 1982 Argentine Mirage jets attacked the fleet.');
    expect(systems(d)).toEqual(['Mirage']);
  });

  it('reads vessels with an epithet, several named together, and one set off by commas', async () => {
    const wire = await extract('The cruiser Peter the Great sailed past the destroyer Sejong the Great at dawn.');
    expect(systems(wire)).toEqual(['Peter the Great', 'Sejong the Great']);
    const un = await extract('The gunboats Lubny and Vyshhorod and the tug Korets were seized near the strait.');
    expect(systems(un)).toEqual(['Korets', 'Lubny', 'Vyshhorod']);
    const statement = await extract('A Philippine coast guard vessel, the Cabra, was struck by a water cannon.');
    expect(systems(statement)).toEqual(['Cabra']);
  });
});
