import { PARTICIPLE_VERB, verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import { BETWEEN, MEDIUM, SUBJECT } from '../patterns.js';
import type { SentenceReading } from '../types.js';

/**
 * Words put out in a statement, a video or a letter, given by the participle
 * after it: "⟨A⟩ issued a statement saying ...", "⟨A⟩ posted a video
 * accusing ⟨B⟩ of ...", "⟨A⟩ released a communiqué calling on ⟨B⟩ to ...".
 * The participle is ⟨A⟩'s verb.
 */

const PUT_OUT = new RegExp(
  `(?<subject>${SUBJECT}),?\\s+${BETWEEN}(?<medium>${MEDIUM})\\s+(?<verb>${PARTICIPLE_VERB})(?![\\p{L}])`,
  'gu',
);

export function findPutOut(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units, found } = r;
  for (const m of masked.text.matchAll(PUT_OUT)) {
    const subjectAt = m.index!;
    const verbEnd = subjectAt + m[0].length;
    if (r.taken.some((t) => subjectAt < t.end && t.start < verbEnd)) continue;
    // "the statement ⟨A⟩ issued saying" is not ⟨A⟩'s own sentence, and "on behalf of ⟨A⟩" not its speaker.
    if (/(?:\b(?:which|that|what|by|for|of)\s+)$/.test(masked.text.slice(0, subjectAt))) continue;
    const speakers = finder.speakers.speakersIn(m.groups!.subject!, units, masked, subjectAt);
    if (!speakers.length) continue;
    const after = masked.text.slice(verbEnd);
    found.push({
      speakers,
      verbEnd,
      kindVerb: m.groups!.medium!.split(' ')[0]!,
      verb: verbOf(m.groups!.verb!, 'participle', after),
      region: { start: subjectAt, end: masked.text.length },
      complement: { start: verbEnd, end: masked.text.length },
      inverted: false,
      onBehalf: r.onBehalf,
    });
    r.taken.push({ start: subjectAt, end: verbEnd });
  }
}
