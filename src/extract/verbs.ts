import nlp from 'compromise';
import { z } from 'zod';
import { CLAIM_KINDS } from '../domain/index.js';
import { escapeRegExp } from './text.js';
import { dataTable } from './tables.js';

/**
 * The reporting verbs, from one table (verbs.json): for each lemma, the
 * kind of claim it makes and what the words after it are. Every form of a
 * lemma is generated here with compromise's conjugation, and every pattern
 * the claim rules use (a speaker's verb, "..., said ⟨A⟩", "was accused by",
 * ", accusing ⟨B⟩ of", the verbs that date a standing position) is built
 * from the table, so a verb added to it is read in all of them.
 */

const OBJECTS = ['target', 'words', 'denied', 'outcome', 'finding', 'judgement', 'concern'] as const;
const FORMS = ['Infinitive', 'PresentTense', 'PastTense', 'Gerund'] as const;
type Form = (typeof FORMS)[number];

const row = z.strictObject({
  lemma: z.string().regex(/^[a-z]+(?: [a-z]+)?$/),
  kind: z.enum(CLAIM_KINDS),
  object: z.enum(OBJECTS),
  /** Which forms it is read in as a speaker's verb (see defaultForms). */
  forms: z.array(z.enum(FORMS)).optional(),
  /** What must follow the verb (a regular expression over the masked sentence, where ⟨0⟩ is an entity). */
  followedBy: z.string().optional(),
  /** What must not follow it. */
  notFollowedBy: z.string().optional(),
  /** Read in the passive: "⟨B⟩ was accused by ⟨A⟩ of ...". */
  passive: z.boolean().default(false),
  /** Read before its speaker, after the words: "..., said ⟨A⟩". */
  inverted: z.boolean().default(false),
  /** Read as a participle hung on another verb's speaker: "..., accusing ⟨B⟩ of", "while faulting ⟨B⟩ for". */
  participle: z.boolean().default(false),
  /** Read as a speaker's own verb ("⟨A⟩ accused ..."); false for a verb read only before its speaker. */
  active: z.boolean().default(true),
  /** Its present tense tells of a standing position ("Russia and China say"), dated by its year. */
  standing: z.boolean().default(false),
  /** The accused comes after what it is blamed for: "blamed the blast on ⟨B⟩", "attributes the attack to ⟨B⟩". */
  culpritAfter: z.enum(['on', 'to']).optional(),
  /** Its object is the addressee: with no entity addressed ("urged all parties"), the claim has no target. */
  addressee: z.boolean().default(false),
  /** Whom the words are told to comes before them: "told ⟨B⟩ it had no involvement". */
  listener: z.boolean().default(false),
  /** Rejecting what someone did or asks ("rejected ⟨B⟩'s proposal") criticizes them. */
  refusal: z.boolean().default(false),
  /** "that" opens what is claimed ("claimed that ⟨B⟩ ..."); its subject is the target. */
  thatClause: z.boolean().default(false),
  /** A grievance told: words naming no wrong of their own still charge the party they open on ("complained that ⟨B⟩ ..."). */
  grievance: z.boolean().default(false),
  /**
   * A verdict on conduct ("faulted ⟨B⟩ for circulating the draft late"): a criticism, unless what the party is faulted for
   * is a hostile act ("for a blockade of ⟨P⟩", "for arming militias"), which is an accusation (said.json hostileFor).
   */
  verdict: z.boolean().default(false),
  /** What follows names whom or what it is said of, not words with a kind of their own: "thanked ⟨B⟩ for ...". */
  plain: z.boolean().default(false),
  note: z.string().optional(),
});

export type VerbRow = z.output<typeof row>;
export type VerbObject = (typeof OBJECTS)[number];

/** A row of the table with its forms. */
export interface Verb extends VerbRow {
  /** The forms it is read in, generated from the lemma. */
  words: string[];
  /** Its past tense ("said", "wrote"). */
  past: string;
  /** Its past participle, for the passive and the perfect ("was accused", "have denied"). */
  pastParticiple: string;
  /** Its present participle, for participles hung on a verb ("accusing"). */
  gerund: string;
  /** Its present tense, third person and plural ("says", "say"). */
  present: string[];
}

const table = z.object({ verbs: z.array(row) }).parse(dataTable('verbs.json'));

/** compromise's conjugation of a lemma; a phrasal verb ("call on", "take delivery of") conjugates its first word. */
export function conjugate(lemma: string): Record<Form | 'Participle', string> {
  const [head, ...rest] = lemma.split(' ');
  if (rest.length) {
    const forms = conjugate(head!);
    const tail = ` ${rest.join(' ')}`;
    return Object.fromEntries(Object.entries(forms).map(([f, w]) => [f, w + tail])) as Record<
      Form | 'Participle',
      string
    >;
  }
  const doc = nlp(lemma);
  doc.tag('Infinitive');
  const forms = doc.verbs().conjugate()[0] as Partial<Record<Form | 'Participle', string>> | undefined;
  if (!forms?.PastTense || !forms.PresentTense || !forms.Gerund)
    throw new Error(`verbs.json: compromise cannot conjugate "${lemma}"`);
  let gerund = forms.Gerund;
  // compromise leaves a few gerunds of doubled consonants bare ("slam"); a regular past ("slammed") gives them.
  if (!gerund.split(' ')[0]!.endsWith('ing') && /ed$/.test(forms.PastTense.split(' ')[0]!))
    gerund = gerund.replace(/^\S+/, forms.PastTense.split(' ')[0]!.replace(/ed$/, 'ing'));
  return {
    Infinitive: forms.Infinitive ?? lemma,
    PresentTense: forms.PresentTense,
    PastTense: forms.PastTense,
    Gerund: gerund,
    Participle: forms.Participle ?? forms.PastTense,
  };
}

/**
 * A verb is read as a speaker's own in its tenses; its gerund only as a
 * participle hung on another verb (", accusing ⟨B⟩"), never as a speaker's
 * verb ("at ⟨Ukraine⟩, describing ..." has no speaker). The infinitive of a
 * verb of words or findings is left out: "a note", "a report".
 */
function defaultForms(r: VerbRow): Form[] {
  return r.object === 'words' || r.object === 'finding'
    ? ['PresentTense', 'PastTense']
    : ['Infinitive', 'PresentTense', 'PastTense'];
}

export const VERBS: Verb[] = table.verbs.map((r) => {
  const c = conjugate(r.lemma);
  return {
    ...r,
    words: [...new Set((r.forms ?? defaultForms(r)).map((f) => c[f]))],
    past: c.PastTense,
    pastParticiple: c.Participle,
    gerund: c.Gerund,
    present: [c.PresentTense, c.Infinitive],
  };
});

/**
 * The spellings of a form on both sides of the Atlantic: "travelled" and "traveled", "labelled" and "labeled"
 * in a word of more than one syllable. Either may be what compromise gives; a spelling made for a word that has no
 * such form ("compilled") matches nothing.
 */
export function spellings(form: string): string[] {
  const american = form.replace(/^(\w*[aeiou]\w*[aeiou])ll(ed|ing)\b/, '$1l$2');
  const british = form.replace(/^(\w*[aeiou]\w*[^aeiou\s][aeiou])l(ed|ing)\b/, '$1ll$2');
  return [...new Set([form, american, british])];
}

/** One verb's forms as an alternation, each with what must and must not follow it. */
function alternatives(pairs: { word: string; verb: Verb }[], constrained = true): string {
  return pairs
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word, verb }) => {
      const ahead = constrained && verb.followedBy ? `(?=${verb.followedBy})` : '';
      const not = constrained && verb.notFollowedBy ? `(?!${verb.notFollowedBy})` : '';
      return `${escapeRegExp(word).replace(/^\w/, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)}${ahead}${not}`;
    })
    .join('|');
}

/** Any reporting verb a speaker may use: "accused", "have denied", "calls on". */
export const ANY_VERB = alternatives(
  VERBS.filter((v) => v.active).flatMap((verb) => verb.words.map((word) => ({ word, verb }))),
);

/** Verbs before their speaker: "..., said ⟨A⟩". */
export const INVERTED_VERB = alternatives(
  VERBS.filter((v) => v.inverted).flatMap((verb) => [verb.present[0]!, verb.past].map((word) => ({ word, verb }))),
  false,
);

/** Past participles of the verbs read in the passive: "was accused by ⟨A⟩". */
export const PASSIVE_VERB = alternatives(
  VERBS.filter((v) => v.passive).map((verb) => ({ word: verb.pastParticiple, verb })),
  false,
);

/** Past participles of denial, said of an accusation named: "the accusation was rejected by ⟨A⟩". */
export const DENIAL_PASSIVE_VERB = alternatives(
  VERBS.filter((v) => v.kind === 'DENY').map((verb) => ({ word: verb.pastParticiple, verb })),
  false,
);

/** Past participles of criticism in the passive, said of something done: "the launch was condemned by ⟨A⟩". */
export const EVENT_PASSIVE_VERB = alternatives(
  VERBS.filter((v) => v.passive && v.kind === 'CRITICIZE').map((verb) => ({ word: verb.pastParticiple, verb })),
  false,
);

/** Present participles hung on another verb's speaker: "accusing", "calling on", "faulting". */
export const PARTICIPLE_VERB = alternatives(
  VERBS.filter((v) => v.participle).map((verb) => ({ word: verb.gerund, verb })),
);

/** Every past tense and present tense of the table, for what marks a reporting clause ("said", "urged", "warns"). */
export const REPORTING_WORDS = [
  ...new Set(VERBS.flatMap((v) => [v.pastParticiple, ...v.present, ...v.words]).map((w) => w.split(' ')[0]!)),
]
  .filter((w) => !/ing$/.test(w))
  .sort((a, b) => b.length - a.length);

/** Past tenses of the table ("said", "accused"): after a name, they show it is a person's. */
export const PAST_WORDS = [...new Set(VERBS.map((v) => v.past.split(' ')[0]!))].sort((a, b) => b.length - a.length);

/** Present tenses of the table ("calls", "urges", "rejects"), for what a state's own statement says it does. */
export const PRESENT_WORDS = [...new Set(VERBS.map((v) => v.present[0]!.split(' ')[0]!))].sort(
  (a, b) => b.length - a.length,
);

/** Past participles for the perfect ("have denied", "has repeatedly accused"): a standing position. */
export const PERFECT_WORDS = [
  ...new Set(VERBS.filter((v) => v.kind !== 'REPORT').map((v) => v.pastParticiple.split(' ')[0]!)),
];

/** Verbs whose present tense tells of a standing position. */
export const STANDING_WORDS = new Set(VERBS.filter((v) => v.standing).flatMap((v) => v.present));

type Role = 'active' | 'inverted' | 'passive' | 'participle';

/**
 * The row a matched verb is a form of, in the role it was found in. Of
 * rows sharing a form, the one whose required context holds comes first
 * ("called on ⟨B⟩" is a demand, "called it a violation" a judgement).
 */
export function verbOf(word: string, role: Role = 'active', after = ''): Verb {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const fits = (v: Verb) =>
    role === 'active'
      ? v.active && v.words.includes(w)
      : role === 'inverted'
        ? v.inverted && (v.present[0] === w || v.past === w)
        : role === 'passive'
          ? v.passive && v.pastParticiple === w
          : v.participle && v.gerund === w;
  const candidates = VERBS.filter(fits);
  const holds = (v: Verb) =>
    (!v.followedBy || new RegExp(`^(?:${v.followedBy})`, 'u').test(after)) &&
    (!v.notFollowedBy || !new RegExp(`^(?:${v.notFollowedBy})`, 'u').test(after));
  const found = candidates.find((v) => v.followedBy && holds(v)) ?? candidates.find(holds) ?? candidates[0];
  if (!found) throw new Error(`not a reporting verb of verbs.json: "${word}" (${role})`);
  return found;
}
