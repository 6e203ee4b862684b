import type { ClaimFinder } from '../finder.js';
import type { SentenceReading } from '../types.js';

/** A form's pattern matched where no earlier form has read, with the speakers its `subject` group names. */
export interface SpeakerMatch {
  start: number;
  /** Where the match ends: the words said begin there. */
  verbEnd: number;
  speakers: string[];
}

/**
 * Each match of a form's pattern (global, with a `subject` group) that
 * overlaps nothing read yet and names a speaker, marked as read.
 */
export function speakerMatches(r: SentenceReading, finder: ClaimFinder, pattern: RegExp): SpeakerMatch[] {
  const { masked, units } = r;
  const out: SpeakerMatch[] = [];
  for (const match of masked.text.matchAll(pattern)) {
    const start = match.index!;
    const verbEnd = start + match[0].length;
    if (r.taken.some((t) => start < t.end && t.start < verbEnd)) continue;
    const speakers = finder.speakers.speakersIn(match.groups!.subject!, units, masked, start);
    if (!speakers.length) continue;
    r.taken.push({ start, end: verbEnd });
    out.push({ start, verbEnd, speakers });
  }
  return out;
}
