import type { ClaimKind } from '../../domain/index.js';
import type { Mention } from '../entities.js';
import type { Masked, Unit } from '../masked.js';
import type { Quotation, Sentence } from '../text.js';
import type { Span } from '../types.js';
import type { Voice } from '../transcript.js';
import type { Verb } from '../verbs.js';

/** A claim as the rules find it, before it is keyed and checked (draft.ts). */
export interface ClaimDraft {
  kind: ClaimKind;
  speaker: string;
  onBehalfOf: string | null;
  target: string | null;
  about: string[];
  allegation: string;
  madeOn: string | null;
  quotes: Span[];
  sentence: Span;
  /** For a denial: the index of the draft's accusation it answers, or the key of one the graph holds. */
  answers: number | string | null;
  /** A denial naming no accusation ("denied the accusations"): answered by the nearest one that involves the denier. */
  deniesAccusation: boolean;
  /** Who a denial says made the accusations ("the claims made by ⟨A⟩"). */
  deniedAccuser: string | null;
  /** The kinds of claim a denial may answer, from what it names ("the accusations", "the findings"); empty for any. */
  denies?: ClaimKind[];
  /** A denial whose words do not name what it answers but whose frame does ("rejecting that account, said ..."): the noun. */
  pointsAt?: string;
  /** A denial in apposition ("..., which ⟨B⟩ denied"): the words of the clause just before it, the only charge it answers. */
  chargeWords?: string;
  sentenceIndex: number;
  /** A denial in a briefing's answer: the claim the question before it reported, by its sentence and its speaker. */
  answering?: { sentenceIndex: number; speaker: string };
  /** A criticism of an act named ("called the detention ...") that found no doer: aimed at whom its sentence's other claims are. */
  sharesAim?: boolean;
  /** Thanks, praise or a welcome, aimed at the party thanked or whose act is welcomed (thanked.ts): kept when settled. */
  thanked?: boolean;
}

/** One sentence with the mentions in it and the quotations it touches. */
export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
  quotations: Quotation[];
  /** In a transcript, who speaks in the sentence's paragraph (transcript.ts). */
  voice?: Voice;
}

/** A sentence being read: its masked text, its units, and what its forms have found so far. */
export interface SentenceReading {
  ctx: SentenceContext;
  masked: Masked;
  units: Unit[];
  /** "on behalf of ⟨G⟩": whom the sentence's speaker speaks for. */
  onBehalf: string | null;
  /** Speakers with their verbs, found by the sentence forms; each becomes claims. */
  found: Found[];
  /** Stretches of the masked text a form has read, which later forms leave alone. */
  taken: Span[];
}

/** A speaker and a reporting verb found in a sentence. */
export interface Found {
  speakers: string[];
  verbEnd: number;
  /** The verb's words as written ("has denied", "said"). */
  kindVerb: string;
  /** The row of the verb table the verb is a form of. */
  verb: Verb;
  region: Span;
  complement: Span;
  /** The words come before the verb ("'...,' Wood said"). */
  inverted: boolean;
  onBehalf: string | null;
  /** Where a verb coordinated with an earlier one begins ("... and urged"): the earlier verb's words end there. */
  clauseStart?: number;
  /** A body cited ("according to ⟨A⟩"): its plain statements are findings. */
  cited?: boolean;
  /** A denial in apposition ("..., a charge ⟨B⟩ denies"): the claim before it is an accusation. */
  charge?: boolean;
  /** An act judged in apposition ("..., an act ⟨P⟩ called 'dangerous'"): aimed at whom the claim before it is. */
  apposed?: boolean;
  /** "⟨A⟩ took ⟨B⟩ to court, accusing it of ...": the party the act was done to, whom the participle's pronoun stands for. */
  actedOn?: string;
  /** The sentence as its words are read, when an attribution inside them is left out (forms/around.ts). */
  masked?: Masked;
}

/** What a stretch of words says: a kind, whom it is aimed at, and where it is. */
export interface Reading {
  kind: ClaimKind;
  target: number | null;
  span: Span;
  /** The clause is about something done ("the launch", "this attack"): whoever the last claims were aimed at did it. */
  antecedent?: boolean;
  /** Targets known by key rather than named in the clause ("called it ...": what "it" is). */
  targetKeys?: string[];
  /** A judgement of something named that no actor is named doing ("new sanctions would only worsen ..."): aimed at no one. */
  aimless?: boolean;
  /** A criticism of an act named whose doer the text does not give: aimed at whom the speaker's other claims of the sentence are. */
  sharesAim?: boolean;
  /** Asked of a pronoun ("it should stop ..."): a demand only when the speaker's claims before say whom it stands for. */
  pointsBack?: boolean;
}

/** A claim to record, for each of its speakers and targets. */
/**
 * A claim told with no frame of saying around it (a statement's own sentence, an answer, a clause hung on a party,
 * a sentence that carries the last one's speaker on): its words are the allegation, and the region they stand in
 * is the words themselves unless it is given.
 */
export type Told = Omit<Emission, 'targets' | 'units' | 'onBehalf' | 'allegation' | 'region' | 'frame'> & {
  targets?: number[];
  units?: Unit[];
  onBehalf?: string | null;
  region?: Span;
};

export interface Emission {
  kind: ClaimKind;
  speakers: string[];
  targets: number[];
  /** Targets known by key (from context) rather than named in the sentence. */
  targetKeys?: string[];
  units: Unit[];
  masked: Masked;
  ctx: SentenceContext;
  onBehalf: string | null;
  allegation: string | null;
  region: Span;
  frame: Span;
  quotePart?: Span;
  deniesAccusation?: boolean;
  deniedAccuser?: string | null;
  denies?: ClaimKind[];
  /** The reporting verb, whose tense dates a claim without a date of its own. */
  tense?: string;
  sharesAim?: boolean;
}
