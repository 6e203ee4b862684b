import { CLAIM_ORIGIN, CLAIM_ORIGINS, enumValuesOf, type ClaimOrigin } from '../domain/index.js';
import { builder } from './builder.js';
import { pageResolver } from './entity.js';
import type { PageArgs } from './pagination.js';
import type { ClaimNode } from './shapes.js';

/**
 * Where a claim comes from: an article's words (REPORTED) or a dataset's
 * coding (CODED). Every read that lists or counts claims takes an `origin`
 * argument; left out, it reads both.
 */

export const ClaimOriginEnum = builder.enumType('ClaimOrigin', {
  description: 'Where a claim comes from: reported in an article’s words, or coded by a dataset of events.',
  values: enumValuesOf(CLAIM_ORIGIN),
});

/** The `origin` argument, to spread into a field's `args`. */
export const originArgs = builder.args((t) => ({
  origin: t.field({
    type: ClaimOriginEnum,
    required: false,
    description: 'Only claims of this origin: REPORTED (from articles) or CODED (from datasets). Default: both.',
  }),
}));

/**
 * The origins a read keeps, as the `$origins` list its Cypher filters on
 * (`c.origin IN $origins`, which the (origin, kind) index answers): the one
 * asked for, or both.
 */
export function originsOf(origin: unknown): ClaimOrigin[] {
  return origin == null ? [...CLAIM_ORIGINS] : [origin as ClaimOrigin];
}

/** A parent's page of claims (read/pages/claims-*), limited to the origin asked for. */
export function claimPageResolver(statement: string) {
  return pageResolver<ClaimNode, PageArgs & { origin?: ClaimOrigin | null }>(statement, undefined, (args) => ({
    origins: originsOf(args.origin),
  }));
}
