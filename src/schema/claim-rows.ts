/**
 * read/claims sends a related entity of which a query asks no more than
 * key and name as a list, [key, name, labels], and a claim's source as
 * [key, title, publisher, publishedOn, url, category]: a page of claims
 * carries a hundred of them, and as maps their field names were most of
 * what Neo4j sent and the driver decoded. They are made maps again here,
 * the shape every other statement sends.
 */
type Row = Record<string, unknown>;

function entityOf(part: unknown): unknown {
  if (!Array.isArray(part)) return part;
  const [key, name, labels] = part as [string, string | null, string[]];
  return { key, name, labels };
}

function sourceOf(part: unknown): unknown {
  if (!Array.isArray(part)) return part;
  const [key, title, publisher, publishedOn, url, category] = part as (string | null)[];
  return { key, title, publisher, publishedOn, url, category, labels: ['Article'] };
}

/** A claim of read/claims, its parts (and its answers' parts) as maps. */
export function claimRow<T extends object>(item: T): T {
  const parts = (item as Row)._parts as Row | undefined;
  if (!parts) return item;
  parts.speaker = entityOf(parts.speaker);
  parts.onBehalfOf = entityOf(parts.onBehalfOf);
  parts.target = entityOf(parts.target);
  if (Array.isArray(parts.about)) parts.about = parts.about.map(entityOf);
  parts.source = sourceOf(parts.source);
  if (Array.isArray(parts.answers)) parts.answers = (parts.answers as object[]).map(claimRow);
  return item;
}
