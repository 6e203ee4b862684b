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

describe('a site named after its place, with a word for what it is after the name', () => {
  it('reads an airfield, a barracks, an airstrip and a base named by a code', async () => {
    const wire = await extract(
      'MAIDUGURI, March 3 - Soldiers moved the detainees from the Kainji barracks to Yola airfield on Tuesday, officials said.',
    );
    expect(places(wire)).toEqual(expect.arrayContaining(['Kainji barracks', 'Yola airfield']));
    const un = await extract(
      'She said that militants had shelled the Wajir airstrip twice since April and that drones had struck the H3 air base.',
    );
    expect(places(un)).toEqual(expect.arrayContaining(['H3 air base', 'Wajir airstrip']));
    const statement = await extract(
      'The Ministry confirms that the Rusizi hydroelectric dam and the Gatuna checkpoint remain under guard.',
    );
    expect(places(statement)).toEqual(expect.arrayContaining(['Gatuna checkpoint', 'Rusizi hydroelectric dam']));
  });

  it('reads the site when a sentence opens on it, and no site of a state or a people', async () => {
    const opened = await extract('The Akkuyu nuclear power plant will start next year.');
    expect(places(opened)).toEqual(['Akkuyu nuclear power plant']);
    const owned = await extract('The Russian garrison left the Armenian checkpoint on Friday.');
    expect(places(owned)).toEqual([]);
  });
});

describe('two points of the compass sharing one name', () => {
  it('reads the first as a region of that name too', async () => {
    const un = await extract('He said armed groups still held mining sites in North and South Kivu.');
    expect(places(un)).toEqual(['North Kivu', 'South Kivu']);
    const wire = await extract(
      'KHARTOUM, May 4 - Aid trucks reached North and West Darfur on Sunday, the agency said.',
    );
    expect(places(wire)).toEqual(expect.arrayContaining(['North Darfur', 'West Darfur']));
    const statement = await extract('The Ministry condemns the attacks on civilians in East and West Mosul.');
    expect(places(statement)).toEqual(['East Mosul', 'West Mosul']);
  });

  it('reads two states, and no region, in "North and South Korea"', async () => {
    const d = await extract('The envoy urged North and South Korea to resume talks.');
    expect(places(d)).toEqual([]);
    expect(documentOf(d).entities.map((e) => e.key)).toEqual(expect.arrayContaining(['state:PRK', 'state:KOR']));
  });
});

describe('places listed after a word for their kind and the people that held them', () => {
  it('reads each name of "the former Portuguese territories of ..."', async () => {
    const analysis = await extract('India took the former Portuguese territories of Goa, Daman and Diu in 1961.');
    expect(places(analysis)).toEqual(expect.arrayContaining(['Daman', 'Diu', 'Goa']));
    const un = await extract('He recalled that the British colonies of Aden and Perim had been ruled from Bombay.');
    expect(places(un)).toEqual(expect.arrayContaining(['Aden', 'Perim']));
    const statement = await extract('The Ministry rejects any claim on the Spanish enclaves of Ceuta and Melilla.');
    expect(places(statement)).toEqual(['Ceuta', 'Melilla']);
  });
});

describe('a capital that is the city itself', () => {
  it('reads a capital passed over, into or through as the city', async () => {
    const wire = await extract('KYIV, Jan 2 - Air defences shot down 30 drones over Kyiv overnight, officials said.');
    expect(places(wire)).toContain('Kyiv');
    const un = await extract('She said the fighting had spread across Khartoum and into Omdurman.');
    expect(places(un)).toContain('Khartoum');
    const statement = await extract('The Ministry reports that shells fell on the outskirts of Tripoli on Monday.');
    expect(places(statement)).toContain('Tripoli');
  });

  it('reads no city in what a government holds or is argued over, and keeps the state a party', async () => {
    const d = await extract("Moscow's influence over Beijing grew, and Tokyo voiced concerns over Seoul's plans.");
    expect(places(d)).toEqual([]);
  });

  it('reads a state named as its capital is as the city too, beside the state', async () => {
    const d = await extract('The two patrol boats were handed over in Singapore in May, and Singapore thanked Japan.');
    expect(places(d)).toEqual(['Singapore']);
    expect(documentOf(d).entities.map((e) => e.key)).toContain('state:SGP');
  });
});

describe('a sea or a port named alone', () => {
  it('reads "the Gulf" and a port opened by "Port", not the Gulf states nor a capital', async () => {
    const analysis = await extract(
      "London has become the Gulf's largest supplier, and its frigates call at Port Said.",
    );
    expect(places(analysis)).toEqual(['Persian Gulf', 'Port Said']);
    const parties = await extract('Most of the Gulf states buy their jets from France.');
    expect(places(parties)).toEqual([]);
    const wire = await extract('Tankers bound for the Gulf were diverted, and flights to Port Louis resumed.');
    expect(places(wire)).toContain('Persian Gulf');
    expect(documentOf(wire).entities.map((e) => e.key)).toContain('state:MUS');
  });
});

describe("a navy's shore base named as a ship", () => {
  it('reads the name as a place where the base is opened, stationed at or called a base', async () => {
    const analysis = await extract('The Royal Navy reopened HMS Gibraltar Point on the island in 2019.');
    expect(places(analysis)).toContain('HMS Gibraltar Point');
    const wire = await extract(
      'WELLINGTON, June 3 - Two hundred sailors based at HMNZS Philomel were sent north, the navy said.',
    );
    expect(places(wire)).toContain('HMNZS Philomel');
    const statement = await extract(
      'The Ministry confirms that HMAS Stirling, the navy’s western base, will host the submarines.',
    );
    expect(places(statement)).toContain('HMAS Stirling');
  });

  it('reads a ship as a vessel', async () => {
    const d = await extract('A Chinese frigate shadowed HMAS Toowoomba for two hours.');
    expect(places(d)).toEqual([]);
  });
});

describe('a name listed with places the text reads', () => {
  it('reads each name of a list whose others are places', async () => {
    const analysis = await extract(
      'Goa, Daman and Diu stayed Portuguese until 1961, when Indian troops crossed into Goa.',
    );
    expect(places(analysis)).toEqual(expect.arrayContaining(['Daman', 'Diu', 'Goa']));
    const wire = await extract('ODESA, May 2 - Drones struck Odesa, Izmail and Reni overnight, the governor said.');
    expect(places(wire)).toEqual(expect.arrayContaining(['Izmail', 'Reni']));
    const un = await extract(
      'She said Beledweyne, Bulo Burte and Jalalaqsi had been cut off since the floods near Beledweyne in May.',
    );
    expect(places(un)).toEqual(expect.arrayContaining(['Beledweyne', 'Bulo Burte', 'Jalalaqsi']));
  });

  it('reads no place in a list of people or of states', async () => {
    const d = await extract('Ruto, Museveni and Kagame met in Kampala, and Kenya, Uganda and Rwanda signed.');
    expect(places(d)).toEqual(['Kampala']);
  });
});
