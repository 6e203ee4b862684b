import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { WRONG_ACTS } from './lexicon.js';
import type { ClaimFinder } from './finder.js';
import type { ClaimDraft, SentenceContext } from './types.js';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * A statement's findings in its own voice: "the ⟨A⟩ has established that the
 * attack was ordered and paid for by ⟨B⟩", "the findings leave no doubt that
 * the aircraft was hit by a ⟨B⟩ missile", "We have credible information that
 * ⟨B⟩ delivered armoured vehicles to ...", "⟨B⟩ bears full responsibility for
 * it". A party speaking for its state that finds who did a wrong accuses the
 * doer (and those said to take part), whatever judgement the sentence's words
 * also carry. Read in a statement's sentences and a briefing's answers; the
 * frames are data (findings.json).
 */

const table = z
  .object({ frames: group, coDoers: group, responsibility: group, broken: group })
  .parse(dataTable('findings.json'));

const FRAME = new RegExp(String.raw`\b(?:${table.frames.phrases.join('|')})\s+(?<words>.+)$`, 'iu');
/**
 * The doer of a wrong after "by", up to the end of its phrase, and one set beside it: "was ordered and paid for by the
 * intelligence service of ⟨B⟩, the ⟨C⟩,", "hit by a ⟨B⟩ missile".
 */
const DONE_BY = /\bby (?<phrase>[^,;]*?⟨\d+⟩[^,;⟨]*?)(?=[,;]|$)(?:, (?:the )?(?<apposed>⟨\d+⟩)(?=[,.;]|$))?/u;
/** The doer as the subject of the words found: "⟨B⟩ delivered armoured vehicles", "⟨B⟩'s forces fired on ...". */
const SUBJECT_DID = new RegExp(
  String.raw`^(?:that )?(?:the )?(?<doers>${LIST})(?:[’']s (?:[\w-]+ ){1,2})? (?:also |deliberately |repeatedly |again |had |has |have )*(?:${WRONG_ACTS}|delivered|sold|supplied|sent|transferred|provided|ordered|planned|organi[sz]ed|financed|funded|armed|trained|launched|fired)`,
  'iu',
);
const CO_DOERS = new RegExp(String.raw`\b(?:${table.coDoers.phrases.join('|')}) (?:the )?(?<doers>${LIST})`, 'giu');
const RESPONSIBLE = new RegExp(
  String.raw`(?:^|[,;] |\bthat )(?:the )?(?<doers>${LIST}) (?:${table.responsibility.phrases.join('|')})\b`,
  'iu',
);
const BROKEN = new RegExp(String.raw`^(?:[^.;]*?, )?(?:${table.broken.phrases.join('|')})\b`, 'iu');
/** Kinds the speaker's reading of the same words may have drafted, which its accusation replaces. */
const READ_INSTEAD = new Set<ClaimDraft['kind']>(['CRITICIZE', 'REPORT', 'STATE']);

export function ownFindings(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  /** Whose words the sentence is when it names no speaker: the issuer, or the one answering. */
  own: string[],
  /** The index of the sentence's first claim. */
  before: number,
) {
  const { units } = masked;
  const { speakers, entities } = finder;
  const made = finder.claims.slice(before);
  const ownSides = new Set(own.flatMap((k) => [k, speakers.sideOf(k) ?? k]));
  // Words another speaker of the sentence says ("the ⟨B⟩ ministry has established that ...") are that speaker's; the
  // speaker's own side named as finding it ("the ⟨A⟩ has established that ...") speaks for the statement.
  const sideOf = (k: string) => speakers.sideOf(k) ?? k;
  if (made.some((c) => !ownSides.has(sideOf(c.speaker)))) return;
  const finders = made.length ? [...new Set(made.map((c) => c.speaker))] : own;
  const key = (i: number) => units[i]!.mention.key;
  const party = (i: number) =>
    isActorType(entities.get(key(i))?.type) && !ownSides.has(speakers.sideOf(key(i)) ?? key(i));
  const doers: number[] = [];
  const pointed: string[] = [];
  let words: { start: number; end: number };
  const frame = FRAME.exec(masked.text);
  if (frame) {
    const lead = masked.text.slice(0, frame.index);
    // "⟨B⟩'s investigators have established that ...": the finding of a party the sentence names before it is its own.
    const subject = [...lead.matchAll(/⟨(\d+)⟩/g)].pop();
    const before = subject ? lead.slice(subject.index! + subject[0].length) : '';
    if (subject && party(Number(subject[1])) && !/[,;]/.test(before)) return;
    const start = frame.index + frame[0].length - frame.groups!.words!.length;
    const said = frame.groups!.words!;
    const by = DONE_BY.exec(said);
    const did = SUBJECT_DID.exec(said);
    // The doer's phrase ends where another party of its words begins: "bought by ⟨A⟩ from a ⟨C⟩ firm" names ⟨A⟩ alone;
    // "damaged by fire from a system of ⟨B⟩" names no one before "from", and goes on to ⟨B⟩.
    const phrase = by?.groups!.phrase!.replace(
      /^([^⟨]*⟨\d+⟩.*?) (?:from|to|in|into|on|at|near|against|with|for|after|before|during|since) .*$/,
      '$1',
    );
    const apposed = by?.groups!.apposed && phrase === by.groups!.phrase ? listUnits(by.groups!.apposed) : [];
    if (phrase && listUnits(phrase).length) doers.push(...listUnits(phrase), ...apposed);
    else if (did) doers.push(...listUnits(did.groups!.doers!));
    // "..., and that ⟨C⟩ sold it drones": each that-clause of the finding names its own doer.
    for (const more of said.matchAll(/,? and that (.+?)(?=,? and that |$)/g)) {
      const next = SUBJECT_DID.exec(more[1]!);
      if (next) doers.push(...listUnits(next.groups!.doers!));
    }
    if (doers.length) for (const m of said.matchAll(CO_DOERS)) doers.push(...listUnits(m.groups!.doers!));
    // "There can be little doubt that this is a deliberate strategy of ...": what it points back to was done by whom the
    // speaker's claims just aimed at.
    if (!doers.length && /^(?:this|it|these|such (?:acts?|actions?|conduct))\b (?:is|was|are|were)\b/i.test(said))
      pointed.push(
        ...(finder.recentTargets(own, ctx.sentence.index).length
          ? finder.recentTargets(own, ctx.sentence.index)
          : finder.doer(own)),
      );
    words = { start, end: masked.text.length };
  } else if (BROKEN.test(masked.text)) {
    // "⟨B⟩ undertook to withdraw its troops. ... this commitment has still not been honoured": whoever gave it broke it.
    const giver = speakers.subjects.previous;
    if (!giver || ownSides.has(sideOf(giver)) || !isActorType(entities.get(giver)?.type)) return;
    pointed.push(giver);
    words = { start: 0, end: masked.text.length };
  } else {
    const blamed = RESPONSIBLE.exec(masked.text);
    if (!blamed) return;
    doers.push(...listUnits(blamed.groups!.doers!));
    words = { start: 0, end: masked.text.length };
  }
  const accused = [...new Set([...doers.filter(party).map(key), ...pointed])];
  if (!accused.length) return;
  // The speaker's judgement of the same doer is the accusation, not a second claim.
  const replaced = (c: ClaimDraft) => READ_INSTEAD.has(c.kind) && (c.target === null || accused.includes(c.target));
  finder.claims.splice(before, made.length, ...made.filter((c) => !replaced(c)));
  const already = new Set(
    finder.claims
      .slice(before)
      .filter((c) => c.kind === 'ACCUSE')
      .map((c) => c.target),
  );
  const targets = accused.filter((k) => !already.has(k));
  if (!targets.length) return;
  finder.emitTold(
    {
      kind: 'ACCUSE',
      speakers: finders,
      targetKeys: targets,
      units,
      masked,
      ctx,
      region: { start: 0, end: masked.text.length },
      tense: 'states',
    },
    words,
  );
}
