import { describe, expect, it } from 'vitest';
import { overlaps, parseDate } from '../../src/import/dates.js';
import { KnownNames, partyOf } from '../../src/import/sipri-names.js';
import { spread } from '../../src/import/sipri.js';
import { emptyCounts, formatFile, grouped } from '../../src/import/summary.js';
import { stateTable } from '../../src/import/states.js';
import { documentSymbol, resolutionKey, resolutionSymbol } from '../../src/import/symbols.js';

/** The tables and conventions the importers map with: states, SIPRI's names, UN symbols, dates, spreads. */

describe('the states table', () => {
  const states = stateTable();
  it.each([
    ['Korea, South', 'KOR'],
    ['KOREA SOUTH', 'KOR'],
    ['North Korea', 'PRK'],
    ['Turkiye', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Czechia', 'CZE'],
    ['UAE', 'ARE'],
    ['Bosnia-Herzegovina', 'BIH'],
    ['Russian Federation', 'RUS'],
    ['RUSSIAN FEDERATION', 'RUS'],
    ["Côte d'Ivoire", 'CIV'],
    ['Cote d’Ivoire', 'CIV'],
    ['Germany (FRG)', 'DEU'],
    ['Soviet Union', 'SUN'],
    ['USSR', 'SUN'],
    ['Czechoslovakia', 'CSK'],
    ['East Germany (GDR)', 'DDR'],
    ['Yugoslavia', 'YUG'],
    ['VENEZUELA (BOLIVARIAN REPUBLIC OF)', 'VEN'],
  ])('reads %s as %s', (name, code) => {
    expect(states.name(name)?.code).toBe(code);
  });

  it('knows former states as their own, with the dates they existed, and nothing it is not told', () => {
    expect(states.code('SUN')).toMatchObject({ name: 'Soviet Union', formed: '1922-12-30', dissolved: '1991-12-26' });
    expect(states.code('RUS')).toMatchObject({ name: 'Russia', dissolved: null });
    expect(states.name('Atlantis')).toBeNull();
  });
});

describe('SIPRI’s names', () => {
  const states = stateTable();
  const known = new KnownNames();
  it('reads no party in "unknown supplier(s)" and "unknown recipient(s)"', () => {
    expect(partyOf('unknown supplier(s)', states, known)).toEqual({ kind: 'none' });
    expect(partyOf('Unknown recipient(s)', states, known)).toEqual({ kind: 'none' });
  });

  it('reads ** as an international organization and * as an armed group of the state in brackets', () => {
    expect(partyOf('NATO**', states, known)).toMatchObject({
      kind: 'party',
      key: 'org:nato',
      nodes: [{ type: 'Organization', fill: { name: 'NATO', category: 'INTERGOVERNMENTAL' } }],
      links: [],
    });
    expect(partyOf('Houthi rebels (Yemen)*', states, known)).toMatchObject({
      kind: 'party',
      key: 'org:houthi-rebels-yemen',
      nodes: [
        { fill: { name: 'Houthi rebels', category: 'ARMED_GROUP' }, aliases: ['Houthi rebels (Yemen)'] },
        { key: 'state:YEM' },
      ],
      links: [{ type: 'LOCATED_IN', from: 'org:houthi-rebels-yemen', to: 'state:YEM' }],
    });
  });

  it('reads a name it does not know as unknown, to be reported', () => {
    expect(partyOf('Atlantis', states, known)).toEqual({ kind: 'unknown', name: 'Atlantis' });
  });
});

describe('UN symbols', () => {
  it('writes a resolution symbol one way, with or without the space, and keys it as the graph does', () => {
    expect(resolutionSymbol('S/RES/2397(2017)')).toBe('S/RES/2397 (2017)');
    expect(resolutionSymbol('S/RES/2397 (2017)')).toBe('S/RES/2397 (2017)');
    expect(resolutionKey(resolutionSymbol('s/res/1718(2006)')!)).toBe('resolution:s-res-1718-2006');
    expect(resolutionSymbol('A/RES/77/1')).toBeNull();
    expect(resolutionKey(documentSymbol('S / 2024 / 255')!)).toBe('resolution:s-2024-255');
    expect(documentSymbol('not a symbol')).toBeNull();
  });
});

describe('dates and periods', () => {
  it('reads the forms the datasets write, and nothing it would have to guess', () => {
    expect(parseDate('28 March 2024')).toBe('2024-03-28');
    expect(parseDate('6 Sep 1950')).toBe('1950-09-06');
    expect(parseDate('March 28, 2024')).toBe('2024-03-28');
    expect(parseDate('2024-03-28T00:00:00')).toBe('2024-03-28');
    expect(parseDate('20240328')).toBe('2024-03-28');
    expect(parseDate('31 June 2020')).toBeNull();
    expect(parseDate('22/12/2017')).toBeNull();
  });

  it('compares periods at the coarser precision, open ends meeting everything', () => {
    expect(overlaps({ start: '2019', end: '2019' }, '2019-06-01', null)).toBe(true);
    expect(overlaps({ start: '2017', end: '2018' }, '2019', null)).toBe(false);
    expect(overlaps({ start: '2023', end: null }, null, '2022-12')).toBe(false);
    expect(overlaps({ start: null, end: null }, '2000', '2001')).toBe(true);
  });
});

describe('the trade register’s totals by year', () => {
  it('spreads a number evenly, the remainder to the earliest years, and the TIV in proportion', () => {
    const years = [2019, 2020, 2021].map((year) => ({ year, estimate: year === 2021 }));
    expect(spread(years, 40, 2400)).toEqual([
      { year: 2019, number: 14, tiv: 840, estimate: false },
      { year: 2020, number: 13, tiv: 780, estimate: false },
      { year: 2021, number: 13, tiv: 780, estimate: true },
    ]);
    expect(spread(years.slice(0, 2), null, 3)).toEqual([
      { year: 2019, number: null, tiv: 1.5, estimate: false },
      { year: 2020, number: null, tiv: 1.5, estimate: false },
    ]);
  });
});

describe('the summary line', () => {
  it.each([0, 7, 999, 1000, 12345, 999999, 1000000, 123456789])('groups %i as en-US writes it', (n) => {
    expect(grouped(n)).toBe(n.toLocaleString('en-US'));
  });

  it("gives a file's rate with its thousands grouped", () => {
    const line = formatFile({
      ...emptyCounts(),
      rows: 150000,
      records: 150000,
      seconds: 8,
      file: 'day.export.CSV',
      source: 'gdelt',
      dataset: 'dataset:gdelt-day-export-csv',
      encoding: 'utf-8',
      asOf: '2024-06-15',
      dryRun: false,
    });
    expect(line).toMatch(/, 18,750 rows\/s$/);
  });
});
