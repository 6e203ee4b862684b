import { createHash } from 'node:crypto';
import type { Graph } from '../neo4j/graph.js';
import { cellAt, hasWidth, parseFlag, parseNumber } from './cells.js';
import { parseDate, parseYear } from './dates.js';
import { columnsByName } from './header.js';
import { foldName } from './names.js';
import { KnownNames, partyOf, weaponKey } from './sipri-names.js';
import type { GraphRecord, ImportSource, LinkRow, MapContext, Mapper, NodeRow, Output, Row } from './source.js';
import { int } from './writer.js';
import { KEY_PREFIX } from '../domain/index.js';

/**
 * sipri: the SIPRI Arms Transfers Database, in either layout SIPRI exports,
 * told apart by the header:
 * - the trade register: one row per deal, uncertainty in unnamed columns
 *   after the year of order, the numbers ordered and delivered ("?"), or
 *   written into the value ("(2019)", "50?"), several delivery years in
 *   one cell ("2019; 2020; (2021)");
 * - the newer export: one row per deal and delivery year, keyed by SIPRI's
 *   deal id; a deal's rows, which come together, make one deal.
 * Each deal is one WeaponsTransfer (status REPORTED) supplied by and
 * received by its parties, of a WeaponSystem; see docs/model.md for the
 * properties and how the register's deals are keyed.
 */

interface Delivery {
  year: number;
  number: number | null;
  tiv: number | null;
  estimate: boolean;
}

interface Deal {
  id: string;
  line: number;
  supplier: string;
  recipient: string;
  designation: string;
  description: string | null;
  armamentCategory: string | null;
  orderYear: number | null;
  orderYearEstimate: boolean;
  numberOrdered: number | null;
  numberOrderedEstimate: boolean;
  numberDelivered: number | null;
  numberDeliveredEstimate: boolean;
  deliveries: Delivery[];
  /** The per-year split is our even spread of the register's totals. */
  deliveriesSpread: boolean;
  secondHand: boolean | null;
  localProduction: boolean | null;
  tivPerUnit: number | null;
  tivTotalOrder: number | null;
  tivDelivered: number | null;
  comments: string | null;
}

// ---------------------------------------------------------------------------
// Values

/** A value SIPRI marks as uncertain: "(2019)", "2019?", "?". */
function uncertain(text: string | null): { text: string | null; estimate: boolean } {
  if (text === null) return { text: null, estimate: false };
  let value = text.trim();
  let estimate = false;
  const bracketed = /^\((.*)\)$/.exec(value);
  if (bracketed) {
    value = bracketed[1]!.trim();
    estimate = true;
  }
  if (/^\?|\?$/.test(value)) {
    value = value.replace(/^\?+|\?+$/g, '').trim();
    estimate = true;
  }
  return { text: value === '' ? null : value, estimate };
}

class BadValue extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

function year(text: string | null, what: string): number | null {
  if (text === null) return null;
  const value = parseYear(text) ?? parseYear(parseDate(text)?.slice(0, 4));
  if (value === null) throw new BadValue('unparseable year', `${what}: ${text}`);
  return value;
}

function whole(text: string | null, what: string): number | null {
  const n = parseNumber(text);
  if (n !== null && (Number.isNaN(n) || n < 0 || !Number.isInteger(n))) {
    throw new BadValue('unparseable number', `${what}: ${text}`);
  }
  return n;
}

function amount(text: string | null, what: string): number | null {
  const n = parseNumber(text);
  if (n !== null && Number.isNaN(n)) throw new BadValue('unparseable number', `${what}: ${text}`);
  return n;
}

function flag(text: string | null, what: string): boolean {
  const value = parseFlag(text);
  if (value === null) throw new BadValue('unreadable flag', `${what}: ${text}`);
  return value;
}

/** "2019; 2020; (2021)", "2019-2021", "2019, 2020": each year, and whether SIPRI marks it uncertain. */
function deliveryYears(text: string | null): { year: number; estimate: boolean }[] {
  if (text === null) return [];
  const years: { year: number; estimate: boolean }[] = [];
  for (const part of text.split(/\s*[;,]\s*/).filter(Boolean)) {
    const { text: value, estimate } = uncertain(part);
    const range = value ? /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value) : null;
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 100) throw new BadValue('unparseable year', `delivery years: ${text}`);
      for (let y = from; y <= to; y++) years.push({ year: y, estimate });
      continue;
    }
    years.push({ year: year(value, 'delivery years')!, estimate });
  }
  return years;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * The register gives totals over a deal's delivery years: spread the
 * number evenly (whole numbers, the remainder to the earliest years) and
 * the TIV in proportion to it (evenly when no number is known).
 */
export function spread(
  years: { year: number; estimate: boolean }[],
  number: number | null,
  tiv: number | null,
): Delivery[] {
  const n = years.length;
  return years.map(({ year, estimate }, i) => {
    const share = number === null ? null : Math.floor(number / n) + (i < number % n ? 1 : 0);
    const part = tiv === null ? null : round(number ? (tiv * (share ?? 0)) / number : tiv / n);
    return { year, number: share, tiv: part, estimate };
  });
}

// ---------------------------------------------------------------------------
// Layouts

const REGISTER_NAMES = [
  'recipient',
  'supplier',
  'year of order',
  'number ordered',
  'weapon designation',
  'weapon description',
  'year(s) of delivery',
] as const;
const REGISTER_OPTIONAL = [
  'number delivered',
  'deliveries in the year range',
  'status',
  'comments',
  'sipri tiv per unit',
  'sipri tiv for total order',
  'sipri tiv of delivered weapons',
] as const;

const EXPORT_NAMES = ['sipri at database id', 'supplier', 'recipient', 'designation'] as const;
const EXPORT_OPTIONAL = [
  'description',
  'armament category',
  'order date',
  'order date is estimate',
  'numbers delivered',
  'numbers delivered is estimate',
  'delivery year',
  'delivery year is estimate',
  'status',
  'sipri estimate',
  'tiv deal unit',
  'tiv delivery values',
  'local production',
] as const;

type Columns<R extends string, O extends string> = { [K in R]: number } & { [K in O]?: number };

type Layout =
  | {
      kind: 'register';
      width: number;
      columns: Columns<(typeof REGISTER_NAMES)[number], (typeof REGISTER_OPTIONAL)[number]>;
      delivered: number;
      /** The unnamed uncertainty columns after the order year and the numbers ordered and delivered. */
      flags: { order?: number; ordered?: number; delivered?: number };
    }
  | {
      kind: 'export';
      width: number;
      columns: Columns<(typeof EXPORT_NAMES)[number], (typeof EXPORT_OPTIONAL)[number]>;
    };

function recognise(cells: string[]): Layout | null {
  const exported = columnsByName(cells, EXPORT_NAMES, EXPORT_OPTIONAL);
  if (exported) return { kind: 'export', width: cells.length, columns: exported };
  const register = columnsByName(cells, REGISTER_NAMES, REGISTER_OPTIONAL);
  const delivered = register?.['number delivered'] ?? register?.['deliveries in the year range'];
  if (!register || delivered === undefined) return null;
  const unnamed = (after: number) => (cells[after + 1]?.trim() === '' ? after + 1 : undefined);
  return {
    kind: 'register',
    width: cells.length,
    columns: register,
    delivered,
    flags: {
      order: unnamed(register['year of order']),
      ordered: unnamed(register['number ordered']),
      delivered: unnamed(delivered),
    },
  };
}

/** The date SIPRI's title lines give: "Data generated: 28 Sep 2026 9:10:31 AM", "Information generated: 13 March 2024". */
function asOf(titleLines: string[][]): string | null {
  for (const cells of titleLines) {
    const m = /generated:?\s*(.+)$/i.exec(cells.join(',').trim());
    const date = m ? parseDate(m[1]!.trim()) : null;
    if (date) return date;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Rows to deals

/**
 * The register has no deal id: the start of the SHA-1 of the recipient,
 * supplier, order year and designation, folded, with -2, -3... for repeats
 * within the file (docs/model.md).
 */
class RegisterIds {
  private readonly seen = new Map<string, number>();

  id(recipient: string, supplier: string, orderYear: number | null, designation: string): string {
    const identity = [recipient, supplier, orderYear ?? '', designation].map((v) => foldName(String(v))).join('|');
    const hash = createHash('sha1').update(identity).digest('hex').slice(0, 12);
    const n = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, n);
    return `tr-${hash}${n > 1 ? `-${n}` : ''}`;
  }
}

function registerDeal(row: Row, layout: Extract<Layout, { kind: 'register' }>, ids: RegisterIds): Deal | string {
  const { columns, flags } = layout;
  const cell = (i: number | undefined) => cellAt(row.cells, i);
  const recipient = cell(columns.recipient);
  const supplier = cell(columns.supplier);
  const designation = cell(columns['weapon designation']);
  if (!recipient || !supplier) return 'no supplier or recipient';
  if (!designation) return 'no weapon designation';
  const order = uncertain(cell(columns['year of order']));
  const ordered = uncertain(cell(columns['number ordered']));
  const delivered = uncertain(cell(layout.delivered));
  const orderYear = year(order.text, 'year of order');
  const numberDelivered = whole(delivered.text, 'number delivered');
  const tivDelivered = amount(cell(columns['sipri tiv of delivered weapons']), 'TIV of delivered weapons');
  const years = deliveryYears(cell(columns['year(s) of delivery']));
  const status = cell(columns.status);
  return {
    id: ids.id(recipient, supplier, orderYear, designation),
    line: row.line,
    supplier,
    recipient,
    designation,
    description: cell(columns['weapon description']),
    armamentCategory: null,
    orderYear,
    orderYearEstimate: order.estimate || flag(cell(flags.order), 'year of order flag'),
    numberOrdered: whole(ordered.text, 'number ordered'),
    numberOrderedEstimate: ordered.estimate || flag(cell(flags.ordered), 'number ordered flag'),
    numberDelivered,
    numberDeliveredEstimate: delivered.estimate || flag(cell(flags.delivered), 'number delivered flag'),
    deliveries: spread(years, numberDelivered, tivDelivered),
    deliveriesSpread: years.length > 1,
    secondHand: status ? /second/i.test(status) : null,
    localProduction: null,
    tivPerUnit: amount(cell(columns['sipri tiv per unit']), 'TIV per unit'),
    tivTotalOrder: amount(cell(columns['sipri tiv for total order']), 'TIV for total order'),
    tivDelivered,
    comments: cell(columns.comments),
  };
}

/** One row of the newer export: the deal it belongs to, and its year's delivery. */
function exportRow(
  row: Row,
  layout: Extract<Layout, { kind: 'export' }>,
): { deal: Deal; delivery: Delivery | null } | string {
  const { columns } = layout;
  const cell = (i: number | undefined) => cellAt(row.cells, i);
  const id = cell(columns['sipri at database id']);
  const supplier = cell(columns.supplier);
  const recipient = cell(columns.recipient);
  const designation = cell(columns.designation);
  if (!id) return 'no deal id';
  if (!recipient || !supplier) return 'no supplier or recipient';
  if (!designation) return 'no weapon designation';
  const deliveryYear = year(cell(columns['delivery year']), 'delivery year');
  const number = whole(cell(columns['numbers delivered']), 'numbers delivered');
  const numberEstimate = flag(cell(columns['numbers delivered is estimate']), 'numbers delivered is estimate');
  const status = cell(columns.status);
  const localProduction = cell(columns['local production']);
  const deal: Deal = {
    id: id.replace(/\.0$/, ''),
    line: row.line,
    supplier,
    recipient,
    designation,
    description: cell(columns.description),
    armamentCategory: cell(columns['armament category']),
    orderYear: year(cell(columns['order date']), 'order date'),
    orderYearEstimate: flag(cell(columns['order date is estimate']), 'order date is estimate'),
    numberOrdered: null,
    numberOrderedEstimate: false,
    numberDelivered: null,
    numberDeliveredEstimate: false,
    deliveries: [],
    deliveriesSpread: false,
    secondHand: status ? /second/i.test(status) : null,
    localProduction: localProduction === null ? null : flag(localProduction, 'local production'),
    tivPerUnit: amount(cell(columns['tiv deal unit']), 'TIV deal unit'),
    tivTotalOrder: null,
    tivDelivered: null,
    comments: null,
  };
  const tiv = amount(cell(columns['tiv delivery values']), 'TIV delivery values');
  const delivery =
    deliveryYear === null
      ? null
      : {
          year: deliveryYear,
          number,
          tiv,
          estimate:
            numberEstimate ||
            flag(cell(columns['delivery year is estimate']), 'delivery year is estimate') ||
            flag(cell(columns['sipri estimate']), 'SIPRI estimate'),
        };
  return { deal, delivery };
}

/** Adds a year's delivery to its deal (two rows of one year add up). */
function addDelivery(deal: Deal, delivery: Delivery) {
  const same = deal.deliveries.find((d) => d.year === delivery.year);
  if (!same) {
    deal.deliveries.push({ ...delivery });
    return;
  }
  same.number =
    same.number === null || delivery.number === null ? (same.number ?? delivery.number) : same.number + delivery.number;
  same.tiv = same.tiv === null || delivery.tiv === null ? (same.tiv ?? delivery.tiv) : round(same.tiv + delivery.tiv);
  same.estimate ||= delivery.estimate;
}

/** The export's totals, from its years. */
function closeExportDeal(deal: Deal): Deal {
  deal.deliveries.sort((a, b) => a.year - b.year);
  const numbers = deal.deliveries.map((d) => d.number).filter((n): n is number => n !== null);
  const tivs = deal.deliveries.map((d) => d.tiv).filter((n): n is number => n !== null);
  deal.numberDelivered = numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
  deal.numberDeliveredEstimate = deal.deliveries.some((d) => d.estimate);
  deal.tivDelivered = tivs.length ? round(tivs.reduce((a, b) => a + b, 0)) : null;
  return deal;
}

// ---------------------------------------------------------------------------
// Deals to records

function quantity(deal: Deal): string | null {
  const estimate = (e: boolean) => (e ? ' (estimate)' : '');
  const parts = [
    deal.numberOrdered !== null && `${deal.numberOrdered}${estimate(deal.numberOrderedEstimate)} ordered`,
    deal.numberDelivered !== null && `${deal.numberDelivered}${estimate(deal.numberDeliveredEstimate)} delivered`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function period(deal: Deal): string | null {
  const years = deal.deliveries.map((d) => d.year);
  const parts = [
    deal.orderYear !== null && `ordered ${deal.orderYear}${deal.orderYearEstimate ? ' (estimate)' : ''}`,
    years.length > 0 && `delivered ${years.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

function dealRecord(deal: Deal, context: MapContext, known: KnownNames, out: Output): GraphRecord | null {
  const supplier = partyOf(deal.supplier, context.states, known);
  const recipient = partyOf(deal.recipient, context.states, known);
  for (const party of [supplier, recipient]) {
    if (party.kind === 'unknown') {
      out.skip(deal.line, 'unknown state name', party.name);
      return null;
    }
  }
  const key = `${KEY_PREFIX.WeaponsTransfer}:sipri-${deal.id}`;
  const weapon = weaponKey(deal.designation, known);
  const years = deal.deliveries.map((d) => d.year);
  const start = deal.orderYear ?? years[0] ?? null;
  const end = years.length ? Math.max(...years) : deal.orderYear;
  const nameOf = (party: typeof supplier, unknown: string) => (party.kind === 'party' ? party.name : unknown);
  const numbers = deal.deliveries.every((d) => d.number !== null) ? deal.deliveries.map((d) => int(d.number)) : null;
  const tivs = deal.deliveries.every((d) => d.tiv !== null) ? deal.deliveries.map((d) => d.tiv) : null;

  const nodes: NodeRow[] = [
    {
      key,
      type: 'WeaponsTransfer',
      props: {
        orderYear: int(deal.orderYear),
        orderYearEstimate: deal.orderYearEstimate,
        numberOrdered: int(deal.numberOrdered),
        numberOrderedEstimate: deal.numberOrderedEstimate,
        numberDelivered: int(deal.numberDelivered),
        numberDeliveredEstimate: deal.numberDeliveredEstimate,
        // Lists in Neo4j hold no nulls: a list is there whole or not at all.
        deliveryYears: years.length ? years.map((y) => int(y)) : null,
        deliveryNumbers: years.length ? numbers : null,
        deliveryTivs: years.length ? tivs : null,
        deliveryEstimates: years.length ? deal.deliveries.map((d) => d.estimate) : null,
        deliveriesSpread: deal.deliveriesSpread,
        secondHand: deal.secondHand,
        localProduction: deal.localProduction,
        tivPerUnit: deal.tivPerUnit,
        tivTotalOrder: deal.tivTotalOrder,
        tivDelivered: deal.tivDelivered,
        comments: deal.comments,
        armamentCategory: deal.armamentCategory,
        periodStart: start === null ? null : String(start),
        periodEnd: end === null ? null : String(end),
      },
      fill: {
        name: `${deal.designation} from ${nameOf(supplier, 'an unknown supplier')} to ${nameOf(recipient, 'an unknown recipient')}`,
        status: 'REPORTED',
        quantity: quantity(deal),
        period: period(deal),
      },
      aliases: [],
    },
    {
      key: weapon,
      type: 'WeaponSystem',
      props: {},
      // Both layouts name one weapon system and only the newer export gives its category: a missing one clears nothing.
      fill: {
        name: deal.designation,
        designation: deal.designation,
        category: deal.description,
        description: deal.description,
        armamentCategory: deal.armamentCategory,
      },
      aliases: [],
    },
  ];
  const links: LinkRow[] = [{ type: 'OF_WEAPON', from: key, to: weapon, props: {}, fill: {} }];
  if (supplier.kind === 'party') {
    nodes.push(...supplier.nodes);
    links.push(...supplier.links, { type: 'SUPPLIED_BY', from: key, to: supplier.key, props: {}, fill: {} });
  }
  if (recipient.kind === 'party') {
    nodes.push(...recipient.nodes);
    links.push(...recipient.links, { type: 'RECEIVED_BY', from: key, to: recipient.key, props: {}, fill: {} });
  }
  return {
    record: deal.id,
    line: deal.line,
    period: { start: start === null ? null : String(start), end: end === null ? null : String(end) },
    nodes,
    links,
  };
}

// ---------------------------------------------------------------------------

function mapper(layout: Layout, context: MapContext, known: KnownNames): Mapper {
  const emit = (deal: Deal, out: Output) => {
    const record = dealRecord(deal, context, known, out);
    if (record) out.record(record);
  };
  const guarded = (row: Row, out: Output, work: () => void) => {
    if (!hasWidth(row, layout.width, out)) return;
    try {
      work();
    } catch (err) {
      if (!(err instanceof BadValue)) throw err;
      out.skip(row.line, err.reason, err.detail);
    }
  };

  if (layout.kind === 'register') {
    const ids = new RegisterIds();
    return {
      row(row, out) {
        guarded(row, out, () => {
          const deal = registerDeal(row, layout, ids);
          if (typeof deal === 'string') return out.skip(row.line, deal);
          emit(deal, out);
        });
      },
      end() {},
    };
  }

  // The export's rows of one deal come together: a deal is complete when the next one starts.
  let current: Deal | null = null;
  let bad = false;
  const closed = new Set<string>();
  return {
    row(row, out) {
      guarded(row, out, () => {
        const parsed = exportRow(row, layout);
        if (typeof parsed === 'string') return out.skip(row.line, parsed);
        const { deal, delivery } = parsed;
        if (current?.id !== deal.id) {
          if (current && !bad) emit(closeExportDeal(current), out);
          if (current) closed.add(current.id);
          if (closed.has(deal.id)) {
            current = null;
            return out.skip(row.line, "deal's rows apart", `deal ${deal.id} appears again after other deals`);
          }
          current = deal;
          bad = false;
        } else if (
          current.supplier !== deal.supplier ||
          current.recipient !== deal.recipient ||
          current.designation !== deal.designation
        ) {
          bad = true;
          return out.skip(
            row.line,
            "deal's rows disagree",
            `deal ${deal.id}: supplier, recipient or designation differ from its first row; the deal is left out`,
          );
        }
        if (delivery) addDelivery(current, delivery);
      });
    },
    end(out) {
      if (current && !bad) emit(closeExportDeal(current), out);
      current = null;
    },
  };
}

export function sipri(): ImportSource<Layout> {
  const known = new KnownNames();
  return {
    name: 'sipri',
    title: 'a SIPRI Arms Transfers Database export (trade register or deal export)',
    dataset: {
      name: 'SIPRI Arms Transfers Database',
      publisher: 'Stockholm International Peace Research Institute (SIPRI)',
      url: 'https://www.sipri.org/databases/armstransfers',
    },
    expected:
      'Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons (or SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,...)',
    recognise,
    asOf,
    async prepare(graph: Graph) {
      await known.load(graph);
    },
    mapper: (layout, context) => mapper(layout, context, known),
    finish: ['import/corroborate'],
  };
}
