import type { Entities } from '../entities.js';
import { MADE_BY, OPENS_ON_TEXT } from './referents.js';
import type { ClaimDraft } from './types.js';

/** Where the clause that opens on the text ends: a second reason or a clause of its own is judged apart. */
const CLAUSE_END = /;|,? (?:and|but|while) (?:because|since|that)\b|, (?:while|but)\b/;

/**
 * "the text was one-sided and ignored attacks by ⟨Ukrainian⟩ drones", "sanctions had failed to stop ⟨B⟩": a criticism
 * of the text voted on or of its measures is not aimed at a party its first clause names as what the text does or
 * leaves out (referents.json judgedText); one aimed at a party the words do not name (its penholder, the Council) or
 * name as its maker ("the ⟨Russian⟩ text", "the measures taken by ⟨B⟩") is.
 */
export function notAtPartiesOfText(claims: ClaimDraft[], entities: Entities, text: string): void {
  for (const c of claims) {
    if (c.kind !== 'CRITICIZE' || !c.target || !OPENS_ON_TEXT.test(c.allegation)) continue;
    const start = text.indexOf(c.allegation, c.sentence.start);
    if (start < 0) continue;
    const end = start + (CLAUSE_END.exec(c.allegation)?.index ?? c.allegation.length);
    // "the ⟨Russian⟩ text", "the measures taken by ⟨B⟩": whose the text is, the party it is aimed at.
    const subjectEnd = start + OPENS_ON_TEXT.exec(c.allegation)![0].length;
    const mentions = entities.get(c.target)?.mentions.filter((m) => m.start >= start && m.end <= end) ?? [];
    const makers = makersIn(entities, text, start, end);
    const maker = mentions.some((m) => m.end <= subjectEnd || makers.has(m.start));
    if (mentions.length && !maker) c.target = null;
  }
}

/** Between two makers listed together: "imposed by ⟨A⟩ and ⟨B⟩", "by ⟨A⟩, ⟨B⟩ and ⟨C⟩". */
const LISTED = /^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/i;

/** Where the parties named as makers of the text or measures begin: after "imposed by", or listed with one who is. */
function makersIn(entities: Entities, text: string, start: number, end: number): Set<number> {
  const mentions = [...entities.byKey.values()]
    .flatMap((e) => e.mentions)
    .filter((m) => m.start >= start && m.end <= end)
    .sort((a, b) => a.start - b.start);
  const makers = new Set<number>();
  let last: { end: number } | undefined;
  for (const m of mentions) {
    const made = MADE_BY.test(text.slice(Math.max(start, m.start - 40), m.start));
    if (made || (last && LISTED.test(text.slice(last.end, m.start)))) {
      makers.add(m.start);
      last = m;
    }
  }
  return makers;
}
