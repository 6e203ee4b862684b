import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';

/**
 * Synthetic graphs in the model of docs/model.md, for the benchmark tiers:
 * states, people holding positions, organizations, places, resolutions with
 * sponsors, vetoes and votes, weapon systems and transfers, events, articles
 * and the claims reported in them, with MENTIONED_IN provenance. A fixed
 * seed makes every run build the same graph. The seed documents' real keys
 * (state:RUS, state:PRK...) are among the states, so operations can name
 * them, and a few hub states get most of the traffic, as in the news.
 */

export interface GraphSize {
  states: number;
  people: number;
  organizations: number;
  places: number;
  weapons: number;
  resolutions: number;
  events: number;
  transfers: number;
  articles: number;
  claims: number;
  /** Entities each article mentions. */
  mentionsPerArticle: number;
}

/** About 10 thousand relationships on top of the seed graph. */
export const SIZE_10K: GraphSize = {
  states: 60,
  people: 150,
  organizations: 40,
  places: 40,
  weapons: 20,
  resolutions: 40,
  events: 40,
  transfers: 60,
  articles: 280,
  claims: 1100,
  mentionsPerArticle: 10,
};

/** About a million relationships. */
export const SIZE_1M: GraphSize = {
  states: 200,
  people: 15_000,
  organizations: 4_000,
  places: 4_000,
  weapons: 500,
  resolutions: 4_000,
  events: 4_000,
  transfers: 6_000,
  articles: 27_500,
  claims: 105_000,
  mentionsPerArticle: 12,
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL_STATES: [string, string, string[]][] = [
  ['RUS', 'Russia', ['Russian Federation', 'Moscow']],
  ['USA', 'United States', ['US', 'USA']],
  ['PRK', 'North Korea', ['DPRK', 'Pyongyang']],
  ['CHN', 'China', ['PRC', 'Beijing']],
  ['UKR', 'Ukraine', ['Kyiv']],
  ['GBR', 'United Kingdom', ['UK', 'Britain']],
  ['FRA', 'France', ['Paris']],
  ['KOR', 'South Korea', ['Republic of Korea', 'Seoul']],
  ['JPN', 'Japan', ['Tokyo']],
  ['IRN', 'Iran', ['Tehran']],
  ['DEU', 'Germany', ['Berlin']],
  ['IND', 'India', ['New Delhi']],
  ['ISR', 'Israel', []],
  ['SYR', 'Syria', ['Damascus']],
  ['BLR', 'Belarus', ['Minsk']],
  ['POL', 'Poland', ['Warsaw']],
  ['TUR', 'Turkey', ['Türkiye', 'Ankara']],
  ['BRA', 'Brazil', []],
  ['ZAF', 'South Africa', []],
  ['EGY', 'Egypt', ['Cairo']],
  ['SAU', 'Saudi Arabia', ['Riyadh']],
  ['PAK', 'Pakistan', ['Islamabad']],
  ['MOZ', 'Mozambique', []],
  ['ECU', 'Ecuador', []],
  ['MLT', 'Malta', []],
  ['SLE', 'Sierra Leone', []],
  ['GUY', 'Guyana', []],
  ['DZA', 'Algeria', []],
  ['CHE', 'Switzerland', []],
  ['SVN', 'Slovenia', []],
];

const SYLLABLES = [
  'va',
  'lor',
  'dia',
  'ken',
  'tar',
  'mo',
  'ri',
  'sa',
  'bel',
  'gon',
  'ia',
  'nor',
  'esh',
  'ul',
  'pra',
  'zen',
  'kal',
  'dor',
  'via',
  'ost',
];
const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ivan',
  'Jin',
  'Karim',
  'Laura',
  'Mikhail',
  'Nadia',
  'Omar',
  'Pavel',
  'Qiu',
  'Rosa',
  'Sergei',
  'Tomas',
  'Usha',
  'Viktor',
  'Wei',
  'Yuki',
  'Zara',
];
const LAST = [
  'Ahmadi',
  'Baker',
  'Choi',
  'Dmitriev',
  'Evans',
  'Fischer',
  'Garcia',
  'Hassan',
  'Ito',
  'Jones',
  'Kim',
  'Lee',
  'Moreau',
  'Novak',
  'Okafor',
  'Park',
  'Quinn',
  'Rossi',
  'Smirnov',
  'Tanaka',
  'Usmanov',
  'Volkov',
  'Wang',
  'Yilmaz',
  'Zhou',
];
const TITLES = [
  'Ambassador to the United Nations',
  'Foreign Minister',
  'Defence Minister',
  'President',
  'Prime Minister',
  'Spokesperson of the Foreign Ministry',
  'Deputy Ambassador to the United Nations',
  'Chief Prosecutor',
];
const ORG_KINDS: [string, string][] = [
  ['Ministry of Foreign Affairs of', 'MINISTRY'],
  ['Ministry of Defence of', 'MINISTRY'],
  ['Prosecutor General of', 'PROSECUTOR'],
  ['Institute for Strategic Studies of', 'THINK_TANK'],
  ['News Agency of', 'NEWS_AGENCY'],
  ['Armed Forces of', 'MILITARY'],
  ['Security Council of', 'GOVERNMENT_BODY'],
];
const WEAPON_KINDS = [
  'short-range ballistic missile',
  'artillery shell',
  'drone',
  'air-defence system',
  'rocket launcher',
  'cruise missile',
];
const PUBLISHERS = [
  'Reuters',
  'Associated Press',
  'AFP',
  'BBC',
  'Al Jazeera',
  'Yonhap',
  'Kyodo',
  'TASS',
  'Xinhua',
  'UN News',
];
const ALLEGATIONS = [
  'violating the arms embargo',
  'supplying ballistic missiles',
  'firing missiles at civilian areas',
  'blocking the sanctions committee',
  'shielding a rogue state',
  'spreading disinformation',
  'breaching Security Council resolutions',
  'transferring artillery shells',
];
const WORDS = [
  'council',
  'sanctions',
  'missile',
  'envoy',
  'resolution',
  'embargo',
  'debris',
  'panel',
  'veto',
  'delegation',
  'statement',
  'report',
  'meeting',
  'weapons',
  'transfer',
  'border',
  'talks',
  'ministry',
  'prosecutors',
  'monitors',
];
const KINDS: [string, number][] = [
  ['ACCUSE', 0.35],
  ['DENY', 0.15],
  ['CRITICIZE', 0.15],
  ['DEMAND', 0.1],
  ['STATE', 0.1],
  ['REPORT', 0.05],
  ['WARN', 0.05],
  ['CALL_FOR', 0.05],
];
const EVENT_CATEGORIES = ['MEETING', 'VISIT', 'SUMMIT', 'STRIKE', 'VOTE', 'REPORT', 'SIGNING'];
const RESOLUTION_STATUS: [string, number][] = [
  ['ADOPTED', 0.7],
  ['VETOED', 0.1],
  ['FAILED', 0.05],
  ['NOT_PUT_TO_VOTE', 0.05],
  ['DRAFT', 0.1],
];

type Row = Record<string, unknown>;

/** One statement's worth of rows: a bench/cypher/*.cypher name and its $rows. */
export interface Batch {
  statement: string;
  rows: Row[];
  /** What the rows are, for the progress line. */
  what: string;
  relationships: number;
}

/** How many relationships the generator writes for a size (a dry run: about a second for a million). */
export function countRelationships(size: GraphSize): number {
  let total = 0;
  for (const batch of generate(size)) total += batch.relationships;
  return total;
}

/**
 * Yields the graph as batches of at most `batchSize` rows, nodes first, in
 * an order every run repeats. Only indexes and small typed arrays are kept,
 * so a million relationships stay within a modest heap.
 */
export function* generate(size: GraphSize, batchSize = 10_000, seed = 20240628): Generator<Batch> {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const weighted = (table: [string, number][]) => {
    let x = rand();
    for (const [value, w] of table) if ((x -= w) < 0) return value;
    return table[table.length - 1]![0];
  };
  // Zipf-like popularity: the first states (Russia, the US, North Korea...) are the news' hubs.
  const zipf = (n: number, s = 1.0) => {
    const cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) cumulative[r] = total += 1 / Math.pow(r + 1, s);
    return () => {
      const x = rand() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  };
  const syllableName = () => {
    const n = 2 + int(2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const date = (dayIndex: number) => new Date(Date.UTC(2015, 0, 1) + dayIndex * 86_400_000).toISOString().slice(0, 10);
  const DAYS = 3650;

  // Keys by index; the same formula everywhere, so nothing big is kept.
  const stateCodes: string[] = [];
  const stateNames: string[] = [];
  for (let i = 0; i < size.states; i++) {
    if (i < REAL_STATES.length) {
      stateCodes.push(REAL_STATES[i]![0]);
      stateNames.push(REAL_STATES[i]![1]);
    } else {
      // Q and X codes are ISO 3166's user-assigned range: no real state has one.
      const j = i - REAL_STATES.length;
      const code = `${j < 676 ? 'Q' : 'X'}${String.fromCharCode(65 + Math.floor((j % 676) / 26))}${String.fromCharCode(65 + (j % 26))}`;
      stateCodes.push(code);
      stateNames.push(syllableName());
    }
  }
  const stateKey = (i: number) => `state:${stateCodes[i]}`;
  const personKey = (i: number) => `person:syn-${i}`;
  const orgKey = (i: number) => `org:syn-${i}`;
  const placeKey = (i: number) => `place:syn-${i}`;
  const weaponKey = (i: number) => `weapon:syn-${i}`;
  const resolutionKey = (i: number) => `resolution:syn-${i}`;
  const eventKey = (i: number) => `event:syn-${i}`;
  const transferKey = (i: number) => `transfer:syn-${i}`;
  const articleKey = (i: number) => `article:syn-${i.toString(16).padStart(8, '0')}`;
  const claimKey = (i: number) => `claim:syn-${i}`;
  // Articles are spread evenly over ten years, in index order.
  const articleDay = (i: number) => Math.floor((i * DAYS) / Math.max(1, size.articles));
  const pickState = zipf(size.states, 1.0);
  const pickPerson = zipf(size.people, 0.8);
  const pickOrg = zipf(size.organizations, 0.8);

  let pending: Row[] = [];
  let pendingStatement = '';
  let pendingWhat = '';
  let pendingRels = 0;
  function* flushIfFull(force = false): Generator<Batch> {
    if (pending.length && (force || pending.length >= batchSize)) {
      yield { statement: pendingStatement, rows: pending, what: pendingWhat, relationships: pendingRels };
      pending = [];
      pendingRels = 0;
    }
  }
  function* add(statement: string, what: string, row: Row, isRelationship: boolean): Generator<Batch> {
    if (statement !== pendingStatement) yield* flushIfFull(true);
    pendingStatement = statement;
    pendingWhat = what;
    pending.push(row);
    if (isRelationship) pendingRels += 1;
    yield* flushIfFull();
  }
  const entity = (key: string, type: string, props: Row) => add('entities', 'entities', { key, type, props }, false);
  const sourceOf = () => [articleKey(int(size.articles))];
  const rel = (ends: string, type: string, from: string, to: string, props: Row = {}) =>
    add(
      `rel-${ends}`,
      `${ends.replace('-', '→')} relationships`,
      { type, from, to, props: { sources: sourceOf(), ...props } },
      true,
    );

  // Nodes.
  for (let i = 0; i < size.states; i++) {
    const real = REAL_STATES[i];
    yield* entity(stateKey(i), 'State', {
      name: stateNames[i],
      aliases: real ? real[2] : [stateCodes[i]],
      code: stateCodes[i],
      description: `A state (${stateCodes[i]}).`,
    });
  }
  const personState = new Int32Array(size.people);
  for (let i = 0; i < size.people; i++) {
    const last = pick(LAST);
    personState[i] = pickState();
    yield* entity(personKey(i), 'Person', {
      name: `${pick(FIRST)} ${last}`,
      aliases: [last],
      description: `An official of ${stateNames[personState[i]!]}.`,
    });
  }
  const orgState = new Int32Array(size.organizations);
  for (let i = 0; i < size.organizations; i++) {
    const [prefix, category] = pick(ORG_KINDS);
    orgState[i] = pickState();
    yield* entity(orgKey(i), 'Organization', { name: `${prefix} ${stateNames[orgState[i]!]}`, aliases: [], category });
  }
  for (let i = 0; i < size.places; i++) {
    yield* entity(placeKey(i), 'Place', {
      name: syllableName(),
      aliases: [],
      category: rand() < 0.8 ? 'CITY' : 'REGION',
    });
  }
  for (let i = 0; i < size.weapons; i++) {
    const designation = `${syllableName()}-${1 + int(30)}`;
    yield* entity(weaponKey(i), 'WeaponSystem', {
      name: designation,
      aliases: [],
      designation,
      category: pick(WEAPON_KINDS),
    });
  }
  for (let i = 0; i < size.resolutions; i++) {
    const year = 2006 + int(19);
    const status = weighted(RESOLUTION_STATUS);
    const symbol = status === 'DRAFT' || status === 'VETOED' ? `S/${year}/${100 + i}` : `S/RES/${2000 + i} (${year})`;
    yield* entity(resolutionKey(i), 'Resolution', {
      name: `Security Council resolution ${symbol}`,
      aliases: [symbol],
      symbol,
      title: `On ${pick(WORDS)} and ${pick(WORDS)}`,
      date: `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
      status,
    });
  }
  for (let i = 0; i < size.events; i++) {
    yield* entity(eventKey(i), 'Event', {
      name: `${pick(EVENT_CATEGORIES).toLowerCase()} on ${pick(WORDS)} ${i}`,
      aliases: [],
      category: pick(EVENT_CATEGORIES),
      date: date(int(DAYS)),
    });
  }
  const transferEnds = new Int32Array(size.transfers * 3);
  for (let i = 0; i < size.transfers; i++) {
    const supplier = pickState();
    let recipient = pickState();
    if (recipient === supplier) recipient = (supplier + 1) % size.states;
    const weapon = int(size.weapons);
    transferEnds.set([supplier, recipient, weapon], i * 3);
    const start = int(DAYS - 200);
    yield* entity(transferKey(i), 'WeaponsTransfer', {
      name: `Weapons from ${stateNames[supplier]} to ${stateNames[recipient]}`,
      aliases: [],
      quantity: `about ${10 * (1 + int(50))}`,
      period: `${date(start)} to ${date(start + 90)}`,
      periodStart: date(start),
      periodEnd: date(start + 90),
      status: pick(['ALLEGED', 'REPORTED', 'CONFIRMED', 'DENIED']),
    });
  }
  for (let i = 0; i < size.articles; i++) {
    const words: string[] = [];
    for (let w = 0; w < 90; w++) words.push(pick(WORDS));
    yield* add(
      'articles',
      'articles',
      {
        key: articleKey(i),
        category: 'NEWS',
        title: `${stateNames[pickState()]} and ${stateNames[pickState()]}: ${pick(WORDS)} ${pick(WORDS)}`,
        publisher: pick(PUBLISHERS),
        publishedOn: date(articleDay(i)),
        url: null,
        text: words.join(' '),
      },
      false,
    );
  }

  // Claims: a speaker (mostly an official speaking for a state), a target,
  // subjects, a source article; denials answer an earlier accusation, by its target.
  const claimSpeaker = new Int32Array(size.claims); // >= 0: person index; < 0: -(state index) - 1
  const claimTarget = new Int32Array(size.claims); // state index
  const claimArticle = new Int32Array(size.claims);
  const claimAnswers = new Int32Array(size.claims).fill(-1);
  const claimKinds: string[] = new Array(size.claims);
  const accusations: number[] = [];
  for (let i = 0; i < size.claims; i++) {
    let kind = weighted(KINDS);
    if (kind === 'DENY' && accusations.length === 0) kind = 'ACCUSE';
    claimKinds[i] = kind;
    if (kind === 'DENY') {
      const answered = accusations[accusations.length - 1 - int(Math.min(accusations.length, 200))]!;
      claimAnswers[i] = answered;
      // The accused state denies, through its spokesperson or itself, in a later article.
      claimSpeaker[i] = -claimTarget[answered]! - 1;
      const speaker = claimSpeaker[answered]!;
      claimTarget[i] = speaker >= 0 ? personState[speaker]! : -speaker - 1;
      claimArticle[i] = Math.min(size.articles - 1, claimArticle[answered]! + int(20));
    } else {
      claimSpeaker[i] = rand() < 0.75 ? pickPerson() : -pickState() - 1;
      const own = claimSpeaker[i]! >= 0 ? personState[claimSpeaker[i]!]! : -claimSpeaker[i]! - 1;
      let target = pickState();
      if (target === own) target = (target + 1) % size.states;
      claimTarget[i] = target;
      claimArticle[i] = int(size.articles);
      if (kind === 'ACCUSE') accusations.push(i);
    }
    const article = claimArticle[i]!;
    yield* add(
      'claims',
      'claims',
      {
        key: claimKey(i),
        kind,
        origin: 'REPORTED',
        allegation: kind === 'DENY' ? 'denies the accusation' : pick(ALLEGATIONS),
        madeOn: date(articleDay(article)).slice(0, rand() < 0.9 ? 10 : 7),
        quote: rand() < 0.6 ? `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}` : null,
      },
      false,
    );
  }

  // Relationships between entities.
  for (let i = 0; i < size.people; i++) {
    yield* rel('entity-entity', 'HOLDS_POSITION', personKey(i), stateKey(personState[i]!), { title: pick(TITLES) });
    if (rand() < 0.3)
      yield* rel('entity-entity', 'HOLDS_POSITION', personKey(i), orgKey(int(size.organizations)), { title: 'Member' });
  }
  for (let i = 0; i < size.states; i++) {
    yield* rel('entity-entity', 'MEMBER_OF', stateKey(i), orgKey(int(size.organizations)), {
      since: String(1990 + int(30)),
    });
    yield* rel('entity-entity', 'MEMBER_OF', stateKey(i), orgKey(int(size.organizations)), {
      since: String(1990 + int(30)),
    });
  }
  for (let i = 0; i < size.organizations; i++) {
    yield* rel('entity-entity', 'PART_OF', orgKey(i), stateKey(orgState[i]!));
    if (rand() < 0.5) yield* rel('entity-entity', 'LOCATED_IN', orgKey(i), placeKey(int(size.places)));
  }
  for (let i = 0; i < size.places; i++) yield* rel('entity-entity', 'LOCATED_IN', placeKey(i), stateKey(pickState()));
  for (let i = 0; i < size.weapons; i++)
    yield* rel('entity-entity', 'MANUFACTURED_BY', weaponKey(i), stateKey(pickState()));
  const votes = ['FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN'];
  // Russia, the US, China, the UK and France: the Council's permanent members.
  const permanent = [0, 1, 3, 5, 6].filter((i) => i < size.states);
  for (let i = 0; i < size.resolutions; i++) {
    const r = resolutionKey(i);
    const sponsors = new Set([pickState(), pickState()]);
    for (const s of sponsors) yield* rel('entity-entity', 'SPONSORED', stateKey(s), r);
    if (rand() < 0.2) yield* rel('entity-entity', 'VETOED', stateKey(pick(permanent)), r);
    const voters = new Set<number>();
    for (const p of permanent) voters.add(p);
    while (voters.size < Math.min(15, size.states)) voters.add(pickState());
    for (const v of voters) yield* rel('entity-entity', 'VOTED', stateKey(v), r, { vote: pick(votes) });
    yield* rel('entity-entity', 'CONCERNS', r, stateKey(pickState()), { role: 'subject' });
    if (rand() < 0.5) yield* rel('entity-entity', 'CONCERNS', r, orgKey(pickOrg()), { role: 'mandate' });
    yield* rel('entity-entity', 'CONSIDERED_BY', r, orgKey(pickOrg()));
    if (i > 0 && rand() < 0.2) yield* rel('entity-entity', 'STRENGTHENS', r, resolutionKey(int(i)));
  }
  for (let i = 0; i < size.transfers; i++) {
    const t = transferKey(i);
    yield* rel('entity-entity', 'SUPPLIED_BY', t, stateKey(transferEnds[i * 3]!));
    yield* rel('entity-entity', 'RECEIVED_BY', t, stateKey(transferEnds[i * 3 + 1]!));
    yield* rel('entity-entity', 'OF_WEAPON', t, weaponKey(transferEnds[i * 3 + 2]!));
    if (rand() < 0.3) yield* rel('entity-entity', 'USED_AGAINST', t, stateKey(pickState()));
  }
  for (let i = 0; i < size.events; i++) {
    const e = eventKey(i);
    for (let p = 0; p < 2; p++)
      yield* rel('entity-entity', 'PARTICIPATED_IN', stateKey(pickState()), e, { role: 'participant' });
    yield* rel('entity-entity', 'PARTICIPATED_IN', personKey(pickPerson()), e, { role: 'speaker' });
    yield* rel('entity-entity', 'TOOK_PLACE_IN', e, placeKey(int(size.places)));
    yield* rel('entity-entity', 'CONCERNS', e, stateKey(pickState()), { role: 'subject' });
  }

  // Claims' relationships.
  const speakerKey = (s: number) => (s >= 0 ? personKey(s) : stateKey(-s - 1));
  for (let i = 0; i < size.claims; i++) yield* rel('entity-claim', 'MADE', speakerKey(claimSpeaker[i]!), claimKey(i));
  for (let i = 0; i < size.claims; i++) {
    const c = claimKey(i);
    const s = claimSpeaker[i]!;
    if (s >= 0 && rand() < 0.8) yield* rel('claim-entity', 'ON_BEHALF_OF', c, stateKey(personState[s]!));
    yield* rel('claim-entity', 'TARGETS', c, stateKey(claimTarget[i]!));
    const about = claimKinds[i] === 'DENY' ? 0 : 1 + int(2);
    for (let a = 0; a < about; a++) {
      const x = rand();
      const subject =
        x < 0.4
          ? transferKey(int(size.transfers))
          : x < 0.6
            ? resolutionKey(int(size.resolutions))
            : x < 0.8
              ? eventKey(int(size.events))
              : stateKey(pickState());
      yield* rel('claim-entity', 'ABOUT', c, subject);
    }
  }
  for (let i = 0; i < size.claims; i++)
    yield* rel('claim-article', 'SOURCE', claimKey(i), articleKey(claimArticle[i]!));
  for (let i = 0; i < size.claims; i++) {
    if (claimAnswers[i]! >= 0) yield* rel('claim-claim', 'ANSWERS', claimKey(i), claimKey(claimAnswers[i]!));
  }

  // Provenance: each article mentions a handful of distinct entities.
  const pickers: (() => string)[] = [
    () => stateKey(pickState()),
    () => stateKey(pickState()),
    () => personKey(pickPerson()),
    () => orgKey(pickOrg()),
    () => transferKey(int(size.transfers)),
    () => resolutionKey(int(size.resolutions)),
    () => eventKey(int(size.events)),
    () => placeKey(int(size.places)),
  ];
  for (let i = 0; i < size.articles; i++) {
    const mentioned = new Set<string>();
    for (let tries = 0; mentioned.size < size.mentionsPerArticle && tries < size.mentionsPerArticle * 4; tries++) {
      mentioned.add(pick(pickers)());
    }
    for (const key of mentioned) {
      yield* add(
        'rel-entity-article',
        'entity→article relationships',
        { type: 'MENTIONED_IN', from: key, to: articleKey(i), props: { sources: [articleKey(i)] } },
        true,
      );
    }
  }
  yield* flushIfFull(true);
}

const statementCache = new Map<string, string>();
function benchCypher(name: string): string {
  let text = statementCache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8');
    statementCache.set(name, text);
  }
  return text;
}

/**
 * Writes the generated graph through batched UNWIND statements, one
 * transaction per batch, with a progress line per batch.
 */
export async function load(
  driver: Driver,
  size: GraphSize,
  progress: (line: string, done: boolean) => void,
  database = 'neo4j',
): Promise<{ batches: number; seconds: number }> {
  const started = performance.now();
  const expected = countRelationships(size);
  let relationships = 0;
  let nodes = 0;
  let batches = 0;
  for (const batch of generate(size)) {
    await driver.executeQuery(benchCypher(batch.statement), { rows: batch.rows }, { database, routing: 'WRITE' });
    batches += 1;
    relationships += batch.relationships;
    nodes += batch.relationships ? 0 : batch.rows.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    progress(
      `batch ${batches}: ${nodes.toLocaleString('en')} nodes, ${relationships.toLocaleString('en')} of ~${expected.toLocaleString('en')} relationships (${batch.what}) ${seconds}s`,
      false,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  progress(
    `${nodes.toLocaleString('en')} nodes, ${relationships.toLocaleString('en')} relationships in ${batches} batches, ${seconds.toFixed(1)}s`,
    true,
  );
  return { batches, seconds };
}
