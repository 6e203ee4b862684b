/**
 * The news outlets a press briefing's questions are labelled with:
 * "QUESTION (Kyodo News):", "Question (Meera, WION):", "Reporter (Le Temps):", and "Bloomberg: ...?"
 * (a label, not a person's, on a paragraph that asks). They are bodies the
 * transcript names; what they ask is no one's claim (transcript.ts).
 */

const IN_BRACKETS =
  /^(?:QUESTION|Question|Q|REPORTER|Reporter|JOURNALIST|Journalist|CORRESPONDENT|Correspondent)\s*\((?:[^,()\n]{1,40},\s*)?(?<outlet>[A-Z][\p{L}&.’' -]{1,40}?)\):/gmu;
const ASKING = /^(?<outlet>[A-Z][\p{L}&.’'-]*(?: [A-Z][\p{L}&.’'-]*){0,3}):\s[^\n]*\?\s*$/gmu;
/** Labels that are no outlet's: questioners unnamed, speakers with a courtesy title. */
const NOT_OUTLET = /^(?:q|question|questions|journalist|reporter|correspondent|audience|moderator|mr|ms|mrs|dr)\b/i;

export interface Outlet {
  name: string;
  start: number;
}

export function questionOutlets(text: string): Outlet[] {
  const out: Outlet[] = [];
  for (const re of [IN_BRACKETS, ASKING])
    for (const m of text.matchAll(re)) {
      const name = m.groups!.outlet!.trim();
      if (NOT_OUTLET.test(name)) continue;
      out.push({ name, start: m.index! + m[0].indexOf(name) });
    }
  return out;
}
