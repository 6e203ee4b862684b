import { Chart } from './charts.js';
import { errorText, periodFields } from './controls.js';
import { clear, h } from './dom.js';
import { link } from './links.js';
import type { Ref } from './operations.js';
import { flowDeals, flowRows, type FlowRow } from './record-api.js';
import { dataTable, figure, plural } from './tables.js';
import { recordFacts } from './transfer-record.js';

/**
 * Arms flows (#/flows): who supplied whom, for a range of delivery years
 * and one armament category or all, from the transfers datasets record
 * (SIPRI). A Sankey diagram draws suppliers on the left and recipients on
 * the right, each flow as wide as the TIV delivered (or the units, or the
 * deals); the same flows are a table whose rows each have a button that
 * lists the deals behind the flow, as a click on the flow does: the
 * designation, years, numbers, TIV and the dataset record of each.
 */

type Measure = 'tiv' | 'units' | 'deals';
const MEASURES: { value: Measure; label: string }[] = [
  { value: 'tiv', label: 'TIV delivered' },
  { value: 'units', label: 'Units delivered' },
  { value: 'deals', label: 'Deals' },
];

const refName = (ref: Ref | null) => ref?.name ?? 'unknown';

export class FlowsView {
  private token = 0;
  private measure: Measure = 'tiv';
  private readonly period = periodFields('flows', 'year');
  private readonly category: HTMLSelectElement;
  private readonly summary: HTMLElement;
  private readonly body: HTMLElement;
  private readonly deals: HTMLElement;
  private chart: Chart | null = null;
  private rows: FlowRow[] = [];
  private total = 0;
  private categoriesLoaded = false;

  constructor(private readonly container: HTMLElement) {
    this.category = h('select', { name: 'category' }, h('option', { value: '' }, 'All categories'));
    const filters = h(
      'form',
      {
        class: 'filters',
        'aria-label': 'Years and category',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.load();
        },
      },
      this.period.element,
      h('label', {}, 'Category ', this.category),
      h('button', { type: 'submit' }, 'Apply'),
      h(
        'fieldset',
        { class: 'origin-choice' },
        h('legend', {}, 'Width'),
        MEASURES.map(({ value, label }) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: 'flows-measure',
              value,
              checked: value === this.measure,
              onchange: () => {
                this.measure = value;
                this.render();
              },
            }),
            ` ${label}`,
          ),
        ),
      ),
    );
    this.summary = h('p', { class: 'record-summary', role: 'status', 'aria-live': 'polite' });
    this.body = h('div', { class: 'flows-body' });
    this.deals = h('section', { class: 'deals', id: 'flow-deals', 'aria-label': 'Deals behind a flow', hidden: true });
    container.append(
      h('h2', {}, 'Arms flows'),
      h(
        'p',
        { class: 'muted' },
        'Major arms delivered, supplier to recipient, as the datasets record them (SIPRI’s trend-indicator values, TIV, in millions). ' +
          'Click a flow, or press Enter on a row’s Deals button, for the deals behind it.',
      ),
      filters,
      this.summary,
      this.body,
      this.deals,
      h('p', { class: 'credit' }, 'Data: SIPRI Arms Transfers Database, as imported (see the dataset of each deal).'),
    );
  }

  async load(): Promise<void> {
    const period = this.period.read();
    if ('error' in period) {
      this.say(period.error, true);
      period.field.focus();
      return;
    }
    const token = ++this.token;
    this.container.setAttribute('aria-busy', 'true');
    this.say('Loading…');
    try {
      const filter = { from: period.from, to: period.to, category: this.category.value || null };
      const { rows, total, categories } = await flowRows(filter);
      if (token !== this.token) return;
      if (!this.categoriesLoaded) this.fillCategories(categories);
      this.rows = rows;
      this.total = total;
      this.filter = filter;
      this.render();
    } catch (err) {
      if (token === this.token) this.say(errorText(err), true);
    } finally {
      if (token === this.token) this.container.removeAttribute('aria-busy');
    }
  }

  private filter: { from: string | null; to: string | null; category: string | null } = {
    from: null,
    to: null,
    category: null,
  };

  private fillCategories(categories: string[]) {
    this.categoriesLoaded = true;
    for (const c of categories) this.category.append(h('option', { value: c }, c));
  }

  private say(text: string, error = false) {
    this.summary.textContent = text;
    this.summary.classList.toggle('error', error);
  }

  private span(): string {
    const { from, to } = this.filter;
    if (from && to) return from === to ? `in ${from}` : `${from}–${to}`;
    if (from) return `since ${from}`;
    if (to) return `until ${to}`;
    return 'all years';
  }

  private value(row: FlowRow): number {
    return this.measure === 'tiv' ? row.tiv : this.measure === 'units' ? row.units : row.deals;
  }

  private render() {
    this.chart?.dispose();
    this.chart = null;
    clear(this.body);
    const rows = this.rows.filter((r) => this.value(r) > 0);
    const what = `${this.filter.category ?? 'all categories'}, ${this.span()}`;
    if (!rows.length) {
      this.say(`No deliveries recorded for ${what}.`);
      return;
    }
    const tiv = rows.reduce((n, r) => n + r.tiv, 0);
    this.say(
      `${plural(rows.length, 'flow')} (${what}): ${plural(
        rows.reduce((n, r) => n + r.deals, 0),
        'deal',
      )}, ` + `${figure(rows.reduce((n, r) => n + r.units, 0))} units, TIV ${figure(tiv)} million.`,
    );

    // Suppliers and recipients are separate columns, so a state on both sides is two nodes.
    const side = (kind: 's' | 'r', ref: Ref | null) => `${kind}:${ref?.id ?? 'unknown'}`;
    const names = new Map<string, string>();
    for (const r of rows) {
      names.set(side('s', r.supplier), refName(r.supplier));
      names.set(side('r', r.recipient), refName(r.recipient));
    }
    const unit = MEASURES.find((m) => m.value === this.measure)!.label;
    this.chart = new Chart(this.body, { name: 'flows', height: `${Math.max(280, 28 * names.size)}px` });
    this.chart.draw(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p: unknown) => {
            const { dataType, data } = p as {
              dataType: string;
              data: { source?: string; target?: string; name?: string; value?: number };
            };
            return dataType === 'edge'
              ? `${names.get(data.source!)} → ${names.get(data.target!)}: ${figure(data.value)} (${unit})`
              : `${names.get(data.name!)}`;
          },
        },
        series: [
          {
            type: 'sankey',
            left: 8,
            right: 140,
            top: 8,
            bottom: 8,
            nodeGap: 10,
            emphasis: { focus: 'adjacency' },
            lineStyle: { color: 'gradient', opacity: 0.45 },
            label: { formatter: (p: { name: string }) => names.get(p.name) ?? p.name },
            data: [...names.keys()].map((name) => ({ name })),
            links: rows.map((r) => ({
              source: side('s', r.supplier),
              target: side('r', r.recipient),
              value: this.value(r),
            })),
          },
        ],
      },
      `Arms flows, ${what}, width by ${unit.toLowerCase()}: ` +
        rows
          .slice(0, 6)
          .map((r) => `${refName(r.supplier)} to ${refName(r.recipient)} ${figure(this.value(r))}`)
          .join('; ') +
        (rows.length > 6 ? `; and ${rows.length - 6} more in the table below.` : '.'),
    );
    this.chart.onClick((item) => {
      if (item.dataType === 'edge') void this.openDeals(rows[item.dataIndex]!);
    });

    this.body.append(
      dataTable(
        `Arms flows, ${what}: supplier to recipient`,
        [
          { label: 'Supplier' },
          { label: 'Recipient' },
          { label: 'Deals', numeric: true },
          { label: 'Units delivered', numeric: true },
          { label: 'TIV delivered (millions)', numeric: true },
          { label: 'Deals behind it' },
        ],
        rows.map((r) => [
          link(r.supplier),
          link(r.recipient),
          figure(r.deals),
          figure(r.units),
          r.estimate ? [figure(r.tiv), h('span', { class: 'estimate' }, ' (estimate)')] : figure(r.tiv),
          h(
            'button',
            {
              type: 'button',
              class: 'deals-button',
              'aria-label': `Deals: ${refName(r.supplier)} to ${refName(r.recipient)}`,
              onclick: (e: Event) => void this.openDeals(r, e.currentTarget as HTMLElement),
            },
            `Deals (${r.deals})`,
          ),
        ]),
        { 'data-table': 'flows' },
      ),
    );
  }

  /** Lists the deals behind one flow; focus goes to their heading, and Close (or Escape) comes back. */
  private async openDeals(row: FlowRow, opener?: HTMLElement) {
    const title = `Deals: ${refName(row.supplier)} → ${refName(row.recipient)}, ${this.filter.category ?? 'all categories'}, ${this.span()}`;
    const heading = h('h3', { tabindex: '-1' }, title);
    const close = () => {
      this.deals.hidden = true;
      (opener ?? this.body.querySelector<HTMLElement>('.deals-button'))?.focus();
    };
    clear(this.deals);
    this.deals.hidden = false;
    this.deals.onkeydown = (e) => {
      if (e.key === 'Escape') close();
    };
    this.deals.append(
      heading,
      h('button', { type: 'button', class: 'close', onclick: close }, 'Close'),
      h('p', { class: 'muted' }, 'Loading…'),
    );
    heading.focus();
    try {
      const { deals, total } = await flowDeals({ ...this.filter, supplier: row.supplier, recipient: row.recipient });
      this.deals.lastElementChild?.remove();
      if (total > deals.length)
        this.deals.append(h('p', { class: 'muted' }, `The first ${deals.length} of ${total} deals.`));
      this.deals.append(
        deals.length
          ? h(
              'ol',
              { class: 'deal-list' },
              deals.map((d) => h('li', { class: 'deal', 'data-key': d.key }, recordFacts(d))),
            )
          : h('p', { class: 'muted' }, 'No deal found.'),
      );
    } catch (err) {
      this.deals.lastElementChild?.remove();
      this.deals.append(h('p', { class: 'error', role: 'alert' }, errorText(err)));
    }
  }
}
