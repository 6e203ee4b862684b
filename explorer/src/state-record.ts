import { Chart } from './charts.js';
import { vetoTable } from './council-view.js';
import { h } from './dom.js';
import type { Ref } from './operations.js';
import { section } from './panel.js';
import { stateRecordData, type StateRecordData } from './record-api.js';
import { dataTable, figure } from './tables.js';

/**
 * A state's public record on its page: the arms it delivered and received
 * each year (TIV as bars, deals and units in the table), its Security
 * Council votes by year, and the drafts it vetoed (counted by agenda item
 * and listed), from one request; the claims over time follow
 * (claims-over-time.ts).
 */

type Part = () => Promise<HTMLElement>;

export function stateRecord(ref: Ref, charts: Chart[]): Part[] {
  let request: Promise<StateRecordData> | null = null;
  const data = () => (request ??= stateRecordData(ref.id));
  return [
    async () => transfers(ref, await data(), charts),
    async () => votes(ref, await data(), charts),
    async () => vetoes(ref, await data()),
  ];
}

function transfers(
  ref: Ref,
  { supplied, received, receivedFrom, receivedFromTotal }: StateRecordData,
  charts: Chart[],
): HTMLElement {
  const years = [...new Set([...supplied, ...received].map((r) => r.year))].sort((a, b) => a - b);
  const body = h('div', {});
  if (!years.length) {
    body.append(h('p', { class: 'muted' }, 'No transfer with a delivery year in the graph.'));
    return section('transfers-by-year', 'Arms transfers by year', 0, body);
  }
  const at = (rows: typeof supplied, year: number) => rows.find((r) => r.year === year);
  const chart = new Chart(body, { name: 'transfers-by-year', height: '220px' });
  charts.push(chart);
  const sum = (rows: typeof supplied) => rows.reduce((n, r) => n + r.tiv, 0);
  // Received arms are stacked by supplier, so who supplied how much each year shows in one bar.
  const suppliers = supplierOrder(receivedFrom);
  const fromSupplier = (supplier: Ref | null, y: number) =>
    receivedFrom.find((r) => r.year === y && r.supplier?.id === supplier?.id)?.tiv ?? 0;
  chart.draw(
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 44, right: 12, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: 'TIV' },
      series: [
        { type: 'bar', name: 'Delivered (out)', data: years.map((y) => at(supplied, y)?.tiv ?? 0) },
        ...suppliers.map((s) => ({
          type: 'bar' as const,
          stack: 'received',
          name: `Received from ${supplierName(s)}`,
          data: years.map((y) => fromSupplier(s, y)),
        })),
      ],
    },
    `Arms ${ref.name} delivered and received by year, ${years[0]}–${years.at(-1)}, in TIV (millions): ` +
      `delivered ${figure(sum(supplied))}, received ${figure(sum(received))}.`,
  );
  body.append(
    dataTable(
      `Arms transfers of ${ref.name} by delivery year`,
      [
        { label: 'Year' },
        { label: 'Out: deals', numeric: true },
        { label: 'Out: units', numeric: true },
        { label: 'Out: TIV', numeric: true },
        { label: 'In: deals', numeric: true },
        { label: 'In: units', numeric: true },
        { label: 'In: TIV', numeric: true },
      ],
      years.map((y) => {
        const out = at(supplied, y);
        const inn = at(received, y);
        return [
          String(y),
          figure(out?.deals ?? 0),
          figure(out?.units ?? 0),
          figure(out?.tiv ?? 0),
          figure(inn?.deals ?? 0),
          figure(inn?.units ?? 0),
          figure(inn?.tiv ?? 0),
        ];
      }),
      { class: 'data-table compact', 'data-table': 'transfers-by-year' },
    ),
  );
  if (suppliers.length) {
    const inYears = years.filter((y) => at(received, y));
    body.append(
      dataTable(
        `TIV received by ${ref.name}, by supplier and delivery year` +
          (receivedFromTotal > receivedFrom.length
            ? ` (the ${receivedFrom.length} largest of ${receivedFromTotal})`
            : ''),
        [{ label: 'Year' }, ...suppliers.map((s) => ({ label: supplierName(s), numeric: true }))],
        inYears.map((y) => [String(y), ...suppliers.map((s) => figure(fromSupplier(s, y)))]),
        { class: 'data-table compact', 'data-table': 'received-by-supplier' },
      ),
    );
  }
  return section('transfers-by-year', 'Arms transfers by year', null, body);
}

const supplierName = (s: Ref | null) => s?.name ?? 'unknown supplier';

/** The suppliers, most TIV first. */
function supplierOrder(rows: { supplier: Ref | null; tiv: number }[]): (Ref | null)[] {
  const totals = new Map<string, { supplier: Ref | null; tiv: number }>();
  for (const r of rows) {
    const key = r.supplier?.id ?? '';
    const t = totals.get(key) ?? { supplier: r.supplier, tiv: 0 };
    t.tiv += r.tiv;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.tiv - a.tiv).map((t) => t.supplier);
}

const VOTES = [
  { field: 'for', label: 'For' },
  { field: 'against', label: 'Against' },
  { field: 'abstain', label: 'Abstain' },
  { field: 'nonVoting', label: 'Not voting' },
] as const;

function votes(ref: Ref, { votes: years }: StateRecordData, charts: Chart[]): HTMLElement {
  const body = h('div', {});
  if (!years.length) {
    body.append(h('p', { class: 'muted' }, 'No recorded Security Council vote in the graph.'));
    return section('votes-by-year', 'Security Council votes', 0, body);
  }
  const chart = new Chart(body, { name: 'votes-by-year', height: '200px' });
  charts.push(chart);
  const total = (field: (typeof VOTES)[number]['field']) => years.reduce((n, y) => n + y[field], 0);
  chart.draw(
    {
      color: ['#2f6db5', '#b2182b', '#e0a100', '#9aa5b1'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 36, right: 12, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: VOTES.map((v) => ({
        type: 'bar' as const,
        name: v.label,
        stack: 'votes',
        data: years.map((y) => y[v.field]),
      })),
    },
    `${ref.name}'s Security Council votes by year, ${years[0]!.year}–${years.at(-1)!.year}: ` +
      VOTES.map((v) => `${v.label.toLowerCase()} ${total(v.field)}`).join(', ') +
      '.',
  );
  body.append(
    dataTable(
      `${ref.name}'s Security Council votes by year`,
      [{ label: 'Year' }, ...VOTES.map((v) => ({ label: v.label, numeric: true }))],
      years.map((y) => [String(y.year), ...VOTES.map((v) => figure(y[v.field]))]),
      { class: 'data-table compact', 'data-table': 'votes-by-year' },
    ),
  );
  return section('votes-by-year', 'Security Council votes', null, body);
}

function vetoes(ref: Ref, { vetoes: rows, vetoTotal, vetoesByAgenda }: StateRecordData): HTMLElement {
  if (!rows.length) return section('vetoes', 'Vetoes', 0, h('p', { class: 'muted' }, 'No veto in the graph.'));
  const byAgenda = dataTable(
    `Vetoes of ${ref.name} by agenda item, most first`,
    [{ label: 'Agenda item' }, { label: 'Vetoes', numeric: true }],
    vetoesByAgenda.map((a) => [a.agenda ?? 'not given', figure(a.count)]),
    { class: 'data-table compact', 'data-table': 'vetoes-by-agenda' },
  );
  return section('vetoes', 'Vetoes', vetoTotal, h('div', {}, byAgenda, vetoTable(rows, vetoTotal)));
}
