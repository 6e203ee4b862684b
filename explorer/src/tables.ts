import { h, type Child } from './dom.js';

/**
 * The text beside a chart: the same numbers as a table with a caption and
 * column headers, so a screen reader reads them cell by cell and the
 * keyboard reaches whatever a row links to. The first column is the row's
 * header.
 */
export interface Column {
  label: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

export function dataTable(
  caption: string,
  columns: Column[],
  rows: Child[][],
  attrs: Record<string, string> = {},
  rowAttrs: (i: number) => Record<string, string> = () => ({}),
): HTMLTableElement {
  return h(
    'table',
    { class: 'data-table', ...attrs },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((col) => h('th', { scope: 'col', class: col.numeric ? 'num' : null }, col.label)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells, i) =>
        h(
          'tr',
          rowAttrs(i),
          cells.map((cell, c) =>
            c === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: columns[c]?.numeric ? 'num' : null }, cell),
          ),
        ),
      ),
    ),
  );
}

/** A number as the tables print it: whole numbers plainly, others to one decimal, none as a dash. */
export function figure(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined) return '–';
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: digits });
}

/** "3 deals", "1 deal". */
export const plural = (n: number, word: string, many = `${word}s`) => `${figure(n)} ${n === 1 ? word : many}`;
