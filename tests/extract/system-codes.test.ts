import { describe, expect, it } from 'vitest';
import { extract, systems } from './drafts.js';

/**
 * Weapon systems read by the shape of their names where the tables do not list them: a code of a few letters and a
 * number standing alone or with the name and the variant after it, a name with a variant of letters, a maker's name
 * before a system's, a name with a diacritic, a code after an article. Sentences written for these tests.
 */

describe('weapon systems by the shape of their names', () => {
  it('reads a code standing alone, with no word for what it is after it', async () => {
    const wire = await extract('Officials said the choice was between the F-15EX and a European aircraft.');
    expect(systems(wire)).toEqual(['F-15EX']);
    const briefing = await extract(
      'A Russian Su-35 flew within ten metres of the patrol aircraft, the spokesman said.',
    );
    expect(systems(briefing)).toEqual(['Su-35']);
    const un = await extract('He said a P-8A had tracked the submarine for two days in international waters.');
    expect(systems(un)).toEqual(['P-8A']);
  });

  it('reads the name and variant after a code as part of the system, in the singular', async () => {
    const wire = await extract(
      'Greece will retire its last Mirage 2000-5 jets when the 20 F-35A Lightning II aircraft arrive.',
    );
    expect(systems(wire)).toContain('F-35A Lightning II');
    const analysis = await extract('The MiG-29 Fulcrum, flown since 1988, was grounded last spring.');
    expect(systems(analysis)).toEqual(['MiG-29 Fulcrum']);
    const statement = await extract('Finland took delivery of 64 F/A-18 Hornets from the United States in the 1990s.');
    expect(systems(statement)).toEqual(['F/A-18 Hornet']);
  });

  it('names the system by its full name where the text gives the code alone', async () => {
    const d = await extract(
      'The air force flies the Su-30 Flanker. Analysts expect the Su-30 to stay in service until 2040.',
    );
    expect(systems(d)).toEqual(['Su-30 Flanker']);
  });

  it('reads no code of other things as a system, nor a date or a state after a code as its name', async () => {
    const d = await extract(
      'The G-20 met in Rome while the COP-28 talks went on; India bought the MiG-29 Monday, and the Su-30 Russia sold it flew.',
    );
    expect(systems(d)).toEqual(['MiG-29', 'Su-30']);
  });

  it('reads a name with a variant of letters, a code with a point, and a name with a diacritic before a weapon noun', async () => {
    const wire = await extract('Brazil ordered 36 Gripen E/F fighters from Sweden.');
    expect(systems(wire)).toEqual(['Gripen E/F']);
    const analysis = await extract('Italy flew the Aeritalia G.222 transport aircraft in Somalia.');
    expect(systems(analysis)).toContain('Aeritalia G.222');
    const statement = await extract('The navy operates four Scorpène submarines built under licence.');
    expect(systems(statement)).toEqual(['Scorpène']);
  });

  it("reads a maker's name before the system's as part of it", async () => {
    const a = await extract('The squadron flew English Electric Lightning interceptors until 1988.');
    expect(systems(a)).toEqual(['English Electric Lightning']);
    const b = await extract('Nigeria received two Korea Aerospace KT-1 trainers and six British Aerospace Hawk jets.');
    expect(systems(b)).toContain('British Aerospace Hawk');
  });

  it('reads no name before a weapon noun that only qualifies a place or a trade ("arms depot")', async () => {
    const d = await extract(
      'The blasts at the Kostelní arms depot in 2014 killed two people, and the Lešany arms fair opened.',
    );
    expect(systems(d)).toEqual([]);
  });

  it('reads the code after an article opening the sentence', async () => {
    const d = await extract('The K2 tanks crossed the river at dawn, and the T-90 tanks followed.');
    expect(systems(d)).toEqual(['K2', 'T-90']);
  });
});
