import { gql } from './api.js';
import { Chart } from './charts.js';
import { gdeltCredit } from './controls.js';
import { h } from './dom.js';
import { operations } from './operations.js';
import { section } from './panel.js';
import { dataTable, figure } from './tables.js';

/**
 * An entity's claims by month, what was aimed at it and what it said,
 * each reported by articles and coded by datasets apart: lines on one
 * chart (coded ones dashed), and the same counts in a table.
 */

interface Row {
  key: string;
  label: string;
  count: number;
}

const SERIES = [
  { field: 'againstReported', label: 'Against it, reported', coded: false },
  { field: 'againstCoded', label: 'Against it, coded', coded: true },
  { field: 'madeReported', label: 'By it, reported', coded: false },
  { field: 'madeCoded', label: 'By it, coded', coded: true },
] as const;

export async function claimsOverTime(id: string, name: string, charts: Chart[]): Promise<HTMLElement> {
  const data = await gql(operations.claimsOverTime, { id, first: 100 });
  const counts = SERIES.map((s) => new Map(data[s.field].edges.map(({ node }: { node: Row }) => [node.key, node])));
  const months = [...new Set(counts.flatMap((m) => [...m.keys()]))].sort();
  const labels = new Map(counts.flatMap((m) => [...m.values()].map((r) => [r.key, r.label] as const)));
  const total = (i: number) => [...counts[i]!.values()].reduce((n, r) => n + r.count, 0);
  const body = h('div', { class: 'claims-over-time' });
  const summary = SERIES.map((s, i) => `${s.label.toLowerCase()}: ${total(i)}`).join('; ');
  if (!months.length) {
    body.append(h('p', { class: 'muted' }, 'No dated claims in the graph.'));
    return section('claims-over-time', 'Claims over time', 0, body);
  }
  const chart = new Chart(body, { name: 'claims-over-time', height: '220px' });
  charts.push(chart);
  chart.draw(
    {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 36, right: 12, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => labels.get(m) ?? m) },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map((s, i) => ({
        type: 'line' as const,
        name: s.label,
        data: months.map((m) => counts[i]!.get(m)?.count ?? 0),
        lineStyle: { type: s.coded ? ('dashed' as const) : ('solid' as const) },
        symbol: s.coded ? 'triangle' : 'circle',
      })),
    },
    `Claims involving ${name} by month, from ${labels.get(months[0]!)} to ${labels.get(months.at(-1)!)}: ${summary}.`,
  );
  body.append(
    dataTable(
      `Claims involving ${name} by month: reported by articles, coded by datasets`,
      [{ label: 'Month' }, ...SERIES.map((s) => ({ label: s.label, numeric: true }))],
      months.map((m) => [labels.get(m) ?? m, ...counts.map((c) => figure(c.get(m)?.count ?? 0))]),
      { class: 'data-table compact', 'data-table': 'claims-over-time' },
    ),
    gdeltCredit(),
  );
  return section('claims-over-time', 'Claims over time', null, body);
}
