import { ANY_VERB, verbOf } from '../../verbs.js';
import { THANKS_TO } from '../thanked.js';
import type { ClaimFinder } from '../finder.js';
import { BODY_KIND } from '../kinds.js';
import { APPOSITIVE, BETWEEN, ENDS_ATTRIBUTION, PRONOUN, SUBJECT } from '../patterns.js';
import type { SentenceReading } from '../types.js';

/**
 * An act that is no reporting verb, coordinated before one: "⟨A⟩ thanked the Council and accused ⟨B⟩ of ...",
 * "⟨A⟩ called the decision reckless this morning and accused ⟨B⟩ of ...", a short quotation in it included
 * ("⟨A⟩ described the visit as "unhelpful" and accused ⟨B⟩ of ..."), and thanks in any tense ("⟨A⟩ thanks its partners
 * ... and asks them to ..."). The subject is the reporting verb's.
 */
const ACTED_FIRST = `(?<acted>(?!(?:${ANY_VERB})(?![\\p{L}]))(?:[a-z]+ed|${THANKS_TO})\\b(?:[^;:.!?"“”]|["“][^;:.!?"“”]{1,40}["”]){0,100}?,?\\s+and\\s+(?:also\\s+|then\\s+)?)?`;

/**
 * A speaker and their verb: "⟨A⟩ accused ⟨B⟩ of ...", "⟨A⟩ and ⟨B⟩ have
 * denied the accusations", "⟨A⟩, speaking to reporters, said", "⟨A⟩, who
 * said"; and the same with the words first ("'...,' Wood said", "Russia
 * is ..., the envoy said").
 */

const ACTIVE = new RegExp(
  `(?<subject>${SUBJECT})${APPOSITIVE},?\\s+(?:(?:who|which)\\s+)?${BETWEEN}${ACTED_FIRST}(?<verb>${ANY_VERB})(?![\\p{L}])`,
  'gu',
);

/** A person's affiliation just before a body as subject: "⟨Name⟩ of the ", "⟨Name⟩, an analyst at the ". */
const AFFILIATED =
  /⟨(\d+)⟩,? (?:(?:an? |the )?(?:[a-z-]+ ){0,2}(?:analyst|researcher|fellow|expert|scholar|professor|director|economist) )?(?:of|at|from|with) (?:the )?$/;

const KIND_SUBJECT = new RegExp(`^${BODY_KIND}$`);

/** What may stand before a kind noun that speaks: nothing, a time opening the sentence, a comma, a quotation, "and". */
const KIND_OPENING =
  /(?:^\s*(?:(?:On|In|Last|Earlier|Later|Since|After|Before|Then|Meanwhile|But|And)\b[^,"“⟨]{0,40}?,?\s+)?|[,;:"“”]\s*|\b(?:and|but)\s+)$/;

export function findActive(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units, found } = r;
  const overlaps = (s: { start: number; end: number }) => r.taken.some((t) => s.start < t.end && t.start < s.end);
  // Each position is tried as a subject: an appositive may have run past the true one ("⟨place⟩, hearing ... ⟨B⟩, who said").
  const active = new RegExp(ACTIVE.source, ACTIVE.flags);
  for (let m: RegExpExecArray | null; (m = active.exec(masked.text)); active.lastIndex = m.index + 1) {
    let subjectAt = m.index!;
    let subject = m.groups!.subject!;
    // "⟨Institute⟩ in ⟨Almaty⟩ said": the city is where the body sits, and the body is the subject.
    const seat = /⟨(\d+)⟩ in $/.exec(masked.text.slice(0, subjectAt));
    const unitOf = (s: string) => r.units[Number(/^⟨(\d+)⟩$/.exec(s.trim())?.[1] ?? -1)]?.mention.key ?? '';
    if (seat && unitOf(subject).startsWith('place:') && r.units[Number(seat[1])]?.mention.key.startsWith('org:')) {
      subjectAt = seat.index;
      subject = `⟨${seat[1]}⟩`;
    }
    // "⟨Name⟩ of the ⟨Institute⟩ said": the person speaks, from the body they are at.
    const affiliated = AFFILIATED.exec(masked.text.slice(0, subjectAt));
    if (
      affiliated &&
      /^⟨\d+⟩$/.test(subject.trim()) &&
      r.units[Number(affiliated[1])]?.mention.key.startsWith('person:')
    ) {
      subjectAt = affiliated.index;
      subject = `⟨${affiliated[1]}⟩`;
    }
    // "she": a pronoun begins a word, never inside one.
    if (/[\p{L}]$/u.test(masked.text.slice(0, m.index))) continue;
    const verbEnd = m.index + m[0].length;
    const verbStart = verbEnd - m.groups!.verb!.length;
    if (overlaps({ start: subjectAt, end: verbEnd })) continue;
    // "called on the states that arm ⟨B⟩": a word after an article or a determiner is a noun, not a speaker's verb.
    if (/\b(?:the|those|these|all|other|some|many|several|member)\s+$/i.test(masked.text.slice(0, verbStart))) continue;
    // "the claims Moscow denied" and "what Russia called": not a speaker's own sentence.
    const prefix = masked.text.slice(0, subjectAt);
    // An act before the verb is the subject's only when the subject opens the sentence: a name inside a clause may be the act's object.
    if (m.groups!.acted && !/^\s*(?:[A-Z][a-z]+(?: [^,]{0,40})?,\s*)?(?:[Tt]he\s+)?$/.test(prefix)) continue;
    // "failed to adopt a draft that would have deplored ... and demanded ...": the verbs of a text not adopted are its
    // words, which no one made, not the subject's.
    if (m.groups!.acted && /\b(?:that|which) would have\b/.test(m.groups!.acted)) continue;
    // "⟨B⟩, which he accused of ...", "⟨C⟩, which he accused ⟨B⟩ of arming": a speaker's pronoun in a relative clause
    // whose pronoun or a party is the charging verb's object (claims/object.ts) is the speaker's own verb.
    // Not "which it attributed to ⟨B⟩", whose party comes after the verb (claims/relatives.ts).
    const relativeVerb = verbOf(m.groups!.verb!, 'active', masked.text.slice(verbEnd));
    const relativeObject =
      /,\s+(?:which|whom|who)\s+$/.test(prefix) &&
      /^(?:he|she|they|it|we)$/i.test(subject.trim()) &&
      /^\s+(?:(?:the\s+)?⟨\d+⟩\s+(?=of\b|for\b))?(?:of|for|to)\b/.test(masked.text.slice(verbEnd)) &&
      relativeVerb.object === 'target' &&
      // "which he blamed for ..." names no culprit after it: the antecedent is the one blamed.
      (!relativeVerb.culpritAfter || /^\s+for\b/.test(masked.text.slice(verbEnd)));
    if (
      /(?:\b(?:which|that|what|whom|who|as|than)\s+|[’']s\s+)$/.test(prefix) &&
      !/,["”’]?\s*$/.test(prefix) &&
      !relativeObject
    )
      continue;
    // "the occupation the court condemned": a kind noun inside a clause is its object's relative, not a body speaking.
    if (KIND_SUBJECT.test(subject.trim()) && !KIND_OPENING.test(prefix)) continue;
    // "on behalf of ⟨G⟩, ⟨A⟩ said": ⟨G⟩ is whom ⟨A⟩ speaks for.
    const relative = /,\s*(?:who|which)\s/.test(m[0]);
    if (!relative && /\b(?:on behalf of|for|by|to|against|with|from)\s+(?:the\s+)?$/i.test(prefix)) continue;
    const after = masked.text.slice(verbEnd);
    // "... between ⟨A⟩ and ⟨B⟩, said ⟨C⟩": the speaker comes after the verb.
    // "The Director General of ⟨B⟩, ⟨A⟩, said ⟨C⟩ had ...": a name in apposition is the speaker.
    if (
      !/^\s*(?:[Tt]he\s+)?$/.test(prefix) &&
      !/,\s*$/.test(prefix) &&
      /^[^,]*,\s*$/.test(masked.text.slice(subjectAt, verbStart)) &&
      /^\s+(?:the\s+)?⟨\d+⟩/.test(after)
    )
      continue;
    // "⟨A⟩ said ..., and he criticized ...", "⟨A⟩, which said it had found ...": a pronoun after a speaker in the same sentence is that speaker.
    const earlier =
      new RegExp(`^${PRONOUN}$`).test(subject.trim()) && !/^(?:we|I)$/i.test(subject.trim())
        ? found.filter((g) => !g.inverted && g.verbEnd <= subjectAt).pop()
        : undefined;
    if (!earlier && /^⟨\d+⟩$/.test(subject.trim()))
      finder.speakers.postNamed(unitOf(subject), prefix, subjectAt, masked.offset(subjectAt));
    const speakers = earlier ? earlier.speakers : finder.speakers.speakersIn(subject, units, masked, subjectAt);
    if (!speakers.length) continue;
    // Inverted: the words come first ("'...,' Wood said." / "Russia is ..., the envoy said.").
    // "..., its foreign ministry said": the attribution of what came before.
    const quoteBefore =
      /,["”’]?\s*(?:(?:its|their|his|her|the|a|an)\s+)?$|["”’]\s*$/.test(prefix) && prefix.trim().length > 0;
    const endsHere = ENDS_ATTRIBUTION.test(after);
    const inverted = quoteBefore && (endsHere || /["”’],?\s*$/.test(prefix));
    found.push({
      speakers,
      verbEnd,
      kindVerb: m.groups!.verb!,
      verb: verbOf(m.groups!.verb!, 'active', after),
      region: inverted ? { start: 0, end: masked.text.length } : { start: subjectAt, end: masked.text.length },
      complement: inverted
        ? { start: 0, end: prefix.replace(/[\s,"“”’]+$/, '').length }
        : { start: verbEnd, end: masked.text.length },
      inverted,
      onBehalf: r.onBehalf,
    });
    r.taken.push({ start: subjectAt, end: verbEnd });
  }
}
