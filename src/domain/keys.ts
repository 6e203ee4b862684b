import { ENTITY_KINDS, type EntityType } from './entities.js';

/**
 * Keys are the graph's stable, readable ids: `prefix:slug`. Each entity type
 * has its prefix (entities.ts); claims and articles have theirs.
 */
export const KEY_PREFIX = Object.fromEntries(
  Object.entries(ENTITY_KINDS).map(([type, { prefix }]) => [type, prefix]),
) as {
  [T in EntityType]: (typeof ENTITY_KINDS)[T]['prefix'];
};

export const CLAIM_KEY_PREFIX = 'claim';
export const ARTICLE_KEY_PREFIX = 'article';
/** A Dataset node, one per imported file (`dataset:sipri-trade-register-csv`); not an entity, and no GraphQL id. */
export const DATASET_KEY_PREFIX = 'dataset';

/** The Security Council: the body resolutions and drafts are considered by, and the forum its meetings' speakers address. */
export const SECURITY_COUNCIL_KEY = 'org:un-security-council';

/** The node type each key prefix names; a claim's GraphQL type depends on its kind, so claims are not here. */
export const TYPE_OF_PREFIX: Readonly<Record<string, EntityType | 'Article'>> = {
  ...Object.fromEntries(Object.entries(KEY_PREFIX).map(([type, prefix]) => [prefix, type as EntityType])),
  [ARTICLE_KEY_PREFIX]: 'Article',
};

const PREFIXES = [...Object.values(KEY_PREFIX), CLAIM_KEY_PREFIX, ARTICLE_KEY_PREFIX];

/** A well-formed key of any node: a known prefix, a colon, and a slug of up to 200 URL-safe characters. */
export const KEY_PATTERN = new RegExp(`^(?:${PREFIXES.join('|')}):[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$`);

/** The prefix of a key (`state` for `state:RUS`). */
export function prefixOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** The node label a key stands for: its entity type, `Claim` or `Article` (or `Unknown`). */
export function labelOfKey(key: string): EntityType | 'Claim' | 'Article' | 'Dataset' | 'Unknown' {
  const prefix = prefixOf(key);
  if (prefix === CLAIM_KEY_PREFIX) return 'Claim';
  if (prefix === DATASET_KEY_PREFIX) return 'Dataset';
  return TYPE_OF_PREFIX[prefix] ?? 'Unknown';
}
