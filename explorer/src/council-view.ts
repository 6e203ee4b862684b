import { gql } from './api.js';
import { Chart } from './charts.js';
import { errorText, periodFields } from './controls.js';
import { clear, h } from './dom.js';
import { gridCell, gridKeys } from './grid-keys.js';
import { entityHref, link } from './links.js';
import { operations, type Ref } from './operations.js';
import { agreementMatrix, councilVetoes, type AgreementCell, type VetoRow } from './record-api.js';
import { SearchBox } from './search-box.js';
import { dataTable, figure, plural } from './tables.js';
import { voteBars, type CouncilResolution } from './vote-bars.js';

/**
 * The Security Council (#/council), over a chosen period of years: the
 * vetoes cast each year by each permanent member (stacked bars, and the
 * list of vetoed drafts); how often chosen members voted alike (a heat
 * map, and the same as a grid the arrow keys move through); and the
 * latest resolutions with their vote bars.
 */

/** The permanent members, whose agreement is shown until the reader chooses others. */
const PERMANENT: Ref[] = [
  { id: 'state:USA', __typename: 'State', name: 'United States' },
  { id: 'state:GBR', __typename: 'State', name: 'United Kingdom' },
  { id: 'state:FRA', __typename: 'State', name: 'France' },
  { id: 'state:RUS', __typename: 'State', name: 'Russia' },
  { id: 'state:CHN', __typename: 'State', name: 'China' },
];

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

export class CouncilView {
  private token = 0;
  private readonly period = periodFields('council', 'year');
  private readonly summary: HTMLElement;
  private readonly vetoes: HTMLElement;
  private readonly agreement: HTMLElement;
  private readonly resolutions: HTMLElement;
  private readonly members: HTMLElement;
  private chosen: Ref[] = [...PERMANENT];
  private charts: Chart[] = [];
  private resolutionCharts: Chart[] = [];

  constructor(private readonly container: HTMLElement) {
    const filters = h(
      'form',
      {
        class: 'filters',
        'aria-label': 'Period',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.load();
        },
      },
      this.period.element,
      h('button', { type: 'submit' }, 'Apply'),
    );
    this.summary = h('p', { class: 'record-summary', role: 'status', 'aria-live': 'polite' });
    this.vetoes = h('div', { class: 'slot' });
    this.agreement = h('div', { class: 'slot' });
    this.resolutions = h('div', { class: 'slot' });
    this.members = h('ul', { class: 'chosen-members', 'aria-label': 'Members compared' });
    const memberSearch = h('div', { class: 'search compact' });
    new SearchBox(memberSearch, {
      label: 'Add a member',
      placeholder: 'Add a state…',
      onSelect: (ref) => {
        if (ref.__typename !== 'State') return this.say(`${ref.name} is no state.`, true);
        if (!this.chosen.some((m) => m.id === ref.id)) this.chosen.push(ref);
        this.renderMembers();
        void this.loadAgreement();
      },
      onError: (err) => this.say(errorText(err), true),
    });
    container.append(
      h('h2', {}, 'Security Council'),
      h(
        'p',
        { class: 'muted' },
        'Vetoes, voting agreement and votes, from the UN Library’s Security Council voting data and veto list as imported.',
      ),
      filters,
      this.summary,
      h(
        'section',
        { class: 'record-section', 'aria-labelledby': 'council-vetoes-title' },
        h('h3', { id: 'council-vetoes-title' }, 'Vetoes over time, by member'),
        this.vetoes,
      ),
      h(
        'section',
        { class: 'record-section', 'aria-labelledby': 'council-agreement-title' },
        h('h3', { id: 'council-agreement-title' }, 'Voting agreement'),
        h(
          'p',
          { class: 'muted' },
          'The share of the resolutions both members voted on where they voted the same. Move through the cells with the arrow keys; Enter opens the row’s member.',
        ),
        h('div', { class: 'member-choice' }, this.members, memberSearch),
        this.agreement,
      ),
      h(
        'section',
        { class: 'record-section', 'aria-labelledby': 'council-resolutions-title' },
        h('h3', { id: 'council-resolutions-title' }, 'Resolutions and their votes'),
        this.resolutions,
      ),
    );
    this.renderMembers();
  }

  private say(text: string, error = false) {
    this.summary.textContent = text;
    this.summary.classList.toggle('error', error);
  }

  private range(): { from: string | null; to: string | null } | null {
    const period = this.period.read();
    if ('error' in period) {
      this.say(period.error, true);
      period.field.focus();
      return null;
    }
    return period;
  }

  async load(): Promise<void> {
    const range = this.range();
    if (!range) return;
    const token = ++this.token;
    this.say('Loading…');
    this.container.setAttribute('aria-busy', 'true');
    for (const chart of this.charts.splice(0)) chart.dispose();
    await Promise.all([
      this.fill(token, this.vetoes, () => this.renderVetoes(range)),
      this.loadAgreement(token),
      this.loadResolutions(token, range),
    ]);
    if (token !== this.token) return;
    this.container.removeAttribute('aria-busy');
    const span = range.from || range.to ? `${range.from ?? '…'}–${range.to ?? '…'}` : 'all years';
    if (!this.summary.classList.contains('error')) this.say(`Security Council, ${span}.`);
  }

  private async fill(token: number, slot: HTMLElement, build: () => Promise<HTMLElement[]>) {
    let content: HTMLElement[];
    try {
      content = await build();
    } catch (err) {
      content = [h('p', { class: 'error', role: 'alert' }, errorText(err))];
    }
    if (token !== this.token) return;
    clear(slot);
    slot.append(...content);
  }

  private async renderVetoes(range: { from: string | null; to: string | null }): Promise<HTMLElement[]> {
    const { counts, vetoes, total } = await councilVetoes(range);
    if (!counts.length) return [h('p', { class: 'muted' }, 'No veto in the graph for this period.')];
    const years = [...new Set(counts.map((c) => c.year))].sort((a, b) => a - b);
    const members = new Map<string, Ref>();
    for (const c of counts) members.set(c.member.id, c.member);
    const byMember = [...members.values()].sort((a, b) => a.name.localeCompare(b.name));
    const count = (year: number, member: Ref) =>
      counts.find((c) => c.year === year && c.member.id === member.id)?.count ?? 0;
    const box = h('div', {});
    const chart = new Chart(box, { name: 'vetoes', height: '260px' });
    this.charts.push(chart);
    const totals = byMember.map((m) => `${m.name} ${years.reduce((n, y) => n + count(y, m), 0)}`).join(', ');
    chart.draw(
      {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 36, right: 12, top: 32, bottom: 28 },
        xAxis: { type: 'category', data: years.map(String) },
        yAxis: { type: 'value', minInterval: 1, name: 'vetoes' },
        series: byMember.map((m) => ({
          type: 'bar' as const,
          name: m.name,
          stack: 'vetoes',
          data: years.map((y) => count(y, m)),
        })),
      },
      `Vetoes by year from ${years[0]} to ${years.at(-1)}, by member: ${totals}.`,
    );
    return [
      box,
      dataTable(
        'Vetoes by year and member',
        [{ label: 'Year' }, ...byMember.map((m) => ({ label: m.name, numeric: true }))],
        years.map((y) => [String(y), ...byMember.map((m) => figure(count(y, m)))]),
        { class: 'data-table compact', 'data-table': 'vetoes-by-year' },
      ),
      vetoTable(vetoes, total),
    ];
  }

  private renderMembers() {
    clear(this.members);
    for (const member of this.chosen)
      this.members.append(
        h(
          'li',
          {},
          link(member),
          h(
            'button',
            {
              type: 'button',
              class: 'remove',
              'aria-label': `Remove ${member.name}`,
              disabled: this.chosen.length <= 2,
              onclick: () => {
                this.chosen = this.chosen.filter((m) => m.id !== member.id);
                this.renderMembers();
                void this.loadAgreement();
              },
            },
            '×',
          ),
        ),
      );
  }

  private async loadAgreement(token = this.token) {
    const range = this.range();
    if (!range) return;
    await this.fill(token, this.agreement, async () => {
      const cells = await agreementMatrix(
        this.chosen.map((m) => m.id),
        range,
      );
      return this.renderAgreement(cells);
    });
  }

  private renderAgreement(cells: AgreementCell[]): HTMLElement[] {
    const members = this.chosen;
    const cell = (a: Ref, b: Ref) =>
      cells.find((c) => (c.a.id === a.id && c.b.id === b.id) || (c.a.id === b.id && c.b.id === a.id)) ?? null;
    if (!cells.some((c) => c.both > 0))
      return [h('p', { class: 'muted' }, 'No resolution in this period on which two of these members voted.')];
    const box = h('div', {});
    const chart = new Chart(box, { name: 'agreement', height: `${Math.max(240, 44 * members.length + 80)}px` });
    this.charts.push(chart);
    const data: [number, number, number | null][] = [];
    members.forEach((a, i) =>
      members.forEach((b, j) => {
        if (i === j) return;
        const c = cell(a, b);
        data.push([j, i, c?.share === null || c?.share === undefined ? null : Math.round(c.share * 100)]);
      }),
    );
    const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b) => [a, b, cell(a, b)] as const));
    const extremes = [...pairs]
      .filter(([, , c]) => c && c.share !== null)
      .sort((x, y) => (y[2]!.share ?? 0) - (x[2]!.share ?? 0));
    const most = extremes[0];
    const least = extremes.at(-1);
    chart.draw(
      {
        tooltip: {
          formatter: (p: unknown) => {
            const [j, i, v] = (p as { data: [number, number, number | null] }).data;
            const c = cell(members[i]!, members[j]!);
            return `${members[i]!.name} and ${members[j]!.name}: ${v === null ? 'no shared votes' : `${v}%`} (${c?.same ?? 0} of ${c?.both ?? 0})`;
          },
        },
        grid: { left: 120, right: 20, top: 10, bottom: 90 },
        xAxis: { type: 'category', data: members.map((m) => m.name), axisLabel: { rotate: 30 } },
        yAxis: { type: 'category', data: members.map((m) => m.name), inverse: true },
        visualMap: {
          min: 0,
          max: 100,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          text: ['100% alike', '0%'],
          inRange: { color: ['#fdf2e9', '#e07b00', '#7f2704'] },
        },
        series: [
          {
            type: 'heatmap',
            data,
            label: { show: true, formatter: (p: { data: unknown }) => `${(p.data as number[])[2] ?? '–'}%` },
          },
        ],
      },
      `Voting agreement among ${members.map((m) => m.name).join(', ')}` +
        (most && least
          ? `: most alike ${most[0].name} and ${most[1].name} (${percent(most[2]!.share)}), least ${least[0].name} and ${least[1].name} (${percent(least[2]!.share)}).`
          : '.'),
    );
    chart.onClick((item) => {
      const [, i] = item.data as [number, number];
      const member = members[i];
      if (member) location.hash = entityHref(member.id);
    });
    const table = h(
      'table',
      {
        class: 'heatmap agreement',
        role: 'grid',
        'aria-label': 'Voting agreement: the share of shared votes cast alike',
      },
      h('caption', {}, 'Voting agreement (row member with column member)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'corner' }, 'Member'),
          members.map((m) => h('th', { scope: 'col' }, m.name)),
        ),
      ),
      h(
        'tbody',
        {},
        members.map((a, r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'row-head' }, link(a)),
            members.map((b, c) => {
              const pair = a.id === b.id ? null : cell(a, b);
              const share = pair?.share ?? null;
              return h(
                'td',
                {
                  class: a.id === b.id || share === null ? 'cell empty' : share > 0.5 ? 'cell hot' : 'cell',
                  ...gridCell(r, c),
                  'data-member': a.id,
                  'data-share': share ?? '',
                  'aria-label':
                    a.id === b.id
                      ? `${a.name}: itself`
                      : `${a.name} and ${b.name}: ${share === null ? 'no resolution both voted on' : `voted alike on ${percent(share)}, ${pair!.same} of ${plural(pair!.both, 'resolution')}`}`,
                  style: `--heat: ${share ?? 0}`,
                },
                a.id === b.id ? '' : percent(share),
              );
            }),
          ),
        ),
      ),
    );
    gridKeys(table, (td) => {
      location.hash = entityHref(td.dataset.member!);
    });
    return [box, table];
  }

  /** The period's adopted resolutions, a page at a time; Older resolutions adds the next page. */
  private async loadResolutions(token: number, range: { from: string | null; to: string | null }) {
    let loaded: CouncilResolution[] = [];
    let after: string | null = null;
    const more = h('button', { type: 'button', class: 'more' }, 'Older resolutions');
    const page = async () => {
      const data = await gql(operations.councilResolutions, { ...range, first: 12, after });
      loaded = [...loaded, ...data.resolutions.edges.map((e) => e.node)];
      after = data.resolutions.pageInfo.hasNextPage ? data.resolutions.pageInfo.endCursor : null;
      for (const chart of this.resolutionCharts.splice(0)) chart.dispose();
      const content: HTMLElement[] = [];
      if (!loaded.length)
        content.push(h('p', { class: 'muted' }, 'No adopted resolution in the graph for this period.'));
      else {
        const box = h('div', {});
        voteBars(box, loaded, this.resolutionCharts);
        content.push(box);
        if (after) content.push(more);
      }
      return content;
    };
    more.addEventListener('click', () => {
      const shown = loaded.length;
      void this.fill(token, this.resolutions, page).then(() =>
        this.resolutions.querySelectorAll<HTMLElement>('table tbody tr')[shown]?.querySelector('a')?.focus(),
      );
    });
    await this.fill(token, this.resolutions, page);
  }
}

/** The vetoed drafts, newest first: date, draft, agenda, who vetoed. */
export function vetoTable(vetoes: VetoRow[], total = vetoes.length): HTMLElement {
  return dataTable(
    total > vetoes.length ? `Vetoed drafts, the ${vetoes.length} newest of ${total}` : 'Vetoed drafts, newest first',
    [{ label: 'Draft' }, { label: 'Date' }, { label: 'Agenda' }, { label: 'Vetoed by' }],
    vetoes.map((v) => [
      link(v.draft),
      v.date ?? '–',
      v.agenda ?? '–',
      h(
        'span',
        {},
        v.by.map((b, i) => [i ? ', ' : '', link(b)]),
      ),
    ]),
    { 'data-table': 'vetoes' },
  );
}
