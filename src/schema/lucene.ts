/**
 * Search over names and aliases through the full-text index. The user's
 * text is split into words (letters and digits only, so nothing reaches
 * Lucene's query syntax unescaped); each word matches whole or as a prefix,
 * and all must match.
 */
export const MAX_SEARCH = 50;

/** How many of Lucene's best hits are ranked again (exact names first). */
export const SEARCH_CANDIDATES = 200;

export function luceneQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((w) => `(${w} OR ${w}*)`)
    .join(' AND ');
}
