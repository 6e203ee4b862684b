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
 * report of", "the findings of") or after it ("'s latest report", "'s findings", " had found that", " concluded that").
 */
const AUTHOR_BEFORE = /\b(?:report|findings|conclusions) (?:[a-z]+ ){0,3}?(?:by|of|from) (?:the )?$/i;
const AUTHOR_AFTER =
  /^(?:[’']s (?:[a-z-]+ ){0,2}(?:reports?|findings|conclusions)\b|,? (?:(?:has|have|had) )?(?:also )?(?:found|concluded|established) that\b)/i;

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

/** Aims each denial of a named report at the report's author, when the text names one that is not the denier's side. */
export function aimAtReportAuthors(claims: ClaimDraft[], entities: Entities, text: string) {
  for (const c of claims) {
    if (c.kind !== 'DENY' || !REPORT_DENIED.test(c.allegation)) continue;
    const author = authorBefore(text, entities, c.sentence.start);
    if (author && author !== side(c) && author !== c.speaker) c.target = author;
  }
}
