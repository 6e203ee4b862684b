import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { MONTH_NAMES } from '../src/calendar.js';

/**
 * Files in the layouts the publishers use, for npm run bench:import and
 * the benchmark's real-size tier, written row by row (a million GDELT rows
 * never sit in memory): GDELT 2.0 event exports (by default about a third
 * of their events claims between states or known groups, as in a real
 * day's export once its other codes are left out), SIPRI's deal export,
 * the Security Council voting data and the veto list. The data is made
 * up; its volumes, names and shapes are those of the real files.
 */

/** A small deterministic generator, so that every run writes the same files. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATES = [
  'USA',
  'RUS',
  'CHN',
  'UKR',
  'ISR',
  'IRN',
  'PRK',
  'KOR',
  'JPN',
  'IND',
  'PAK',
  'GBR',
  'FRA',
  'DEU',
  'TUR',
  'SYR',
  'IRQ',
  'SAU',
  'EGY',
  'NGA',
  'ZAF',
  'BRA',
  'MEX',
  'VEN',
  'COL',
  'AFG',
  'POL',
  'ITA',
  'ESP',
  'CAN',
  'AUS',
  'ROM',
];
const GROUPS = ['UNO', 'NAT', 'EEC'];
const REGIONS = ['AFR', 'EUR', 'WST', 'MEA'];
const CLAIM_CODES = ['111', '112', '1121', '1124', '016', '100', '106', '130', '138'];
const OTHER_CODES = ['010', '020', '036', '042', '043', '051', '057', '0871', '190', '173'];

async function writeLines(file: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export interface GdeltOptions {
  /** The share of events whose code is a claim's (default 0.45, as in a real export). */
  claimShare?: number;
  /** The days events fall on, spread evenly (ISO dates; default 15 June 2024 alone). */
  days?: [string, string];
  /** Actors picked with Zipf popularity (the United States, Russia, China first) rather than evenly. */
  hubs?: boolean;
  /** The export time in the file's last column, YYYYMMDDHHMMSS. */
  added?: string;
}

const DAY_MS = 86_400_000;
const compactDay = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');

/** Picks from a list with Zipf popularity: the first entries most often. */
function zipf<T>(list: readonly T[], rand: () => number, s = 1): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < list.length; r++) cumulative.push((total += 1 / Math.pow(r + 1, s)));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

/** A GDELT export of `rows` events (on 15 June 2024 unless `options.days` says otherwise), ids from `firstId`. */
export function writeGdelt(file: string, rows: number, firstId: number, options: GdeltOptions = {}): Promise<void> {
  const rand = random(rows + firstId);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const claimShare = options.claimShare ?? 0.45;
  const [first, last] = (options.days ?? ['2024-06-15', '2024-06-15']).map((d) => Date.parse(`${d}T00:00:00Z`));
  const span = Math.round((last! - first!) / DAY_MS) + 1;
  const state = options.hubs ? zipf(STATES, rand) : () => pick(STATES);
  const actor = (): [string, string] => {
    const r = rand();
    if (r < (options.hubs ? 0.88 : 0.75)) return [state(), ''];
    if (r < (options.hubs ? 0.96 : 0.85)) return ['', pick(GROUPS)];
    if (r < (options.hubs ? 0.99 : 0.93)) return [pick(REGIONS), ''];
    return ['', ''];
  };
  const added = options.added ?? '20240615120000';
  return writeLines(file, rows, (i) => {
    const cells = new Array<string>(61).fill('');
    const [c1, g1] = actor();
    const [c2, g2] = actor();
    const code = rand() < claimShare ? pick(CLAIM_CODES) : pick(OTHER_CODES);
    // Events in id order, spread evenly over the days.
    const day = compactDay(first! + Math.floor((i * span) / rows) * DAY_MS);
    cells[0] = String(firstId + i);
    cells[1] = day;
    cells[2] = day.slice(0, 6);
    cells[3] = day.slice(0, 4);
    cells[4] = `${day.slice(0, 4)}.${day.slice(4, 8)}`;
    cells[5] = c1 + g1;
    cells[7] = c1;
    cells[8] = g1;
    cells[15] = c2 + g2;
    cells[17] = c2;
    cells[18] = g2;
    cells[25] = rand() < 0.6 ? '1' : '0';
    cells[26] = code;
    cells[27] = code.slice(0, 3);
    cells[28] = code.slice(0, 2);
    cells[29] = '3';
    cells[30] = (-10 + Math.round(rand() * 200) / 10).toFixed(1);
    cells[31] = String(1 + Math.floor(rand() * 20));
    cells[32] = String(1 + Math.floor(rand() * 5));
    cells[33] = String(1 + Math.floor(rand() * 20));
    cells[34] = (-8 + rand() * 10).toFixed(6);
    cells[59] = added;
    // About eight events per article, as GDELT codes several from one story.
    const story = firstId + Math.floor(i / 8);
    cells[60] = `https://news${Math.floor(i / 8) % 97}.example.com/${day.slice(0, 4)}/${day.slice(4, 6)}/${day.slice(6, 8)}/story-${story}`;
    return cells.join('\t');
  });
}

// ---------------------------------------------------------------- SIPRI

/** Suppliers and recipients as SIPRI names them, the busiest first (Zipf picks). */
const SUPPLIERS = [
  'United States',
  'Russia',
  'France',
  'Germany',
  'United Kingdom',
  'China',
  'Italy',
  'Israel',
  'Spain',
  'Netherlands',
  'Sweden',
  'Ukraine',
  'Korea South',
  'Turkiye',
  'Switzerland',
  'Canada',
  'Czechia',
  'Belarus',
  'Norway',
  'Australia',
  'Brazil',
  'South Africa',
  'Poland',
  'Belgium',
  'Austria',
  'Finland',
  'Denmark',
  'UAE',
  'Iran',
  'Pakistan',
];
const RECIPIENTS = [
  'India',
  'Saudi Arabia',
  'Egypt',
  'Australia',
  'China',
  'Qatar',
  'Pakistan',
  'UAE',
  'Korea South',
  'Algeria',
  'Japan',
  'Iraq',
  'Israel',
  'Turkiye',
  'Viet Nam',
  'Indonesia',
  'Greece',
  'Singapore',
  'Taiwan',
  'Ukraine',
  'Poland',
  'Brazil',
  'Malaysia',
  'Venezuela',
  'Morocco',
  'Afghanistan',
  'Kuwait',
  'Thailand',
  'Bangladesh',
  'Myanmar',
  'Syria',
  'Chile',
  'Colombia',
  'Oman',
  'Jordan',
  'Nigeria',
  'Azerbaijan',
  'Kazakhstan',
  'Mexico',
  'Peru',
  'Norway',
  'Netherlands',
  'Canada',
  'United Kingdom',
  'Germany',
  'Italy',
  'Spain',
  'Philippines',
  'Sri Lanka',
  'Ethiopia',
];
/** SIPRI's armament categories, each with a description and a TIV per unit range (millions). */
const ARMAMENTS: [category: string, description: string, tiv: [number, number], units: number][] = [
  ['Aircraft', 'FGA aircraft', [10, 80], 12],
  ['Aircraft', 'transport aircraft', [5, 40], 4],
  ['Aircraft', 'helicopter', [2, 20], 8],
  ['Air defence systems', 'SAM system', [20, 200], 2],
  ['Armoured vehicles', 'tank', [1, 5], 40],
  ['Armoured vehicles', 'APC', [0.2, 1.5], 60],
  ['Artillery', 'self-propelled gun', [0.5, 3], 20],
  ['Engines', 'turbofan', [0.5, 4], 20],
  ['Missiles', 'SAM', [0.05, 2], 100],
  ['Missiles', 'anti-ship missile', [0.5, 3], 24],
  ['Naval weapons', 'naval gun', [0.5, 5], 4],
  ['Sensors', 'air search radar', [1, 20], 3],
  ['Ships', 'frigate', [100, 400], 1],
  ['Ships', 'patrol craft', [5, 40], 2],
  ['Other', 'AEW&C aircraft', [50, 250], 1],
];
/** SIPRI's names of parties that are no state today, or a former state's: the Soviet Union supplied until 1991. */
const FORMER: Record<string, [string, number]> = { Russia: ['Soviet Union', 1991] };

/**
 * A SIPRI deal export (SIPRI AT Database ID, one row per deal and
 * delivery year, the layout of SIPRI's newer export) of `deals` deals
 * ordered 1950-2024, ids from `firstId`: a few suppliers and recipients
 * take most deals, as in the register; about one in twenty deals is not
 * delivered yet (one row with no delivery year).
 */
export function writeSipriExport(file: string, deals: number, firstId = 100_000): Promise<void> {
  const rand = random(deals);
  const supplier = zipf(SUPPLIERS, rand, 1.1);
  const recipient = zipf(RECIPIENTS, rand, 0.8);
  const armament = zipf(ARMAMENTS, rand, 0.6);
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const rows: string[] = [];
  let deal = 0;
  const flag = (p: number) => (rand() < p ? 'True' : 'False');
  return writeLines(file, deals + 1, (i) => {
    if (i === 0) return header;
    rows.length = 0;
    const id = firstId + deal++;
    const orderYear = 1950 + Math.floor(Math.pow(rand(), 0.8) * 75);
    let from = supplier();
    const former = FORMER[from];
    if (former && orderYear <= former[1]) from = former[0];
    let to = recipient();
    if (to === from) to = RECIPIENTS[(RECIPIENTS.indexOf(to) + 1) % RECIPIENTS.length]!;
    const kind = armament();
    const [category, description, [low, high], units] = kind;
    // A designation per supplier, kind of weapon and model: a few hundred systems per category, each
    // of one description, as a designation is in SIPRI's data (the number tells the kinds of a category apart).
    const model = 100 + ARMAMENTS.indexOf(kind) * 40 + Math.floor(rand() * 40);
    const designation = `${from.slice(0, 2).toUpperCase()}-${category.slice(0, 2).toUpperCase()}${model}`;
    const unitTiv = Math.round((low + rand() * (high - low)) * 100) / 100;
    const status = rand() < 0.15 ? 'Second hand' : 'New';
    const common = (delivered: string, year: string, tiv: string) =>
      [
        id,
        `"${from}"`,
        `"${to}"`,
        designation,
        description,
        category,
        orderYear,
        flag(0.05),
        delivered,
        delivered ? flag(0.2) : 'False',
        year,
        year ? flag(0.05) : 'False',
        status,
        flag(0.1),
        unitTiv,
        tiv,
        flag(0.05),
      ].join(',');
    const undelivered = orderYear >= 2018 ? 0.4 : 0.03;
    if (rand() < undelivered) return common('', '', '');
    const years = 1 + Math.floor(rand() * 5);
    const start = Math.min(2024, orderYear + Math.floor(rand() * 3));
    for (let y = start; y < start + years && y <= 2024; y++) {
      const number = 1 + Math.floor(rand() * units);
      rows.push(common(String(number), String(y), String(Math.round(number * unitTiv * 100) / 100)));
    }
    return rows.join('\n');
  });
}

// ---------------------------------------------------------------- UN Security Council

/** Agenda items, by the years the Council took them up (the items' own names). */
const AGENDA: [item: string, from: number, to: number, weight: number][] = [
  ['The situation in the Middle East', 1948, 2024, 8],
  ['The Palestine question', 1947, 1975, 2],
  ['The India-Pakistan question', 1948, 1971, 1],
  ['The Korean question', 1950, 1953, 1],
  ['The situation in Cyprus', 1963, 2024, 4],
  ['The question of South Africa', 1960, 1994, 2],
  ['The situation in Namibia', 1968, 1990, 1],
  ['The situation between Iran and Iraq', 1980, 1988, 1],
  ['The situation concerning Western Sahara', 1975, 2024, 2],
  ['The situation in the former Yugoslavia', 1991, 2000, 4],
  ['The situation concerning Rwanda', 1993, 2000, 2],
  ['The situation in Somalia', 1992, 2024, 4],
  ['The situation concerning the Democratic Republic of the Congo', 1999, 2024, 4],
  ['The situation in Afghanistan', 1996, 2024, 3],
  ['The situation in Libya', 2011, 2024, 3],
  ['The situation in the Middle East (Syria)', 2011, 2024, 3],
  ['Reports of the Secretary-General on the Sudan and South Sudan', 2004, 2024, 4],
  ["Non-proliferation/Democratic People's Republic of Korea", 2006, 2024, 2],
  ['Threats to international peace and security caused by terrorist acts', 2001, 2024, 2],
  ['Maintenance of international peace and security', 1990, 2024, 2],
  ['The question concerning Haiti', 1993, 2024, 3],
  ['Letter dated 28 February 2014 from the Permanent Representative of Ukraine', 2014, 2024, 1],
  ['The situation in Mali', 2013, 2024, 2],
  ['Admission of new Members', 1946, 2011, 2],
];

/** Resolutions adopted each year, roughly as the Council did: a few a year until 1989, about sixty since. */
function resolutionsIn(year: number): number {
  if (year < 1960) return 6;
  if (year < 1990) return 17;
  return 59;
}

/** Members elected to the Council, as the voting data codes them. */
const ELECTED = [
  'BRA',
  'ARG',
  'JPN',
  'IND',
  'PAK',
  'EGY',
  'NGA',
  'CAN',
  'ITA',
  'DEU',
  'ESP',
  'NLD',
  'BEL',
  'NOR',
  'SWE',
  'POL',
  'UKR',
  'MEX',
  'CHL',
  'COL',
  'PER',
  'VEN',
  'ZAF',
  'KEN',
  'GHA',
  'SEN',
  'ETH',
  'DZA',
  'MAR',
  'TUN',
  'JOR',
  'LBN',
  'ARE',
  'KWT',
  'IDN',
  'MYS',
  'PHL',
  'KOR',
  'AUS',
  'NZL',
  'IRL',
  'PRT',
  'GRC',
  'TUR',
  'CZE',
  'HUN',
  'ROU',
  'BGR',
  'AUT',
  'FIN',
  'DNK',
  'ECU',
  'URY',
  'GAB',
  'CIV',
  'CMR',
  'MOZ',
  'MLT',
  'SLE',
  'GUY',
  'CHE',
  'SVN',
];

interface Council {
  members: string[];
  permanent: Set<string>;
}

/** The Council of a year: the five (the Soviet Union until 1991) and ten elected members (six until 1965). */
function councilOf(year: number, rand: () => number): Council {
  const five = ['USA', 'GBR', 'FRA', 'CHN', year <= 1991 ? 'SUN' : 'RUS'];
  const elected = new Set<string>();
  while (elected.size < (year < 1966 ? 6 : 10)) elected.add(ELECTED[Math.floor(rand() * ELECTED.length)]!);
  return { members: [...five, ...elected], permanent: new Set(five) };
}

function pickAgenda(year: number, rand: () => number): string {
  const open = AGENDA.filter(([, from, to]) => year >= from && year <= to);
  let x = rand() * open.reduce((n, [, , , w]) => n + w, 0);
  for (const [item, , , weight] of open) if ((x -= weight) < 0) return item;
  return open[0]![0];
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The Security Council voting data (the Library's layout, one row per
 * member's vote on an adopted resolution) for every year from 1946 to
 * 2024: about 2,700 resolutions of 11 members (15 from 1966). Most are
 * adopted unanimously; in the others abstentions come most often from
 * Russia and China, often together. `names` gives a state's name for a
 * code.
 */
export function writeUnscVotes(file: string, names: (code: string) => string): Promise<void> {
  const rand = random(1946);
  const lines: string[] = [
    'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,modality,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link',
  ];
  let number = 0;
  let meeting = 1;
  for (let year = 1946; year <= 2024; year++) {
    const council = councilOf(year, rand);
    const count = resolutionsIn(year);
    for (let k = 0; k < count; k++) {
      number += 1;
      meeting += 1 + Math.floor(rand() * 4);
      const date = `${year}-${String(1 + Math.floor((k * 12) / count)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const agenda = pickAgenda(year, rand);
      const unanimous = rand() < (year < 1990 ? 0.45 : 0.88);
      const russia = !unanimous && rand() < 0.6;
      const votes = council.members.map((code) => {
        if (unanimous) return 'Y';
        const p = rand();
        if (code === 'RUS' || code === 'SUN') return russia ? 'A' : 'Y';
        if (code === 'CHN') return (russia ? p < 0.75 : p < 0.2) ? 'A' : 'Y';
        if (council.permanent.has(code)) return p < 0.1 ? 'A' : 'Y';
        return p < 0.1 ? 'A' : p < 0.13 ? 'N' : p < 0.14 ? 'X' : 'Y';
      });
      const total = (code: string) => votes.filter((v) => v === code).length;
      const symbol = `S/RES/${number} (${year})`;
      for (let m = 0; m < council.members.length; m++) {
        const code = council.members[m]!;
        lines.push(
          [
            100_000 + number,
            code,
            names(code).toUpperCase(),
            council.permanent.has(code) ? 'P' : 'R',
            votes[m]!,
            date,
            symbol,
            `S/${year}/${100 + k}`,
            `S/PV.${meeting}`,
            `Resolution ${number} (${year})`,
            agenda,
            agenda.toUpperCase().replace(/^THE /, ''),
            '',
            'Voting',
            `${total('Y')}.0`,
            `${total('N')}.0`,
            `${total('A')}.0`,
            `${total('X')}.0`,
            `${council.members.length}.0`,
            `https://digitallibrary.example.org/record/${100_000 + number}`,
          ]
            .map(csvCell)
            .join(','),
        );
      }
    }
  }
  return writeLines(file, lines.length, (i) => lines[i]!);
}

/** Who vetoed, by era, as the veto list has it: the USSR first, then the United States, then Russia. */
const VETOERS: [to: number, drafts: number, members: [string, number][]][] = [
  [
    1969,
    110,
    [
      ['USSR', 0.92],
      ['United Kingdom', 0.03],
      ['France', 0.03],
      ['China', 0.02],
    ],
  ],
  [
    1991,
    115,
    [
      ['United States', 0.58],
      ['United Kingdom', 0.2],
      ['USSR', 0.1],
      ['France', 0.1],
      ['China', 0.02],
    ],
  ],
  [
    2024,
    60,
    [
      ['Russian Federation', 0.55],
      ['United States', 0.3],
      ['China', 0.15],
    ],
  ],
];

/**
 * The Library's veto list (title line, then Date, Draft, Meeting record,
 * Agenda item, Permanent member casting negative vote) from 1946 to 2024:
 * about 290 drafts; since 1992 China often joins Russia's vetoes. With
 * `rounds` above 1, the list again and again, each round's drafts revised
 * ("/Rev.2"...) so that each is a draft of its own: a list long enough to
 * time the mapping's rows per second, which the real list's few hundred
 * rows leave to the command's start. `firstRound` starts it at a later
 * round: the same list under other drafts' symbols.
 */
export function writeUnscVetoes(file: string, rounds = 1, firstRound = 1): Promise<void> {
  const rand = random(1946_2024);
  const lines = [
    'Security Council vetoes (generated in the layout of the Library’s veto list)',
    'Date,Draft,Meeting record,Agenda item,Permanent member casting negative vote',
  ];
  const seen = new Set<string>();
  for (let round = firstRound; round < firstRound + rounds; round++) {
    let from = 1946;
    let serial = 100;
    for (const [to, drafts, members] of VETOERS) {
      for (let i = 0; i < drafts; i++) {
        const year = from + Math.floor((i * (to - from + 1)) / drafts);
        let x = rand();
        let member = members[0]![0];
        for (const [name, p] of members)
          if ((x -= p) < 0) {
            member = name;
            break;
          }
        const vetoers = member === 'Russian Federation' && rand() < 0.45 ? 'China, Russian Federation' : member;
        serial += 1 + Math.floor(rand() * 30);
        let draft = year < 1994 ? `S/${serial}` : `S/${year}/${100 + Math.floor(rand() * 900)}`;
        if (round > 1) draft = `${draft}/Rev.${round}`;
        while (seen.has(draft)) draft = `${draft}/Rev.1`;
        seen.add(draft);
        const date = `${1 + Math.floor(rand() * 28)} ${MONTH_NAMES[Math.floor(rand() * 12)]} ${year}`;
        lines.push([date, draft, `S/PV.${serial * 3}`, pickAgenda(year, rand), vetoers].map(csvCell).join(','));
      }
      from = to + 1;
    }
  }
  return writeLines(file, lines.length, (i) => lines[i]!);
}
