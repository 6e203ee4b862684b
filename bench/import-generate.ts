import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Files in the layouts the publishers use, for npm run bench:import,
 * written row by row (a million GDELT rows never sit in memory): GDELT
 * 2.0 event exports with about a third of their events claims between
 * states or known groups, as in a real day's export once its other codes
 * are left out.
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

/** A GDELT export of `rows` events on 15 June 2024, ids from `firstId`. */
export function writeGdelt(file: string, rows: number, firstId: number): Promise<void> {
  const rand = random(rows);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const actor = (): [string, string] => {
    const r = rand();
    if (r < 0.75) return [pick(STATES), ''];
    if (r < 0.85) return ['', pick(GROUPS)];
    if (r < 0.93) return [pick(REGIONS), ''];
    return ['', ''];
  };
  return writeLines(file, rows, (i) => {
    const cells = new Array<string>(61).fill('');
    const [c1, g1] = actor();
    const [c2, g2] = actor();
    const code = rand() < 0.45 ? pick(CLAIM_CODES) : pick(OTHER_CODES);
    cells[0] = String(firstId + i);
    cells[1] = '20240615';
    cells[2] = '202406';
    cells[3] = '2024';
    cells[4] = '2024.4521';
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
    cells[59] = '20240615120000';
    // About eight events per article, as GDELT codes several from one story.
    cells[60] = `https://news${Math.floor(i / 8) % 97}.example.com/2024/06/15/story-${firstId + Math.floor(i / 8)}`;
    return cells.join('\t');
  });
}
