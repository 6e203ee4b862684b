import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract, transfers } from './drafts.js';

/**
 * Kinds of entity phrase the extractor reads in any text: a further weapon
 * joined by "along with", a list of parties cut where a new clause opens,
 * people whose names open on an accented capital, companies named by their
 * trade, a post held by "its" body, armed groups named by their fighters,
 * a state called "the country" or "the island", and events of standing
 * (joining a body, an embargo lifted, a ban imposed) with their date.
 * Sentences written for these tests, each rule read in three of its own
 * about other states.
 */

const named = (d: Draft, type: string) =>
  documentOf(d)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name as string)
    .sort();

const related = (d: Draft, type: string, from: string) =>
  documentOf(d)
    .relationships.filter((r) => r.type === type && r.from === from)
    .map((r) => r.to);

describe('a further weapon after "along with", "together with", "as well as"', () => {
  it('reads it as a transfer of its own between the same parties', async () => {
    const a = await extract(
      'Turkey delivered 12 Kirpi armoured vehicles to Somalia in 2023, along with two patrol boats.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:TUR > state:SOM', 'state:TUR > state:SOM']);
    const b = await extract('Ghana received four Z-9 helicopters from China, together with two patrol boats.');
    expect(transfers(b)).toEqual(['state:CHN > state:GHA: -', 'state:CHN > state:GHA: weapon:z-9']);
    const c = await extract(
      'Spain sold six Harrier jets to Thailand in 1997, as well as 20 armoured personnel carriers.',
    );
    expect(transfers(c, { weapon: false })).toEqual(['state:ESP > state:THA', 'state:ESP > state:THA']);
  });

  it('drafts nothing more for what is no weapon, and keeps "the weapons" named again as the first transfer', async () => {
    const a = await extract('Chile supplied Peru with armoured vehicles, along with a field hospital.');
    expect(transfers(a, { weapon: false })).toEqual(['state:CHL > state:PER']);
    const b = await extract(
      'Chile supplied Peru with armoured vehicles in 2019. The weapons supplied by Chile to Peru were later used at the border.',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:CHL > state:PER']);
  });
});

describe('a list of parties after "from", "to" or "by" ends where a clause of its own opens', () => {
  it('names one supplier when the next name is the subject of a new clause', async () => {
    const a = await extract('Cyprus ordered S-300 missiles from Russia, and Türkiye threatened to strike them.');
    expect(transfers(a)).toEqual(['state:RUS > state:CYP: weapon:s-300']);
    const b = await extract('Kenya bought Bayraktar TB2 drones from Turkey and Uganda protested.');
    expect(transfers(b)).toEqual(['state:TUR > state:KEN: weapon:bayraktar-tb2']);
  });

  it('still reads a list of suppliers', async () => {
    const d = await extract('Peru bought Mi-17 helicopters from Russia and Belarus.');
    expect(transfers(d, { weapon: false })).toEqual(['state:BLR > state:PER', 'state:RUS > state:PER']);
  });

  it('takes "gave it ⟨W⟩" to go to what "it" stands for, not to a place named later, nor to the giver as maker', async () => {
    const d = await extract(
      'The Slovak army needed new armour. Poland gave it 30 PT-91 tanks in exchange for the howitzers sent to Kyiv.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:POL > state:SVK']);
  });
});

describe('names that open on an accented capital', () => {
  it('reads them as people', async () => {
    const d = await extract(
      '"We will not be intimidated," said Colonel Álvaro Rivas, a spokesman for the Nicaraguan Army. ' +
        'Émile Durand, a researcher at the institute, said Ömer Çelik had met the delegation.',
    );
    expect(named(d, 'Person')).toEqual(['Álvaro Rivas', 'Émile Durand', 'Ömer Çelik']);
  });
});

describe('companies named by their trade', () => {
  it('reads a name ending on a word for a company as an organization, in the state whose possessive precedes it', async () => {
    const d = await extract(
      "Canberra chose Mitsubishi Heavy Industries over Germany's ThyssenKrupp Marine Systems, and Hanwha Aerospace will supply the guns.",
    );
    expect(named(d, 'Organization')).toEqual([
      'Hanwha Aerospace',
      'Mitsubishi Heavy Industries',
      'ThyssenKrupp Marine Systems',
    ]);
    expect(related(d, 'LOCATED_IN', 'org:thyssenkrupp-marine-systems')).toEqual(['state:DEU']);
    expect(related(d, 'PART_OF', 'org:thyssenkrupp-marine-systems')).toEqual([]);
  });

  it('does not read a kind of weapon, capitalised, as a company', async () => {
    const d = await extract('Officials said Russian Air Defence Systems had failed to stop the drones over Kursk.');
    expect(named(d, 'Organization')).toEqual([]);
  });
});

describe('a post of "its" body', () => {
  it('is held for the state or body the sentence before opened on', async () => {
    const a = await extract(
      'The Kenyan foreign ministry said the island had been Kenyan since 1963. Its spokesman, Jane Otieno, rejected the claim that Kenya had moved its border posts.',
    );
    expect(related(a, 'HOLDS_POSITION', 'person:jane-otieno')).toEqual(['org:kenya-ministry-of-foreign-affairs']);
    const b = await extract(
      'Indonesia protested to Beijing on Monday. Its spokeswoman, Retno Wulandari, said the coast guard would stay.',
    );
    expect(related(b, 'HOLDS_POSITION', 'person:retno-wulandari')).toEqual(['state:IDN']);
  });
});

describe('armed groups named by a proper word and their fighters', () => {
  it('reads them as armed groups', async () => {
    const d = await extract(
      'The Tuareg separatists seized Kidal in 2012. Mai-Mai militiamen attacked a camp near Beni, and Washington once armed the Contra rebels.',
    );
    expect(named(d, 'Organization')).toEqual(['Contra rebels', 'Mai-Mai militiamen', 'Tuareg separatists']);
    expect(documentOf(d).entities.find((e) => e.name === 'Tuareg separatists')).toMatchObject({
      category: 'ARMED_GROUP',
    });
  });

  it("leaves a state's rebels and a patron's proxies to the rules for states", async () => {
    const d = await extract('Syrian rebels and Iran-backed militias clashed near Deir ez-Zor.');
    expect(named(d, 'Organization')).toEqual([]);
  });
});

describe('a state called "the country" or "the island" in a transfer', () => {
  it('is the state the text is about, or the state named before', async () => {
    const a = await extract(
      'North Macedonia joined NATO in 2020. In 2022 the country gave Ukraine its T-72 tanks and Su-25 aircraft.',
    );
    expect(transfers(a)).toEqual(['state:MKD > state:UKR: weapon:su-25', 'state:MKD > state:UKR: weapon:t-72']);
    const b = await extract(
      'Malta has no air force of its own. Officials said in 2023 that Italy had delivered two AW139 helicopters to the island.',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:ITA > state:MLT']);
    const c = await extract(
      'Sri Lanka is short of ships. India handed over a Dornier aircraft to the country in 2022.',
    );
    expect(transfers(c)).toEqual(['state:IND > state:LKA: weapon:dornier']);
  });
});

describe('events of standing, with their date', () => {
  it('reads a state joining or leaving a body, an embargo lifted, a ban imposed', async () => {
    const a = await extract('Croatia joined the European Union on 1 July 2013.', '2024-07-03');
    expect(events(a)).toEqual(['OTHER 2013-07-01']);
    const b = await extract(
      'Burkina Faso withdrew from the Economic Community of West African States in January 2024.',
      '2024-07-03',
    );
    expect(events(b)).toEqual(['OTHER 2024-01']);
    const c = await extract('The European Union lifted its arms embargo on Uzbekistan in 2009.', '2024-07-03');
    expect(events(c)).toEqual(['OTHER 2009']);
    const d = await extract('The junta banned the activities of all political parties on 13 March 2024.', '2024-07-03');
    expect(events(d)).toEqual(['OTHER 2024-03-13']);
  });

  it('still reads no event of an envoy summoned or troops deployed, which analysts seldom record', async () => {
    const d = await extract(
      'Ghana summoned the Nigerian high commissioner on 12 March 2024. Burundi deployed 1,000 soldiers to eastern Congo in August 2023.',
      '2024-07-03',
    );
    expect(events(d)).toEqual([]);
  });

  it('drafts no event when no date is given', async () => {
    const d = await extract('Croatia joined the European Union and later lifted its ban on Serbian imports.');
    expect(events(d)).toEqual([]);
  });
});

describe('a leader named with what they have or did', () => {
  it('reads a name before a possessive of rule or a verb of acting as a person', async () => {
    const d = await extract(
      "Alpha Condé had approved the deal in 2015. Omar al-Bashir's government fell in 2019, and Yahya Jammeh fled to Equatorial Guinea.",
    );
    expect(named(d, 'Person')).toEqual(['Alpha Condé', 'Omar al-Bashir', 'Yahya Jammeh']);
  });

  it('does not read a place or a body before a possessive as a person', async () => {
    const d = await extract("Silicon Valley's firms grew, and Human Rights Watch reported abuses.");
    expect(named(d, 'Person')).toEqual([]);
  });
});
