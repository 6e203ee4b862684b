import { z } from 'zod';
import { dataTable } from './tables.js';
import { alternation, escapeRegExp } from './text.js';

/**
 * Bodies named by a post or a common noun rather than a name of their own (posts.json): a post of the United
 * Nations named with no holder ("the United Nations Special Rapporteur says ...", "no reference to the High
 * Representative"), which stands for the office; a body set up to inquire, in lower case ("a panel of experts told
 * the Council", "an independent commission of inquiry"); groups named by what they campaign for ("Environmental
 * groups"). What is found here is only where each is named and by which words; the caller records them.
 */

const TABLE = z
  .object({
    note: z.string(),
    posts: z.array(z.string()).min(1),
    postsBefore: z.array(z.string()).min(1),
    notAfter: z.array(z.string()).min(1),
    inquiries: z.array(z.string()).min(1),
    inquiriesBefore: z.array(z.string()).min(1),
    groups: z.array(z.string()).min(1),
    voicesNote: z.string(),
    voicesCounted: z.array(z.string()).min(1),
    voices: z.array(z.string()).min(1),
    fleets: z.array(z.string()).min(1),
    regionsNote: z.string(),
    regions: z.array(z.string()).min(1),
  })
  .parse(dataTable('posts.json'));

export interface FoundPost {
  start: number;
  end: number;
  /** The words naming it, without an article: "United Nations Special Rapporteur", "High Representative". */
  words: string;
  /** The post's own words: "Special Rapporteur". */
  post: string;
}

const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}-])';
const words = (list: string[]) => alternation(list.map(escapeRegExp));
/** A capitalised word of a name or a field: "Yemen", "Bosnia", "Disarmament". */
const CAPITAL = "\\p{Lu}[\\p{L}’'-]+";

const POST = new RegExp(
  `${B}(?:(?<lead>${words(TABLE.postsBefore)}) )?(?<post>${words(TABLE.posts)})` +
    // "Special Envoy of the Secretary-General for Yemen", "High Representative for Bosnia and Herzegovina".
    `(?: of the (?:United Nations )?Secretary-General)?(?: (?:for|on|to|in) (?:the )?${CAPITAL}(?: (?:(?:and|of|the) )*${CAPITAL}){0,4})?${E}`,
  'gu',
);
/** Words before a post that make it another post or the office's own name: "Deputy Special Envoy", "Office of the ...". */
const NOT_AFTER = new RegExp(`(?:^|\\s)(?:${words(TABLE.notAfter)}) $`);
/** A holder's name after the post: "Special Envoy Julie Bishop", "the High Representative, Markus Weiler,". */
const HOLDER_AFTER = new RegExp(
  `^,? (?:(?:Mr|Ms|Mrs|Dr)\\.? )?${CAPITAL} (?:(?:al|bin|de|da|van|von|el)[ -])?\\p{Lu}`,
  'u',
);
/** A holder's name in apposition before the post: "Aminata Diallo-Berg, Special Representative of ...". */
const HOLDER_BEFORE = new RegExp(`${CAPITAL} ${CAPITAL}, (?:the |a )?$`, 'u');
/**
 * Another's possessive or a capitalised word inside the sentence right before the post, which make it that body's
 * or part of a longer name: "the European Union's High Representative", "the EU Special Representative".
 */
function othersBefore(before: string): boolean {
  const word = /(?:^|\s)(\S+) $/u.exec(before);
  if (!word) return false;
  if (/[’']s$/u.test(word[1]!)) return true;
  const opening = /(?:^|[.:!?]\s+|\n)$/u.test(before.slice(0, before.length - word[1]!.length - 1));
  return /^\p{Lu}[\p{L}.-]*$/u.test(word[1]!) && word[1] !== 'The' && !opening;
}

/** Every post named with no holder beside it. */
export function unheldPostsIn(text: string): FoundPost[] {
  const found: FoundPost[] = [];
  for (const m of text.matchAll(POST)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 60);
    if (NOT_AFTER.test(before) || HOLDER_AFTER.test(after) || HOLDER_BEFORE.test(before)) continue;
    // "Secretary-General's Special Envoy" is read with its lead; "the European Union's High Representative" is the Union's.
    if (!m.groups!.lead && othersBefore(before)) continue;
    found.push({ start, end, words: m[0], post: m.groups!.post! });
  }
  return found;
}

const INQUIRY = new RegExp(`${B}(?:(?:${words(TABLE.inquiriesBefore)}) ){0,2}(?:${words(TABLE.inquiries)})${E}`, 'gu');

/** Every body set up to inquire or watch named in lower case, by its words: "independent commission of inquiry". */
export function inquiriesIn(text: string): { start: number; end: number; words: string }[] {
  return [...text.matchAll(INQUIRY)].map((m) => ({ start: m.index, end: m.index + m[0].length, words: m[0] }));
}

/** Groups named by what they campaign for: "Environmental groups", "civil society groups". */
export const CAMPAIGN_GROUPS = new RegExp(`${B}(?:${words(TABLE.groups)})${E}`, 'gu');

/** People who take sides counted as a group by an indefinite word: "Some politicians", "Many activists" (posts.json, "voices"). */
export const INDEFINITE_VOICES = new RegExp(
  `${B}(?:${words(TABLE.voicesCounted)}) (?:${words(TABLE.voices)})${E}`,
  'gu',
);

/** A region's governments named together: "Western governments", "several Pacific governments" (posts.json, "regions"). */
export const REGION_GOVERNMENTS = new RegExp(
  `\\b(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther) )?(?:${words(TABLE.regions)}) governments(?![\\p{L}])`,
  'gu',
);

/** The kinds of a state's fleet of merchant or fishing vessels, as an alternation: "distant-water fleet", "shadow fleet". */
export const FLEETS = words(TABLE.fleets);
