import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { GraphGrounding } from '../../src/extract/resolve.js';
import { RulesExtractor } from '../../src/extract/rules.js';
import type { Draft } from '../../src/extract/types.js';
import { testGraph } from '../support/graph.js';
import { cypherRows } from '../support/writes.js';
import { claim, extract } from './drafts.js';
import { deriveFromClaims } from '../support/tallies.js';

/**
 * Entities drafted beyond people and states: weapons transfers (with their
 * supplier, recipient, weapon, quantity and period), resolutions by number
 * or by description (grounded in the graph when it holds them), and
 * events with their dates; and claims about them carrying them in `about`.
 * Sentences written for these tests.
 */

type Doc = {
  entities: Record<string, unknown>[];
  relationships: { type: string; from: string; to: string; role?: string }[];
};
const doc = (d: Draft) => d.document as Doc;
const entity = (d: Draft, key: string) => {
  const e = doc(d).entities.find((x) => x.key === key);
  expect(
    e,
    `${key} in ${doc(d)
      .entities.map((x) => x.key)
      .join(', ')}`,
  ).toBeDefined();
  return e!;
};
const ofType = (d: Draft, type: string) => doc(d).entities.filter((e) => e.type === type);
const links = (d: Draft, from: string) =>
  doc(d)
    .relationships.filter((r) => r.from === from)
    .map((r) => `${r.type} ${r.to}`)
    .sort();

describe('weapons transfers', () => {
  it('drafts "⟨A⟩ supplied ⟨B⟩ with ⟨W⟩" as an alleged transfer with its supplier, recipient, weapon and period, which the accusation is about', async () => {
    const draft = await extract(
      'The United States accused Iran of supplying the Houthis with Quds-1 cruise missiles in 2023.',
      '2024-05-10',
    );
    const [transfer] = ofType(draft, 'WeaponsTransfer');
    expect(transfer).toMatchObject({ status: 'ALLEGED', periodStart: '2023', periodEnd: '2023' });
    expect(links(draft, transfer!.key as string)).toEqual([
      'OF_WEAPON weapon:quds-1',
      'RECEIVED_BY org:houthis',
      'SUPPLIED_BY state:IRN',
    ]);
    expect(claim(draft, 'state:USA', 'ACCUSE', 'state:IRN').about).toContain(transfer!.key);
  });

  it('drafts "⟨A⟩ delivered ⟨n⟩ ⟨W⟩ to ⟨B⟩ between ... and ..." with the quantity and period as said, confirmed by the supplier\'s own official', async () => {
    const draft = await extract(
      'Belarus delivered 12 Polonez rocket launchers to Venezuela between 2019 and 2021, a Belarusian defence official said.',
      '2024-05-10',
    );
    const [transfer] = ofType(draft, 'WeaponsTransfer');
    expect(transfer).toMatchObject({
      quantity: '12',
      period: 'between 2019 and 2021',
      periodStart: '2019',
      periodEnd: '2021',
      status: 'CONFIRMED',
    });
    expect(links(draft, transfer!.key as string)).toEqual([
      'OF_WEAPON weapon:polonez',
      'RECEIVED_BY state:VEN',
      'SUPPLIED_BY state:BLR',
    ]);
  });

  it('drafts "⟨B⟩ received ⟨W⟩ from ⟨A⟩" as reported when an institute says so', async () => {
    const draft = await extract(
      'Armenia received Akash air defence systems from India last year, according to the Stockholm International Peace Research Institute.',
      '2024-05-10',
    );
    const [transfer] = ofType(draft, 'WeaponsTransfer');
    expect(transfer).toMatchObject({ status: 'REPORTED', periodStart: '2023' });
    expect(links(draft, transfer!.key as string)).toEqual([
      'OF_WEAPON weapon:akash',
      'RECEIVED_BY state:ARM',
      'SUPPLIED_BY state:IND',
    ]);
  });

  it('drafts "⟨W⟩ delivered to ⟨B⟩\'s army by ⟨A⟩" with the state of the army as recipient', async () => {
    const draft = await extract(
      "Dozens of Mohajer-6 drones delivered to Sudan's army by Iran in January were used in the offensive.",
      '2024-05-10',
    );
    const [transfer] = ofType(draft, 'WeaponsTransfer');
    expect(transfer).toMatchObject({ quantity: 'Dozens', periodStart: '2024-01' });
    expect(links(draft, transfer!.key as string)).toEqual([
      'OF_WEAPON weapon:mohajer-6',
      'RECEIVED_BY state:SDN',
      'SUPPLIED_BY state:IRN',
    ]);
  });

  it('drafts "the transfer by ⟨A⟩ of ⟨W⟩ to ⟨B⟩" and "approved the sale of ⟨W⟩ to ⟨B⟩", and "these deliveries" refers back', async () => {
    const draft = await extract(
      'Japan condemned the transfer by North Korea of Hwasong-11 ballistic missiles to Russia. Washington approved the sale of 250 Javelin anti-tank missiles to Kenya, the State Department said. Kenya welcomed these deliveries.',
      '2024-05-10',
    );
    const keys = ofType(draft, 'WeaponsTransfer').map((t) => t.key as string);
    expect(keys).toHaveLength(2);
    const [missiles, javelins] = keys;
    expect(links(draft, missiles!)).toEqual([
      'OF_WEAPON weapon:hwasong-11',
      'RECEIVED_BY state:RUS',
      'SUPPLIED_BY state:PRK',
    ]);
    expect(links(draft, javelins!)).toEqual([
      'OF_WEAPON weapon:javelin',
      'RECEIVED_BY state:KEN',
      'SUPPLIED_BY state:USA',
    ]);
    expect(claim(draft, 'state:JPN', 'CRITICIZE').about).toContain(missiles);
    expect(claim(draft, 'state:KEN', 'STATE').about).toContain(javelins);
  });

  it('drafts "⟨A⟩ sent ⟨n⟩ ⟨W⟩ to ⟨B⟩" and "⟨A⟩ has supplied ⟨B⟩ with ⟨W⟩ since ⟨year⟩" as alleged, the period open when the text leaves it so', async () => {
    const draft = await extract(
      'Seoul said North Korea sent 100 KN-23 ballistic missiles to Russia in late 2023. Russia has supplied Myanmar with Yak-130 jets since 2015, the monitors alleged.',
      '2024-05-10',
    );
    const [missiles, jets] = ofType(draft, 'WeaponsTransfer');
    expect(missiles).toMatchObject({ status: 'ALLEGED', quantity: '100', periodStart: '2023', periodEnd: '2023' });
    expect(links(draft, missiles!.key as string)).toEqual([
      'OF_WEAPON weapon:kn-23',
      'RECEIVED_BY state:RUS',
      'SUPPLIED_BY state:PRK',
    ]);
    expect(jets).toMatchObject({ status: 'ALLEGED', period: 'since 2015', periodStart: '2015' });
    expect(jets).not.toHaveProperty('periodEnd');
    expect(links(draft, jets!.key as string)).toEqual([
      'OF_WEAPON weapon:yak-130',
      'RECEIVED_BY state:MMR',
      'SUPPLIED_BY state:RUS',
    ]);
    expect(claim(draft, 'state:KOR', 'STATE').about).toContain(missiles!.key);
  });

  it('drafts "⟨A⟩ supplied ⟨W⟩ to the ⟨B⟩", an armed group after "the", with no weapon system when only its kind is named, and no attack in "attack drones"', async () => {
    const draft = await extract('Iran supplied attack drones to the Houthis in 2022, the monitors said.', '2024-05-10');
    const [transfer] = ofType(draft, 'WeaponsTransfer');
    // Monitors are a body that finds and reports: a transfer they tell of is reported, as one an institute tells of is.
    expect(transfer).toMatchObject({ status: 'REPORTED', periodStart: '2022' });
    expect(links(draft, transfer!.key as string)).toEqual(['RECEIVED_BY org:houthis', 'SUPPLIED_BY state:IRN']);
    // "attack drones" names a weapon, not an attack.
    expect(ofType(draft, 'Event')).toEqual([]);
  });

  it('drafts no transfer that the text says did not happen', async () => {
    const draft = await extract(
      'Iran denied that it had sent any drones to Sudan. Turkey has never supplied weapons to the RSF.',
      '2024-05-10',
    );
    expect(ofType(draft, 'WeaponsTransfer')).toEqual([]);
  });
});

describe('resolutions', () => {
  it('drafts a resolution by its number, a General Assembly one included, and "the 2006 resolution" as the one of that year named before', async () => {
    const draft = await extract(
      'The sanctions imposed by resolution 1718 (2006) remain in force, the representative of Japan said. The General Assembly adopted resolution 76/262 in April 2022. China said the 2006 resolution had been weakened.',
      '2024-05-10',
      'UN Meetings Coverage',
    );
    entity(draft, 'resolution:s-res-1718-2006');
    expect(entity(draft, 'resolution:a-res-76-262')).toMatchObject({ symbol: 'A/RES/76/262' });
    expect(claim(draft, 'state:CHN', 'STATE').about).toContain('resolution:s-res-1718-2006');
  });

  it('drafts a draft resolution named by what it says, and "the draft" refers back to it', async () => {
    const draft = await extract(
      'The United Kingdom circulated a draft resolution demanding a ceasefire in El Fasher. Russia criticized the draft as unbalanced.',
      '2024-05-10',
    );
    const [resolution] = ofType(draft, 'Resolution');
    expect(resolution).toMatchObject({ name: 'Draft resolution demanding a ceasefire in El Fasher', status: 'DRAFT' });
    expect(claim(draft, 'state:RUS', 'CRITICIZE').about).toContain(resolution!.key);
  });
});

describe('events', () => {
  it('drafts a veto with its date, who cast it and the draft it blocked, which a later criticism of "the veto" is about', async () => {
    const draft = await extract(
      'China and Russia vetoed a draft resolution condemning the crackdown in Myanmar on 12 January 2007. The veto was deplored by the United Kingdom.',
      '2024-05-10',
    );
    const [veto] = ofType(draft, 'Event');
    expect(veto).toMatchObject({ category: 'VETO', date: '2007-01-12' });
    const [resolution] = ofType(draft, 'Resolution');
    expect(resolution).toMatchObject({ status: 'VETOED' });
    const rels = doc(draft).relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(rels).toEqual(
      expect.arrayContaining([
        `state:CHN PARTICIPATED_IN ${veto!.key}`,
        `state:RUS PARTICIPATED_IN ${veto!.key}`,
        `state:CHN VETOED ${resolution!.key}`,
        `${veto!.key} CONCERNS ${resolution!.key}`,
      ]),
    );
    expect(claim(draft, 'state:GBR', 'CRITICIZE').about).toContain(veto!.key);
  });

  it('drafts UN coverage\'s "owing to the negative vote of a permanent member" as a veto by the state the tally names against', async () => {
    const draft = await extract(
      'The Security Council today failed to adopt a draft resolution that would have extended the mandate of the panel monitoring sanctions on Mali, owing to the negative vote of a permanent member. The text received 13 votes in favour to 1 against (Russian Federation), with 1 abstention (China).',
      '2024-05-10',
      'UN Meetings Coverage',
    );
    const veto = ofType(draft, 'Event').find((e) => e.category === 'VETO');
    expect(veto).toMatchObject({ date: '2024-05-10' });
    expect(links(draft, 'state:RUS')).toContain(`PARTICIPATED_IN ${veto!.key}`);
  });

  it('drafts a meeting of the Council and a vote adopting a resolution, on the day of the coverage', async () => {
    const draft = await extract(
      'The Security Council this morning held a meeting on Haiti and unanimously adopted resolution 2734 (2024).',
      '2024-05-10',
      'UN Meetings Coverage',
    );
    const events = ofType(draft, 'Event').map((e) => `${e.category} ${e.date}`);
    expect(events.sort()).toEqual(['MEETING 2024-05-10', 'VOTE 2024-05-10']);
    expect(entity(draft, 'resolution:s-res-2734-2024')).toMatchObject({ status: 'ADOPTED' });
  });

  it('drafts a strike with its date and place, which a condemnation of "the strike" is about', async () => {
    const draft = await extract(
      'A drone strike on a hospital in the town of Kadugli on Tuesday killed nine people, the Sudanese army said. France condemned the strike.',
      '2024-05-10',
    );
    const [strike] = ofType(draft, 'Event');
    expect(strike).toMatchObject({ category: 'STRIKE', date: '2024-05-07' });
    expect(links(draft, strike!.key as string)).toEqual(['TOOK_PLACE_IN place:kadugli']);
    expect(claim(draft, 'state:FRA', 'CRITICIZE').about).toContain(strike!.key);
  });

  it('drafts "⟨A⟩ and ⟨B⟩ met at a summit in ⟨Place⟩ on ⟨date⟩" as one summit they took part in, which a criticism of "the summit" is about', async () => {
    const draft = await extract(
      'Russian President Vladimir Putin and North Korean leader Kim Jong Un met at a summit in Pyongyang on 19 June 2024. Ukraine criticized the summit.',
      '2024-06-21',
    );
    const events = ofType(draft, 'Event');
    expect(events).toEqual([expect.objectContaining({ category: 'SUMMIT', date: '2024-06-19' })]);
    const summit = events[0]!.key as string;
    expect(links(draft, summit)).toEqual(['TOOK_PLACE_IN place:pyongyang']);
    expect(links(draft, 'person:vladimir-putin')).toContain(`PARTICIPATED_IN ${summit}`);
    expect(links(draft, 'person:kim-jong-un')).toContain(`PARTICIPATED_IN ${summit}`);
    expect(claim(draft, 'state:UKR', 'CRITICIZE').about).toContain(summit);
  });

  it('drafts an invasion with its date', async () => {
    const draft = await extract(
      'Belgrade has refused to impose sanctions since the invasion of Ukraine in February 2022.',
      '2024-05-10',
    );
    expect(ofType(draft, 'Event')).toEqual([expect.objectContaining({ category: 'INVASION', date: '2022-02' })]);
  });
});

describe('drafted entities in the graph', () => {
  const graph = testGraph();
  const grounding = new GraphGrounding(graph);
  const extractor = new RulesExtractor();
  const written = new Set<string>();
  afterAll(async () => {
    await cypherRows(graph, 'MATCH (n) WHERE n.key IN $keys DETACH DELETE n', { keys: [...written] });
    await deriveFromClaims(graph);
  });

  it('grounds "resolution 1718" and "the draft renewing the panel" in the resolutions the graph holds', async () => {
    const draft = await extractor.extract(
      {
        text: 'Japan said resolution 1718 was being flouted every day. Russia defended its veto of the draft renewing the Panel of Experts.',
        publishedOn: '2024-07-01',
      },
      { grounding },
    );
    const keys = draft.entities.filter((e) => e.type === 'Resolution').map((e) => [e.key, e.isNew]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['resolution:s-res-1718-2006', false],
        ['resolution:s-2024-255', false],
      ]),
    );
  });

  it('ingests a drafted transfer with its supplier, recipient, weapon and period, as an importer linking it to a dataset record needs', async () => {
    const text =
      'Kazakhstan accused Belarus on Monday of supplying Nicaragua with 40 Polonez-M rocket launchers between 2021 and 2023.';
    const draft = await extractor.extract({ text, publishedOn: '2024-07-01' }, { grounding });
    const parsed = parseDocument(draft.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const doc = parsed.document;
    for (const k of [
      ...doc.sources.map((s) => s.key),
      ...doc.entities.map((e) => e.key),
      ...doc.claims.map((c) => c.key),
    ])
      if (!['state:BLR', 'state:KAZ', 'state:NIC'].includes(k) || !(await held(k))) written.add(k);
    await ingestDocument(graph, doc);
    const rows = await cypherRows(
      graph,
      `MATCH (t:WeaponsTransfer)-[:SUPPLIED_BY]->(s), (t)-[:RECEIVED_BY]->(r), (t)-[:OF_WEAPON]->(w)
       WHERE t.key IN $keys
       RETURN s.key AS supplier, r.key AS recipient, w.name AS weapon, t.periodStart AS start, t.periodEnd AS end,
              t.status AS status, t.quantity AS quantity`,
      { keys: doc.entities.map((e) => e.key) },
    );
    expect(rows).toEqual([
      {
        supplier: 'state:BLR',
        recipient: 'state:NIC',
        weapon: 'Polonez-M',
        start: '2021',
        end: '2023',
        status: 'ALLEGED',
        quantity: '40',
      },
    ]);
    const about = await cypherRows(
      graph,
      'MATCH (c:Claim)-[:ABOUT]->(t:WeaponsTransfer) WHERE c.key IN $claims RETURN t.key AS transfer',
      { claims: doc.claims.map((c) => c.key) },
    );
    expect(about.length).toBeGreaterThan(0);
  });

  async function held(key: string): Promise<boolean> {
    return (await cypherRows(graph, 'MATCH (n {key: $key}) RETURN n.key AS key', { key })).length > 0;
  }
});
