import { valuesOf, type Vocabulary } from './vocabulary.js';

/**
 * What a claim does, after GDELT's CAMEO event codes, each with the GraphQL
 * type its claims have (an ACCUSE claim is an `Accusation`).
 */
export const CLAIM_KIND = {
  ACCUSE: { typename: 'Accusation', description: 'Accuses the target of wrongdoing (CAMEO 112).' },
  DENY: { typename: 'Denial', description: 'Denies an accusation (CAMEO 016).' },
  CRITICIZE: { typename: 'Criticism', description: 'Criticises or condemns the target (CAMEO 111).' },
  DEMAND: { typename: 'Demand', description: 'Demands something of the target (CAMEO 10x).' },
  STATE: { typename: 'Statement', description: 'States a position or fact.' },
  REPORT: { typename: 'Report', description: 'Reports findings (investigators, monitors, prosecutors).' },
  WARN: { typename: 'Warning', description: 'Warns the target (CAMEO 13x, threaten).' },
  CALL_FOR: { typename: 'Appeal', description: 'Appeals for an action.' },
} as const satisfies Record<string, { typename: string; description: string }>;

export type ClaimKind = keyof typeof CLAIM_KIND;
export const CLAIM_KINDS = Object.keys(CLAIM_KIND) as [ClaimKind, ...ClaimKind[]];
export type ClaimTypename = (typeof CLAIM_KIND)[ClaimKind]['typename'];

/** The GraphQL type of a claim of this kind (a Statement when the kind is unknown). */
export function claimTypename(kind: string): ClaimTypename {
  return (CLAIM_KIND as Record<string, { typename: ClaimTypename }>)[kind]?.typename ?? 'Statement';
}

/**
 * Where a claim comes from. The two stay apart and every read of claims can
 * be limited to one: an article's words, or a dataset's machine coding.
 */
export const CLAIM_ORIGIN = {
  REPORTED: 'Reported in an article, in its words (with the verbatim quote where there is one).',
  CODED: 'Coded by a dataset of events (GDELT) from the news it monitors, with the URL it coded.',
} as const satisfies Vocabulary;
export type ClaimOrigin = keyof typeof CLAIM_ORIGIN;
export const CLAIM_ORIGINS = valuesOf<ClaimOrigin>(CLAIM_ORIGIN);

/**
 * The claims a path may cross (the `path` read's `origin`): reported ones
 * unless coded ones are asked for. Once a dataset of coded events is in
 * the graph, nearly every two states are a coded claim apart, and those
 * paths would bury the ones articles and records make.
 */
export function pathOrigins(origin: ClaimOrigin | null = null): ClaimOrigin[] {
  return origin === 'CODED' ? [...CLAIM_ORIGINS] : ['REPORTED'];
}
