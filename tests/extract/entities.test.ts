import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { extract } from './drafts.js';

/**
 * Kinds of mention the extractor reads as people, organizations and
 * places, whatever the article: a body with its acronym in brackets, a UN
 * body in lower case, fronts and movements, an analyst "of" an institute,
 * ranks before a name, a region's own administration or police, regions
 * and sites named bare, arms makers and missions of the gazetteer.
 * Sentences written for these tests.
 */

const keys = (d: Draft) => d.entities.map((e) => e.key);
function entity(d: Draft, key: string) {
  const found = d.entities.find((e) => e.key === key);
  expect(found, `${key} in ${keys(d).join(', ')}`).toBeDefined();
  return found!;
}
const people = (d: Draft) => d.entities.filter((e) => e.type === 'Person').map((e) => e.key);

describe('organizations', () => {
  it('reads a body whose field is two names joined by "and" as one body, and no person in it', async () => {
    const d = await extract(
      "Iraq's Ministry of Water and Agriculture said the river had fallen by a third. The Ministry of Irrigation and Water Resources said the same.",
    );
    const keys = d.entities.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'org:ministry-of-water-and-agriculture',
        'org:ministry-of-irrigation-and-water-resources',
      ]),
    );
    expect(d.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('reads a name with its acronym in brackets as one body, and the acronym used later as the same body', async () => {
    const d = await extract(
      'The Northern Valleys Liberation Army (NVLA) said it had shot down a helicopter. Officials said the NVLA was lying.',
    );
    const body = entity(d, 'org:northern-valleys-liberation-army');
    expect(body.type).toBe('Organization');
    expect(body.aliases).toContain('NVLA');
    expect(body.mentions.length).toBe(3);
    expect(d.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('reads an acronym whose body ends in a word in lower case, and leaves a bracket that is not an acronym alone', async () => {
    const d = await extract(
      'Donors pledged funds to the Regional Border Monitoring mission (RBM), said Ana Ruiz (Chile), who chairs the talks.',
    );
    entity(d, 'org:regional-border-monitoring-mission');
    expect(keys(d).filter((k) => k.includes('chile') && k.startsWith('org:'))).toEqual([]);
  });

  it("makes a state's acronym in brackets a name of the state", async () => {
    const d = await extract(
      'Troops of the Central African Republic (CAR) crossed the river. The CAR government denied it.',
    );
    expect(keys(d).filter((k) => k.startsWith('org:'))).toEqual([]);
    expect(entity(d, 'state:CAF').mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a UN body named in lower case as part of the United Nations', async () => {
    const d = await extract('The U.N. migration agency said 40 people had drowned off the coast.');
    expect(entity(d, 'org:un-migration-agency')).toMatchObject({ type: 'Organization', name: 'UN migration agency' });
  });

  it('reads fronts and movements as bodies, never as people', async () => {
    const d = await extract(
      'The Eastern Plains Front accused the army of shelling villages, and the Coordination of Highland Movements said talks had failed.',
    );
    entity(d, 'org:eastern-plains-front');
    entity(d, 'org:coordination-of-highland-movements');
    expect(people(d)).toEqual([]);
  });

  it('reads "⟨person⟩ of ⟨institute⟩" as a person and the institute, not one body', async () => {
    const d = await extract(
      '"The embargo has holes everywhere," said Tomasz Wierzbicki of the Vistula Institute for Strategic Studies.',
    );
    entity(d, 'person:tomasz-wierzbicki');
    expect(entity(d, 'org:vistula-institute-for-strategic-studies').type).toBe('Organization');
    expect(keys(d).filter((k) => k.includes('wierzbicki-of'))).toEqual([]);
  });

  it('reads a known body before a suffix in lower case, and not before a code', async () => {
    const d = await extract('The Houthi-run news agency said the group JNIM-2 had claimed the attack.');
    entity(d, 'org:houthis');
    entity(d, 'org:jnim-2');
    expect(keys(d)).not.toContain('org:jnim');
  });

  it('knows arms makers as companies based in their state, and missions by their own names', async () => {
    const d = await extract('Rheinmetall and Hanwha Aerospace bid for the contract, while KFOR stayed in its bases.');
    expect(entity(d, 'org:rheinmetall').type).toBe('Organization');
    entity(d, 'org:hanwha-aerospace');
    entity(d, 'org:kfor');
    const doc = d.document as { relationships: { type: string; from: string; to: string }[] };
    expect(doc.relationships).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', from: 'org:rheinmetall', to: 'state:DEU' }),
    );
    // A company speaks for itself, not for the state it is based in.
    const spoken = await extract('Rheinmetall said the order would lift its sales.');
    expect(spoken.claims.map((c) => [c.speaker, c.onBehalfOf])).toEqual([['org:rheinmetall', null]]);
  });

  it('reads "the Council" of a text about vetoes as the Security Council, and the African members by their group', async () => {
    const d = await extract(
      'China vetoed the draft resolution in 1999. Diplomats in the Council said the vote surprised them. Speaking ' +
        'for the A3+, Ghana said Hizbullah had to disarm.',
    );
    entity(d, 'org:un-security-council');
    expect(entity(d, 'org:a3').aliases).toContain('three African members of the Council');
    entity(d, 'org:hezbollah');
    const other = await extract('The Council of Europe met in Strasbourg. Later the Council said nothing.');
    expect(keys(other)).not.toContain('org:un-security-council');
  });

  it("reads a state's airline as a company, not the state", async () => {
    const d = await extract('Canada banned Iran Air and Belavia from its airspace.');
    entity(d, 'org:iran-air');
    expect(keys(d)).not.toContain('state:IRN');
  });

  it("reads a region's administration and police as bodies of their own", async () => {
    const d = await extract(
      'Weapons were handed to the administration of Puntland, and the Republika Srpska police received rifles.',
    );
    entity(d, 'org:puntland-administration');
    entity(d, 'org:republika-srpska-police');
  });

  it('reads a name going on after "International", "People\'s" at its head, and no question word before it', async () => {
    const d = await extract(
      'Olga Ferreira of the Lisbon Institute of International Relations said the Centre for Maritime and ' +
        "International Law agreed. The People's Liberation Army Air Force flew past. Will the Mixed Border Commission " +
        'meet? Amnesty International said nothing.',
    );
    expect(entity(d, 'org:lisbon-institute-of-international-relations').name).toBe(
      'Lisbon Institute of International Relations',
    );
    entity(d, 'org:centre-for-maritime-and-international-law');
    entity(d, 'org:peoples-liberation-army-air-force');
    entity(d, 'org:mixed-border-commission');
    entity(d, 'org:amnesty-international');
  });
});

describe('people', () => {
  it('reads names with particles, after "According to", and an analyst "of" a body', async () => {
    const a = await extract('According to Hendrik van der Linde, exports fell by a third.');
    expect(people(a)).toEqual(['person:hendrik-van-der-linde']);
    const b = await extract('Analysts such as Sofia Marquez of the Andean Security Forum expect more orders.');
    expect(people(b)).toEqual(['person:sofia-marquez']);
    expect(keys(b)).not.toContain('state:BGR');
    const c = await extract(
      '"Prices will rise," said Li Wen, a researcher at the Institute for Peace Studies in Beijing.',
    );
    entity(c, 'org:institute-for-peace-studies');
    entity(c, 'person:li-wen');
  });

  it('reads a military rank before a name as a title, not a person', async () => {
    const d = await extract('Lt. Gen. Maris Ozolins said the brigade was ready.');
    expect(people(d)).toEqual(['person:maris-ozolins']);
  });
});

describe('people introduced by an apposition or a rank', () => {
  it('reads "⟨name⟩, a former ⟨demonym⟩ defence official, ...", "⟨name⟩, of the ⟨body⟩, ..." and "Colonel ⟨name⟩" as people', async () => {
    const d = await extract(
      'Jonas Lindahl, a former Swedish defence official, doubted the plan would work. Mira Haddad, of the Beirut ' +
        'Centre for Security Studies, was more cautious. The reports were dismissed by the spokesman, Colonel ' +
        'Samir Aziz, as speculation.',
    );
    expect(people(d).sort()).toEqual(['person:jonas-lindahl', 'person:mira-haddad', 'person:samir-aziz']);
  });
});

describe('speakers of a briefing', () => {
  it("reads a name whose surname is also a state's other name as the person, and the label as them speaking", async () => {
    const d = await extract(
      'Mark Holland, Principal Deputy Spokesperson\n\nMR. HOLLAND: Good afternoon. We reject that report.\n\nQUESTION: And Iran?\n\nMR. HOLLAND: We have nothing to add.',
    );
    expect(people(d)).toEqual(['person:mark-holland']);
    expect(keys(d)).not.toContain('state:NLD');
  });
});

describe('speaker labels', () => {
  it('reads a full name labelling two answers as a person, and a one-off label as nothing', async () => {
    const d = await extract(
      'Breaking News: a briefing.\n\nLiu Fang: Good afternoon. We oppose the sale.\n\nAFP: Will you respond?\n\nLiu Fang: We will respond firmly.',
    );
    expect(people(d)).toEqual(['person:liu-fang']);
  });
});

describe('places', () => {
  it('reads regions and territories named bare, and a site named after its place', async () => {
    const d = await extract(
      'Shelling near the Zaporizhzhia nuclear power plant resumed as fighting spread in Tigray and Western Sahara.',
    );
    entity(d, 'place:zaporizhzhia-nuclear-power-plant');
    entity(d, 'place:tigray');
    expect(entity(d, 'place:western-sahara').type).toBe('Place');
    expect(people(d)).toEqual([]);
  });

  it('reads a place after a word for what it is, qualified or not, two joined by "and", and a capital\'s port', async () => {
    const d = await extract(
      'Patrols were sent to the border town of Karvali and the island of Velmora. Troops went to the departments of ' +
        'Orsina and Tavelle. The cargo passed through the port of Beirut.',
    );
    for (const key of ['place:karvali', 'place:velmora', 'place:orsina', 'place:tavelle', 'place:beirut'])
      entity(d, key);
    expect(d.entities.filter((e) => e.type === 'State').map((e) => e.key)).toEqual(['state:LBN']);
  });

  it('reads rivers, lakes, mountains and dams by the word that opens or closes their name, not a body named after one', async () => {
    const d = await extract(
      'Gunmen crossed the Varda river near Mount Kessel and fired on boats on Lake Chad, below the Dorvan Dam. ' +
        'The Lorna River Union said nothing.',
    );
    for (const key of ['place:varda-river', 'place:mount-kessel', 'place:lake-chad', 'place:dorvan-dam'])
      entity(d, key);
    expect(keys(d)).not.toContain('state:TCD');
    expect(keys(d)).not.toContain('place:lorna-river');
  });

  it('reads a place name joined by a particle, a hyphened article or a possessive as one name, islands, mountains and peninsulas by their closing word, and two places "between" which something happened', async () => {
    const d = await extract(
      "Smugglers crossed near Vila do Sereno and Khirbat al-Nuri. Herders were shot in Tomba's Drift, the town of " +
        'Porto da Leva was shelled, and gunboats sailed past Kalvo island towards the Dessa mountains and the Ornu ' +
        "peninsula. Troops camped in Kenya's Rift Valley. Convoys were ambushed between Tarvo and Melkin.",
    );
    for (const key of [
      'place:vila-do-sereno',
      'place:khirbat-al-nuri',
      'place:tombas-drift',
      'place:porto-da-leva',
      'place:kalvo-island',
      'place:dessa-mountains',
      'place:ornu-peninsula',
      'place:rift-valley',
      'place:tarvo',
      'place:melkin',
    ])
      entity(d, key);
    expect(keys(d)).not.toContain('place:vila');
    expect(keys(d)).not.toContain('place:tomba');
  });

  it('reads a gulf, a bay, a strait or a horn "of" a name as one place, a state\'s name in it included', async () => {
    const d = await extract(
      'Pirates boarded a tanker in the Gulf of Guinea, and navies patrol the Strait of Velmar and the Horn of Africa.',
    );
    for (const key of ['place:gulf-of-guinea', 'place:strait-of-velmar', 'place:horn-of-africa']) entity(d, key);
    expect(keys(d)).not.toContain('state:GIN');
  });

  it('reads a name "off" or "at" which something happened as a place, and a community, an initiative or a conference as a body', async () => {
    const d = await extract(
      'Coast guards stopped a dhow off Ras Kamboni, and gunmen killed nine herders at Kalongo. The Southern Shelf ' +
        'Community met the Tana Initiative. The Conference on Maritime Security in Mombasa closed, and Kenya spoke ' +
        'at a Press Conference.',
    );
    entity(d, 'place:ras-kamboni');
    entity(d, 'place:kalongo');
    entity(d, 'org:southern-shelf-community');
    entity(d, 'org:tana-initiative');
    entity(d, 'org:conference-on-maritime-security');
    expect(keys(d).filter((k) => /press-conference/.test(k))).toEqual([]);
  });

  it('reads an island "on" which something stands, but no capitals of a heading after "on"', async () => {
    const d = await extract(
      'Statement on Military Exercises Near the Border\n\nA new naval base will be built on Zarnuq, the ministry said.',
    );
    entity(d, 'place:zarnuq');
    expect(d.entities.filter((e) => e.type === 'Place').map((e) => e.key)).toEqual(['place:zarnuq']);
  });

  it('reads a capital after "visit" as the city visited', async () => {
    const d = await extract('The foreign minister will visit Jakarta next week.');
    expect(entity(d, 'place:jakarta').type).toBe('Place');
  });

  it("reads the city of a heading's dateline as a place", async () => {
    const d = await extract(
      'Statement on the Border Incident\nMinistry of Foreign Affairs, Port Velna, 9 July 2026\n\nThe Ministry regrets the incident.',
    );
    entity(d, 'place:port-velna');
  });

  it('reads the city a research body sits in as a place, and the body without it, and its analyst as the speaker', async () => {
    const d = await extract(
      'Mira Okonjo of the Caspian Policy Institute in Almaty said Russia had overreacted to the sale.',
    );
    entity(d, 'org:caspian-policy-institute');
    entity(d, 'place:almaty');
    expect(d.claims.map((c) => `${c.speaker} ${c.kind} ${c.targets.join(',')}`)).toEqual([
      'person:mira-okonjo CRITICIZE state:RUS',
    ]);
  });
});

describe('treaties', () => {
  it('reads treaties by acronym and by the shape of their names, not a body named after one', async () => {
    const d = await extract(
      'Tehran threatened to leave the NPT. The Kivu Ceasefire Agreement collapsed, and the Agreement Monitoring Commission met in Goma.',
    );
    const treaties = d.entities.filter((e) => e.type === 'Treaty').map((e) => e.key);
    expect(treaties.sort()).toEqual([
      'treaty:kivu-ceasefire-agreement',
      'treaty:treaty-on-the-non-proliferation-of-nuclear-weapons',
    ]);
    expect(entity(d, 'org:agreement-monitoring-commission').type).toBe('Organization');
  });

  it('keeps the year a treaty is named with as one of its names', async () => {
    const d = await extract(
      'Lima cited the Rimac Treaty of 1911, while Quito relies on the 1942 Protocol of Andean Limits.',
    );
    expect(entity(d, 'treaty:rimac-treaty').aliases).toContain('Rimac Treaty of 1911');
    expect(entity(d, 'treaty:protocol-of-andean-limits').aliases).toContain('Protocol of Andean Limits of 1942');
  });

  it('reads a pact named only by its year and a word for it', async () => {
    const d = await extract(
      'Fishermen from both states may work the lagoon under a 1968 agreement, and the ministers recalled their 1990 ' +
        'border accord, the 2011 Nairobi pact and the so-called Kenyan-Somali memorandum of 2009. The 1975 Accord on ' +
        'Navigation was not mentioned.',
    );
    const treaties = d.entities
      .filter((e) => e.type === 'Treaty')
      .map((e) => e.name)
      .sort();
    expect(treaties).toEqual([
      '1968 agreement',
      '1990 border accord',
      '2011 Nairobi pact',
      'Accord on Navigation',
      'Kenyan-Somali memorandum of 2009',
    ]);
  });
});

describe('ministries', () => {
  it('reads a ministry by the capital it sits in, and keeps a possessive before a body as a name of it', async () => {
    const d = await extract(
      "The Ministry of Defence in Harare said the convoy was lawful. The claim was rejected by France's Ministry of " +
        'the Armed Forces.',
    );
    expect(entity(d, 'org:zimbabwe-ministry-of-defence').name).toBe('Ministry of Defence of Zimbabwe');
    entity(d, 'place:harare');
    expect(entity(d, 'org:ministry-of-the-armed-forces').aliases).toContain("France's Ministry of the Armed Forces");
  });

  it('names a ministry as its state does, a field widened by another included, with the usual name kept', async () => {
    const d = await extract(
      "The Ministry of Foreign Affairs and Trade of New Zealand protested. Ghana's Ministry of Foreign and " +
        "Regional Affairs agreed, and India's Ministry of External Affairs said nothing. The Spanish defence ministry " +
        'was silent.',
    );
    const nz = entity(d, 'org:new-zealand-ministry-of-foreign-affairs');
    expect(nz.name).toBe('Ministry of Foreign Affairs and Trade of New Zealand');
    expect(nz.aliases).toContain('Ministry of Foreign Affairs of New Zealand');
    expect(entity(d, 'org:ghana-ministry-of-foreign-affairs').name).toBe(
      'Ministry of Foreign and Regional Affairs of Ghana',
    );
    expect(entity(d, 'org:india-ministry-of-foreign-affairs').name).toBe('Ministry of External Affairs of India');
    const spain = entity(d, 'org:spain-ministry-of-defence');
    expect(spain.name).toBe('Ministry of Defence of Spain');
    expect(spain.aliases).toContain('Spanish defence ministry');
  });
});

describe("a state's services", () => {
  it('reads an army or a police force named with its state anywhere in its name as part of the state', async () => {
    const d = await extract('The Army of Honduras received twelve armoured vehicles from Israel in 2025.');
    const relationships = d.document.relationships as { type: string; from: string; to: string }[];
    expect(relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'org:army-of-honduras', to: 'state:HND' }),
    );
  });
});

describe('the government of the state a text is about', () => {
  it('reads "the government" in lower case as that state\'s government, in coverage of one country', async () => {
    const draft = await extract(
      'Zimbabwe bought armoured vehicles this year. Zimbabwe says they are for border patrols, and Zimbabwe denies ' +
        'any link to the election. The Citizens Coalition for Change accused the government of buying weapons while ' +
        'hospitals ran out of medicine.',
    );
    // A charge at a state's organ named as such is aimed at the organ (the corpus README).
    expect(draft.claims.find((c) => c.speaker === 'org:citizens-coalition-for-change')).toMatchObject({
      kind: 'ACCUSE',
      targets: ['org:zimbabwe-government'],
    });
  });

  it('drafts "the army" and "the navy" of such coverage as the state\'s services too, the state still speaking', async () => {
    const draft = await extract(
      'Ecuador bought patrol boats this year. Ecuador says they are for the coast, and Ecuador denies any link to ' +
        'the referendum. The navy now patrols the Galápagos, and the army accused gangs of smuggling rifles.',
    );
    expect(entity(draft, 'org:ecuador-navy')).toMatchObject({ name: 'Navy of Ecuador', aliases: ['navy'] });
    expect(entity(draft, 'org:ecuador-army').aliases).toEqual(['army']);
    expect(draft.claims.find((c) => c.kind === 'ACCUSE')?.speaker).toBe('state:ECU');
  });
});

describe('legislatures', () => {
  it('reads a legislature named by its own name as a body, and no place or person in it', async () => {
    const d = await extract('The Storting voted on Tuesday, and the State Duma and the Legislative Yuan said nothing.');
    for (const key of ['org:storting', 'org:state-duma', 'org:legislative-yuan']) entity(d, key);
    expect(d.entities.filter((e) => e.type === 'Place' || e.type === 'Person')).toEqual([]);
  });
});

describe("a state's press", () => {
  it('reads "⟨demonym⟩ newspapers", "⟨demonym⟩ press" and "some ⟨demonym⟩ media" as a publisher, and a state\'s own media as a publisher speaking for the state', async () => {
    const d = await extract(
      'Latvian newspapers said the border was closed. Some Finnish media reported the same, and the Estonian press ' +
        'disagreed. According to Belarusian state media, the troops had left.',
    );
    expect(entity(d, 'org:latvian-newspapers').type).toBe('Organization');
    expect(entity(d, 'org:finnish-media').aliases).toContain('Some Finnish media');
    entity(d, 'org:estonian-press');
    entity(d, 'state:BLR');
    // A state's own media are a publisher that speaks for its state.
    entity(d, 'org:belarusian-state-media');
    const own = d.claims.find((c) => c.speaker === 'org:belarusian-state-media');
    expect(own?.onBehalfOf).toBe('state:BLR');
  });
});

describe("a state's missions abroad", () => {
  it('reads an embassy, a consulate or a high commission after a state\'s name, demonym or possessive, or before "of" and its name, with the city it sits in', async () => {
    const d = await extract(
      'The US embassy in Port Velm said the convoy was stopped. The Kenyan High Commission in Kampala protested, and ' +
        'the High Commission of the Republic of South Africa in Maseru said nothing. The Peruvian consulate was closed.',
    );
    expect(entity(d, 'org:embassy-of-united-states-in-port-velm').aliases).toContain('US Embassy in Port Velm');
    expect(entity(d, 'org:high-commission-of-kenya-in-kampala').aliases).toContain('Kenyan High Commission in Kampala');
    entity(d, 'org:high-commission-of-south-africa-in-maseru');
    entity(d, 'org:consulate-of-peru');
    const relationships = d.document.relationships as { type: string; from: string; to: string }[];
    expect(relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'org:high-commission-of-kenya-in-kampala', to: 'state:KEN' }),
    );
  });
});

describe("a state's armed services", () => {
  it('reads ground forces and demonyms news spells otherwise than the country table', async () => {
    const d = await extract(
      "Iran's ground forces moved north. France had delivered two patrol boats " +
        'to the Comorian coast guard the year before.',
    );
    entity(d, 'org:iran-ground-forces');
    expect(entity(d, 'org:comoros-coast-guard').aliases).toContain('Comorian coast guard');
    const relationships = d.document.relationships as { type: string; from: string; to: string }[];
    expect(relationships).toContainEqual(expect.objectContaining({ type: 'RECEIVED_BY', to: 'state:COM' }));
  });

  it("reads a branch after a state's name, demonym or possessive, in either case, with the text's words as a name of it", async () => {
    const d = await extract(
      'Tajik border troops said they had killed two men. The United States armed forces said nothing. The Mexican ' +
        'Army said it was ready. The Royal Thai Navy and Russian Military Aircraft were not mentioned.',
    );
    expect(entity(d, 'org:tajikistan-border-troops').aliases).toContain('Tajik border troops');
    expect(entity(d, 'org:united-states-armed-forces').aliases).toContain('United States armed forces');
    entity(d, 'org:mexico-army');
    expect(keys(d)).not.toContain('org:thailand-navy');
    expect(keys(d)).not.toContain('org:russia-military');
  });
});

describe("a state's men under arms", () => {
  it('reads "troops" and "soldiers" after a demonym or possessive as its armed forces, the words a name of them, while an accusation against them aims at the state', async () => {
    const d = await extract(
      "Armenia accused Azerbaijani troops of shelling a village near Jermuk on Monday. Georgia's soldiers were not " +
        'involved, and Croatian border police and Belarusian border guards said nothing.',
    );
    expect(entity(d, 'org:azerbaijan-armed-forces').aliases).toContain('Azerbaijani troops');
    expect(entity(d, 'org:georgia-armed-forces').aliases).toContain("Georgia's soldiers");
    entity(d, 'org:croatia-border-police');
    entity(d, 'org:belarus-border-guards');
    expect(d.claims.some((c) => c.speaker === 'state:ARM' && c.targets.includes('state:AZE'))).toBe(true);
    expect(d.claims.some((c) => c.targets.includes('org:azerbaijan-armed-forces'))).toBe(false);
    // "Russian forces" name the state's armed forces (an organ named by a common noun, the corpus README), recorded
    // as such while what is said of them is still said of the state.
    const forces = await extract('Moldova said Russian forces had held exercises near the depot.');
    expect(forces.entities.map((e) => e.key)).toContain('org:russia-armed-forces');
    expect(forces.claims.some((c) => c.targets.includes('org:russia-armed-forces'))).toBe(false);
  });
});

describe('bodies named by a pattern', () => {
  it('reads a body whose name goes on after a place\'s ("the Pacific Islands Forum") as the body, not the place', async () => {
    const d = await extract(
      'Tonga will raise the incident at the Pacific Islands Forum, and the Solomon Islands Police Force said it had seen nothing.',
    );
    entity(d, 'org:pacific-islands-forum');
    entity(d, 'org:solomon-islands-police-force');
    expect(keys(d)).not.toContain('place:pacific-islands');
  });

  it('reads names built on Police, Gendarmerie, Command, Consortium and Academy', async () => {
    const d = await extract(
      'The Ivorian National Gendarmerie said two men were held. US Africa Command said it had struck a camp. The Caspian ' +
        'Pipeline Consortium said a terminal was hit, according to the Vietnam Academy of Social Sciences.',
    );
    for (const key of [
      'org:ivorian-national-gendarmerie',
      'org:us-africa-command',
      'org:caspian-pipeline-consortium',
      'org:vietnam-academy-of-social-sciences',
    ])
      entity(d, key);
  });

  it('reads an acronym made of the first syllables of its words, and the acronym used later', async () => {
    const d = await extract(
      'The Union for the Defence of the Highlands (UNIDEHI) attacked a camp on Friday. UNIDEHI denied it later.',
    );
    const body = entity(d, 'org:union-for-the-defence-of-the-highlands');
    expect(body.aliases).toContain('UNIDEHI');
    // Letters that spell no run of the words before the bracket make no body of them.
    const other = await extract('The ministers met in the capital (KLMQ) on Friday.');
    expect(other.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  it('keeps "Federal" or "National" before a ministry as part of the name it is written with', async () => {
    const d = await extract(
      'The Federal Department of Foreign Affairs of Switzerland summoned the ambassador. The National Ministry of Defence of Colombia said nothing.',
    );
    const names = d.entities.filter((e) => e.type === 'Organization').flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Federal Department of Foreign Affairs of Switzerland',
        'National Ministry of Defence of Colombia',
      ]),
    );
  });

  it("records joint commissions, opposition members, lawmakers and rights groups named in lower case; only the opposition and a state's lawmakers speak", async () => {
    const d = await extract(
      'The joint boundary commission will meet in Kampala, opposition senators said, while Peruvian lawmakers and ' +
        'human rights groups called the raid illegal. A binational working group on fisheries met in March.',
    );
    for (const key of [
      'org:joint-boundary-commission',
      'org:opposition-senators',
      'org:peruvian-lawmakers',
      'org:human-rights-groups',
      'org:binational-working-group-on-fisheries',
    ])
      entity(d, key);
    expect(entity(d, 'org:opposition-senators').name).toBe('Opposition senators');
    // A state's opposition and its legislators speak as themselves; a description as loose as "rights groups" does not.
    expect(d.claims.some((c) => c.speaker === 'org:opposition-senators')).toBe(true);
    expect(d.claims.some((c) => c.speaker === 'org:human-rights-groups')).toBe(false);
  });
});

describe('missions', () => {
  it('reads a state\'s mission to the UN, a body\'s mission where it serves, and a name closed by "mission"', async () => {
    const d = await extract(
      'Chile rejected the findings. Its mission to the United Nations said the report was flawed. Kenya has pledged ' +
        "police to the African Union's mission in Sudan, while the Multinational Maritime Support mission patrols the coast.",
    );
    expect(entity(d, 'org:permanent-mission-of-chile-to-the-united-nations').type).toBe('Organization');
    expect(entity(d, 'org:african-unions-mission-in-sudan').aliases).toContain('mission in Sudan');
    entity(d, 'org:multinational-maritime-support-mission');
  });

  it('keeps where a mission serves in its name, over the place or the body named inside it', async () => {
    const d = await extract(
      'The OSCE Mission to Georgia and the Regional Assistance Mission to Solomon Islands were both praised.',
    );
    entity(d, 'org:osce-mission-to-georgia');
    entity(d, 'org:regional-assistance-mission-to-solomon-islands');
  });

  it('reads no body out of a headline in title case, whose verbs are capitalised too', async () => {
    const d = await extract(
      'Security Council Extends Golan Observer Force for Six Months as Members Trade Blame\n\nThe Security Council ' +
        'this morning extended the mandate of the force until 30 June.',
    );
    expect(d.entities.map((e) => e.name).filter((n) => /Extends/.test(n))).toEqual([]);
  });
});

describe('datelines', () => {
  it("reads a wire story's dateline in capitals as the city, written as running text writes it", async () => {
    const d = await extract('PORT-AU-PRINCE, April 14 - Haiti recalled its envoy from Santo Domingo on Tuesday.');
    expect(entity(d, 'place:port-au-prince').name).toBe('Port-au-Prince');
    const capital = await extract('SAN SALVADOR, 16 March - El Salvador lodged a protest with Honduras.');
    expect(entity(capital, 'place:san-salvador').name).toBe('San Salvador');
    // A state's name in capitals opening a line is no dateline's city.
    const state = await extract('HONDURAS, March 16 - The navy said nothing.');
    expect(state.entities.filter((e) => e.type === 'Place')).toEqual([]);
  });
});

describe('services named by a pronoun or by the dateline', () => {
  it('reads "its air force" as the service of the state the sentence before opens with, and "its army" after a capital\'s name as that state\'s', async () => {
    const d = await extract(
      'After gunmen killed 14 pilgrims at Lamaru in March, Ghana blamed Togo and closed the crossings. Its air force struck targets near the border on 2 April.',
    );
    const force = entity(d, 'org:ghana-air-force');
    expect(force.aliases).toEqual(expect.arrayContaining(['air force', 'Ghanaian air force']));
    const doc = d.document as { relationships: { type: string; from: string; to: string }[] };
    expect(doc.relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'org:ghana-air-force', to: 'state:GHA' }),
    );
    expect(keys(d)).not.toContain('org:togo-air-force');
    const capital = await extract(
      'Lima has reinforced the frontier in recent months. Its army took delivery of 30 armoured trucks from Spain in May.',
    );
    entity(capital, 'org:peru-army');
  });

  it('reads a state named nearest before "its" in the same sentence as its owner, and leaves "its military ties" alone', async () => {
    const d = await extract('A senior official accused Hanoi of using its coast guard to harass fishermen.');
    entity(d, 'org:vietnam-coast-guard');
    // A state after "from" is what the sentence's subject received from, not whose "its" is.
    const from = await extract('Chile received 12 jets from Brazil in 2024 and has ordered six more for its navy.');
    entity(from, 'org:chile-navy');
    expect(keys(from)).not.toContain('org:brazil-navy');
    const ties = await extract('Kenya said its military ties with Uganda were strong.');
    expect(ties.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  it("reads a bare \"the army\" in a story datelined in a state's capital as that state's army, unless another state's army is named", async () => {
    const d = await extract(
      'NAIROBI, May 3 - Gunmen attacked a convoy near the border on Saturday. Analysts said the army, which has received drones from Türkiye, was stretched.',
    );
    expect(entity(d, 'org:kenya-army').aliases).toContain('army');
    const other = await extract(
      'NAIROBI, May 3 - Rights groups accused the Ugandan army of abuses near the border. The army rejected the accusations.',
    );
    expect(keys(other)).not.toContain('org:kenya-army');
    // A dateline naming no capital says nothing of whose army it is.
    const city = await extract('MOMBASA, May 3 - Analysts said the army was stretched along the coast.');
    expect(city.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });
});

describe('bodies no table knows, named by the words around them', () => {
  it('reads a name after a word for a body, before one, or with an apposition saying what it is', async () => {
    const d = await extract(
      "Four patrol boats were ordered from the Norwegian shipbuilder Vestvik in 2024. Police said the rifles were seized from the Los Halcones gang. Kigali accused Gitega of arming the FNL-Umoja rebel group. Jaish al-Nasr, the Sunni militant group that claimed the attack, said nothing. The Joint Media Directorate, the army's media wing, said two drones were shot down.",
    );
    expect(entity(d, 'org:vestvik').type).toBe('Organization');
    entity(d, 'org:los-halcones');
    const record = (d.document as { entities: { key: string; category?: string }[] }).entities;
    expect(record.find((e) => e.key === 'org:los-halcones')?.category).toBe('ARMED_GROUP');
    entity(d, 'org:fnl-umoja');
    entity(d, 'org:jaish-al-nasr');
    entity(d, 'org:joint-media-directorate');
    expect(people(d)).toEqual([]);
    // "the Sunni militant group": a plain word before a qualified word for a body is an adjective, not a name.
    expect(keys(d)).not.toContain('org:sunni');
  });

  it('leaves a person described by an apposition a person', async () => {
    const d = await extract('Tomas Varga, the head of the militia, said the fighters had withdrawn.');
    expect(d.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  it("records a state's own media as a publisher, and the outlet a briefing's reporter is labelled with", async () => {
    const d = await extract('Iranian state television reported on Sunday that the drills had ended.');
    entity(d, 'org:iranian-state-television');
    const briefing = await extract('Reporter (Addis Tribune): Will the talks resume?\n\nSpokesperson: Not this week.');
    entity(briefing, 'org:addis-tribune');
  });

  it('records the ministry an unnamed minister speaks for, and not the ministry of a minister the text names', async () => {
    const d = await extract("Q: Chad's information minister has blamed Sudan for the raid. What is your response?");
    expect(entity(d, 'org:chad-ministry-of-information').aliases).toContain("Chad's information minister");
    const named = await extract("Chad's information minister, Ali Mahamat, blamed Sudan for the raid.");
    expect(keys(named)).not.toContain('org:chad-ministry-of-information');
    const chief = await extract("AFP: Kenya's army chief said last week that the border was calm.");
    expect(entity(chief, 'org:kenya-army').aliases).toContain("Kenya's army chief");
  });
});

describe('capitals named as cities', () => {
  it('reads a capital after "In", after a verb of leaving "for", and the second of two visited, as cities', async () => {
    const d = await extract(
      'In Nairobi, a ministry spokesman said the talks would go on. The Foreign Minister will leave for Kampala on 1 September. She will visit Kigali and Gitega next week.',
    );
    for (const city of ['place:nairobi', 'place:kampala', 'place:kigali', 'place:gitega']) entity(d, city);
  });

  it('records the capital in "the authorities in Minsk" as a city, and the phrase as the state\'s authorities', async () => {
    const d = await extract('Lithuania accused the authorities in Minsk of sending the balloons.');
    entity(d, 'place:minsk');
    expect(d.claims.map((c) => `${c.speaker} ${c.kind} ${c.targets.join(',')}`)).toEqual([
      'state:LTU ACCUSE org:belarus-authorities',
    ]);
  });
});

describe('no people out of headings and the names of meetings', () => {
  it('reads no person from a title followed by a verb in a heading in title case, nor from a briefing named in capitals', async () => {
    const d = await extract(
      'Fighting Spreads in Northern Provinces as Relief Runs Short, Special Envoy Tells Security Council\n\nThe Special Envoy, Marta Quiroga, said on Monday that the fighting had spread.',
    );
    expect(people(d)).toEqual(['person:marta-quiroga']);
    const briefing = await extract(
      'Weekly Press Briefing of the Ministry of Foreign Affairs, 3 March 2026\n\nThe Spokesperson, Ambassador Lena Okafor, opened the briefing.',
    );
    expect(people(briefing)).toEqual(['person:lena-okafor']);
  });
});

describe('places named in lists, by bearing and by the word after them', () => {
  it('reads every name of a list after a word for where, and of a list after a plural word for a place', async () => {
    const d = await extract(
      'Shelling was reported in Varenka, Oldmoor and Castel Brin on Sunday. Troops occupied the villages of Tessaly and Moravin, and the ports of Kelmar, Duno and Ras Halil closed.',
    );
    for (const place of [
      'place:varenka',
      'place:oldmoor',
      'place:castel-brin',
      'place:tessaly',
      'place:moravin',
      'place:kelmar',
      'place:duno',
      'place:ras-halil',
    ])
      entity(d, place);
  });

  it('reads no list of places out of a heading in title case, nor a people named after a list', async () => {
    const heading = await extract(
      'Council Hears Briefing on Fighting at Ras Doumel, While Ministers Reject Charges and Blame Neighbours\n\nThe Council met on Monday.',
    );
    expect(heading.entities.filter((e) => e.type === 'Place').map((e) => e.key)).toEqual(['place:ras-doumel']);
    const people = await extract('Nobody has forgotten the raids on Varenka, and Moldarans have not forgotten them.');
    expect(people.entities.filter((e) => e.type === 'Place').map((e) => e.key)).toEqual(['place:varenka']);
  });

  it('reads a place a bearing is given from, and one after "from", "to" or "over", but not in a name or a heading', async () => {
    const d = await extract(
      'The drones were launched from an area south of Kelmar. Two fishermen from Izmora were towed to Amapura. Debris fell over Vostrel. The canal draws water from the Oskar Darya, the ministry wrote to the High Commissioner.',
    );
    for (const place of ['place:kelmar', 'place:izmora', 'place:amapura', 'place:vostrel', 'place:oskar-darya'])
      entity(d, place);
    expect(keys(d)).not.toContain('place:high-commissioner');
    const named = await extract(
      'Council Fails to Adopt Draft on Border\n\nBoth sides endorsed the Road to Reconciliation in March, and Congolese troops were sent to Ituri.',
    );
    const places = named.entities.filter((e) => e.type === 'Place').map((e) => e.key);
    expect(places).not.toContain('place:adopt-draft');
    expect(places).not.toContain('place:reconciliation');
    expect(places).not.toContain('place:congolese');
  });

  it('reads a region of several words with its word kept as an alias, and a federated state with "State"', async () => {
    const d = await extract(
      "The attack took place in the Far East region on Monday. Gunmen struck a village in Nigeria's Kwara State, and the army patrolled in East Sela Tenggara province.",
    );
    expect(entity(d, 'place:far-east').aliases).toContain('Far East region');
    entity(d, 'place:kwara-state');
    entity(d, 'place:east-sela-tenggara');
  });

  it('reads names opening with a capital of any alphabet, and sites closed by a word in lower case with the bare name as an alias', async () => {
    const d = await extract(
      'Jets were scrambled from Äsmari Air Base. The Ostrel corridor links the mines to the sea, and the Brava canal was cut. The Northlink gas pipeline was damaged near the disputed Tamri area.',
    );
    entity(d, 'place:asmari-air-base');
    expect(entity(d, 'place:ostrel-corridor').aliases).toContain('Ostrel');
    expect(entity(d, 'place:brava-canal').aliases).toContain('Brava');
    expect(entity(d, 'place:northlink-gas-pipeline').aliases).toContain('Northlink');
    expect(entity(d, 'place:tamri-area').aliases).toContain('Tamri');
    expect(d.entities.map((e) => e.key)).not.toContain('place:canal');
  });
});

describe('bodies named by who works there and by whom a delegate speaks for', () => {
  it('reads where an analyst or a researcher works as a body, whatever its words, but not one word nor a part of a name', async () => {
    const d = await extract(
      '"The talks are stalled," said Ana Ruiz, a security analyst at the Universidad de Montevideo in Montevideo. ' +
        '"Nobody expected it," said Omar Saleh, a researcher on the Sahel at the Hartmann Peace Studies Hall. ' +
        '"It is late," said Lea Dorn, a fellow at the Arctic Studies programme of the Royal Institute of Polar Affairs.',
    );
    entity(d, 'org:universidad-de-montevideo');
    const record = (d.document as { entities: { key: string; category?: string }[] }).entities;
    expect(record.find((e) => e.key === 'org:universidad-de-montevideo')?.category).toBe('THINK_TANK');
    entity(d, 'org:hartmann-peace-studies-hall');
    expect(keys(d)).not.toContain('org:arctic-studies');
    expect(people(d)).toEqual(['person:ana-ruiz', 'person:omar-saleh', 'person:lea-dorn']);
  });

  it('records the group of states a delegate speaks for, its count kept as an alias, while the delegate still speaks for the state', async () => {
    const d = await extract(
      "Speaking on behalf of the three Baltic States, Latvia's delegate condemned the sabotage of the cables. Speaking on behalf of the Nordic countries, Denmark's delegate called for an inquiry.",
    );
    expect(entity(d, 'org:baltic-states').aliases).toContain('three Baltic States');
    entity(d, 'org:nordic-countries');
    expect(d.claims.map((c) => c.speaker)).toEqual(expect.arrayContaining(['state:LVA', 'state:DNK']));
  });
});

describe("a state's legislature named bare", () => {
  it('reads "Parliament", "Congress", "the Senate" and "the Diet" as the legislature of the state the text is about', async () => {
    const d = await extract(
      'Romania will buy more drones. Romania has asked its allies for help, and Romania expects Parliament to approve the purchase this week. The Senate voted on Monday.',
    );
    expect(entity(d, 'org:parliament-of-romania').aliases).toContain('Parliament');
    entity(d, 'org:senate-of-romania');
  });

  it('reads no legislature where the word is part of a name or no state is clearly the topic', async () => {
    const d = await extract(
      'Romania will buy more drones. Romania has asked its allies for help. Romania said Members of Parliament and the British Parliament were told.',
    );
    expect(keys(d)).not.toContain('org:parliament-of-romania');
    const none = await extract('Chile and Peru disagree, and Parliament will debate the treaty.');
    expect(keys(none).filter((k) => k.startsWith('org:parliament'))).toEqual([]);
  });
});

describe('humanitarian bodies', () => {
  it('reads the Red Cross as a body, not a person', async () => {
    const d = await extract('The Red Cross said it had treated four wounded airport workers.');
    expect(entity(d, 'org:icrc').type).toBe('Organization');
    expect(people(d)).toEqual([]);
  });
});

describe('places in headings', () => {
  it('reads the city of a briefing heading with its weekday, and a heading that goes on after its date', async () => {
    const a = await extract(
      'Press Conference by the Government Spokesperson, Rome, Tuesday, 14 April 2026\n\nSpokesperson Carla Neri: Good morning.',
    );
    expect(keys(a)).toContain('place:rome');
    const b = await extract(
      'Government Press Conference, Vienna, Friday, 3 July 2026, with Government Spokesperson Lena Huber\n\nLena Huber: Good morning.',
    );
    expect(keys(b)).toContain('place:vienna');
  });

  it('takes no weekday for a place, nor a date named in a sentence that goes on', async () => {
    const a = await extract(
      'Press Conference by Press Secretary Aiko Mori, Wednesday, April 8, 2026\n\nAiko Mori: Good morning.',
    );
    expect(keys(a).filter((k) => k.startsWith('place:'))).toEqual([]);
    const b = await extract(
      'The talks began well.\n\nThe envoy met officials of Ruritania, 14 April 2026, and left the next day.',
    );
    expect(keys(b).filter((k) => k.startsWith('place:'))).toEqual([]);
  });

  it('reads no place in the words of a UN meetings headline in title case', async () => {
    const d = await extract(
      'Security Council Extends Mission for One Year, Adopting Resolution 2841 (2026) by 13 Votes in Favour, with Two Abstentions\n\nThe Security Council today extended the mission.',
    );
    expect(keys(d).filter((k) => k.startsWith('place:'))).toEqual([]);
  });
});

describe('a service named as the owner of its craft', () => {
  it('records "a ⟨demonym⟩ army drone" and "a ⟨demonym⟩ coast guard ship" as the service, the state still acting', async () => {
    const d = await extract(
      'A Ghanaian army drone struck a market near the border on Sunday, and a Beninese coast guard ship was sent to the area.',
    );
    expect(entity(d, 'org:ghana-army').aliases).toContain('Ghanaian army');
    expect(entity(d, 'org:benin-coast-guard').aliases).toContain('Beninese coast guard');
    expect(keys(d)).toEqual(expect.arrayContaining(['state:GHA', 'state:BEN']));
  });

  it('does not take "military" before a craft for a service', async () => {
    const d = await extract('A Ghanaian army spokesman spoke of Ghanaian military vehicles on the road.');
    expect(keys(d)).not.toContain('org:ghana-military');
  });
});
