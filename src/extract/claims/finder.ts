import { TitledOfficials } from './titled.js';
import { isActorType, SECURITY_COUNCIL_KEY, type ClaimKind } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { LIST, listUnits, Masked, type Unit } from '../masked.js';
import { intersect } from '../text.js';
import type { Span } from '../types.js';
import { ActFinder } from './acts.js';
import { rejectedAccounts } from './accounts.js';
import { badFaithDenied } from './bad-faith.js';
import { ownFindings } from './findings.js';
import { cut, trimQuote } from './allegation.js';
import { dateOf } from './dating.js';
import { chargedAsAccusations } from './forms/charge.js';
import { aimAtApposed } from './forms/labelled.js';
import { continuation, runningQuote, type RunningQuote } from './forms/continuation.js';
import { readAround } from './forms/around.js';
import { addCoordinated, nextStart } from './forms/coordinated.js';
import { AnswerReader } from './forms/answer.js';
import { SPEAKER_FORMS } from './forms/index.js';
import { hungClaims, participlesOf } from './forms/participles.js';
import { issuerIn, ownWords } from './forms/statement.js';
import { carriedBriefing } from './forms/carried.js';
import { readObject } from './object.js';
import { aimAtOwners } from './owned.js';
import { THEM_ASKED_AFTER } from './consequences.js';
import { DISMISSAL, JUSTIFICATION, UNNAMED, WRONG_ACTS } from './lexicon.js';
import { AUDIENCE, DID, DONE_BY, FRAME_ADVERBIAL } from './patterns.js';
import { DOER_ASKED, subjectOf } from './referents.js';
import { readStatement } from './said.js';
import { hungClauses } from './relatives.js';
import { thankedParties, thanks as thanksIn } from './thanked.js';
import { Speakers } from './speakers.js';
import type { ClaimDraft, Emission, Found, Reading, SentenceContext, SentenceReading, Told } from './types.js';
import { decidingOrgan } from './bodies.js';

/** Verbs whose object is an envoy or a mission of the state protested to: "summoned", "delivered a note of protest to". */
const ENVOY_VERBS = new Set(['summon', 'lodge', 'deliver', 'hand', 'convey', 'send']);
/** Claims aimed at someone, whose target a criticism naming no one in the same sentence shares. */
const AIM_SHARED = new Set<ClaimKind>(['ACCUSE', 'CRITICIZE', 'WARN']);
/** A party opening a clause with its verb: at the sentence's start, after a comma or after a conjunction or "said". */
const CLAUSE_SUBJECT =
  /(?:^|, |\b(?:that|said|says|and|but|while|when|after|because|since|as|where) )(?:[Tt]he )?⟨(\d+)⟩ (?!(?:of|in|on|and|or|to|for|with|at|by|from|as|which|who)\b)(?=[a-z])/g;
/** Words telling of a wrong done ("had entered its territorial sea"). */
const WRONG_DONE = new RegExp(String.raw`\b${WRONG_ACTS}`, 'i');
/**
 * Claims: who said what about whom, from the reporting verbs of news and of
 * official statements. Each sentence is masked (every mention a token, see
 * masked.ts) and read by the sentence forms (forms/), each a kind of
 * sentence, not any one article's: the passive, a speaker and a verb, the
 * verb before its speaker, "according to"; then the verbs coordinated with
 * a speaker's and the participles hung on it; a quotation going on; a
 * statement's own words. The verb table (verbs.json) gives each verb's
 * kind and what its object is; "said" takes the kind of what was said
 * (said.ts). Speakers are people, states and organizations, pronouns
 * resolve to the last named speaker (speakers.ts), and a sentence with no
 * speaker gives no claim.
 */
export class ClaimFinder {
  readonly claims: ClaimDraft[] = [];
  readonly speakers: Speakers;
  /** The acts the text has reported so far and who did them: whom "the veto" or "the detention" names. */
  readonly acts: ActFinder;
  /** Officials introduced by an office alone ("Minister ⟨Name⟩"), whose state the sentences around give. */
  private readonly officials: TitledOfficials;
  /** Who last did something the text reports ("⟨A⟩ fired a missile"): what "the launch" and "this attack" were done by. */
  private agent: string | null = null;
  /** The body the text's heading names first ("Regular Press Conference of the Ministry of ..."). */
  private headingBody: string | null = null;
  /** The state the text's heading names first, often by the capital it was held in ("..., Mexico City, 29 September"). */
  private headingState: string | null = null;
  /** The quotation being read, so that a quotation going on keeps its speaker. */
  lastQuote: RunningQuote | null = null;
  /** In a transcript, the question just put, which the answer after it speaks to. */
  private readonly answers = new AnswerReader(this);
  /** Each sentence read and its paragraph: which of the claims made so far are of one answer. */
  readonly paragraphs = new Map<number, number>();
  /** Where each sentence read starts in the text: the sentences a pronoun may point back to. */
  private readonly sentenceStarts = new Map<number, number>();

  constructor(
    readonly text: string,
    readonly entities: Entities,
    readonly publishedOn: string,
    /** The text is a government's or a body's own statement: what it says without attribution, it says itself. */
    readonly statement = false,
    /** The state whose statement it is, when known: the issuer's state when its heading does not say. */
    readonly homeState?: string,
  ) {
    this.speakers = new Speakers(text, entities);
    if (statement && homeState) this.speakers.home = entities.state(homeState).key;
    this.acts = new ActFinder(entities, (k) => this.speakers.sideOf(k));
    this.officials = new TitledOfficials(text, entities);
  }

  read(context: SentenceContext) {
    // "SPOKESPERSON: ..." in the briefing of a body's spokesperson, no name given: the body speaks; a body the heading
    // names in words no table knows ("Media Briefing by the Spokesperson of the Department of ..., Pretoria") leaves
    // the state it names or is held in to speak.
    const unnamed = context.voice?.unnamedSpokesperson;
    const answering =
      this.headingBody ?? this.headingState ?? (this.homeState ? this.entities.state(this.homeState).key : null);
    const ctx = unnamed ? { ...context, voice: { ...context.voice!, speaker: answering } } : context;
    const { sentence } = ctx;
    this.paragraphs.set(sentence.index, sentence.paragraph);
    this.sentenceStarts.set(sentence.index, sentence.start);
    this.speakers.human.clear();
    this.speakers.voice = ctx.voice?.speaker ?? null;
    this.speakers.labelled = !!ctx.voice;
    if (sentence.index === 0) {
      this.headingBody = ctx.mentions.find((m) => this.entities.get(m.key)?.type === 'Organization')?.key ?? null;
      this.headingState = ctx.mentions.find((m) => this.entities.get(m.key)?.type === 'State')?.key ?? null;
    }
    this.answersFor(ctx.voice?.speaker);
    const units: Unit[] = this.speakers.units(ctx);
    const masked = new Masked(this.text, sentence, units);
    const before = this.claims.length;
    this.speakers.subjects.current = this.subjectIn(masked, units);
    this.speakers.sentenceIndex = sentence.index;
    this.speakers.sentenceStarts.set(sentence.index, sentence.start);
    // "speaking on behalf of ⟨G⟩": whom the speaker speaks for. "speaking also on behalf of ⟨X⟩ and ⟨Y⟩": the delegate
    // speaks, and the states named only lend their names; one state so named is whom a state's delegate speaks for.
    const onBehalf = new RegExp(
      `(?<also>also )?(?:[Oo]n behalf of|[Ss]peaking (?:also )?for) (?:the )?(?<list>${LIST})`,
    ).exec(masked.text);
    const principals = onBehalf ? listUnits(onBehalf.groups!.list!).map((i) => units[i]!.mention.key) : [];
    const alsoFor = onBehalf?.groups!.also ? principals.filter((k) => this.entities.get(k)?.type === 'State') : [];
    const reading: SentenceReading = {
      ctx,
      masked,
      units,
      onBehalf: alsoFor.length ? null : (principals[0] ?? null),
      found: [],
      taken: [],
    };
    for (const form of SPEAKER_FORMS) form(reading, this);
    const { found } = reading;
    if (alsoFor.length === 1)
      for (const f of found)
        if (f.speakers.every((k) => this.entities.get(k)?.type === 'State')) f.onBehalf = alsoFor[0]!;

    // Only the first speaker of a sentence takes what follows; later verbs are their own claims.
    found.sort((a, b) => a.verbEnd - b.verbEnd);
    // "⟨A⟩ rejected the accusations, its ministry said": the ministry is the source of ⟨A⟩'s claim, not a second claim.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      const nested = f.inverted && found.some((g) => g !== f && !g.inverted && g.verbEnd <= f.complement.end);
      const empty =
        !f.inverted && masked.text.slice(f.complement.start, f.complement.end).replace(/[\s.,;:"“”’]/g, '') === '';
      if (nested || empty) found.splice(i, 1);
    }
    addCoordinated(found, masked, this);
    readAround(found, masked);
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const next = found[i + 1];
      const end = next && !f.inverted ? Math.min(f.complement.end, nextStart(masked, next)) : f.complement.end;
      // "⟨A⟩ said (the) ⟨B⟩ urged ...": ⟨B⟩'s words are the claim; ⟨A⟩ only passes them on. When ⟨B⟩ is ⟨A⟩'s own side
      // ("the spokesperson said Beijing opposed the move"), ⟨A⟩ is saying it for ⟨B⟩, and the claim stays ⟨A⟩'s.
      if (
        !f.inverted &&
        end < f.complement.end &&
        !/[\p{L}\p{N}⟨]/u.test(
          masked.text.slice(f.complement.start, end).replace(/^\s*(?:that\b)?\s*(?:[Tt]he\s*)?$/, ''),
        )
      ) {
        const own = new Set(f.speakers.map((k) => this.speakers.sideOf(k)).filter(Boolean));
        if (next && !next.clauseStart && next.speakers.every((k) => own.has(k))) next.speakers = f.speakers;
        continue;
      }
      const from = this.claims.length;
      this.reported(ctx, f.masked ?? masked, { ...f, complement: { start: f.complement.start, end } });
      // "..., an act ⟨P⟩ called 'extremely dangerous'": the act told before the comma is what is judged.
      if (f.apposed) aimAtApposed(this.claims, before, from);
    }
    // "..., a charge ⟨B⟩ called baseless": what ⟨B⟩ denies was an accusation of ⟨B⟩, whatever its words.
    if (found.some((f) => f.charge)) chargedAsAccusations(this.claims.slice(before));

    // A quotation that goes on without attribution is its last speaker's.
    if (this.claims.length === before && !ctx.voice) continuation(this, ctx, masked);
    // A briefer's account carried on in the next sentence of the paragraph, unattributed.
    if (this.claims.length === before && !ctx.voice && !this.statement) carriedBriefing(this, ctx, masked);
    // A statement's heading names who issues it ("Statement by the Ministry of ..."); its other sentences are that body's words.
    // In a transcript, an answer's are its speaker's, and a question's no one's.
    if (this.statement && sentence.index === 0) this.speakers.memory.issuers = issuerIn(this, ctx, masked);
    else if (ctx.voice?.speaker && this.claims.length === before) ownWords(this, ctx, masked, ctx.voice.speaker);
    else if (this.statement && !ctx.voice && this.claims.length === before) ownWords(this, ctx, masked);
    else if (this.statement || ctx.voice?.speaker) this.ownWordsBefore(ctx, masked, found);
    const own = this.ownVoice(ctx);
    if (sentence.index > 0 && own.length) {
      // "The claims of ⟨B⟩ that ... are false": ⟨B⟩'s account, and the speaker's denial of it.
      rejectedAccounts(this, ctx, masked, own, before);
      // "the ⟨A⟩ has established that the attack was ordered by ⟨B⟩": the speaker's own finding accuses the doer.
      ownFindings(this, ctx, masked, own, before);
      // "⟨B⟩ claims that ... This is an attempt to shift responsibility ...": the claim just reported, denied.
      badFaithDenied(this, ctx, masked, own, before);
    }
    // "..., whose fighters had killed ...", "since it armed ...": a clause hung on a party the words name (relatives.ts).
    if (!ctx.voice?.question) hungClauses(this, ctx, masked, before);
    // "Has ⟨A⟩ established that it was ⟨B⟩?": what a question asks about is no one's claim.
    if (ctx.voice?.question && this.answers.asksOnly(masked)) this.claims.splice(before);
    if (ctx.voice?.question) this.answers.readQuestion(ctx, masked, this.claims.slice(before));
    else if (ctx.voice?.speaker) this.answers.readAnswer(ctx, masked, ctx.voice.speaker, before);
    // "We consider the decision of ⟨B⟩ ... unjustified": a verdict on a party's own decision, words or conduct is aimed at it.
    aimAtOwners(this.claims, before, masked, this.entities, (k) => this.speakers.withSides(k));
    this.aimWithSentence(before);
    this.remember(before, ctx);
    this.speakers.subjects = { current: null, previous: this.speakers.subjects.current?.key ?? null };
    this.speakers.clauseSubjects = this.clauseSubjectsIn(masked, units);
    // A person the sentence opens on who says nothing in it: whom "he" or "she" in the next refers to.
    const opening = /^[^⟨]{0,40}?(?:⟨\d+⟩[’']s (?:[a-z-]+ ){0,3})?⟨(\d+)⟩/.exec(masked.text);
    const person = opening ? units[Number(opening[1])]!.mention.key : null;
    if (person && this.entities.get(person)?.type === 'Person' && this.claims.length === before)
      this.speakers.introduced = { key: person, at: sentence.index };
    this.agent = this.agentIn(masked, units) ?? this.agent;
    this.acts.read(masked, sentence.index);
  }

  /** Whose words a sentence naming no speaker is: in a transcript the one answering (a question's are no one's), in a statement its issuer. */
  ownVoice(ctx: SentenceContext): string[] {
    if (ctx.voice) return ctx.voice.speaker ? [ctx.voice.speaker] : [];
    return this.statement ? this.speakers.memory.issuers : [];
  }

  /**
   * "called the detention an act of piracy and accused ⟨B⟩ of ...", "condemned the attack and demanded that ⟨B⟩ ...":
   * a criticism that names no one is aimed at whom its speaker's other claims in the sentence are (accused, asked,
   * warned, criticized); one they already make of that target is not made twice.
   */
  private aimWithSentence(before: number) {
    const made = this.claims.slice(before);
    const kept: ClaimDraft[] = [];
    for (const c of made) {
      if (c.kind !== 'CRITICIZE' || c.target || !c.sharesAim) {
        kept.push(c);
        continue;
      }
      // "condemned the shelling and called on ⟨B⟩ to respect the ceasefire": the party asked to stop or undo it is who did
      // it; one asked for anything else ("to continue its mediation"), or a UN organ asked to act, is not.
      const aimed = made.filter(
        (d) =>
          d.speaker === c.speaker &&
          d.target &&
          (AIM_SHARED.has(d.kind) ||
            (d.kind === 'DEMAND' && !this.speakers.unSystem(d.target) && DOER_ASKED.test(d.allegation))),
      );
      const targets = [...new Set(aimed.map((d) => d.target!))];
      if (!targets.length) kept.push(c);
      for (const target of targets)
        if (!made.some((d) => d.kind === 'CRITICIZE' && d.speaker === c.speaker && d.target === target))
          kept.push({ ...c, target, about: c.about.filter((k) => k !== target) });
    }
    this.claims.splice(before, made.length, ...kept);
  }

  /**
   * A briefing's spokesperson with no post of their own named ("Nguyen Thu Ha: ...") answers for the body
   * whose briefing it is, as its heading names it, and that body, when no state of its own is known, for the
   * state the heading names ("Press Conference of the Security Cabinet, National Palace, Mexico City"); with
   * no body named, the spokesperson answers for that state.
   */
  private answersFor(speaker: string | null | undefined) {
    const body = this.headingBody ?? this.headingState;
    if (!speaker || !body || this.entities.get(speaker)?.type !== 'Person' || this.speakers.sideOf(speaker)) return;
    if (this.headingState && body !== this.headingState && !this.speakers.stateOf(body))
      this.entities.link('partOf', body, this.headingState);
    this.entities.positions.push({ person: speaker, title: 'Spokesperson', holder: body, former: false });
  }

  /**
   * "⟨A⟩'s forces carried out this attack, and we call on ...": in a statement or an answer, the clauses
   * before the issuer's own "we" are the issuer's words too.
   */
  private ownWordsBefore(ctx: SentenceContext, masked: Masked, found: Found[]) {
    const first = found.find((f) => !f.inverted);
    if (!first || first.region.start === 0) return;
    const own = ctx.voice?.speaker ? [ctx.voice.speaker] : this.speakers.memory.issuers;
    if (!own.length || !first.speakers.every((k) => own.includes(k))) return;
    const lead = /^(.*?)(?:,? and|;|, but)\s*$/.exec(masked.text.slice(0, first.region.start));
    if (lead && /⟨\d+⟩/.test(lead[1]!)) ownWords(this, ctx, masked, ctx.voice?.speaker ?? undefined, lead[1]!.length);
  }

  /** What a statement says, clause by clause (said.ts). */
  readStatement(masked: Masked, span: Span, units: Unit[], speakers: string[]): Reading[] {
    return readStatement(this.speakers, masked, span, units, speakers);
  }

  /** The words of an allegation (allegation.ts). */
  cut(masked: Masked, start: number, end: number): string {
    return cut(this.text, this.entities, masked, start, end);
  }

  trimQuote(span: Span): Span {
    return trimQuote(this.text, span);
  }

  /** A speaker and a verb found: the claims they make. */
  private reported(ctx: SentenceContext, masked: Masked, f: Found) {
    const units = masked.units;
    let kind = f.verb.kind;
    // Participles hung on the verb make claims of their own, with the same speakers.
    const hung = participlesOf(masked, f);
    const ownEnd = Math.min(f.complement.end, ...hung.filter((h) => h.start >= f.complement.start).map((h) => h.start));
    // What a monitor, a panel or an inspectorate says is a finding.
    if (kind === 'STATE' && f.speakers.every((s) => this.speakers.monitors(s))) kind = 'REPORT';
    const plain: ClaimKind = f.cited ? 'REPORT' : 'STATE';
    const frameEnd = f.inverted
      ? f.verbEnd
      : this.frameEnd(
          masked.text,
          f.verbEnd,
          ownEnd,
          kind === 'STATE' || kind === 'REPORT' || f.verb.thatClause,
          f.verb.listener,
        );
    const frame = f.inverted ? { start: f.complement.end, end: masked.text.length } : { start: 0, end: frameEnd };
    const frameText = masked.text.slice(f.verbEnd, frameEnd);
    if (kind === 'STATE' && /\b(?:report|findings|investigation)\b/i.test(frameText)) kind = 'REPORT';
    const complement = f.inverted ? f.complement : { start: frameEnd, end: ownEnd };
    // "claimed that its aircraft flew ... in accordance with international rules": a claim that dismisses takes its kind from its words.
    // "claimed that the missiles were purely defensive": so does one that justifies and tells of no wrong.
    const claimed = masked.text.slice(complement.start, complement.end);
    const justifies = JUSTIFICATION.test(claimed) && !WRONG_DONE.test(claimed);
    if (f.verb.thatClause && kind === 'ACCUSE' && (DISMISSAL.test(claimed) || justifies)) kind = 'STATE';

    // "briefed the Council on the ceasefire, saying that ...": what a listener is told about is a topic, not words said;
    // the participles say what was said.
    const topic = /^\s*(?:(?:the )?(?:⟨\d+⟩|[Cc]ouncil|members|reporters|journalists) )?(?:on|about)\b/;
    if (f.verb.listener && !f.inverted && topic.test(masked.text.slice(f.verbEnd, complement.end))) {
      hungClaims(this, ctx, masked, f, hung, frame);
      return;
    }
    if (kind !== 'STATE' && !f.inverted) {
      const o = readObject(this, ctx, masked, f, kind, complement);
      // The date of a claim may come between the verb and what is claimed ("accused ⟨B⟩ on Tuesday of").
      // "rejected the accusations on Thursday": a denial of accusations is dated where its clause is.
      const dated = { start: frame.start, end: o.deniesAccusation ? ownEnd : Math.max(frame.end, o.allegationStart) };
      for (const r of o.readings) {
        // "accused ⟨B⟩ of ... and vowed to retaliate": a warning naming no one threatens whom its speaker just accused.
        const warned =
          r.kind === 'WARN' &&
          r.target === null &&
          !r.targetKeys?.length &&
          !r.aimless &&
          !UNNAMED.test(masked.text.slice(r.span.start, r.span.end))
            ? this.recentTargets(f.speakers, ctx.sentence.index)
            : r.targetKeys;
        // "summoned the chargé d'affaires of the ⟨Russian Embassy⟩": the protest is aimed at the state the envoy serves.
        // "delivered a note of protest to the ⟨Embassy of Fiji⟩": so is a protest handed to an envoy or a mission.
        const envoy =
          ENVOY_VERBS.has(f.verb.lemma) && r.target !== null && f.verb.kind === 'CRITICIZE'
            ? units[r.target]!.mention.key
            : null;
        this.emit({
          kind: r.kind,
          speakers: f.speakers,
          targets: r.target === null || envoy ? [] : [r.target],
          targetKeys: envoy ? [this.speakers.sideOf(envoy) ?? envoy] : warned,
          units,
          masked,
          ctx,
          onBehalf: f.onBehalf,
          allegation: this.cut(masked, r.span.start, r.span.end),
          region: { start: f.region.start, end: ownEnd },
          frame: dated,
          deniesAccusation: o.deniesAccusation,
          deniedAccuser: o.deniedAccuser,
          denies: o.denies,
          tense: f.kindVerb,
          sharesAim: r.sharesAim,
        });
      }
      hungClaims(this, ctx, masked, f, hung, frame);
      return;
    }

    // "told ⟨B⟩ it had no involvement": a denial told to ⟨B⟩ answers ⟨B⟩'s accusation.
    const listener = f.verb.listener ? /⟨(\d+)⟩/.exec(frameText) : null;
    const toldAccuser = listener ? units[Number(listener[1])]!.mention.key : null;
    // "..., warned ⟨A⟩": a verb of its own kind before its speaker gives the words its kind.
    const ownKind = f.inverted && !f.cited && f.verb.kind !== 'STATE' ? f.verb.kind : null;
    const readings: Reading[] = (f.verb.plain ? [] : this.readStatement(masked, complement, units, f.speakers)).map(
      (r) => (ownKind ? { ...r, kind: ownKind } : r),
    );
    // "..., according to ⟨the Panel⟩": a monitor's words after a plain verb are its finding, read as such even inverted.
    const plainVerb = kind === 'STATE' || (kind === 'REPORT' && f.verb.kind === 'STATE');
    // "has praised the seizure": thanks or praise that names no party after its verb is not drafted aimed at no one.
    const unnamed = f.verb.plain && !/⟨\d+⟩/.test(masked.text.slice(complement.start, complement.end));
    const words = masked.text.slice(complement.start, complement.end);
    // "complained that ⟨B⟩ endangered peace", "⟨A⟩'s ⟨B⟩": a grievance about a party other than the speaker's side
    // charges it; one about no party ("protested that the weapons could end up with ...") is no claim of its own.
    const possessed = f.verb.grievance ? /^\s*(?:that\s+)?(?:the )?⟨\d+⟩[’']s ⟨(\d+)⟩/.exec(words) : null;
    const grieved = possessed ? Number(possessed[1]) : subjectOf(words, units);
    const aggrieved =
      f.verb.grievance &&
      grieved !== null &&
      isActorType(this.entities.get(units[grieved]!.mention.key)?.type) &&
      !this.speakers.withSides(f.speakers).includes(units[grieved]!.mention.key);
    if (
      (!f.inverted || plainVerb || ownKind) &&
      readings.length === 0 &&
      !unnamed &&
      (aggrieved || !f.verb.grievance)
    ) {
      const subject = aggrieved ? grieved : subjectOf(words, units);
      readings.push({
        kind: aggrieved
          ? 'ACCUSE'
          : kind === 'STATE' || f.inverted
            ? f.inverted && !f.cited
              ? f.verb.kind
              : plain
            : kind,
        target: subject,
        span: complement,
      });
    }
    // '"...," she said, "and ..."': the words after the attribution are the same quotation's.
    const region = f.inverted
      ? { start: 0, end: f.complement.end === f.region.end ? ownEnd : this.tailEnd(masked.text, f.verbEnd) }
      : { start: f.region.start, end: ownEnd };
    // Claims from the participles first: a criticism without a target of its own takes theirs.
    const firstHung = this.claims.length;
    hungClaims(this, ctx, masked, f, hung, frame);
    const hungTargets = this.claims.slice(firstHung).flatMap((c) => (c.target ? [c.target] : []));
    for (const r of readings) {
      const targets = r.target === null ? [] : [r.target];
      const context = r.targetKeys?.length
        ? r.targetKeys
        : targets.length || r.aimless || r.kind === 'STATE' || r.kind === 'REPORT' || r.kind === 'CALL_FOR'
          ? []
          : r.antecedent
            ? this.actDoer(masked.text.slice(r.span.start, r.span.end), f.speakers, ctx.sentence.index)
            : hungTargets.length
              ? hungTargets
              : this.recentTargets(f.speakers, ctx.sentence.index);
      this.emit({
        kind: r.pointsBack && !context.length ? 'STATE' : r.kind,
        speakers: f.speakers,
        targets,
        targetKeys: context,
        units,
        masked,
        ctx,
        onBehalf: f.onBehalf,
        allegation: this.cut(masked, r.span.start, r.span.end),
        region,
        frame,
        quotePart: readings.length > 1 ? r.span : undefined,
        tense: f.kindVerb,
        deniedAccuser: r.kind === 'DENY' ? toldAccuser : null,
      });
    }
  }

  /** The end of a quotation resumed after its attribution ('..." she said, "and ..."'), or the attribution's end. */
  private tailEnd(masked: string, verbEnd: number): number {
    const tail = /^[^"“⟨]*?,\s*["“]/.exec(masked.slice(verbEnd));
    return tail ? masked.length : verbEnd;
  }

  /** Where the words said begin: after "that", a listener, a time or a medium ("told ⟨R⟩ in a report in April, that"). */
  private frameEnd(masked: string, verbEnd: number, end: number, beforeThat: boolean, toListener: boolean): number {
    const rest = masked.slice(verbEnd, end);
    // "protested to the ⟨United Nations⟩ that ...": a listener may be named after "to", where the words are addressed.
    const listener = toListener
      ? String.raw`|(?:the |a |an )?(?:(?!that )[a-z-]+ )?⟨\d+⟩(?: (?:committee|panel|meeting|delegation))?(?! (?:not )?(?:to|of)\b)|${AUDIENCE}|the (?:[Cc]ouncil|[Aa]ssembly|[Cc]ommittee)|to (?:the )?(?:[a-z-]+ )?⟨\d+⟩`
      : '';
    // Each piece ends a word: "again" is not the start of "against".
    const lead = new RegExp(String.raw`^(?:\s*,?\s*(?:${FRAME_ADVERBIAL}${listener})(?![\p{L}])\s*,?)*`, 'u').exec(
      rest,
    );
    let at = lead ? lead[0].length : 0;
    // "said on Friday that ...": "that" opens the words said only where the frame ends, never inside them.
    const that = beforeThat ? /^\s*that\b\s*/.exec(rest.slice(at)) : null;
    if (that) at += that[0].length;
    return verbEnd + at;
  }

  /** Remembers a sentence's speakers for its pronouns, and the quotation its claims end in. */
  private remember(before: number, ctx: SentenceContext) {
    const made = this.claims.slice(before);
    if (made.length === 0) {
      // A sentence outside any quotation ends the run of a speaker's quotations.
      if (!ctx.quotations.some((q) => intersect(q.inner, ctx.sentence))) this.lastQuote = null;
      return;
    }
    this.speakers.remember(made);
    this.lastQuote = runningQuote(this, made, before);
  }

  /** The state or body a sentence's first clause opens on: "On 10 January 1997, ⟨China⟩ vetoed ...", "⟨Taiwan⟩ donated ...". */
  private subjectIn(masked: Masked, units: Unit[]): { key: string; at: number } | null {
    for (const m of masked.text.matchAll(/(?:^|, |\s[-–—] )(?:[Tt]he )?⟨(\d+)⟩ (?=[a-z])/g)) {
      const key = units[Number(m[1])]!.mention.key;
      if (['State', 'Organization'].includes(this.entities.get(key)?.type ?? '')) return { key, at: m.index! };
    }
    return null;
  }

  /** The states and bodies a sentence names as the subjects of its clauses: "⟨A⟩ said that ⟨B⟩ had ...", "..., ⟨B⟩ has given". */
  private clauseSubjectsIn(masked: Masked, units: Unit[]): string[] {
    const found: string[] = [];
    for (const m of masked.text.matchAll(CLAUSE_SUBJECT)) {
      const key = units[Number(m[1])]!.mention.key;
      if (
        ['State', 'Organization'].includes(this.entities.get(key)?.type ?? '') &&
        units[Number(m[1])]!.mention.form !== 'demonym'
      )
        found.push(key);
    }
    return found;
  }

  /** The actor a sentence reports doing something: "⟨A⟩ fired ...", "⟨A⟩'s missile attack", "the ⟨A⟩ strike", "an attack by ⟨A⟩". */
  private agentIn(masked: Masked, units: Unit[]): string | null {
    const actor = (i: number) =>
      ['State', 'Organization'].includes(this.entities.get(units[i]!.mention.key)?.type ?? '');
    const patterns = [
      new RegExp(`(?:^|[,;] |\\b(?:and|but) )(?:the )?⟨(\\d+)⟩ ${DID}`, 'gi'),
      new RegExp(`⟨(\\d+)⟩(?:[’']s)? (?:[a-z-]+ )?${DONE_BY}`, 'gi'),
      new RegExp(
        `\\b(?:attacks?|strikes?|launch(?:es)?|offensive|shelling|bombardment) (?:carried out )?by (?:the )?⟨(\\d+)⟩`,
        'gi',
      ),
    ];
    let found: { at: number; key: string } | null = null;
    for (const re of patterns) {
      for (const m of masked.text.matchAll(re)) {
        const i = Number(m[1]);
        if (!actor(i) || this.speakers.insideQuote(masked.offset(m.index!))) continue;
        if (!found || m.index! < found.at) found = { at: m.index!, key: units[i]!.mention.key };
      }
    }
    return found?.key ?? null;
  }
  /**
   * What "it" or "them" stands for in "called it a violation": the
   * targets of the latest claims of this sentence or the one before (not
   * the speaker's own side), else who did what the text last reported.
   */
  referent(speakers: string[], sentence: number): string[] {
    const own = new Set(this.speakers.withSides(speakers));
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i]!;
      if (c.sentenceIndex < sentence - 1) break;
      // "thanks ⟨A⟩ and ⟨B⟩ for ... and asks them to ...": the parties thanked are what "them" stands for.
      if (c.kind === 'DENY' || (c.kind === 'STATE' && !c.thanked) || !c.target || own.has(c.target)) continue;
      const group = this.claims.filter(
        (d) =>
          d.sentenceIndex === c.sentenceIndex &&
          d.speaker === c.speaker &&
          d.kind === c.kind &&
          !!d.thanked === !!c.thanked &&
          d.target &&
          !own.has(d.target),
      );
      return [...new Set(group.map((d) => d.target!))];
    }
    return this.doer(speakers);
  }
  /**
   * Whom a clause about an act it names ("the attacks breached ...") is aimed at: who the text said did that act
   * (acts.ts), else who last did anything, unless that is the speaker's own side.
   */
  actDoer(words: string, speakers: string[], sentence: number): string[] {
    const doer = this.acts.doerOf(words, this.speakers.withSides(speakers), sentence);
    return doer ? [doer] : this.doer(speakers);
  }
  /** Whom a clause about something done ("the launch violated ...") is aimed at: who did it, unless that is the speaker's own side. */
  doer(speakers: string[]): string[] {
    const own = new Set(this.speakers.withSides(speakers));
    return this.agent && !own.has(this.agent) ? [this.agent] : [];
  }
  /**
   * The targets of the same side's claims in this sentence or the one
   * before: in '"This is unprecedented," he said', "this" is what his side
   * has just been accusing.
   */
  recentTargets(speakers: string[], sentence: number): string[] {
    const sides = new Set(this.speakers.withSides(speakers));
    const targets: string[] = [];
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i]!;
      if (c.sentenceIndex < sentence - 1) break;
      if (targets.length && c.sentenceIndex !== this.claims[i + 1]?.sentenceIndex) break;
      const side = [c.speaker, c.onBehalfOf].some((s) => s && sides.has(s));
      if (side && c.target && c.kind !== 'STATE' && c.kind !== 'DENY' && !targets.includes(c.target))
        targets.unshift(c.target);
    }
    return targets;
  }
  /**
   * The one person of another side than the speakers' that this sentence or the one before names, for a "he" or "she"
   * that a speaker's words open on; none when the two sentences name none, or more than one.
   */
  personBefore(speakers: string[], sentence: number): string[] {
    const own = new Set(this.speakers.withSides(speakers));
    const from = this.sentenceStarts.get(sentence - 1) ?? this.sentenceStarts.get(sentence);
    const to = this.sentenceStarts.get(sentence + 1) ?? this.text.length;
    if (from === undefined) return [];
    const named = [...this.entities.byKey.values()].filter(
      (e) => e.type === 'Person' && !own.has(e.key) && e.mentions.some((m) => m.start >= from && m.start < to),
    );
    return named.length === 1 ? [named[0]!.key] : [];
  }
  /**
   * "urged the Council to ...", "the Council was looking at the wrong border": in a text that names the Security
   * Council, a bare "Council" addressed or judged is that Council, not another council or committee the text named
   * before ("the Presidential Council", "the Security Council Committee ...").
   */
  private councilMeant(unit: Unit): string {
    const { key, start, end } = unit.mention;
    if (key === SECURITY_COUNCIL_KEY || !this.entities.get(SECURITY_COUNCIL_KEY)?.mentions.length) return key;
    return this.text.slice(start, end) === 'Council' ? SECURITY_COUNCIL_KEY : key;
  }
  /**
   * "We have explained our reasons to ⟨Kyiv⟩": a capital a party is told something in, or thanked in, is its
   * government, the state, though the mentions read a capital after "to" as the city.
   */
  private seatMeant(key: string): string {
    const place = this.entities.get(key);
    if (place?.type !== 'Place' || STATE_FORMS.get(place.name)?.role !== 'capital') return key;
    return this.entities.locatedIn.find((l) => l.from === key)?.to ?? key;
  }

  /** A claim whose words are `words` of the masked sentence, with no frame of saying around them. */
  emitTold(told: Told, words: Span) {
    this.emit({
      ...told,
      targets: told.targets ?? [],
      units: told.units ?? told.masked.units,
      onBehalf: told.onBehalf ?? null,
      allegation: this.cut(told.masked, words.start, words.end),
      region: told.region ?? words,
      frame: { start: 0, end: 0 },
    });
  }

  /**
   * One reading of a whole sentence that carries a speaker on: the sentence is its region, and its quote is the
   * reading's words when the sentence has several readings.
   */
  emitReading(told: Told, words: Span, several: boolean) {
    const whole = { start: 0, end: told.masked.text.length };
    this.emitTold({ ...told, region: whole, quotePart: several ? words : undefined }, words);
  }

  emit(e: Emission) {
    const { masked, ctx } = e;
    // What a monitor, a panel or an inspectorate states is a finding, whatever form it is said in ("..., saying that").
    if (e.kind === 'STATE' && e.speakers.length && e.speakers.every((s) => this.speakers.monitors(s)))
      e = { ...e, kind: 'REPORT' };
    // What a monitor or the United Nations says a party did is a finding too: "the Force had recorded violations by ⟨B⟩".
    // An organ that decides by vote charges whom its decision punishes ("imposed an embargo on ⟨B⟩, accusing it of ..."):
    // that is an accusation, as analysts record it.
    if (
      e.kind === 'ACCUSE' &&
      e.speakers.length &&
      e.speakers.every((s) => this.speakers.monitors(s) || this.speakers.unSystem(s)) &&
      !e.speakers.every((s) => decidingOrgan(this.entities, s))
    )
      e = { ...e, kind: 'REPORT' };
    const regionSpan = masked.original(e.region.start, e.region.end);
    const quoteArea = e.quotePart ? masked.original(e.quotePart.start, e.quotePart.end) : regionSpan;
    const quotes = ctx.quotations
      .map((q) => intersect(q.inner, quoteArea))
      .filter((s): s is Span => s !== null && s.end - s.start >= 2)
      .map((s) => trimQuote(this.text, s))
      .filter((s) => s.end > s.start);
    // Targets are actors: "the F-16s posed no threat", "the resolution was one-sided" aim at no weapon and no text.
    const targetKeys = [...e.targets.map((t) => this.councilMeant(e.units[t]!)), ...(e.targetKeys ?? [])].filter((k) =>
      isActorType(this.entities.get(k)?.type),
    );
    const regionText = masked.text.slice(e.region.start, e.region.end);
    // "thanked ⟨B⟩ for ...", "welcomed ⟨B⟩'s offer": a position aimed at the party thanked or whose act is welcomed,
    // each of them when it names several.
    let thanks = false;
    if (e.kind === 'STATE') {
      const own = new Set([...this.speakers.withSides(e.speakers), ...(e.onBehalf ? [e.onBehalf] : [])]);
      const ownUnit = (u: number) => {
        const key = e.units[u]?.mention.key;
        return !key || own.has(key) || own.has(this.speakers.sideOf(key) ?? '');
      };
      const thanked = thankedParties(regionText, ownUnit)
        .map((u) => this.seatMeant(this.councilMeant(e.units[u]!)))
        .filter((k) => isActorType(this.entities.get(k)?.type));
      if (thanked.length) targetKeys.splice(0, targetKeys.length, ...thanked);
      thanks = thanked.length > 0 || thanksIn(regionText, ownUnit);
    }
    const mentioned = [...new Set(listUnits(regionText).map((i) => e.units[i]!.mention.key))];
    const madeOn = dateOf(
      this.publishedOn,
      (o) => this.speakers.insideQuote(o),
      ctx,
      masked,
      e.frame,
      e.tense ?? 'said',
    );
    const allegation = e.allegation || this.cut(masked, e.region.start, e.region.end) || 'statement';
    for (const speaker of e.speakers) {
      const onBehalfOf =
        e.onBehalf && e.onBehalf !== speaker
          ? e.onBehalf
          : (this.speakers.sideOf(speaker) ?? this.officials.sideOf(speaker, this.claims, ctx.sentence.index));
      // "Washington was working to increase aid, he said": a speaker's words about its own side aim at no one.
      const aimed = targetKeys.filter((t) => t !== speaker && t !== onBehalfOf);
      // "condemned the raids as a violation of ⟨Syrian⟩ sovereignty": a criticism naming only its own side is aimed at
      // whoever did what it names, when the text said who (acts.ts).
      if (targetKeys.length && !aimed.length && !['STATE', 'DENY', 'CRITICIZE'].includes(e.kind)) continue;
      for (const target of aimed.length ? aimed : [null]) {
        this.claims.push({
          kind: e.kind,
          speaker,
          onBehalfOf: onBehalfOf && onBehalfOf !== speaker ? onBehalfOf : null,
          target,
          about: mentioned.filter((k) => k !== speaker && k !== target && k !== onBehalfOf),
          allegation,
          madeOn,
          quotes: [...quotes],
          sentence: { start: ctx.sentence.start, end: ctx.sentence.end },
          answers: null,
          deniesAccusation: e.kind === 'DENY' && (e.deniesAccusation ?? true),
          deniedAccuser: e.deniedAccuser ?? null,
          denies: e.denies ?? [],
          sentenceIndex: ctx.sentence.index,
          ...(e.sharesAim && !target ? { sharesAim: true } : {}),
          ...(thanks ? { thanked: true } : {}),
        });
        // "thanks ⟨A⟩ and ⟨B⟩ for ..., and asks them to speed up deliveries": a demand of each party thanked.
        if (thanks && target && THEM_ASKED_AFTER.test(regionText))
          this.claims.push({ ...this.claims.at(-1)!, kind: 'DEMAND', thanked: undefined, quotes: [...quotes] });
      }
    }
  }
}
