import { isActorType } from '../../../domain/index.js';
import { PARTICIPLE_VERB, verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import { SUBJECT } from '../patterns.js';
import type { SentenceReading } from '../types.js';

/**
 * An act whose reason a participle gives: "⟨A⟩ broke off relations with ⟨B⟩,
 * accusing ⟨B⟩ of ...", "⟨A⟩ closed the border on Sunday, saying ...",
 * "⟨A⟩ went further, calling on ⟨B⟩ to ...". The sentence's subject did
 * something that is no reporting verb; the participle after the comma is
 * its verb of words, and ⟨A⟩ its speaker. Read only when no other form has
 * found a speaker's verb in the sentence.
 */

const ACTED = new RegExp(
  // A dateline ("VILNIUS, May 2 - ") and an opening time or place ("In August 2024, ", "On Monday ") may come first; an
  // analysis looking back opens on how long ago ("Thirty years ago today, the Council adopted ..., demanding ...").
  String.raw`^(?<opening>(?:(?:⟨\d+⟩|[A-Z][A-Z .'-]+)(?:, [^-–—]{1,30}?)? [-–—]+ )?(?:(?:In|On|Last|Earlier|Later|Since|After|Before) [^,"“⟨]{1,40}?,?\s+|[A-Z][a-z]+(?:-[a-z]+)? (?:years|months|weeks|days|decades) ago(?: (?:today|this (?:week|month|year)))?,?\s+)?(?:[Tt]he )?)(?<subject>${SUBJECT})(?:[’']s (?:(?<owned>⟨\d+⟩)|[a-z-]+(?: [a-z-]+)?))?\s+(?<act>[a-z][^,;:"“”]{2,120}?),\s+(?:and\s+|while\s+)?(?<verb>${PARTICIPLE_VERB})(?![\p{L}])`,
  'u',
);

export function findActed(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units, found } = r;
  const m = ACTED.exec(masked.text);
  if (!m) return;
  // "⟨A⟩ took ⟨B⟩ to court, accusing it of ...; ⟨B⟩ rejects ...": a clause of its own after a semicolon is another
  // speaker's, which does not make the participle before it any less the subject's words.
  const clauseEnd = masked.text.indexOf(';', m[0].length);
  // "..., accusing it of arming ⟨X⟩, a charge ⟨B⟩ always rejected": the denial apposed after the participle answers it,
  // and leaves the participle the subject's words.
  const after = (f: (typeof found)[number]) => f.charge && f.region.start >= m[0].length;
  if (found.some((f) => !after(f) && (clauseEnd < 0 || f.inverted || f.region.start <= clauseEnd))) return;
  // "⟨A⟩'s ⟨ministry⟩ went further": the body named after the possessive speaks.
  const owned = m.groups!.owned;
  const subjectAt = owned ? m.index + m[0].indexOf(owned) : m.groups!.opening!.length;
  const verbEnd = m[0].length;
  if (r.taken.some((t) => subjectAt < t.end && t.start < verbEnd)) return;
  const speakers = finder.speakers.speakersIn(owned ?? m.groups!.subject!, units, masked, subjectAt);
  if (!speakers.length) return;
  const own = finder.speakers.withSides(speakers);
  const actedOn = [...m.groups!.act!.matchAll(/⟨(\d+)⟩/g)]
    .map((u) => units[Number(u[1])]!.mention.key)
    .find((k) => isActorType(finder.entities.get(k)?.type) && !own.includes(k));
  found.push({
    speakers,
    actedOn,
    verbEnd,
    kindVerb: m.groups!.act!.split(' ')[0]!,
    verb: verbOf(m.groups!.verb!, 'participle', masked.text.slice(verbEnd)),
    region: { start: subjectAt, end: masked.text.length },
    complement: { start: verbEnd, end: masked.text.length },
    inverted: false,
    onBehalf: r.onBehalf,
  });
  r.taken.push({ start: subjectAt, end: verbEnd });
}
