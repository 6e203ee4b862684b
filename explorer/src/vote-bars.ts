import { Chart } from './charts.js';
import { h } from './dom.js';
import type { CouncilResolutionsQuery, VoteChoice } from './generated/graphql.js';
import { entityHref, link } from './links.js';
import { dataTable, figure } from './tables.js';

/**
 * Resolutions with their vote bars: one horizontal bar per resolution,
 * split into votes for, against, abstentions and members not voting (the
 * dataset's totals, else the votes recorded), newest at the top; a click
 * on a bar opens the resolution. The table beside it gives the same
 * numbers and names the members who voted against or abstained.
 */

export type CouncilResolution = CouncilResolutionsQuery['resolutions']['edges'][number]['node'];

const CHOICES: { vote: VoteChoice; label: string; total: 'for' | 'against' | 'abstentions' | 'nonVoting' }[] = [
  { vote: 'FOR', label: 'For', total: 'for' },
  { vote: 'AGAINST', label: 'Against', total: 'against' },
  { vote: 'ABSTAIN', label: 'Abstain', total: 'abstentions' },
  { vote: 'NON_VOTING', label: 'Not voting', total: 'nonVoting' },
];
/** For green-ish blue, against red, abstention amber, not voting grey: and a pattern each (decals). */
const VOTE_COLOURS = ['#2f6db5', '#b2182b', '#e0a100', '#9aa5b1'];

function count(r: CouncilResolution, choice: (typeof CHOICES)[number]): number {
  return r.voteTotals?.[choice.total] ?? r.votes.filter((v) => v.vote === choice.vote).length;
}

const label = (r: CouncilResolution) => r.symbol ?? r.name;

export function voteBars(parent: HTMLElement, resolutions: CouncilResolution[], charts: Chart[]): void {
  // Newest at the top: a category axis draws its first item at the bottom.
  const shown = [...resolutions].reverse();
  const chart = new Chart(parent, { name: 'vote-bars', height: `${Math.max(160, 34 * shown.length + 60)}px` });
  charts.push(chart);
  const adopted = resolutions.filter((r) => count(r, CHOICES[0]!) > 0);
  chart.draw(
    {
      color: VOTE_COLOURS,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 150, right: 24, top: 30, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1, name: 'members' },
      yAxis: { type: 'category', data: shown.map(label) },
      series: CHOICES.map((c) => ({
        type: 'bar' as const,
        name: c.label,
        stack: 'votes',
        data: shown.map((r) => count(r, c)),
        label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) ? String(p.value) : '') },
      })),
    },
    `Votes on ${resolutions.length} Security Council resolutions, newest first: ` +
      resolutions
        .slice(0, 5)
        .map((r) => `${label(r)} ${CHOICES.map((c) => count(r, c)).join('–')}`)
        .join('; ') +
      (resolutions.length > 5 ? '; the rest in the table below.' : '.') +
      (adopted.length ? '' : ' None has recorded votes.'),
  );
  chart.onClick((item) => {
    const r = shown[item.dataIndex];
    if (r) location.hash = entityHref(r.id);
  });
  const dissent = (r: CouncilResolution, vote: VoteChoice) =>
    r.votes
      .filter((v) => v.vote === vote)
      .map((v, i) => [i ? ', ' : '', link(v.state)])
      .flat();
  parent.append(
    dataTable(
      'Resolutions and their votes (for, against, abstaining, not voting)',
      [
        { label: 'Resolution' },
        { label: 'Date' },
        { label: 'Agenda' },
        ...CHOICES.map((c) => ({ label: c.label, numeric: true })),
        { label: 'Against or abstaining' },
      ],
      resolutions.map((r) => [
        link({ ...r, name: label(r) }),
        r.date ?? '–',
        r.agenda ?? '–',
        ...CHOICES.map((c) => figure(count(r, c))),
        h(
          'span',
          {},
          dissent(r, 'AGAINST'),
          dissent(r, 'AGAINST').length && dissent(r, 'ABSTAIN').length ? '; ' : '',
          dissent(r, 'ABSTAIN'),
        ),
      ]),
      { 'data-table': 'resolutions' },
    ),
  );
}
