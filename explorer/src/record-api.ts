import type { Ref } from './operations.js';
import type { TransferFacts } from './transfer-record.js';

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
const todo = (): never => {
  throw new Error('not yet');
};
export async function flowRows(_f: FlowFilter): Promise<FlowRow[]> {
  return todo();
}
export async function flowCategories(): Promise<string[]> {
  return todo();
}
export async function flowDeals(
  _f: FlowFilter & { supplier: string | null; recipient: string | null },
): Promise<TransferFacts[]> {
  return todo();
}
export async function vetoList(_f: { by?: string; from?: string | null; to?: string | null }): Promise<VetoRow[]> {
  return todo();
}
export async function agreementMatrix(
  _ids: string[],
  _r: { from: string | null; to: string | null },
): Promise<AgreementCell[]> {
  return todo();
}
export async function stateTransfersByYear(_id: string): Promise<{ supplied: YearFigures[]; received: YearFigures[] }> {
  return todo();
}
export async function stateVotingRecord(_id: string): Promise<VotingYear[]> {
  return todo();
}
