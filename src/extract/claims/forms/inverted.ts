import { LIST } from '../../masked.js';
import { INVERTED_VERB, verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import type { SentenceReading } from '../types.js';

/** The verb before its speaker, after the words: "..., said ⟨A⟩." and "'...,' said ⟨A⟩". */

const INVERTED = new RegExp(`(?:,["”’]?|["”’]) (?<verb>${INVERTED_VERB}) (?<subject>${LIST})`, 'gu');

export function findInverted(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units } = r;
  for (const m of masked.text.matchAll(INVERTED)) {
    const at = m.index! + m[0].indexOf(m.groups!.verb!);
    const end = m.index! + m[0].length;
    // Its speaker may also be the subject of a verb after it ("..., warned ⟨A⟩, who urged ..."): only the verb must be free.
    const verbEnd = at + m.groups!.verb!.length;
    if (r.taken.some((t) => at < t.end && t.start < verbEnd)) continue;
    const speakers = finder.speakers.speakersIn(m.groups!.subject!, units, masked, at);
    if (!speakers.length) continue;
    r.found.push({
      speakers,
      verbEnd,
      kindVerb: m.groups!.verb!,
      verb: verbOf(m.groups!.verb!, 'inverted'),
      region: { start: 0, end: masked.text.length },
      complement: { start: 0, end: m.index! },
      inverted: true,
      onBehalf: r.onBehalf,
    });
    r.taken.push({ start: at, end });
  }
}
