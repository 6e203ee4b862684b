import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { side } from './denied.js';
import type { ClaimDraft } from './types.js';

/**
 * "A report by ⟨X⟩ published in April found that ... Beijing rejected the
 * report as part of a smear campaign", "the ⟨Commission⟩ found that ... ⟨B⟩
 * rejected the commission's findings as one-sided": a denial whose words
 * name a report or findings (its conclusions, its findings) answers whoever
 * the text said wrote or found them, the author it named last before the
 * denial, over whichever accusation came nearest.
 */

/** A denial's words that open by naming a report: "the report", "its latest report", "the conclusions of the report". */
const REPORT_DENIED =
  /^(?:(?:the|this|that|its|their) (?:(?:conclusions|findings) of the )?(?:(?:latest|new|recent|annual|monthly|final|same) ){0,2}report\b|(?:the|these|those|its|their|(?:the )?[\p{L}-]+[’']s) (?:(?:latest|new|recent|final|same) )?(?:findings|conclusions)\b)/iu;

/**
 * Words around a name that make it a report's author or the finder of findings: before it ("a report by", "the latest
 * report of", "the findings of") or after it ("'s latest report", "'s findings", " had found that", " concluded that",
 * " reported in 2000 that", " found in May that": when it found them may come between).
 */
const AUTHOR_BEFORE = /\b(?:report|findings|conclusions) (?:[a-z]+ ){0,3}?(?:by|of|from) (?:the )?$/i;
const AUTHOR_AFTER =
  /^(?:[’']s (?:[a-z-]+ ){0,2}(?:reports?|findings|conclusions)\b|,? (?:(?:has|have|had) )?(?:also )?(?:found|concluded|established|reported|determined)(?: (?:in|on|last|early|late) (?:[A-Z][a-z]+ )?(?:\d{4}|[A-Z][a-z]+|year|month|week))? that\b)/i;

/** The actor the text last names as a report's author before a point, if any. */
function authorBefore(text: string, entities: Entities, at: number): string | null {
  let last: { key: string; start: number } | null = null;
  for (const e of entities.byKey.values()) {
    if (!isActorType(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start >= at || (last && m.start < last.start)) continue;
      if (
        AUTHOR_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
        AUTHOR_AFTER.test(text.slice(m.end, m.end + 40))
      )
        last = { key: e.key, start: m.start };
    }
  }
  return last?.key ?? null;
}

/** "the panel's findings", "the commission's report": the findings owned by a body called back by a common noun. */
const BODY_OWNING =
  /^(?:the|this) ([a-z]+)[’']s (?:(?:latest|new|recent|final|same) )?(?:findings|conclusions|report)\b/;

/** The organization named last before a point whose name has the noun ("the panel": "United Nations panel of experts"). */
function bodyCalled(entities: Entities, text: string, noun: string, at: number): string | null {
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  const before = text.slice(0, at).toLowerCase();
  let last: { key: string; start: number } | null = null;
  for (const e of entities.byKey.values()) {
    const names = [e.name, ...e.aliases];
    if (e.type !== 'Organization' || !names.some((n) => word.test(n))) continue;
    // A body drafted from its description has no mention: where the text gives its name stands for one.
    const starts = e.mentions.length
      ? e.mentions.map((m) => m.start)
      : names.map((n) => before.lastIndexOf(n.toLowerCase()));
    const start = Math.max(-1, ...starts.filter((s) => s < at));
    if (start >= 0 && (!last || start > last.start)) last = { key: e.key, start };
  }
  return last?.key ?? null;
}

/** Aims each denial of a named report at the report's author, when the text names one that is not the denier's side. */
export function aimAtReportAuthors(claims: ClaimDraft[], entities: Entities, text: string) {
  for (const c of claims) {
    if (c.kind !== 'DENY' || !REPORT_DENIED.test(c.allegation)) continue;
    const owner = BODY_OWNING.exec(c.allegation)?.[1];
    const author =
      (owner && bodyCalled(entities, text, owner, c.sentence.start)) ?? authorBefore(text, entities, c.sentence.start);
    if (author && author !== side(c) && author !== c.speaker) c.target = author;
  }
}
