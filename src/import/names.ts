/**
 * Names as the datasets write them, folded so that spellings of one name
 * meet: case, accents, punctuation and "the" do not matter ("Korea, South",
 * "KOREA SOUTH"; "Côte d'Ivoire", "Cote d'Ivoire"), and slugs for keys.
 */

/** A name folded for look-up: lower case, no accents, punctuation as spaces, no leading "the". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The slug of a key: lower-case letters, digits, dots and single dashes ("S/RES/2397 (2017)" → "s-res-2397-2017"). */
export function slugOf(text: string, maxLength = 120): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength)
    .replace(/[-.]+$/, '');
}

/** A cell with its white space tidied; empty cells are null. */
export function cleanCell(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
