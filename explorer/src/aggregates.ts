import type { LinkGroup, SubgraphNode } from './operations.js';
import { pluralOf } from './types-style.js';

/**
 * A hub's links that are too many to draw one by one, as one node each: a
 * part of a group ("≈30,000 accusations targeting Ukraine"), or a whole
 * group when its parts do not cover it. It expands into its members a page
 * at a time (the GroupMembers operation).
 */
export interface Aggregate {
  /** The node's id in the picture. */
  nodeId: string;
  /** The id of the group or part, for neighborhoodGroup(group:). */
  group: string;
  centreId: string;
  relationship: string;
  direction: 'OUTGOING' | 'INCOMING';
  /** The API's label: "MADE → Accusation ×≈30,000 targeting Ukraine". */
  label: string;
  /** Short text for the canvas: "≈30,000 accusations". */
  display: string;
  nodeType: string | null;
  count: number;
  estimated: boolean;
  counterpart: SubgraphNode | null;
  /** The word on the edge to the counterpart: targeting, by, to, from. */
  phrase: string | null;
  /** Members on show so far, where the next page starts, and whether one follows. */
  shown: number;
  cursor: string | null;
  done: boolean;
}

/** A group of at most this many links is drawn member by member. */
export const WHOLE_GROUP = 12;

const PHRASE: Record<string, string> = { TARGET: 'targeting', SPEAKER: 'by', RECIPIENT: 'to', SUPPLIER: 'from' };

const figure = (n: number, estimated: boolean) => `${estimated ? '≈' : ''}${n.toLocaleString('en')}`;

/** The aggregates a centre's large groups are drawn as: each part, and the whole group where parts leave some out. */
export function aggregatesOf(centreId: string, groups: readonly LinkGroup[]): Aggregate[] {
  const out: Aggregate[] = [];
  for (const g of groups) {
    if (g.count <= WHOLE_GROUP) continue;
    const base = {
      centreId,
      relationship: g.relationship,
      direction: g.direction,
      shown: 0,
      cursor: null,
      done: false,
    };
    for (const p of g.parts) {
      out.push({
        ...base,
        nodeId: `aggregate:${p.id}`,
        group: p.id,
        label: p.label,
        display: `${figure(p.count, p.estimated)} ${pluralOf(p.nodeType)}${p.vote ? ` (${p.vote.toLowerCase()})` : ''}`,
        nodeType: p.nodeType,
        count: p.count,
        estimated: p.estimated,
        counterpart: p.counterpart ?? null,
        phrase: p.counterpartRole ? (PHRASE[p.counterpartRole] ?? null) : null,
      });
    }
    if (g.otherCount > 0 || g.parts.length === 0) {
      out.push({
        ...base,
        nodeId: `aggregate:${g.id}`,
        group: g.id,
        label: `${g.label}: all of them`,
        display: `all ${figure(g.count, false)} ${g.relationship.toLowerCase().replaceAll('_', ' ')}`,
        nodeType: null,
        count: g.count,
        estimated: false,
        counterpart: null,
        phrase: null,
      });
    }
  }
  return out;
}

/** How far an aggregate has been opened, in words: "20 of ≈30,000 shown". */
export function progressOf(a: Aggregate): string {
  if (a.shown === 0) return 'none shown yet';
  if (a.done) return `all ${a.shown.toLocaleString('en')} shown`;
  return `${a.shown.toLocaleString('en')} of ${figure(a.count, a.estimated)} shown`;
}
