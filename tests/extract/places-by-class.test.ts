import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Places by the class of phrase that names them: a division of a state by the word after its name ("Cluj county",
 * "Kaputa district"), a base by the words of its kind before its name ("Air Force Base Waterkloof"), an ocean named
 * bare ("crossing the Atlantic"), enclaves known by name ("Ceuta and Melilla") and the city a government or the
 * authorities sit in ("the authorities in Yangon"), which leaves the state its claims. Sentences written for these
 * tests, in the styles of wire copy, UN meetings coverage and government statements.
 */

const places = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => [e.name as string, ...((e.aliases as string[] | undefined) ?? [])].join('|'))
    .sort();

describe("a state's division named by the word after its name", () => {
  it('reads a county, a district, a prefecture and a governorate, its word kept as an alias', async () => {
    const wire = await extract('Drone fragments were found in Galati county on Tuesday, the ministry said.');
    expect(places(wire)).toEqual(['Galati|Galati county']);
    const un = await extract(
      'She said 3,000 refugees had crossed into the Nchelenge district and the Kaputa District of Zambia.',
    );
    expect(places(un)).toContain('Nchelenge|Nchelenge district');
    expect(places(un).some((p) => p.startsWith('Kaputa'))).toBe(true);
    const statement = await extract(
      'The Ministry condemns the shelling of villages in Deir ez-Zor governorate and in Okinawa prefecture drills.',
    );
    expect(places(statement)).toContain('Okinawa|Okinawa prefecture');
  });

  it("keeps a possessive inside the name and leaves a state's before it out", async () => {
    const statement = await extract("Soldiers entered the Qacha's Nek district on 6 April, the Ministry said.");
    expect(places(statement)).toEqual(["Qacha's Nek|Qacha's Nek district"]);
    const wire = await extract("Gunmen attacked a school in Nigeria's Katsina State on Sunday, police said.");
    expect(places(wire)).toEqual(['Katsina State']);
  });

  it('reads no place in a ministry named by its department', async () => {
    const d = await extract('The Justice Department and the State Department declined to comment.');
    expect(places(d)).toEqual([]);
  });
});

describe('a town whose name joins its words by a particle', () => {
  it('reads "Ras el Ma", "Sharm el Sheikh" and "Ras al Khaimah" whole', async () => {
    const wire = await extract('The islands lie three kilometres from the Moroccan town of Ras el Ma.');
    expect(places(wire)).toEqual(['Ras el Ma']);
    const statement = await extract('The ministers met in Sharm el Sheikh on Monday.');
    expect(places(statement)).toEqual(['Sharm el Sheikh']);
    const un = await extract('She said the vessel had sailed from Ras al Khaimah in May.');
    expect(places(un)).toEqual(['Ras al Khaimah']);
  });
});

describe('a base named after its kind', () => {
  it('reads "Air Force Base ...", "Naval Base ..." and "Joint Base ..." as places, not the service', async () => {
    const statement = await extract('The aircraft will land at Air Force Base Makhado on Friday morning.');
    expect(places(statement)).toEqual(['Air Force Base Makhado']);
    expect(documentOf(statement).entities.filter((e) => e.type === 'Organization')).toEqual([]);
    const wire = await extract('The frigate sailed from Naval Base Simon’s Town on Monday, the navy said.');
    expect(places(wire).some((p) => p.startsWith('Naval Base Simon'))).toBe(true);
    const un = await extract('The detainees were flown from Joint Base Andrews to the capital.');
    expect(places(un)).toEqual(['Joint Base Andrews']);
  });
});

describe('an ocean named bare', () => {
  it('reads "the Atlantic", "the Pacific" and "the Arctic" as oceans, not an alliance or a body', async () => {
    const analysis = await extract('The base became a stop for aircraft crossing the Atlantic.');
    expect(places(analysis)).toEqual(['Atlantic Ocean|Atlantic']);
    const statement = await extract('The Ministry will send two patrol vessels to the Pacific next year.');
    expect(places(statement)).toEqual(['Pacific Ocean|Pacific']);
    const wire = await extract('Exercises in the Arctic began on Monday, the ministry said.');
    expect(places(wire)).toEqual(['Arctic Ocean|Arctic']);
  });

  it('reads no ocean in "the Atlantic alliance" or "the Pacific Islands Forum"', async () => {
    const d = await extract('He praised the Atlantic alliance and the Pacific Islands Forum.');
    expect(places(d)).toEqual([]);
  });
});

describe('enclaves known by name', () => {
  it('reads Ceuta and Melilla wherever they are named', async () => {
    const wire = await extract('Rabat regards Ceuta and Melilla as occupied territory, the ministry said.');
    expect(places(wire)).toEqual(['Ceuta', 'Melilla']);
    const statement = await extract('A patrol vessel was sent from Melilla on Sunday.');
    expect(places(statement)).toEqual(['Melilla']);
  });
});

describe('the city a government or the authorities sit in', () => {
  it('is a place beside the body, and a claim aimed at the body stays aimed at it', async () => {
    const un = await extract(
      'The representative of France urged the authorities in Yangon to release all political prisoners.',
    );
    expect(places(un)).toEqual(['Yangon']);
    expect(un.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:yangon-authorities'))).toBe(true);
    const wire = await extract('The government in Tiraspol said on Monday it would not allow the inspectors in.');
    expect(places(wire)).toEqual(['Tiraspol']);
    const statement = await extract('The Ministry calls on the administration in Hargeisa to open the port.');
    expect(places(statement)).toEqual(['Hargeisa']);
  });
});
