import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Organizations and places named by a common noun, a post or an unusual
 * name rather than by a name the tables know: a state's organ after a
 * demonym news spells otherwise than the dataset, a service or the security
 * forces named bare, a post of the United Nations with no holder, a body
 * set up to inquire in lower case, a body named after its owner's
 * possessive, places by the word of their kind, rulers by their style.
 * Sentences written for these tests.
 */

type Entity = { key: string; type: string; name: string; aliases?: string[] };
const entitiesOf = (d: Draft) => documentOf(d).entities as unknown as Entity[];
const names = (d: Draft, type: string) => entitiesOf(d).filter((e) => e.type === type);
/** Whether an entity of `type` is named so, by its name or an alias. */
const named = (d: Draft, type: string, name: string) =>
  names(d, type).some((e) => [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase()));
const partOf = (d: Draft, from: string) =>
  documentOf(d)
    .relationships.filter((r) => r.from === from && r.type === 'PART_OF')
    .map((r) => r.to);

describe("a state's organ after a demonym news spells its own way", () => {
  it.each([
    ['Wire: the Ecuadorian navy boarded the trawler at dawn, officials said.', 'org:ecuador-navy', 'state:ECU'],
    ['Analysis: the Surinamese army has never patrolled the disputed forest.', 'org:suriname-army', 'state:SUR'],
    ['UN: the delegate said the Slovenian authorities had opened an inquiry.', 'org:slovenia-authorities', 'state:SVN'],
    ['Briefing: the Nepali government has asked for talks on the pass.', 'org:nepal-government', 'state:NPL'],
    [
      'Statement: the Djiboutian coast guard rescued forty migrants on Friday.',
      'org:djibouti-coast-guard',
      'state:DJI',
    ],
    ['Wire: the Icelandic coast guard escorted the vessel out of the zone.', 'org:iceland-coast-guard', 'state:ISL'],
    ['Analysis: the Argentinian navy bought four patrol ships in 2019.', 'org:argentina-navy', 'state:ARG'],
  ])('reads %s', async (sentence, organ, state) => {
    const d = await extract(sentence);
    expect(partOf(d, organ)).toContain(state);
  });

  it('names the state by the demonym alone, with no organ after it', async () => {
    const d = await extract('Ecuadorian fishermen protested in the port, the mayor said.');
    expect(entitiesOf(d).map((e) => e.key)).toContain('state:ECU');
    expect(names(d, 'Organization').filter((e) => e.key.startsWith('org:ecuador'))).toEqual([]);
  });
});

describe('services and security forces named bare', () => {
  it('reads "the navy" in a text about one state as its navy', async () => {
    const d = await extract(
      'Namibia has ordered patrol boats. Namibia wants to guard its fisheries, and Namibia expects the first in May. The navy will base them at Walvis Bay.',
    );
    expect(named(d, 'Organization', 'navy')).toBe(true);
    expect(partOf(d, 'org:namibia-navy')).toContain('state:NAM');
  });

  it('reads "the navy\'s" after a navy named in full as that navy, not as another', async () => {
    const d = await extract(
      "Chile bought frigates. Chile paid in cash, and Chile took the ships in June. The Peruvian Navy watched. The navy's ships stayed in port.",
    );
    expect(names(d, 'Organization').map((e) => e.key)).not.toContain('org:chile-navy');
  });

  it('reads "our Navy" in a ministry\'s statement as its state\'s navy', async () => {
    const d = await extract(
      'Statement by the Ministry of Foreign Affairs of Mauritius\n\nMauritius thanks India, from which our Navy received a patrol vessel last year.',
    );
    expect(partOf(d, 'org:mauritius-navy')).toContain('state:MUS');
  });

  it('reads security forces with no article where a clause opens', async () => {
    const d = await extract(
      'TEGUCIGALPA, May 3 - Honduras declared an emergency. Honduras closed the border, and Honduras asked for calm. Within hours, security forces had cleared the square.',
    );
    expect(partOf(d, 'org:honduras-security-forces')).toContain('state:HND');
    expect(named(d, 'Organization', 'security forces')).toBe(true);
  });

  it('reads "in which security forces" in a government\'s statement as its own', async () => {
    const d = await extract(
      'Statement by the Ministry of Foreign Affairs of Peru\n\nPeru recalls the events of 2020, in which security forces dispersed the marches.',
    );
    expect(partOf(d, 'org:peru-security-forces')).toContain('state:PER');
  });

  it('reads "the security forces" in UN coverage about one state', async () => {
    const d = await extract(
      'The Council discussed the situation in Haiti. The representative of Haiti said Haiti needed help, that Haiti would hold elections and that the security forces lacked fuel.',
    );
    expect(partOf(d, 'org:haiti-security-forces')).toContain('state:HTI');
  });

  it('drafts no security forces where no state is clear', async () => {
    const d = await extract('Analysts said security forces in the region were stretched thin.');
    expect(names(d, 'Organization').filter((e) => e.key.endsWith('-security-forces'))).toEqual([]);
  });

  it('drafts no organ for "the security forces" of a phrase another body names', async () => {
    const d = await extract(
      'Kenya welcomed the vote. Kenya said Kenya would train the Somali security forces with its partners.',
    );
    expect(names(d, 'Organization').map((e) => e.key)).not.toContain('org:kenya-security-forces');
  });
});

describe('posts of the United Nations named with no holder', () => {
  it('reads "the United Nations Special Rapporteur" and "the Special Rapporteur" after it as one office', async () => {
    const d = await extract(
      'Q: The United Nations Special Rapporteur says the strikes hit schools. Do you agree?\nSPOKESPERSON: The Special Rapporteur has never visited the country.',
    );
    const posts = names(d, 'Organization').filter((e) => e.name.includes('Rapporteur'));
    expect(posts.map((e) => e.name)).toEqual(['United Nations Special Rapporteur']);
    expect(posts[0]!.aliases).toContain('Special Rapporteur');
  });

  it('reads "no reference to the High Representative" as the office', async () => {
    const d = await extract(
      'The representative of China said the text rightly made no reference to the High Representative.',
    );
    expect(named(d, 'Organization', 'High Representative')).toBe(true);
  });

  it('reads "the Secretary-General\'s Special Envoy" with its lead', async () => {
    const d = await extract(
      "Several delegates regretted that the Council had acted without a report from the Secretary-General's Special Envoy.",
    );
    expect(named(d, 'Organization', "Secretary-General's Special Envoy")).toBe(true);
  });

  it('reads a post with its field and the Secretary-General named', async () => {
    const d = await extract(
      'The Government wrote to the Special Representative of the Secretary-General for Central Africa to protest.',
    );
    expect(named(d, 'Organization', 'Special Representative of the Secretary-General for Central Africa')).toBe(true);
  });

  it.each([
    [
      'the holder named after a comma',
      'The Council heard the Special Envoy for the Great Lakes, Lena Okafor, who warned of famine.',
    ],
    ['the holder named right after the post', 'Special Coordinator Pablo Ruiz said the crossings had reopened.'],
    [
      'the holder named before it',
      'Briefing the Council, Mara Lindqvist, Special Representative of the Secretary-General, said the vote was calm.',
    ],
    [
      "another body's possessive before it",
      "The European Union's High Representative condemned the attack on the embassy.",
    ],
    ['a deputy', 'The Deputy Special Envoy told the Council that talks had stalled.'],
  ])('drafts no office for a post with %s', async (_, sentence) => {
    const d = await extract(sentence);
    expect(
      names(d, 'Organization').filter((e) => /Envoy|Representative|Coordinator/.test(e.name) && !/Office/.test(e.name)),
    ).toEqual([]);
  });
});

describe('bodies set up to inquire, and groups named by their cause', () => {
  it.each([
    ['A panel of experts told the Council last year that rifles had reached the rebels.', 'panel of experts'],
    ['An independent commission of inquiry found that detainees had been beaten.', 'independent commission of inquiry'],
    ['A United Nations panel of experts said the drones came from abroad.', 'United Nations panel of experts'],
    ['The government set up a board of inquiry after the crash.', 'board of inquiry'],
    ['Environmental groups accused the fleet of fishing inside the reserve.', 'Environmental groups'],
    ['The mission met civil society groups in the capital on Tuesday.', 'civil society groups'],
    ['Critics said the Chinese distant-water fleet had emptied the squid grounds.', 'Chinese distant-water fleet'],
    ["Insurers warned that tankers of Russia's shadow fleet carried no cover.", "Russia's shadow fleet"],
  ])('reads %s', async (sentence, name) => {
    const d = await extract(sentence);
    expect(named(d, 'Organization', name)).toBe(true);
  });

  it('reads the Panel in capitals by its name, not as a panel in lower case', async () => {
    const d = await extract('The Panel of Experts on Yemen reported new shipments of missile parts.');
    expect(names(d, 'Organization').map((e) => e.name)).not.toContain('panel of experts');
  });

  it('drafts no body for a fleet no state owns', async () => {
    const d = await extract('The fishing fleet returned to port before the storm.');
    expect(names(d, 'Organization').filter((e) => /fleet/i.test(e.name))).toEqual([]);
  });

  it('drafts no body for a panel that is no body set up to inquire', async () => {
    const d = await extract('The minister sat on a panel of speakers at the forum in Doha.');
    expect(names(d, 'Organization').filter((e) => /panel/i.test(e.name))).toEqual([]);
  });
});

describe('bodies named after their owner, their leader or the United Nations', () => {
  it.each([
    [
      "Troops crossed under the banner of the Gulf Cooperation Council's Peninsula Shield Force.",
      'Peninsula Shield Force',
    ],
    ["The African Union's Panel of the Wise called for talks.", 'Panel of the Wise'],
    ['The mission replaced the NATO-led Implementation Force in 1996.', 'NATO-led Implementation Force'],
    ['The country has never reported to the UN Register of Conventional Arms.', 'UN Register of Conventional Arms'],
    ['The Mangrove Conservation Trust urged ports to turn the vessel away.', 'Mangrove Conservation Trust'],
    ['The seizure was announced by the Directorate General of Customs on Monday.', 'Directorate General of Customs'],
  ])('reads %s', async (sentence, name) => {
    const d = await extract(sentence);
    expect(named(d, 'Organization', name)).toBe(true);
  });

  it('keeps a body the tables know after "UN" as that body', async () => {
    const d = await extract('The UN Security Council met on Friday to discuss the strikes.');
    expect(names(d, 'Organization').map((e) => e.key)).toContain('org:un-security-council');
  });

  it('reads no person in a trust named in capitals', async () => {
    const d = await extract('The Coral Reef Trust said the ship had damaged the reef.');
    expect(names(d, 'Person')).toEqual([]);
  });
});

describe('places named by the word of their kind', () => {
  it.each([
    ['The spokesman said the strike on Hpa Lay Taung village had killed no one.', 'Hpa Lay Taung village'],
    ['Convoys crossed the King Khalid Causeway before dawn.', 'King Khalid Causeway'],
    ['Two bombers flew into the Hokkaido Air Defense Identification Zone.', 'Hokkaido Air Defense Identification Zone'],
    ['Gunmen landed at Kampung Sungai Tiga and took hostages.', 'Kampung Sungai Tiga'],
    ['Shells fell near the Line of Control on Tuesday.', 'Line of Control'],
    ['Gunboats patrol the creeks of the Niger Delta.', 'Niger Delta'],
    ['The navy exercised in the Caspian Sea last week.', 'Caspian Sea'],
  ])('reads %s', async (sentence, name) => {
    const d = await extract(sentence);
    expect(named(d, 'Place', name)).toBe(true);
  });

  it('reads no place in "a Ukrainian village": the demonym is whose it is', async () => {
    const d = await extract('A Ukrainian village near the border was shelled overnight, Kyiv said.');
    expect(names(d, 'Place')).toEqual([]);
  });
});

describe('people named by a style or a rank written with a hyphen', () => {
  it("keeps a ruler's style with a given name alone as a name of the ruler", async () => {
    const d = await extract('A day later, King Faisal declared a state of emergency.');
    expect(named(d, 'Person', 'King Faisal')).toBe(true);
  });

  it('reads a hyphenated rank as a title, not as part of the name', async () => {
    const d = await extract(
      'Briefing by the Ministry of Defence, spokesperson Lieutenant-General Ko Ko Lwin, 8 May 2025\n\nLIEUTENANT-GENERAL KO KO LWIN: The strike hit a base.',
    );
    expect(names(d, 'Person').map((e) => e.name)).toEqual(['Ko Ko Lwin']);
  });

  it('keeps a person named in full with no style as named', async () => {
    const d = await extract('Foreign Minister Hamad Al-Sabah said the talks would resume.');
    expect(names(d, 'Person').flatMap((e) => e.aliases ?? [])).not.toContain('King Hamad');
  });
});
