import type { Mention } from '../../entities.js';
import { LIST, listUnits, type Masked } from '../../masked.js';
import { intersect } from '../../text.js';
import type { ClaimFinder } from '../finder.js';
import { HEADING_TOPIC } from '../patterns.js';
import type { SentenceContext } from '../types.js';
import { LABEL } from '../label.js';

/**
 * A government's or a body's own statement: its heading names who issues
 * it ("Statement by the Ministry of ..."), and its sentences with no
 * speaker of their own are that body's words ("Russia must end its war",
 * "We call on ...").
 */

/** Names of a state's own bodies: what a statement's heading may name without its state. */
const GOVERNMENT_BODY =
  /\b(?:Ministry|Department|Office|Government|Presidency|Chancellery|Cabinet|Embassy|Secretariat|Spokes\w+|Council of Ministers)\b/;

/**
 * "Statement of the President of ⟨A⟩", "Communiqué of the Office of the Prime Minister of ⟨A⟩": a state's office that
 * no table names as a body of its own issues the statement for its state.
 */
const STATE_OFFICE = new RegExp(
  String.raw`\b(?:President|Presidency|Prime Minister|Chancellor|Head of State|King|Emir|Sultan)(?: of the Republic)? of (?:the )?⟨(\d+)⟩`,
  'u',
);

/**
 * "Resolution 2703, adopted on Monday, renewed the mandate and called on all parties to ...": a clause whose subject is
 * a resolution or a treaty tells what the document says; the speaker only reports it (group 1 the document).
 */
const DOCUMENT_SUBJECT =
  /^(?:(?:the|[A-Z][\p{L}-]*) ){0,3}⟨(\d+)⟩(?:,[^,⟨]{1,80},)? (?:also |further |again |already |still |[a-z]+ly )?[a-z]+(?:ed|es|s)\b/u;
const DOCUMENTS: ReadonlySet<string> = new Set(['Resolution', 'Treaty']);

/** A pronoun that stands for a person. */
const PERSONAL = /^\s*(?:he|she)\b/i;

/** Where a heading turns from who issues it to what it is about. */
const TOPIC = new RegExp(String.raw`\s(?!on behalf)(?:${HEADING_TOPIC}|after)\s`);

function officeOf(masked: Masked, typeOf: (m: Mention) => string | undefined): string | undefined {
  const m = STATE_OFFICE.exec(masked.text);
  const mention = m ? masked.units[Number(m[1])]?.mention : undefined;
  return mention && typeOf(mention) === 'State' ? mention.key : undefined;
}

/**
 * Who issues a statement, from its heading: the first body it names, else
 * the first person, else the state whose government it names. A government body the heading does not tie to a state
 * ("the Federal Foreign Office", "the Ministry of Foreign Affairs") is the
 * home state's.
 */
export function issuerIn(finder: ClaimFinder, ctx: SentenceContext, masked: Masked): string[] {
  const { entities } = finder;
  const typeOf = (m: Mention) => entities.get(m.key)?.type;
  // "Joint Statement by the Foreign Ministers of ⟨A⟩, ⟨B⟩ and ⟨C⟩ on ...": the states that sign it speak together.
  const joint = new RegExp(
    String.raw`^[^⟨]*?\b[Bb]y (?:the )?(?:[\p{L}-]+ ){0,4}?(?:of (?:the )?)?(${LIST})`,
    'u',
  ).exec(masked.text);
  const signers = joint ? listUnits(joint[1]!).map((i) => masked.units[i]!.mention.key) : [];
  if (signers.length > 1 && signers.every((k) => entities.get(k)?.type === 'State')) return signers;
  // "Press Release: The Federal Government of Somalia Condemns ...": a government that the heading names is its state.
  const governing = /\bGovernment\b/.test(ctx.sentence.text)
    ? ctx.mentions.find((m) => typeOf(m) === 'State')?.key
    : officeOf(masked, typeOf);
  // "... Statement on the Boarding of ⟨a vessel⟩ by the ⟨China Coast Guard⟩": a body named in the topic does not issue it.
  const topic = TOPIC.exec(ctx.sentence.text);
  const topicAt = topic ? ctx.sentence.start + topic.index : Infinity;
  const issuing = ctx.mentions.filter((m) => m.start < topicAt);
  const issuer =
    (issuing.find((m) => typeOf(m) === 'Organization') ?? issuing.find((m) => typeOf(m) === 'Person'))?.key ??
    governing ??
    // "Government Press Release: ⟨Finland⟩'s Eastern Border ...", "Mainland Affairs Council Statement on ..." with a
    // dateline in Taipei: a heading that names no body a table knows speaks for the home state.
    (finder.homeState && (/\bGovernment\b/.test(ctx.sentence.text) || !issuing.length)
      ? entities.state(finder.homeState).key
      : null);
  const record = issuer ? entities.get(issuer) : undefined;
  if (
    record?.type === 'Organization' &&
    finder.homeState &&
    !finder.speakers.stateOf(record.key) &&
    GOVERNMENT_BODY.test(record.name)
  ) {
    entities.link('partOf', record.key, entities.state(finder.homeState).key);
  }
  return issuer ? [issuer] : [];
}

/**
 * A sentence of a statement with no speaker of its own: the issuing body's
 * words; in a transcript, those of whoever answers (`speaker`), after the
 * label naming them.
 */
export function ownWords(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  speaker?: string,
  /** Where the issuer's own words end, when a clause of the sentence has a speaker of its own. */
  end = masked.text.length,
) {
  const issuers = speaker ? [speaker] : finder.speakers.memory.issuers;
  if (!issuers.length || ctx.quotations.some((q) => intersect(q.inner, ctx.sentence))) return;
  const label = speaker && ctx.voice?.label.start === ctx.sentence.start ? LABEL.exec(masked.text) : null;
  const whole = { start: label ? label[0].length : 0, end };
  const document = DOCUMENT_SUBJECT.exec(masked.text.slice(whole.start, end));
  const told =
    !!document && DOCUMENTS.has(finder.entities.get(masked.units[Number(document[1])]!.mention.key)?.type ?? '');
  for (const r of finder.readStatement(masked, whole, masked.units, issuers)) {
    // What a resolution says, told by the speaker: a statement of the speaker's, asking nothing of anyone.
    if (told) {
      finder.emitTold(
        { kind: 'STATE', speakers: issuers, targets: [], targetKeys: [], masked, ctx, region: whole, tense: 'states' },
        r.span,
      );
      continue;
    }
    let context =
      r.target !== null || r.aimless || r.kind === 'REPORT' || r.kind === 'CALL_FOR'
        ? []
        : r.antecedent
          ? finder.actDoer(masked.text.slice(r.span.start, r.span.end), issuers, ctx.sentence.index)
          : (r.targetKeys ?? finder.recentTargets(issuers, ctx.sentence.index));
    // "Mr ⟨Naď⟩ gave away ... He should explain that to the police": "he" is the person named just before.
    if (r.pointsBack && !context.length && PERSONAL.test(masked.text.slice(r.span.start, r.span.end)))
      context = finder.personBefore(issuers, ctx.sentence.index);
    finder.emitTold(
      {
        // "it should stop ...": a pronoun that stands for no party the issuer's claims were aimed at asks no one.
        kind: r.pointsBack && !context.length ? 'STATE' : r.kind,
        speakers: issuers,
        targets: r.target === null ? [] : [r.target],
        targetKeys: context,
        masked,
        ctx,
        region: whole,
        // A statement's own present tense is what it says on the day it is issued, not a standing position dated by its year.
        tense: 'states',
      },
      r.span,
    );
  }
}
