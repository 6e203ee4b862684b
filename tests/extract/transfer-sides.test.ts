import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Who supplied and who received, in the kinds of sentence where the party beside the verb is not the one it seems: a
 * supplier with an adverb or a first verb of its own before the verb of supplying, words after the verb that are no
 * recipient ("according to ⟨C⟩", a system's name, the next item's seller), a service named by what it is, weapons in a
 * force's service named by their makers' demonyms, and a briefing's question label. Sentences written for these tests.
 */
describe('transfer sides: the supplier before its verb', () => {
  it.each([
    ['Washington later supplied A-37 attack aircraft to Honduras.', 'state:USA > state:HND: weapon:a-37'],
    ['Moscow instead sold Tor-M1 air defence systems to Cyprus.', 'state:RUS > state:CYP: weapon:tor-m1'],
    [
      'Beijing has so far delivered twelve K-8 trainer jets to Namibia, officials said.',
      'state:CHN > state:NAM: weapon:k-8',
    ],
    ['The United States now plans to sell F-35 aircraft to Qatar.', 'state:USA > state:QAT: weapon:f-35'],
    ['Ankara subsequently shipped Bayraktar TB2 drones to Niger.', 'state:TUR > state:NER: weapon:bayraktar-tb2'],
    [
      'Japan has long been a close partner, and delivered two Mogami-class frigates to the Philippines in 2027.',
      'state:JPN > state:PHL: weapon:mogami-class-frigate',
    ],
    [
      'Australia handed Vanuatu two Guardian-class patrol boats last year.',
      'state:AUS > state:VUT: weapon:guardian-class-patrol-boat',
    ],
    [
      'Seoul supplied 40 K9 howitzers to Estonia under a contract signed in 2018, as well as K10 resupply vehicles.',
      'state:KOR > state:EST: weapon:k10',
    ],
  ])('reads %s', async (text, expected) => {
    expect(transfers(await extract(text))).toContain(expected);
  });

  it.each([
    // A first verb of saying: what follows is said, not done.
    'Germany said it was worried about the fighting, and sent observers to Kosovo.',
    // A party named between the two verbs is the second verb's subject.
    'Greece protested the deal, and France delivered nothing.',
    // An adverb before a verb that moves nothing.
    'Russia later condemned the sale of Su-35 fighters.',
  ])('drafts no transfer from %s', async (text) => {
    expect(transfers(await extract(text))).toEqual([]);
  });
});

describe('transfer sides: words after the verb that are no recipient', () => {
  it('reads a source of the report as no recipient, in analysis', async () => {
    const d = await extract(
      'Turkmenistan has bought widely. Turkmenistan keeps its budget secret. Turkmenistan is neutral. China supplied HQ-9 air defence systems around 2016, according to the Stockholm International Peace Research Institute.',
    );
    expect(transfers(d)).toEqual(['state:CHN > state:TKM: weapon:hq-9']);
  });

  it('reads "in response to" as no recipient', async () => {
    const d = await extract(
      'Armenia has rearmed since the war. Armenia ordered radars too. Armenia says it needs them. France delivered Bastion armoured vehicles in 2023 in response to Azerbaijan.',
    );
    expect(transfers(d)).toEqual(['state:FRA > state:ARM: weapon:bastion']);
  });

  it('reads a system named after "sold" as what was sold, not whom to', async () => {
    const d = await extract(
      'Uzbekistan buys from many. Uzbekistan says so. Uzbekistan pays cash. Italy sold M-346 trainer jets in 2022.',
    );
    expect(transfers(d)).toEqual(['state:ITA > state:UZB: weapon:m-346']);
  });

  it('does not take a system named after "gave" for a recipient', async () => {
    const d = await extract('France gave Rafale jets a new radar in 2020.');
    expect(transfers(d)).toEqual([]);
  });

  it('reads the buyer of a second item past the seller of the first, in wire copy', async () => {
    const d = await extract(
      'PORT LOUIS, Mauritius, May 4 (Newsgraph) - The Mauritian coast guard will patrol the reef with the cutter donated by India in March and with a Dornier aircraft bought from Germany, the minister said.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:DEU > state:MUS', 'state:IND > state:MUS']);
  });

  it('does not read the source of a report as the buyer of weapons that arrived', async () => {
    const d = await extract(
      'Iran has rebuilt its air force. Iran flew its first exercise in May. Iran says more will come. According to Turkish media, the first Yak-130 trainer jets arrived from Russia in 2023.',
    );
    expect(transfers(d)).toEqual(['state:RUS > state:IRN: weapon:yak-130']);
  });

  it('reads "close to" as no recipient', async () => {
    const d = await extract(
      'Kenya watches the border. Kenya worries about raids. Kenya patrols the lake. The United States delivered Cessna aircraft last year, close to Somalia.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:USA > state:KEN']);
  });

  it('keeps a plain "to" recipient', async () => {
    const d = await extract('Brazil sold Super Tucano aircraft to Paraguay according to a contract of 2024.');
    expect(transfers(d)).toEqual(['state:BRA > state:PRY: weapon:super-tucano']);
  });
});

describe('transfer sides: a service named by what it is', () => {
  it('reads the navy of a datelined state, in wire copy', async () => {
    const d = await extract(
      'DURBAN, South Africa, June 2 (Newsgraph) - Chinese trawlers were seen off the coast. The minister said the navy would patrol with the frigate donated by Germany in May.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:DEU > state:ZAF']);
  });

  it('reads the navy named with its demonym before', async () => {
    const d = await extract(
      'The Chilean navy escorted the trawler to port, and Peru protested. Officials said the navy would use the patrol vessels bought from Spain.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:ESP > state:CHL']);
  });

  it('reads the air force of a state named with it before', async () => {
    const d = await extract(
      "Kenya's air force flew over the border. A spokesman said the air force would fly the helicopters delivered by Italy in 2024.",
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:ITA > state:KEN']);
  });

  it('does not make the supplier its own buyer', async () => {
    const d = await extract(
      'The Spanish navy sailed. Officials said the navy would use the patrol vessels bought from Spain.',
    );
    expect(transfers(d, { weapon: false })).toEqual([]);
  });

  it('does not read a service with no state to find', async () => {
    const d = await extract('Officials said the navy would use the patrol vessels bought from Spain.');
    expect(transfers(d, { weapon: false })).toEqual([]);
  });

  it('reads the army of the text’s main state', async () => {
    const d = await extract(
      'Bolivia held elections. Bolivia counts the votes. Bolivia waits. The commander said the army would deploy the armoured vehicles donated by China.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:CHN > state:BOL']);
  });

  it('reads a service named with "its"', async () => {
    const d = await extract(
      'GABORONE, May 2 (Newsgraph) - Botswana will guard the river with its army and the boats supplied by France, officials said.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:FRA > state:BWA']);
  });

  it('does not read a service named as an object of "of"', async () => {
    const d = await extract('Officials said the chief of the navy had seen the patrol vessels bought from Spain.');
    expect(transfers(d, { weapon: false })).toEqual([]);
  });
});

describe('transfer sides: weapons in a force’s service named by their makers', () => {
  it.each([
    ['The army of Mali uses Turkish drones.', ['state:TUR > state:MLI']],
    ["Sudan's army had used Iranian-made drones against the city, he said.", ['state:IRN > state:SDN']],
    ['Russian troops have used North Korean missiles in the war.', ['state:PRK > state:RUS']],
    ['Hezbollah used Iranian rockets against the north.', ['state:IRN > org:hezbollah']],
    [
      'Myanmar is at war. Myanmar bombs villages. Myanmar denies it. Witnesses say the air force uses Russian and Chinese jets to bomb schools.',
      ['state:CHN > state:MMR', 'state:RUS > state:MMR'],
    ],
    [
      'Azerbaijan flies Israeli and Turkish drones over the border.',
      ['state:ISR > state:AZE', 'state:TUR > state:AZE'],
    ],
    // Men, not weapons: no transfer.
    ['The junta used Russian mercenaries against the rebels.', []],
    // A state using its own weapons: no transfer.
    ['Russia used Russian bombers over Aleppo.', []],
  ])('reads %s', async (text, expected) => {
    expect(transfers(await extract(text), { weapon: false })).toEqual(expected);
  });
});

describe('transfer sides: a briefing question’s label', () => {
  const heading = 'Press briefing of the spokesperson of the Ministry of Defence, Tbilisi, 3 March 2025\n\n';

  it('reads a delivery asked about as to the state the briefing speaks for', async () => {
    const d = await extract(
      `${heading}SPOKESPERSON: We thank our partners.\n\nQ (Interpressnews): France delivered two more Mistral systems last month. Are more coming?\n\nSPOKESPERSON: We do not comment on deliveries.`,
    );
    expect(transfers(d)).toEqual(['state:FRA > state:GEO: weapon:mistral']);
  });

  it('keeps a recipient the question names', async () => {
    const d = await extract(
      `${heading}SPOKESPERSON: We thank our partners.\n\nQ (Rustavi 2): Russia delivered S-300 systems to Armenia. Does that worry you?\n\nSPOKESPERSON: We watch it.`,
    );
    expect(transfers(d)).toEqual(['state:RUS > state:ARM: weapon:s-300']);
  });
});

describe('transfer sides: an order given to a vessel or craft', () => {
  it.each([
    'Palau has ordered a Chinese survey ship to leave its waters, the president said on Monday.',
    'The Philippine coast guard ordered two Vietnamese fishing boats to turn back near Scarborough Shoal.',
    'Norway ordered the Russian trawler to stop and sent an inspection team aboard.',
    'In a statement, the Ministry said it had ordered the Iranian tanker to vacate the anchorage at once.',
    'Indonesia ordered the Chinese coast guard vessel to withdraw from the North Natuna Sea, a spokesman said.',
    'The Council was told that the navy ordered a foreign submarine to surface and depart.',
    'Asked about the incident, the spokesperson said the ship had been ordered to explain its presence.',
    'Argentina ordered a Spanish trawler to return to port after it was found fishing without a licence.',
  ])('drafts no transfer from %s', async (text) => {
    expect(transfers(await extract(text))).toEqual([]);
  });

  it.each([
    ['Manila ordered two frigates from South Korea to replace its older ships.', 'state:KOR > state:PHL'],
    ['Chile ordered three patrol vessels from Spain to guard its fisheries.', 'state:ESP > state:CHL'],
  ])('still reads a purchase with its purpose: %s', async (text, expected) => {
    expect(transfers(await extract(text)).join()).toContain(expected);
  });
});
