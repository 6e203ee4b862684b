import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openRows, type ParseSkip } from '../../src/import/reader.js';
import type { Row } from '../../src/import/source.js';

/**
 * Files that never quote (GDELT's exports) are split line by line rather
 * than parsed as CSV: the rows, cells and line numbers must come out as
 * the CSV reader gives them for a file with nothing quoted.
 */
const tmp = mkdtempSync(join(tmpdir(), 'import-reader-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(text: string | Buffer, quote: string | false, delimiter = '\t') {
  const file = join(tmp, `rows-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const opened = await openRows(file, { delimiter, quote });
  const skipped: ParseSkip[] = [];
  opened.onParseSkip((skip) => skipped.push(skip));
  const rows: Row[] = [];
  for await (const row of opened.rows) rows.push(row);
  opened.close();
  return { rows, skipped };
}

const rowsOf = async (text: string | Buffer, quote: string | false) => (await read(text, quote)).rows;

it('splits an unquoted file at tabs, line by line, as the CSV reader reads it', async () => {
  // A byte order mark, Windows line ends, an empty line, a quote mark inside a cell, an empty cell, no final newline.
  const text = '\uFEFFa\tb\tc\r\n1\t"x\t3\r\n\r\n4\t\t6\nlast\tline';
  const split = await rowsOf(text, false);
  expect(split).toEqual([
    { line: 1, cells: ['a', 'b', 'c'] },
    { line: 2, cells: ['1', '"x', '3'] },
    { line: 4, cells: ['4', '', '6'] },
    { line: 5, cells: ['last', 'line'] },
  ]);
  // The CSV reader keeps to the line end it meets first: compared on a file with one kind.
  const unquoted = text.replace('"', '').replaceAll('\r\n', '\n');
  expect(await rowsOf(unquoted, false)).toEqual(await rowsOf(unquoted, '"'));
});

it('reads a Latin-1 unquoted file, and characters cut between chunks, whole', async () => {
  const latin1 = Buffer.from("Türkiye\tCôte d'Ivoire\tSão Tomé\n", 'latin1');
  expect(await rowsOf(latin1, false)).toEqual([{ line: 1, cells: ['Türkiye', "Côte d'Ivoire", 'São Tomé'] }]);
  // Long enough to span the reader's 64 KiB chunks, with a two-byte character on every line.
  const lines = Array.from({ length: 20_000 }, (_, i) => `${i}\tgrüß\t${'x'.repeat(i % 7)}`);
  const rows = await rowsOf(`${lines.join('\n')}\n`, false);
  expect(rows).toHaveLength(20_000);
  expect(rows.every((r, i) => r.line === i + 1 && r.cells[1] === 'grüß' && r.cells[0] === String(i))).toBe(true);
});

it('reads a quoted file with cells across lines, numbering each row by the line it starts on', async () => {
  // Windows line ends, a quoted cell holding one, an empty line, a quote inside an unquoted cell.
  const text =
    'Supplier,Recipient,Comments\r\n"Russia","India","ordered 2016\r\ndelivered 2019"\r\n\r\nFrance,India,a "Rafale" deal\r\n';
  expect(await read(text, '"', ',')).toEqual({
    rows: [
      { line: 1, cells: ['Supplier', 'Recipient', 'Comments'] },
      { line: 2, cells: ['Russia', 'India', 'ordered 2016\r\ndelivered 2019'] },
      { line: 5, cells: ['France', 'India', 'a "Rafale" deal'] },
    ],
    skipped: [],
  });
});

it('reports a row whose quote is never closed, with the lines it took, and keeps the rows before it', async () => {
  const { rows, skipped } = await read('a,b\n1,2\n"3,4\n5,6\n7,8', '"', ',');
  expect(rows).toEqual([
    { line: 1, cells: ['a', 'b'] },
    { line: 2, cells: ['1', '2'] },
  ]);
  expect(skipped).toEqual([{ line: 3, reason: expect.stringMatching(/^unreadable CSV: /), detail: 'lines 3 to 5' }]);
});

it('reads a quoted file larger than the rows it parses ahead, in order and whole', async () => {
  const lines = Array.from({ length: 30_000 }, (_, i) => `${i},"grüß ${i}",x`);
  const { rows } = await read(`${lines.join('\n')}\n`, '"', ',');
  expect(rows).toHaveLength(30_000);
  expect(rows.every((r, i) => r.line === i + 1 && r.cells[1] === `grüß ${i}`)).toBe(true);
});
