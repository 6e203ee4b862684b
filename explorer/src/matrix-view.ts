import { gql } from './api.js';
import { errorText, gdeltCredit, originChoice, periodFields } from './controls.js';
import { clear, h } from './dom.js';
import type { ClaimKind, ClaimOrigin } from './generated/graphql.js';
import { entityHref } from './entity-view.js';
import { gridCell, gridKeys } from './grid-keys.js';
import { operations, type MatrixCell, type Ref } from './operations.js';
import { typeBadge } from './types-style.js';

/**
 * "Who accuses whom": a heat map drawn from the accusationMatrix query,
 * accusers down the side, the accused across the top, each cell the number
 * of claims, darker for more, over a period and of one origin (reported
 * by articles, coded by datasets) or both. It is a real table (row and
 * column headers, a caption) navigable as a grid: Tab enters it, the arrow
 * keys, Home and End move between cells, Enter opens the accused.
 */

const KINDS: { kind: ClaimKind; label: string }[] = [
  { kind: 'ACCUSE', label: 'Accusations' },
  { kind: 'CRITICIZE', label: 'Criticism' },
  { kind: 'DEMAND', label: 'Demands' },
  { kind: 'WARN', label: 'Warnings' },
];

interface Axis {
  refs: Ref[];
  index: Map<string, number>;
}

/** The entities along one side, busiest first (then by name), as the chart's order. */
function axis(cells: MatrixCell[], side: 'accuser' | 'accused'): Axis {
  const totals = new Map<string, { ref: Ref; n: number }>();
  for (const cell of cells) {
    const ref = cell[side];
    const entry = totals.get(ref.id) ?? { ref, n: 0 };
    entry.n += cell.count;
    totals.set(ref.id, entry);
  }
  const refs = [...totals.values()].sort((a, b) => b.n - a.n || a.ref.name.localeCompare(b.ref.name)).map((t) => t.ref);
  return { refs, index: new Map(refs.map((r, i) => [r.id, i])) };
}

export class MatrixView {
  private kinds = new Set<ClaimKind>(['ACCUSE']);
  private bySide = true;
  private origin: ClaimOrigin | null = null;
  private readonly period = periodFields('matrix', 'date');
  private token = 0;
  private readonly body: HTMLElement;
  private readonly summary: HTMLElement;

  constructor(private readonly container: HTMLElement) {
    const choices = h(
      'fieldset',
      { class: 'matrix-kinds' },
      h('legend', {}, 'Count'),
      KINDS.map(({ kind, label }) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            name: 'kind',
            value: kind,
            checked: this.kinds.has(kind),
            onchange: (e: Event) => {
              const box = e.target as HTMLInputElement;
              if (box.checked) this.kinds.add(kind);
              else if (this.kinds.size > 1) this.kinds.delete(kind);
              else box.checked = true; // at least one kind
              void this.load();
            },
          }),
          ` ${label}`,
        ),
      ),
      h(
        'label',
        { class: 'by-side' },
        h('input', {
          type: 'checkbox',
          name: 'bySide',
          checked: this.bySide,
          onchange: (e: Event) => {
            this.bySide = (e.target as HTMLInputElement).checked;
            void this.load();
          },
        }),
        ' Count envoys as the state they speak for',
      ),
    );
    const filters = h(
      'form',
      {
        class: 'filters',
        'aria-label': 'Period and origin',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.load();
        },
      },
      this.period.element,
      h('button', { type: 'submit' }, 'Apply'),
      originChoice('matrix-origin', (origin) => {
        this.origin = origin;
        void this.load();
      }),
    );
    this.summary = h('p', { class: 'matrix-summary', role: 'status', 'aria-live': 'polite' });
    this.body = h('div', { class: 'matrix-body' });
    container.append(
      h('h2', {}, 'Who accuses whom'),
      h(
        'p',
        { class: 'muted' },
        'Each cell counts the claims a row’s entity made against a column’s. Move through the cells with the arrow keys; Enter opens the accused.',
      ),
      choices,
      filters,
      this.summary,
      this.body,
      gdeltCredit(),
    );
  }

  async load(): Promise<void> {
    const period = this.period.read();
    if ('error' in period) {
      this.summary.textContent = period.error;
      this.summary.classList.add('error');
      period.field.focus();
      return;
    }
    const token = ++this.token;
    this.container.setAttribute('aria-busy', 'true');
    this.summary.textContent = 'Loading…';
    try {
      const data = await gql(operations.matrix, {
        kinds: [...this.kinds],
        bySide: this.bySide,
        origin: this.origin,
        from: period.from,
        to: period.to,
        first: 100,
      });
      if (token !== this.token) return;
      this.render(
        data.accusationMatrix.edges.map((e) => e.node),
        data.accusationMatrix.totalCount,
      );
    } catch (err) {
      if (token !== this.token) return;
      this.summary.textContent = errorText(err);
      this.summary.classList.add('error');
    } finally {
      if (token === this.token) this.container.removeAttribute('aria-busy');
    }
  }

  private render(cells: MatrixCell[], total: number) {
    this.summary.classList.remove('error');
    clear(this.body);
    if (!cells.length) {
      this.summary.textContent = 'No such claims in the graph.';
      return;
    }
    const rows = axis(cells, 'accuser');
    const cols = axis(cells, 'accused');
    const grid: (MatrixCell | null)[][] = rows.refs.map(() => cols.refs.map(() => null));
    for (const cell of cells) grid[rows.index.get(cell.accuser.id)!]![cols.index.get(cell.accused.id)!] = cell;
    const max = Math.max(...cells.map((c) => c.count));
    const sum = cells.reduce((n, c) => n + c.count, 0);
    this.summary.textContent =
      `${sum} claims between ${rows.refs.length} accusers and ${cols.refs.length} accused` +
      (total > cells.length ? ` (the ${cells.length} busiest of ${total} pairs).` : '.');

    const name = (ref: Ref) => h('a', { href: entityHref(ref.id), class: 'entity-link' }, ref.name);
    const table = h(
      'table',
      { class: 'heatmap', role: 'grid', 'aria-label': 'Who accuses whom: accusers in rows, the accused in columns' },
      h('caption', {}, 'Claims by accuser (rows) against the accused (columns)'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'corner' }, 'Accuser ↓ · Accused →'),
          cols.refs.map((ref) =>
            h('th', { scope: 'col', class: 'col-head', 'data-type': ref.__typename }, h('span', {}, name(ref))),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.refs.map((accuser, r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'row-head' }, typeBadge(accuser.__typename), ' ', name(accuser)),
            cols.refs.map((accused, c) => {
              const cell = grid[r]![c];
              const count = cell?.count ?? 0;
              return h(
                'td',
                {
                  class: !count ? 'cell empty' : count / max > 0.5 ? 'cell hot' : 'cell',
                  ...gridCell(r, c),
                  'data-count': count,
                  'data-accused': accused.id,
                  'aria-label': `${accuser.name} against ${accused.name}: ${count} claim${count === 1 ? '' : 's'}`,
                  style: `--heat: ${(count / max).toFixed(3)}`,
                },
                count ? String(count) : '',
              );
            }),
          ),
        ),
      ),
    );
    gridKeys(table, (td) => {
      location.hash = entityHref(td.dataset.accused!);
    });
    this.body.append(table);
  }
}
