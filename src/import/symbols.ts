import { KEY_PREFIX } from '../domain/index.js';
import { slugOf } from './names.js';

/**
 * UN document symbols as the Library and the veto list write them:
 * `S/RES/2397(2017)` and `S/RES/2397 (2017)` are one symbol, written the
 * UN's way with a space before the year, and one key, the graph's
 * existing scheme (`resolution:s-res-2397-2017`; a draft's
 * `resolution:s-2024-255`).
 */

const RESOLUTION = /^S\s*\/\s*RES\s*\/\s*(\d+)\s*\(\s*(\d{4})\s*\)$/i;
/** A Council document: S/ then parts such as 2024/255, 1763/Rev.1, 25247. */
const DOCUMENT = /^S\s*\/\s*[A-Za-z0-9.]+(?:\s*\/\s*[A-Za-z0-9.]+)*$/;

/** `S/RES/2397 (2017)`, or null when the text is no Security Council resolution symbol. */
export function resolutionSymbol(text: string | null): string | null {
  const m = text ? RESOLUTION.exec(text.trim()) : null;
  return m ? `S/RES/${m[1]} (${m[2]})` : null;
}

/** A draft or other Council document symbol with its spaces tidied (`S/2024/255`), or null. */
export function documentSymbol(text: string | null): string | null {
  const value = text?.trim() ?? '';
  if (!DOCUMENT.test(value)) return null;
  return value.replace(/\s*\/\s*/g, '/').replace(/^s\//, 'S/');
}

/** The number and year of a resolution symbol, for its name ("Security Council resolution 2397 (2017)"). */
export function resolutionName(symbol: string): string {
  const m = RESOLUTION.exec(symbol);
  return m ? `Security Council resolution ${m[1]} (${m[2]})` : symbol;
}

/** The key of a resolution's or draft's node, from its symbol. */
export function resolutionKey(symbol: string): string {
  return `${KEY_PREFIX.Resolution}:${slugOf(symbol)}`;
}
