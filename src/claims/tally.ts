import type { GraphTransaction } from '../neo4j/graph.js';

/**
 * The claim tallies (cypher/schema/009_claim_tallies.cypher): claims
 * counted by target, kind, origin and month, kept true by every write in
 * its own transaction, so that a target's totals and its claims by month
 * are a sum of a few tallies rather than a read of every claim against it.
 *
 * A write hands over what it changed as claims before and after (the
 * change log does so for every write it records, src/history/change-log.ts;
 * the importer for the claims it creates in bulk); each contributes one to
 * the tally of each of its targets, and the difference is applied.
 */

/** What the tallies count of one claim. */
export interface TalliedClaim {
  kind: string;
  origin: string;
  madeOn?: string | null;
  targets: readonly string[];
}

/** One tally's change; id is target|kind|origin|month, the tally's unique key. */
export interface TallyGroup {
  id: string;
  target: string;
  kind: string;
  origin: string;
  month: string;
  by: number;
}

/**
 * The tally a date falls in: its month ("2024-06"), or its year when it
 * is known only to the year ("2024"), or "" when the claim has no date
 * (cypher/schema/009_claim_tallies.cypher takes `left(madeOn, 7)` alike).
 */
export function tallyMonth(madeOn: string | null | undefined): string {
  return madeOn == null ? '' : madeOn.slice(0, 7);
}

/** A claim the tallies cannot count (no kind or origin) counts nowhere, as in the migration. */
const counted = (c: TalliedClaim | null): c is TalliedClaim => c != null && c.kind != null && c.origin != null;

/** A tally's id, its unique key: target|kind|origin|month. */
export function tallyId(target: string, kind: string, origin: string, month: string): string {
  return `${target}|${kind}|${origin}|${month}`;
}

/**
 * The starts of the ids of a target's tallies of the given kinds and
 * origins, one per kind and origin: a read seeks each in the ids' unique
 * index, past the target's tallies of other kinds and origins. (The undated
 * tally's id is its own prefix: its month is "".) None without a target.
 */
export function tallyPrefixes(target: string | null, kinds: readonly string[], origins: readonly string[]): string[] {
  if (target == null) return [];
  return kinds.flatMap((kind) => origins.map((origin) => tallyId(target, kind, origin, '')));
}

/** The changes to the tallies that turn `before` into `after` (null where a claim did not or does not exist). */
export function tallyChanges(changes: Iterable<{ before: TalliedClaim | null; after: TalliedClaim | null }>) {
  const groups = new Map<string, TallyGroup>();
  const add = (claim: TalliedClaim | null, by: number) => {
    if (!counted(claim)) return;
    const month = tallyMonth(claim.madeOn);
    for (const target of claim.targets) {
      const id = tallyId(target, claim.kind, claim.origin, month);
      const group = groups.get(id) ?? { id, target, kind: claim.kind, origin: claim.origin, month, by: 0 };
      group.by += by;
      groups.set(id, group);
    }
  };
  for (const { before, after } of changes) {
    add(before, -1);
    add(after, 1);
  }
  // Sorted by id, so that writers lock the tallies they share in one order.
  return [...groups.values()].filter((g) => g.by !== 0).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Applies the changes in the writing transaction (nothing to run when there are none). */
export async function adjustTallies(tx: GraphTransaction, groups: TallyGroup[]): Promise<void> {
  if (groups.length) await tx.run('tally/adjust', { batch: { groups } });
}

/** The claims as the transaction sees them now, by key: what tally/claims reads. */
export async function claimsNow(tx: GraphTransaction, keys: string[]): Promise<Map<string, TalliedClaim>> {
  if (!keys.length) return new Map();
  const rows = await tx.run<TalliedClaim & { key: string }>('tally/claims', { keys });
  return new Map(rows.map((r) => [r.key, r]));
}

/** Tallies claims created in bulk (an import's new coded claims, each with one target): one statement for the batch. */
export async function tallyCreatedClaims(
  tx: GraphTransaction,
  claims: readonly { props: { kind: string; origin: string; madeOn?: string | null }; target: string }[],
): Promise<void> {
  const created = claims.map(({ props, target }) => ({
    before: null,
    after: { kind: props.kind, origin: props.origin, madeOn: props.madeOn, targets: [target] },
  }));
  await adjustTallies(tx, tallyChanges(created));
}
