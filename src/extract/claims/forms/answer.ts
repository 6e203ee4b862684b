import { z } from 'zod';
import type { ClaimKind } from '../../../domain/index.js';
import type { Masked } from '../../masked.js';
import type { ClaimFinder } from '../finder.js';
import type { ClaimDraft, SentenceContext } from '../types.js';
import { dataTable, phraseGroup as group } from '../../tables.js';
import { UNNAMED } from '../lexicon.js';
import { CAPABILITY } from '../own-voice.js';
import { LABEL, labelEnd } from '../label.js';

/**
 * A briefing's answer read against the question put before it. A question
 * that reports another party's claim ("The White House says ...", "Niger's
 * military government accuses Nigeria of ...") makes that party the one the
 * answer speaks to: a plain sentence of the answer that denies ("There are
 * no foreign military bases in ⟨A⟩", "These are defensive systems", "They
 * are innocent") is the spokesperson's denial of that party's claim, and a
 * demand, a warning or a criticism of the answer that names no one ("We
 * would urge the honourable member to ...", "We call on our neighbour to
 * ...") is aimed at it. Sentences said anywhere else keep the reading the
 * other forms give them.
 */

const table = z
  .object({
    about: z.string(),
    reported: group,
    denial: group,
    plain: z.object({ note: z.string(), leading: z.array(z.string()).min(1), bare: z.array(z.string()).min(1) }),
    asked: group,
    askedAnew: group,
    warning: group,
  })
  .parse(dataTable('answers.json'));

/**
 * "⟨A⟩ says", "⟨A⟩'s military government accuses", "The ⟨Greek⟩ Prime Minister said": a party named, with up to three
 * words of its post or body, before a verb that reports what it claims.
 */
const REPORTED = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|that) )(?:the |some |several |many )?⟨(\d+)⟩(?:[’']s)?(?: [\p{L}-]+){0,3}? (?:${table.reported.phrases.join('|')})\b`,
  'iu',
);
/** Plain sentences that deny what the question reported. */
const DENIAL = new RegExp(String.raw`(?:${table.denial.phrases.join('|')})`, 'iu');
/** A question that reports what someone says, anywhere in it: no plain question. */
const REPORTING = new RegExp(String.raw`\b(?:${table.reported.phrases.join('|')})\b`, 'iu');
/** A question that puts a charge: "Isn't that the real reason?". */
const LEADING = new RegExp(table.plain.leading.join('|'), 'iu');
/** An answer that says no more than no: "No.", "No, we were not.". */
const BARE_NO = new RegExp(table.plain.bare.join('|'), 'iu');
/** A question that asks at its end what a party will do, or whether it was told or asked: no claim it reported. */
const ASKED_ANEW = new RegExp(table.askedAnew.phrases.join('|'), 'iu');
/** A question that asks whether something is so: what it asks about is no one's claim. */
const ASKED = new RegExp(table.asked.phrases.join('|'), 'iu');
/** A side's own forces going on with what is held against another party: a warning to it. */
const GOING_ON = new RegExp(String.raw`(?:${table.warning.phrases.join('|')})`, 'iu');
/** Kinds of claim an answer makes of someone, aimed at the question's claimant when they name no one. */
const AIMED: ReadonlySet<ClaimKind> = new Set(['DEMAND', 'WARN', 'CRITICIZE']);
/**
 * "The ⟨EU⟩ has adopted new sanctions.", "⟨B⟩ announced ...": a question that opens on a party doing something, the
 * party group 1. Its reporting verbs are read as claims, not acts.
 */
const ACTING = new RegExp(
  String.raw`^(?:the )?⟨(\d+)⟩ (?:has |have |had |is |are |was |were )?(?:now |just |again |also |reportedly )?(?!(?:${table.reported.phrases.join('|')})\b)[a-z]+(?:ed|en|t)\b`,
  'iu',
);
/** What an answer holds against a party that acted: a warning or a criticism, not a demand of it. */
const AGAINST_ACT: ReadonlySet<ClaimKind> = new Set(['WARN', 'CRITICIZE']);
/** A warning to no one ("anyone who ..."), or of the speaker's own means to defend itself, is aimed at no one. */
const NO_ONE = new RegExp(`${UNNAMED.source}|${CAPABILITY.source}`, 'iu');
/** How many sentences into an answer a plain denial is still read as answering the question. */
const DENIAL_REACH = 3;

/** A question's claimant: who it reports as saying something, and the sentence where it does. */
export interface Claimant {
  key: string;
  side: string;
  sentenceIndex: number;
}

/** The question just put and the answer being read, as the transcript goes on. */
export class AnswerReader {
  private question: {
    paragraph: number;
    claimants: Claimant[];
    parties: string[];
    actors: string[];
    /** Whether every sentence of the question only asks: it reports no claim and puts no charge. */
    plain: boolean;
    /** Whether the question puts a charge itself ("Isn't that the real reason?"). */
    leading: boolean;
    /** Whether its last question asks anew, of what a party will do or was told ("Will ⟨A⟩ apologise?"). */
    anew: boolean;
  } | null = null;
  private answer: { paragraph: number; read: number } | null = null;

  constructor(private readonly finder: ClaimFinder) {}

  /** "Has ⟨A⟩ established that it was ⟨B⟩?": a question that only asks whether something is so, after its label. */
  asksOnly(masked: Masked): boolean {
    return ASKED.test(masked.text.replace(LABEL, ''));
  }

  /** After a question's sentence is read: the parties it reports as claiming something. */
  readQuestion(ctx: SentenceContext, masked: Masked, made: ClaimDraft[]) {
    const { paragraph, index } = ctx.sentence;
    if (this.question?.paragraph !== paragraph)
      this.question = { paragraph, claimants: [], parties: [], actors: [], plain: true, leading: false, anew: false };
    const asked = masked.text.replace(LABEL, '');
    if (/\?/.test(asked)) this.question.anew = ASKED_ANEW.test(asked);
    if (REPORTING.test(asked) || LEADING.test(asked)) this.question.plain = false;
    if (LEADING.test(asked)) this.question.leading = true;
    const sideOf = (k: string) => this.finder.speakers.sideOf(k) ?? k;
    for (const u of masked.units) {
      const type = this.finder.entities.get(u.mention.key)?.type;
      if (type === 'State' || type === 'Organization') this.question.parties.push(sideOf(u.mention.key));
    }
    // "The ⟨European Union⟩ has adopted its thirteenth sanctions package.": a party the question tells of acting.
    const acting = ACTING.exec(masked.text.replace(LABEL, ''));
    const actorKey = acting ? masked.units[Number(acting[1])]?.mention.key : undefined;
    const actorType = actorKey ? this.finder.entities.get(actorKey)?.type : undefined;
    if (actorKey && (actorType === 'State' || actorType === 'Organization'))
      this.question.actors.push(sideOf(actorKey));
    const claimants: Claimant[] = made.map((c) => ({
      key: c.speaker,
      side: c.speaker.startsWith('state:') ? c.speaker : (c.onBehalfOf ?? sideOf(c.speaker)),
      sentenceIndex: index,
    }));
    if (!claimants.length) {
      const m = REPORTED.exec(masked.text);
      const key = m ? masked.units[Number(m[1])]?.mention.key : undefined;
      const type = key ? this.finder.entities.get(key)?.type : undefined;
      if (key && (type === 'State' || type === 'Organization' || type === 'Person'))
        claimants.push({ key, side: sideOf(key), sentenceIndex: index });
    }
    this.question.claimants.push(...claimants);
    if (claimants.length) this.question.plain = false;
  }

  /**
   * After an answer's sentence is read: its denials of what the question reported, and the claims it made of no one
   * named aimed at whoever the question reported claiming it.
   */
  readAnswer(ctx: SentenceContext, masked: Masked, speaker: string, before: number) {
    const { paragraph } = ctx.sentence;
    if (this.answer?.paragraph !== paragraph) this.answer = { paragraph, read: 0 };
    const nth = this.answer.read++;
    // Only the answer given right after the question.
    if (!this.question || this.question.paragraph !== paragraph - 1) return;
    const own = this.finder.speakers.sideOf(speaker) ?? speaker;
    const claims = this.finder.claims;
    const made = claims.slice(before);
    // A person the question names as claiming it, whose side the text leaves as the speaker's own ("Representative ⟨X⟩
    // said ..." in a briefing placed in the state ⟨X⟩ accuses), is answered in person.
    const person = (k: string) => this.finder.entities.get(k)?.type === 'Person';
    const claimant = this.question.claimants
      .filter((c) => c.key !== speaker && (c.side !== own || person(c.key)))
      .map((c) => (c.side === own ? { ...c, side: c.key } : c))[0];
    // "Did ⟨B⟩ break any law?" "No.": an answer to what was only asked denies no one's claim; nor does one to a
    // question whose claim names no party the text knows ("Some legislators say ... Do you agree?" "No."), which no
    // claimant makes a denial of anyone's. "⟨B⟩ accuses ⟨A⟩ of ... Will ⟨A⟩ apologise?" "No.": the last thing asked,
    // what ⟨A⟩ will do, is what the "No" answers.
    const bare = nth === 0 && BARE_NO.test(masked.text.slice(labelEnd(ctx, masked)));
    if (bare && (this.question.plain || this.question.anew || (!claimant && !this.question.leading))) {
      claims.splice(before, made.length, ...made.filter((c) => c.kind !== 'DENY'));
      return;
    }
    // "We will continue to fly, sail and operate ...": a warning to the party the question or the answer holds to account.
    const words = masked.text.slice(labelEnd(ctx, masked));
    if (!made.some((c) => c.kind !== 'STATE') && GOING_ON.test(words)) {
      const warned = this.warned(paragraph, own, claimant);
      if (warned) {
        claims.splice(before, made.length);
        this.emitAs('WARN', ctx, masked, speaker, warned);
        return;
      }
    }
    // "The ⟨EU⟩ has adopted new sanctions. Your reaction?" "We will respond ...": what the answer holds over or against no
    // one named is aimed at the question's claimant, else at the one party of another side the question puts.
    const actor = claimant ? null : this.onlyActor(own);
    if (claimant) {
      for (const c of made) if (c.speaker === speaker && !c.target && AIMED.has(c.kind)) c.target = claimant.side;
    } else if (actor) {
      for (const c of made)
        if (c.speaker === speaker && !c.target && AGAINST_ACT.has(c.kind) && !NO_ONE.test(c.allegation))
          c.target = actor;
    }
    if (!claimant) return;
    if (nth >= DENIAL_REACH || made.some((c) => c.kind !== 'STATE' && c.kind !== 'CALL_FOR')) return;
    const denial = DENIAL.exec(words);
    if (!denial || !this.ownSubject(denial[0], masked, own)) return;
    // The denial replaces the plain statement the sentence was read as.
    claims.splice(before, made.length);
    this.emitAs('DENY', ctx, masked, speaker, claimant.side);
    for (const c of claims.slice(before))
      c.answering = { sentenceIndex: claimant.sentenceIndex, speaker: claimant.key };
  }

  /**
   * Whom an answer's warning is aimed at: the party the answer's claims before it in the paragraph were aimed at, else
   * the question's claimant, else the one party of another side the question names.
   */
  private warned(paragraph: number, own: string, claimant: Claimant | undefined): string | null {
    const earlier = this.finder.claims.filter(
      (c) => c.target && c.target !== own && c.kind !== 'STATE' && this.paragraphOf(c) === paragraph,
    );
    if (earlier.length) return earlier.at(-1)!.target;
    if (claimant) return claimant.side;
    const others = [...new Set(this.question?.parties.filter((p) => p !== own))];
    return others.length === 1 ? others[0]! : null;
  }

  /** The one party of another side than the answerer's that the question tells of acting, if it tells of one. */
  private onlyActor(own: string): string | null {
    const others = [...new Set(this.question?.actors.filter((p) => p !== own))];
    return others.length === 1 ? others[0]! : null;
  }

  private paragraphOf(c: ClaimDraft): number | undefined {
    return this.finder.paragraphs.get(c.sentenceIndex);
  }

  private emitAs(kind: ClaimKind, ctx: SentenceContext, masked: Masked, speaker: string, target: string) {
    const start = labelEnd(ctx, masked);
    this.finder.emitTold(
      { kind, speakers: [speaker], targetKeys: [target], masked, ctx, tense: 'states' },
      { start, end: masked.text.length },
    );
  }

  /**
   * "⟨A⟩ has not supplied ...", "⟨A⟩ drones have not entered ...": a denial told as what a party did not do is the
   * speaker's only of its own side.
   */
  private ownSubject(found: string, masked: Masked, own: string): boolean {
    const opening = /^⟨(\d+)⟩(?: [a-z-]+){0,2} (?:has|have|does|do|did|had) (?:not|never)\b/.exec(found);
    if (!opening) return true;
    const key = masked.units[Number(opening[1])]?.mention.key;
    return !!key && (this.finder.speakers.sideOf(key) ?? key) === own;
  }
}
