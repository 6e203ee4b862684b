import { demandsWithProtests } from './claims/protested.js';
import { apposedDenials } from './claims/backed.js';
import { predecessorsInPeriod } from './claims/predecessors.js';
import { aimAtDoers, ClaimFinder, type ClaimDraft } from './claims/index.js';
import { adversaryOf, settleClaims } from './claims/conventions.js';
import { aimWithin } from './claims/within.js';
import { assemble, defaultTitle } from './draft.js';
import { accusationsDenied, deniedAsAccusations, deniedOrgansAsStates, openingIn, side } from './claims/denied.js';
import { aimAtReportAuthors } from './claims/reports.js';
import { aimAtOpening, announcedActs, bodiesFindings, eachClauseFound } from './claims/bodies.js';
import { measuresLaid } from './claims/measures.js';
import { aimAtRebutted } from './claims/rebutted.js';
import { rebuttalsAsDenials } from './claims/rebuttal.js';
import { aimAtOwnAccount } from './claims/own-account.js';
import { aimJudgedThings, notAtOwnSide } from './claims/judged.js';
import { signatoriesAsStates } from './claims/signed.js';
import { aimResolve } from './claims/content.js';
import { notAtPartiesOfText } from './claims/texts-judged.js';
import { accuseSuppliers, tellSupplies, type ToldSupply } from './claims/supplies-told.js';
import { UNNAMED } from './claims/lexicon.js';
import { HEADING_TOPIC } from './claims/patterns.js';
import { aimAtOrgans } from './claims/organs-aimed.js';
import { withoutOrgansInHeadings } from './claims/headings.js';
import { eachParty } from './claims/parties.js';
import { aimAtRoles } from './claims/roles.js';
import { Entities, type Mention } from './entities.js';
import { STATE_FORMS } from './gazetteer.js';
import { aboutTheDecision, aboutWhatWasTold } from './drafted/context.js';
import { EventFinder } from './drafted/events.js';
import { ResolutionFinder } from './drafted/resolutions.js';
import { TransferFinder } from './drafted/transfers.js';
import { Masked } from './masked.js';
import { Transcript } from './transcript.js';
import { MentionFinder } from './mentions.js';
import { PRESENT_WORDS } from './verbs.js';
import { PeopleFinder } from './people.js';
import { aimFindings, aimFindingSubjects, researchFindings, stateMediaCharges } from './claims/sources.js';
import { escapeRegExp, findQuotations, intersect, splitSentences, within, type Sentence } from './text.js';
import type { Draft, ExtractContext, Extractor, ExtractInput, GroundedEntity } from './types.js';
import type { TransferStatus } from '../domain/index.js';

/**
 * The extractor that runs offline: gazetteers and patterns of news writing
 * over compromise's sentences and chrono-node's dates, grounded in the
 * graph when there is one. It reads the text once, sentence by sentence,
 * so that pronouns and surnames resolve to what came before.
 */
export class RulesExtractor implements Extractor {
  async extract(input: ExtractInput, context: ExtractContext = {}): Promise<Draft> {
    const { text } = input;
    const warnings: string[] = [];
    const sentences = splitSentences(text);
    const quotations = findQuotations(text);
    const entities = new Entities();
    const statement = isStatement(text, input.publisher);
    // A news headline names the states in the story, not the publisher's own: only a statement's title, or failing that its text, says whose government speaks.
    const transcript = new Transcript(text, sentences);
    // A briefing's heading places it ("Government Press Conference, Berlin, 17 June"): its unqualified ministries are that state's.
    const homeState =
      stateNamedIn(input.publisher ?? '') ??
      (statement
        ? (stateNamedIn(input.title ?? '') ??
          stateNamedIn(issuerIn(text)) ??
          authoringState(text) ??
          placedIn(datelineOf(text)))
        : undefined) ??
      (transcript.active ? placedIn(text.trimStart().split('\n')[0]!) : undefined);
    const mentions = new MentionFinder(text, entities, homeState).find();
    const people = new PeopleFinder(text, entities, homeState);
    const claims = new ClaimFinder(text, entities, input.publishedOn, statement, homeState);
    const transfers = new TransferFinder(text, entities, input.publishedOn, homeState);
    const resolutions = new ResolutionFinder(text, entities);
    const events = new EventFinder(text, entities, input.publishedOn);
    claims.speakers.allQuotations = quotations;

    const toldSupplies: ToldSupply[] = [];
    for (const sentence of sentences) {
      const inSentence = mentions.filter((m) => within(m, sentence));
      const found: Mention[] = [...inSentence, ...people.inSentence(sentence, inSentence)].sort(
        (a, b) => a.start - b.start,
      );
      const before = claims.claims.length;
      const ctx = {
        sentence,
        mentions: found,
        quotations: quotations.filter((q) => intersect(q, sentence)),
        voice: transcript.voiceOf(sentence, entities),
      };
      claims.read(ctx);
      const made = claims.claims.slice(before);
      const masked = new Masked(
        text,
        sentence,
        found.map((m) => ({ mention: m, span: m.phrase ?? { start: m.start, end: m.end } })),
      );
      announcedActs(claims, ctx, masked, made.length);
      measuresLaid(claims, ctx, masked);
      made.push(...claims.claims.slice(before + made.length));
      const numbered = found.filter((m) => entities.get(m.key)?.type === 'Resolution').map((m) => m.key);
      const described = resolutions.read(masked, numbered).map((r) => r.key);
      const parties = new Set<string>();
      const supplying = new Set<string>();
      const supplied: { supplier: string; recipient: string }[] = [];
      researchFindings(made, entities);
      bodiesFindings(made, entities, text);
      const named = [
        ...transfers.read(
          masked,
          (suppliers, recipients) => {
            for (const k of [...suppliers, ...recipients]) parties.add(claims.speakers.sideOf(k) ?? k);
            for (const k of suppliers) supplying.add(claims.speakers.sideOf(k) ?? k);
            for (const supplier of suppliers)
              for (const recipient of recipients) supplied.push({ supplier, recipient });
            return transferStatus(made, [...suppliers, ...recipients]);
          },
          speakerState(claims.claims.at(-1), entities),
        ),
        ...events.read(masked, sentence, [...new Set([...described, ...numbered])]),
      ].map((d) => d.key);
      toldSupplies.push(...tellSupplies(claims, ctx, masked, made, supplied, named));
      // The claims of a sentence are about what it drafts and the resolutions it names.
      for (const c of made) for (const k of [...named, ...described]) if (!c.about.includes(k)) c.about.push(k);
      aimFindings(made, supplying, parties, entities, (k) => claims.speakers.sideOf(k));
      aimFindingSubjects(made, text, found, entities, (k) => claims.speakers.sideOf(k));
      claims.claims.push(...eachClauseFound(made, text, found, entities, (k) => claims.speakers.sideOf(k)));
      aimAtOpening(made, text, found, entities, (k) => claims.speakers.sideOf(k));
      stateMediaCharges(made, text, found, entities, (k) => claims.speakers.stateOf(k));
    }

    accuseSuppliers(claims, toldSupplies);
    const aimed = aimAtDoers(claims.claims, entities, text);
    predecessorsInPeriod(aimed, entities, text);
    claims.acts.aim(aimed);
    aimed.splice(0, aimed.length, ...aimAtRoles(aimed, claims.acts, entities, text));
    demandsWithProtests(aimed);
    const drafts = withoutOrgansInHeadings(withoutHeadlineRepeats(dedupe(aimed), sentences), sentences, entities);
    const grounded: Map<string, GroundedEntity> = context.grounding
      ? await context.grounding.ground(
          [...entities.byKey.values()].map((r) => ({ key: r.key, type: r.type, names: [r.name, ...r.aliases] })),
        )
      : new Map();
    apposedDenials(drafts, text);
    await answerDenials(drafts, sentences, context, grounded, warnings);
    deniedToAdversary(drafts);
    deniedAsAccusations(drafts);
    accusationsDenied(drafts, (k) => claims.speakers.sideOf(k), openingIn(text, mentions));
    rebuttalsAsDenials(drafts, (k) => claims.speakers.sideOf(k));
    aimAtReportAuthors(drafts, entities, text);
    aboutWhatIsAnswered(drafts, entities);
    aimAtWhatIsAnswered(drafts);
    const home = homeState ? entities.state(homeState).key : undefined;
    aimAtRebutted(drafts, entities, (k) => claims.speakers.sideOf(k), home);
    aimAtOwnAccount(drafts, (k) => claims.speakers.sideOf(k), home, statement);
    signatoriesAsStates(
      drafts,
      (k) => entities.get(k)?.type === 'Person',
      (k) => claims.speakers.sideOf(k),
    );
    notAtOwnSide(
      drafts,
      (k) => claims.speakers.sideOf(k),
      (k) => claims.speakers.stateOf(k),
    );
    drafts.splice(
      0,
      drafts.length,
      ...eachParty(aimWithin(settleClaims(drafts, entities, home, text), entities, text, sentences), entities, text),
    );
    aimJudgedThings(drafts, text, (k) => entities.get(k)?.type === 'Person', adversaryOf);
    drafts.splice(0, drafts.length, ...aimResolve(drafts, entities, text, adversaryOf, UNNAMED));
    notAtPartiesOfText(drafts, entities, text);
    aboutWhatWasTold(drafts, sentences, entities);
    aboutTheDecision(drafts, sentences, entities);
    aimAtOrgans(drafts, entities, mentions, text);
    deniedOrgansAsStates(drafts, (k) => claims.speakers.stateOf(k));
    if (drafts.length === 0)
      warnings.push('no claim found: no sentence has a speaker and a reporting verb the extractor knows');

    entities.settleAfterClaims();
    return assemble({
      input,
      title: defaultTitle(input, sentences[0]?.text),
      entities,
      claims: drafts,
      grounded,
      warnings,
    });
  }
}

/** "Mainland Affairs Council Statement on ...": a body's name in title case, then what it issues and its topic. */
const BODY_STATEMENT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}’'.&-]*\s+){1,6}(?:Press |Official )?(?:Statement|Press [Rr]elease|Readout|Declaration|Communiqu[eé])(?:\s+(?:${HEADING_TOPIC})\b|\s*[:–—]|\s*$)`,
  'u',
);

/** Where a heading turns from who issues it to what it is about. */
const HEADING_TURN = new RegExp(String.raw`\s(?:${HEADING_TOPIC}|after)\s|[:–—]`);

/** A statement's heading ("Statement by ...", "Comment by the Spokesperson ...", "Government Press Release: ...") or a government body's publishing it. */
function isStatement(text: string, publisher?: string | null): boolean {
  const heading = text.trimStart().split('\n')[0]!;
  return (
    // "Communiqué" ends on a letter \b does not count as one: the word is closed by what follows it instead.
    /^(?:(?:Joint|Press|Government|Official|Ministry|Ministerial) ){0,2}(?:Statement|Comment|Press [Rr]elease|Readout|Remarks|Declaration|Communiqu[eé])(?![\p{L}])/u.test(
      heading,
    ) ||
    BODY_STATEMENT.test(heading) ||
    /\b(?:Ministry|Department|Foreign Office|White House|Kremlin|Presidency|Prime Minister's Office|Government of)\b/.test(
      publisher ?? '',
    )
  );
}

/** The state a publisher or title names ("Ministry of Foreign Affairs of Ukraine"), for an unqualified ministry. */
function stateNamedIn(words: string): string | undefined {
  return NAMED_FORMS.find(([form]) => form.test(words))?.[1];
}

/** Every state form as a whole word, longest first, built once rather than on each text. */
const NAMED_FORMS: [RegExp, string][] = [...STATE_FORMS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([form, entry]) => [new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'u'), entry.code]);

/**
 * Who a statement's heading says issues it, without what it is about: "Statement of the Ministry of Foreign Affairs
 * of the Republic of Estonia", but not the Russian strikes of "Statement by the Ministry of Foreign Affairs on the
 * Russian strikes".
 */
function issuerIn(text: string): string {
  const heading = text.trimStart().split('\n')[0]!;
  return heading.split(HEADING_TURN)[0]!;
}

/** A statement's dateline, the short line under its heading that dates it ("Taipei, 20 February 2024"); else nothing. */
function datelineOf(text: string): string {
  const lines = text
    .trimStart()
    .split('\n')
    .slice(1, 4)
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines[0] ?? '';
  return line.length <= 60 && /\b(?:1[89]|20)\d\d\b/.test(line) ? line : '';
}

/**
 * The state a heading places a briefing in, by a part of its own between commas ("Government Press Conference,
 * Berlin, 17 June 2026"); a name that holds a state's other name ("Mark Holland, Principal Deputy Spokesperson") does not.
 */
function placedIn(heading: string): string | undefined {
  for (const part of heading.split(/\s*,\s*/)) {
    const entry = STATE_FORMS.get(part.trim());
    if (entry) return entry.code;
  }
  return undefined;
}

/**
 * The state whose own statement a text is, when neither its publisher nor
 * its heading names one ("Statement by the Ministry of Foreign Affairs on
 * ..."): the state the text names as its government ("the Government of
 * ⟨X⟩"), as the subject of what it does or will do ("⟨X⟩ calls on ...",
 * "⟨X⟩ will not be intimidated"), or as "our" country.
 */
export function authoringState(text: string): string | undefined {
  const body = text.slice(text.indexOf('\n') + 1);
  const names = [...STATE_FORMS]
    .filter(([, f]) => f.role === 'name')
    .map(([form]) => form)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const scores = new Map<string, number>();
  const add = (form: string | undefined, n: number) => {
    const code = form ? STATE_FORMS.get(form)?.code : undefined;
    if (code) scores.set(code, (scores.get(code) ?? 0) + n);
  };
  for (const m of body.matchAll(new RegExp(`\\b[Tt]he Government of (?:the )?(${names})(?![\\p{L}])`, 'gu')))
    add(m[1], 2);
  // A sentence opening with a state that does something: the issuer speaking of itself in the third person.
  const acts = `(?:will|shall|has|have|is|remains|stands|continues|reserves|expects|strongly|firmly|once again|again|cannot|does|did|${PRESENT_WORDS.join('|')})`;
  for (const m of body.matchAll(new RegExp(`(?:^|[.!?]\\s+)(?:The )?(${names}) ${acts}\\b`, 'gmu'))) add(m[1], 2);
  for (const m of body.matchAll(
    new RegExp(`\\b(?:our|my) (?:country|nation|people)\\b[^.]{0,40}?\\b(${names})(?![\\p{L}])`, 'gu'),
  ))
    add(m[1], 1);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}

/**
 * What a sentence's claims make of a transfer it names: a monitor's or an
 * investigator's finding reports it, its supplier or recipient saying so
 * confirms it, and anyone else alleges it.
 */
function transferStatus(made: ClaimDraft[], parties: string[]): TransferStatus {
  if (made.some((c) => c.kind === 'REPORT')) return 'REPORTED';
  const own = made.some((c) => c.kind !== 'DENY' && [c.speaker, c.onBehalfOf].some((s) => s && parties.includes(s)));
  return own ? 'CONFIRMED' : 'ALLEGED';
}

/** The state a claim's speaker speaks for: "his country" in what they say. */
function speakerState(claim: ClaimDraft | undefined, entities: Entities): string | undefined {
  const side = claim?.onBehalfOf ?? claim?.speaker;
  return side && entities.get(side)?.type === 'State' ? side : undefined;
}

/** A denial is about what the claim it answers is about (its transfer, its event). */
function aboutWhatIsAnswered(claims: ClaimDraft[], entities: Entities) {
  const drafted = (k: string) => ['WeaponsTransfer', 'Event', 'Resolution'].includes(entities.get(k)?.type ?? '');
  for (const c of claims) {
    if (typeof c.answers !== 'number') continue;
    for (const k of claims[c.answers]!.about) if (drafted(k) && !c.about.includes(k)) c.about.push(k);
  }
}

/** One claim per speaker, kind, target and sentence: two verbs saying the same thing make one. */
function dedupe(claims: ClaimDraft[]): ClaimDraft[] {
  const seen = new Map<string, ClaimDraft>();
  const out: ClaimDraft[] = [];
  for (const c of claims) {
    const id = JSON.stringify([c.speaker, c.kind, c.target, c.sentence.start]);
    const prior = seen.get(id);
    if (prior) {
      for (const q of c.quotes) if (!prior.quotes.some((p) => p.start === q.start)) prior.quotes.push(q);
      continue;
    }
    seen.set(id, c);
    out.push(c);
  }
  return out;
}

/**
 * "Lithuania rejects this claim", "These allegations are baseless": a denial that names no accuser and answers no
 * claim the text drafts answers the side's adversary, the one its other claims in the text are most often aimed at
 * (a ministry's statement or a spokesperson's answers in a dispute take one side against one other), when one stands
 * out, even if only one other claim of an earlier or later sentence names it ("Tonga protests the visit of Fiji's
 * navy ... Tonga does not accept that any part of the reefs lies within that zone"); a claim of the denial's own
 * sentence counts half ("denied that his country harboured rebels, accusing ⟨B⟩ of ..." says the speaker's charge, not
 * whom the denial answers).
 */
function deniedToAdversary(claims: ClaimDraft[]) {
  for (const denial of claims) {
    if (denial.kind !== 'DENY' || denial.target || !denial.deniesAccusation) continue;
    denial.target = adversaryOf(denial, claims, 0.5) ?? denial.target;
  }
}

const sameSide = (a: ClaimDraft, b: ClaimDraft) =>
  [a.speaker, a.onBehalfOf].some((s) => s && [b.speaker, b.onBehalfOf].includes(s));

/**
 * A headline says again what the article says: a claim of the headline
 * (the text's first line, a paragraph of its own, with no full stop) is
 * left out when the body has one of the same side, kind and target.
 */
function withoutHeadlineRepeats(claims: ClaimDraft[], sentences: Sentence[]): ClaimDraft[] {
  const [first, second] = sentences;
  if (!first || !second || first.paragraph === second.paragraph || /[.!?]["”’]?$/.test(first.text)) return claims;
  return claims.filter(
    (c) =>
      c.sentenceIndex !== 0 ||
      // "⟨A⟩ blames separatists": a headline aimed at no one named says what the body says of whom it names.
      !claims.some(
        (d) => d.sentenceIndex > 0 && d.kind === c.kind && (d.target === c.target || !c.target) && sameSide(c, d),
      ),
  );
}

/**
 * "said the report was politically motivated", "called the accusations
 * absurd": a criticism of a report, a claim or findings named but not
 * attributed in its sentence answers the nearest earlier one of another
 * side, and is aimed at whoever made it.
 */
function aimAtWhatIsAnswered(claims: ClaimDraft[]) {
  claims.forEach((c, i) => {
    if (c.kind !== 'CRITICIZE' || c.target) return;
    const named =
      /^(?:the|this|that|these|those|such|its|their) (?:[\w-]+ )?(reports?|findings|conclusions|investigation|inquiry|claims?|accusations?|allegations?|assertions?|statements?)\b/i.exec(
        c.allegation,
      );
    if (!named) return;
    const kinds = /^(?:report|finding|conclusion|investigation|inquiry)/i.test(named[1]!)
      ? ['REPORT', 'ACCUSE']
      : ['ACCUSE', 'CRITICIZE'];
    for (let j = i - 1; j >= 0; j--) {
      const a = claims[j]!;
      if (!kinds.includes(a.kind) || sameSide(a, c)) continue;
      c.target = side(a);
      c.answers = j;
      return;
    }
  });
}

/** Two claims of one sentence made together: the same kind against the same target ("⟨A⟩ and ⟨B⟩ accused ⟨C⟩"). */
const sameAccusation = (a: ClaimDraft, b: ClaimDraft) =>
  a.kind === b.kind && a.sentenceIndex === b.sentenceIndex && a.target === b.target;

/**
 * Whether a sentence comes just before another: the one before it, or, when the other opens its paragraph,
 * any of the paragraph before (a question's report that a denial opening the answer refers to).
 */
function justBefore(earlier: number, later: number, sentences: Sentence[]): boolean {
  if (later - earlier <= 1) return true;
  const paragraph = sentences[later]?.paragraph;
  const opens = paragraph !== undefined && sentences[later - 1]?.paragraph !== paragraph;
  return opens && sentences[earlier]?.paragraph === sentences[later - 1]?.paragraph;
}

/** How far back a denial that names nothing it answers looks for what another side said: its sentence and two before. */
const RECENT_SENTENCES = 2;

/** Words of a denial that point back at what was said: a bare "No.", "it", "the report", "the account", "this version", "the label". */
const POINTER =
  /^(?:no(?=[,.!](?:\s|$))|it|this|that|them|(?:the|this|that|these|those|such|its|their) (?:[\w-]+ ){0,2}(?:reports?|accounts?|versions?|claims?|charges?|accusations?|allegations?|assertions?|statements?|labels?|findings|narrative|arguments?|contentions?|stor(?:y|ies)))\b/i;

/** What is asked of another or held over it, which no denial of an accusation answers: a demand, a call, a warning. */
const ASKED = new Set(['DEMAND', 'CALL_FOR', 'WARN']);

/** What a denial may answer: an accusation, a criticism, a report's findings. */
const ANSWERABLE = new Set(['ACCUSE', 'CRITICIZE', 'REPORT']);

/**
 * A denial answers the claim it denies: the nearest earlier accusation,
 * criticism or finding in the article aimed at the denier's side (or, in the
 * sentence before, one about it), made by the accuser the denial names if it
 * names one; failing that, the nearest one about the denier; else the latest
 * accusation the graph holds against the denier. It is aimed at the answered
 * claim's speaker.
 */
async function answerDenials(
  claims: ClaimDraft[],
  sentences: Sentence[],
  context: ExtractContext,
  grounded: Map<string, GroundedEntity>,
  warnings: string[],
) {
  const unanswered: ClaimDraft[] = [];
  const coAccused: { denial: ClaimDraft; target: string; answers: number }[] = [];
  claims.forEach((denial, i) => {
    if (denial.kind !== 'DENY' || !denial.deniesAccusation) return;
    // A briefing's answer denies what the question before it reported (claims/forms/answer.ts).
    const { answering } = denial;
    const asked = answering
      ? claims.findIndex(
          (a, j) => j < i && a.sentenceIndex === answering.sentenceIndex && a.speaker === answering.speaker,
        )
      : -1;
    if (asked >= 0) {
      // A position the question reported stays a position: the answer denies it without making it a charge.
      if (claims[asked]!.kind !== 'STATE') denial.answers = asked;
      denial.target ??= side(claims[asked]!);
      return;
    }
    const denier = [denial.speaker, denial.onBehalfOf].filter(Boolean) as string[];
    // A claim the denier's own side did not make, and one aimed at or about the denier.
    const otherSide = (a: ClaimDraft) =>
      !denier.includes(a.speaker) && !(a.onBehalfOf && denier.includes(a.onBehalfOf));
    const involvesDenier = (a: ClaimDraft) => denier.some((d) => a.target === d || a.about.includes(d));
    const byAccuser = (a: ClaimDraft) =>
      !denial.deniedAccuser || [a.speaker, a.onBehalfOf].includes(denial.deniedAccuser);
    // What the denial names ("the accusations") is answered first; failing that, any criticism or finding aimed at the denier
    // ("rejected the accusations of ⟨A⟩" after ⟨A⟩ criticized and warned).
    let kinds = denial.denies?.length ? new Set(denial.denies) : ANSWERABLE;
    const answerable = (a: ClaimDraft) => kinds.has(a.kind) && otherSide(a);
    // The accusation aimed at the denier, else one about it ("sending weapons to Russia"), the nearest first.
    const nearest = (involves: (a: ClaimDraft) => boolean) => {
      for (let j = i - 1; j >= 0; j--)
        if (answerable(claims[j]!) && involves(claims[j]!) && byAccuser(claims[j]!)) return j;
      return -1;
    };
    const aimed = (a: ClaimDraft) => denier.some((d) => a.target === d);
    if (kinds !== ANSWERABLE && nearest(aimed) < 0) kinds = ANSWERABLE;
    let found = nearest(aimed);
    const about = nearest((a) => denier.some((d) => a.about.includes(d)));
    // "... accused North Korea of sending weapons to Russia. Both have denied it": the latest accusation involving both.
    if (about > found && (found < 0 || denial.sentenceIndex - claims[about]!.sentenceIndex <= 1)) found = about;
    if (found >= 0) {
      // Of accusers named together ("⟨A⟩, ⟨B⟩ and ⟨C⟩ accused ..."), the first stands for the rest.
      while (
        found > 0 &&
        claims[found - 1]!.kind === claims[found]!.kind &&
        claims[found - 1]!.sentenceIndex === claims[found]!.sentenceIndex &&
        claims[found - 1]!.target === claims[found]!.target
      )
        found--;
      const j = found;
      const accusation = claims[j]!;
      denial.answers = j;
      // "⟨A⟩, ⟨B⟩ and ⟨C⟩ condemned ... ⟨D⟩ dismissed the reports": the denial answers each of those who made it.
      if (!denial.target)
        for (let k = j + 1; k < i && sameAccusation(claims[k]!, accusation); k++)
          if (side(claims[k]!) !== side(accusation)) coAccused.push({ denial, target: side(claims[k]!), answers: k });
      denial.target ??= side(accusation);
      if (
        accusation.kind === 'ACCUSE' &&
        /^(?:the |these |those |that |this |such |all |any )?(?:accusations?|allegations?|claims?|charges?)$/i.test(
          denial.allegation,
        )
      ) {
        denial.allegation = `denies the accusation of ${accusation.allegation}`.slice(0, 300);
      }
      return;
    }
    // "Russian officials have claimed ... These claims are false", "We reject these baseless allegations" after a question
    // reporting them: a denial of what was just reported, made about others.
    // "rejected that reading": the words are the bare noun, "that" read as the verb's conjunction.
    const pointed =
      /(?:^(?:these|those|such|this|that|the)|\b(?:these|those|this|that)) (?:[a-z-]+ ){0,2}(claims?|accusations?|allegations?|statements?|assertions?|reports?|descriptions?|positions?|versions?|characteri[sz]ations?|narratives?|interpretations?|readings?|accounts?|arguments?|contentions?)\b/i.exec(
        denial.allegation,
      ) ??
      /^(claims?|accusations?|allegations?|statements?|assertions?|descriptions?|positions?|versions?|characteri[sz]ations?|narratives?|interpretations?|readings?|accounts?|arguments?|contentions?|charges?|view)$/i.exec(
        denial.allegation,
      );
    // "..., rejecting that account, said ...": the frame points back where the words do not (claims/backed.ts).
    const pointedAt = pointed?.[1] ?? denial.pointsAt;
    if (pointedAt) {
      // "Its ministry has claimed that ... This claim is false", "We do not accept that position": a claim of any kind,
      // a denial included, is what it points at.
      const anyClaim =
        /^(?:claim|statement|assertion|description|position|version|characteri|narrative|interpretation|reading|account|argument|contention|view)/i.test(
          pointedAt,
        );
      for (let j = i - 1; j >= 0 && justBefore(claims[j]!.sentenceIndex, denial.sentenceIndex, sentences); j--) {
        if (claims[j]!.kind === 'REPORT' || !(answerable(claims[j]!) || (anyClaim && otherSide(claims[j]!)))) continue;
        // "⟨A⟩ and ⟨B⟩ rejected that argument": the other speaker's copy of the same denial is not what it answers.
        if (claims[j]!.kind === 'DENY' && claims[j]!.sentenceIndex === denial.sentenceIndex) continue;
        // "rejected the ⟨American⟩ claim": what its accuser said, not what another side said last.
        if (!byAccuser(claims[j]!)) continue;
        denial.answers = j;
        denial.target ??= side(claims[j]!);
        return;
      }
    }
    // "Russian officials deny it", "US officials reject the blockade label", "Beijing rejected the report": a denial
    // that names no accuser and answers no accusation aimed at it answers what another side has just said.
    if (!denial.target && !denial.deniedAccuser) {
      // What it answers involves the denier, or the denial points back at it ("deny it", "rejected the account").
      const pointsBack = POINTER.test(denial.allegation);
      const answered = (a: ClaimDraft) => a.kind !== 'DENY' && otherSide(a) && (pointsBack || involvesDenier(a));
      // "rejected the accusation" answers what its accuser said before the demand or the warning it made after;
      // when that side said nothing else, the demand itself.
      const asked = (a: ClaimDraft) => !!denial.denies?.includes('ACCUSE') && ASKED.has(a.kind);
      let skipped: number | null = null;
      for (let j = i - 1; j >= 0 && denial.sentenceIndex - claims[j]!.sentenceIndex <= RECENT_SENTENCES; j--) {
        const a = claims[j]!;
        if (!answered(a)) continue;
        if (asked(a) && (skipped === null || side(a) === side(claims[skipped]!))) {
          skipped ??= j;
          continue;
        }
        if (skipped !== null && side(a) !== side(claims[skipped]!)) continue;
        denial.answers = j;
        denial.target = side(a);
        return;
      }
      if (skipped !== null) {
        denial.answers = skipped;
        denial.target = side(claims[skipped]!);
        return;
      }
    }
    denial.target ??= denial.deniedAccuser;
    // "rejected the suggestion that ...", "denied that the aircraft had entered ⟨B⟩'s territory": a denial that
    // nothing else ties to an accuser answers the side whose claims it last followed, when another side made any.
    // "rejected suggestions that ...", "denied reports that ...": what no one is named as saying answers no one.
    if (
      !denial.target &&
      !/\b(?:suggestions?|reports? (?:that|in)|speculation|rumou?rs?|comparisons?)\b/i.test(denial.allegation)
    ) {
      for (let j = i - 1; j >= 0; j--) {
        const a = claims[j]!;
        if (a.kind === 'DENY' || !otherSide(a)) continue;
        if (a.kind === 'STATE' && !involvesDenier(a)) continue;
        denial.answers = j;
        denial.target = side(a);
        break;
      }
    }
    unanswered.push(denial);
  });
  if (coAccused.length) {
    // Each copy follows its denial; answers that index the claims are moved with them.
    const spread: ClaimDraft[] = [];
    const moved = new Map<number, number>();
    const made = new Set(
      claims.filter((d) => d.kind === 'DENY').map((d) => `${d.sentence.start} ${d.speaker} ${d.target}`),
    );
    claims.forEach((c, i) => {
      moved.set(i, spread.length);
      spread.push(c);
      for (const { denial, target, answers } of coAccused) {
        const id = `${c.sentence.start} ${c.speaker} ${target}`;
        if (denial !== c || made.has(id)) continue;
        made.add(id);
        spread.push({ ...c, target, answers, about: [...c.about] });
      }
    });
    for (const c of spread) if (typeof c.answers === 'number') c.answers = moved.get(c.answers)!;
    claims.splice(0, claims.length, ...spread);
  }
  if (!context.grounding || unanswered.length === 0) return;
  const keyOf = (k: string) => grounded.get(k)?.key ?? k;
  const held = await context.grounding.accusationsAgainst([
    ...new Set(unanswered.flatMap((d) => [d.speaker, d.onBehalfOf].filter(Boolean).map((k) => keyOf(k!)))),
  ]);
  for (const denial of unanswered) {
    const accusation =
      held.get(keyOf(denial.speaker)) ?? (denial.onBehalfOf ? held.get(keyOf(denial.onBehalfOf)) : undefined);
    if (!accusation) continue;
    denial.answers = accusation.key;
    denial.target ??= accusation.onBehalfOf ?? accusation.speaker;
    warnings.push(`${denial.allegation.slice(0, 60)}: answers ${accusation.key}, an accusation the graph holds`);
  }
}
