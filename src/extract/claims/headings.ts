import type { Entities } from '../entities.js';
import type { Sentence } from '../text.js';
import { decidingOrgan } from './bodies.js';
import type { ClaimDraft } from './types.js';

/**
 * A release's headline and sub-headings: the lines it opens on, each without a full stop. They sum up what the body
 * tells; in Title Case and clipped syntax ("Security Council Rejects Two Drafts on ...", "Speakers in Security Council
 * Condemn ...") they are read worse than the sentences they sum up.
 */
export function headingSentences(sentences: Sentence[]): Set<number> {
  const headings = new Set<number>();
  for (const s of sentences) {
    if (/[.!?]["”’)]?$/.test(s.text.trim())) break;
    headings.add(s.index);
  }
  return headings;
}

/**
 * A deliberative organ's decisions (the Security Council's, the General Assembly's) are told in a release's opening
 * paragraphs, where the resolution's verbs and their objects are read in full; a heading naming the organ only
 * repeats them, or names the speakers at its meeting ("Speakers in Security Council ..."), who are not the organ.
 */
export function withoutOrgansInHeadings(claims: ClaimDraft[], sentences: Sentence[], entities: Entities): ClaimDraft[] {
  const headings = headingSentences(sentences);
  return claims.filter((c) => !headings.has(c.sentenceIndex) || !decidingOrgan(entities, c.speaker));
}
