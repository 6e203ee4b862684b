import { h, safeUrl, type Child } from './dom.js';
import type { ClaimRowFragment, TransferFactsFragment, TransferRecordQuery } from './generated/graphql.js';
import { claimItem, link, sourceLine } from './links.js';
import { list, section } from './panel.js';
import { dataTable, figure } from './tables.js';

/**
 * A weapons transfer's two sides of the record, next to each other: what
 * articles allege (their words, the claims about it, the status as said)
 * and what a dataset records of the same transfer (SIPRI's deal: numbers,
 * years, TIV, deliveries, the file and record it comes from). The graph
 * keeps them as two nodes linked CORROBORATED_BY (docs/model.md), and so
 * does this page: neither is written over the other.
 */

export type TransferFacts = TransferFactsFragment;
type TransferNode = Extract<NonNullable<TransferRecordQuery['node']>, { __typename: 'WeaponsTransfer' }>;

const estimate = (value: Child, isEstimate: boolean | null | undefined): Child =>
  isEstimate ? [value, h('span', { class: 'estimate', title: 'SIPRI’s estimate' }, ' (estimate)')] : value;

function fact(term: string, value: Child | null | undefined | false): Child {
  return value === null || value === undefined || value === false || value === ''
    ? null
    : [h('dt', {}, term), h('dd', {}, value)];
}

function parties(t: TransferFacts): Child {
  const supplier = t.supplier ?? t.supplierOrganization;
  const recipient = t.recipient ?? t.recipientOrganization;
  return [link(supplier), ' → ', link(recipient)];
}

/** The dataset a record comes from, and the record's id in it. */
export function datasetLine(t: TransferFacts): Child {
  if (!t.dataset) return null;
  const url = safeUrl(t.dataset.url);
  const name = t.dataset.name + (t.dataset.asOf ? `, as of ${t.dataset.asOf}` : '');
  return h(
    'p',
    { class: 'dataset-line' },
    'Dataset: ',
    url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, name) : h('cite', {}, name),
    t.dataset.file ? h('span', { class: 'muted' }, ` (${t.dataset.file})`) : null,
    t.record ? [' · record ', h('code', { class: 'record' }, t.record)] : null,
  );
}

/** Deliveries by year as a small table. */
function deliveries(t: TransferFacts): Child {
  if (!t.deliveries.length) return null;
  return dataTable(
    `Deliveries of ${t.weapon?.designation ?? t.name} by year${t.deliveriesSpread ? ' (spread evenly over the years: an estimate)' : ''}`,
    [{ label: 'Year' }, { label: 'Number', numeric: true }, { label: 'TIV (millions)', numeric: true }],
    t.deliveries.map((d) => [estimate(String(d.year), d.estimate), figure(d.number), figure(d.tiv)]),
    { class: 'data-table compact' },
  );
}

/** What a dataset records of a deal: designation, years, numbers, TIV, deliveries, the record. */
export function recordFacts(t: TransferFacts): HTMLElement {
  return h(
    'div',
    { class: 'record-facts', 'data-key': t.key },
    h(
      'dl',
      { class: 'facts' },
      // The deal's name carries the dataset's own designation (KN-23), the weapon system the graph's node (Hwasong-11).
      fact('Deal', t.name),
      fact('Weapon system', t.weapon ? link(t.weapon) : null),
      fact('Description', t.weapon?.category),
      fact('Category', t.armamentCategory),
      fact('Parties', parties(t)),
      fact('Ordered', t.orderYear !== null ? estimate(String(t.orderYear), t.orderYearEstimate) : null),
      fact(
        'Number ordered',
        t.numberOrdered !== null ? estimate(figure(t.numberOrdered), t.numberOrderedEstimate) : null,
      ),
      fact(
        'Number delivered',
        t.numberDelivered !== null ? estimate(figure(t.numberDelivered), t.numberDeliveredEstimate) : null,
      ),
      fact('TIV per unit', t.tivPerUnit !== null ? figure(t.tivPerUnit) : null),
      fact('TIV of the order', t.tivTotalOrder !== null ? figure(t.tivTotalOrder) : null),
      fact('TIV delivered', t.tivDelivered !== null ? figure(t.tivDelivered) : null),
      fact('Comments', t.comments),
    ),
    deliveries(t),
    datasetLine(t),
  );
}

/**
 * What articles say of a transfer: status, quantity and period as said, its
 * use, its sources, and the claims about it when the page is the transfer's
 * own (a dataset record's page shows the articles' transfers with their
 * sources).
 */
function allegationFacts(t: TransferFacts, claims?: ClaimRowFragment[]): HTMLElement {
  return h(
    'div',
    { class: 'allegation-facts', 'data-key': t.key },
    h(
      'dl',
      { class: 'facts' },
      fact('Status', t.status.toLowerCase()),
      fact('Parties', parties(t)),
      fact('Weapon', t.weapon ? link(t.weapon) : null),
      fact('Quantity', t.quantity),
      fact('Period', t.period),
      fact('Use', t.use),
    ),
    t.sources.map(sourceLine),
    claims ? list(claims.map(claimItem), 'No claim in the graph is about it.') : null,
  );
}

function side(cls: string, title: string, body: Child): HTMLElement {
  const id = `side-${cls}`;
  return h('div', { class: `side ${cls}`, role: 'group', 'aria-labelledby': id }, h('h4', { id }, title), body);
}

/**
 * The page's comparison: an article's transfer beside the dataset records
 * that corroborate it, or a dataset's record beside the articles'
 * transfers it corroborates.
 */
export function transferRecord(t: TransferNode, claims: ClaimRowFragment[]): HTMLElement {
  const fromDataset = Boolean(t.dataset);
  const alleged: TransferFacts[] = fromDataset ? t.corroborates : [t];
  const recorded: TransferFacts[] = fromDataset ? [t] : t.corroboratedBy;
  return section(
    'transfer-record',
    'Alleged and recorded',
    null,
    h(
      'div',
      { class: 'beside' },
      side(
        'alleged',
        'What articles allege',
        alleged.length
          ? alleged.map((a) => allegationFacts(a, fromDataset ? undefined : claims))
          : h('p', { class: 'muted' }, 'No article in the graph alleges this transfer.'),
      ),
      side(
        'recorded',
        'What the dataset records',
        recorded.length
          ? recorded.map(recordFacts)
          : h('p', { class: 'muted' }, 'No dataset record in the graph corroborates it.'),
      ),
    ),
  );
}
