import { gql } from './api.js';
import type { VetoedDraftFragment } from './generated/graphql.js';
import { operations, type Ref } from './operations.js';
import type { TransferFacts } from './transfer-record.js';

/**
 * The reads of the record views, shaped for them: arms flows and the deals
 * behind a flow, the Council's vetoes and voting agreement, and a state's
 * record. Each is one request (see explorer/src/operations/).
 */

export interface FlowFilter {
  from: string | null;
  to: string | null;
  category: string | null;
}
export interface FlowRow {
  supplier: Ref | null;
  recipient: Ref | null;
  deals: number;
  units: number;
  tiv: number;
  /** Some delivery counted is SIPRI's estimate (or an even spread of totals). */
  estimate: boolean;
}
export interface YearFigures {
  year: number;
  deals: number;
  units: number;
  tiv: number;
}
export interface VetoRow {
  draft: Ref;
  date: string | null;
  agenda: string | null;
  by: Ref[];
}
export interface AgreementCell {
  a: Ref;
  b: Ref;
  share: number | null;
  same: number;
  both: number;
}
export interface VotingYear {
  year: number;
  for: number;
  against: number;
  abstain: number;
  nonVoting: number;
}

const year = (y: string | null) => (y ? Number(y) : null);

export async function flowRows(filter: FlowFilter): Promise<{ rows: FlowRow[]; total: number; categories: string[] }> {
  const data = await gql(operations.flows, {
    from: year(filter.from),
    to: year(filter.to),
    armamentCategory: filter.category,
    first: 100,
  });
  return {
    rows: data.flows.edges.map(({ node }) => ({ ...node })),
    total: data.flows.totalCount,
    categories: data.categories.edges
      .map((e) => e.node.armamentCategory)
      .filter((c): c is string => Boolean(c))
      .sort((a, b) => a.localeCompare(b)),
  };
}

/** The deals behind a flow; an unknown party (null) is the deals that name none. */
export async function flowDeals(
  filter: FlowFilter & { supplier: Ref | null; recipient: Ref | null },
): Promise<{ deals: TransferFacts[]; total: number }> {
  const data = await gql(operations.flowDeals, {
    supplier: filter.supplier?.id ?? null,
    recipient: filter.recipient?.id ?? null,
    from: year(filter.from),
    to: year(filter.to),
    armamentCategory: filter.category,
    first: 50,
  });
  const deals = data.weaponsTransfers.edges
    .map((e) => e.node)
    .filter(
      (d) =>
        (filter.supplier || !(d.supplier ?? d.supplierOrganization)) &&
        (filter.recipient || !(d.recipient ?? d.recipientOrganization)),
    );
  return { deals, total: data.weaponsTransfers.totalCount };
}

const vetoRow = (d: VetoedDraftFragment): VetoRow => ({
  draft: { id: d.id, __typename: d.__typename, name: d.symbol ?? d.name },
  date: d.date,
  agenda: d.agenda,
  by: d.vetoedBy,
});

export interface VetoCountRow {
  year: number;
  member: Ref;
  count: number;
}

export async function councilVetoes(range: {
  from: string | null;
  to: string | null;
}): Promise<{ counts: VetoCountRow[]; vetoes: VetoRow[]; total: number }> {
  const data = await gql(operations.councilVetoes, { ...range, first: 100 });
  return {
    counts: data.vetoCounts.edges.flatMap(({ node }) =>
      node.member && node.year !== null ? [{ year: node.year, member: node.member, count: node.count }] : [],
    ),
    vetoes: data.vetoes.edges.map((e) => vetoRow(e.node)),
    total: data.vetoes.totalCount,
  };
}

export async function agreementMatrix(
  states: string[],
  range: { from: string | null; to: string | null },
): Promise<AgreementCell[]> {
  const data = await gql(operations.votingAgreement, { states, ...range });
  // The answer names each state by its global id, in the order asked; the cells keep the ids asked for, which the view compares.
  const asked = new Map(data.votingAgreementMatrix.states.map((s, i) => [s.id, states[i] ?? s.id]));
  const as = (ref: Ref): Ref => ({ ...ref, id: asked.get(ref.id) ?? ref.id });
  return data.votingAgreementMatrix.cells.map((c) => ({
    a: as(c.state),
    b: as(c.with),
    share: c.share,
    same: c.same,
    both: c.bothVoted,
  }));
}

/** TIV a state received from one supplier (null: unknown) in one delivery year. */
export interface SupplierYear {
  supplier: Ref | null;
  year: number;
  tiv: number;
}

export interface StateRecordData {
  supplied: YearFigures[];
  received: YearFigures[];
  receivedFrom: SupplierYear[];
  /** How many supplier-and-year rows there are; more than receivedFrom holds when the page is full. */
  receivedFromTotal: number;
  votes: VotingYear[];
  vetoes: VetoRow[];
  vetoTotal: number;
  /** Its vetoes counted by agenda item, most first (agenda null: the record names none). */
  vetoesByAgenda: { agenda: string | null; count: number }[];
}

export async function stateRecordData(id: string): Promise<StateRecordData> {
  const data = await gql(operations.stateRecord, { id, first: 100 });
  const years = (rows: { node: { year: number | null; deals: number; units: number; tiv: number } }[]) =>
    rows.flatMap(({ node }) => (node.year === null ? [] : [{ ...node, year: node.year }]));
  const state = data.node && 'votingRecord' in data.node ? data.node : null;
  return {
    supplied: years(data.supplied.edges),
    received: years(data.received.edges),
    receivedFrom: data.receivedFrom.edges.flatMap(({ node }) =>
      node.year === null ? [] : [{ supplier: node.supplier, year: node.year, tiv: node.tiv }],
    ),
    receivedFromTotal: data.receivedFrom.totalCount,
    votes: state?.votingRecord.edges.map((e) => e.node) ?? [],
    vetoes: data.vetoes.edges.map((e) => vetoRow(e.node)),
    vetoTotal: data.vetoes.totalCount,
    vetoesByAgenda: data.vetoesByAgenda.edges.map(({ node }) => ({ ...node })),
  };
}
