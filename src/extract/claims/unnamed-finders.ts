import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import { makeKey } from '../entities.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { dataTable, phraseGroup as group, phrasesOf } from '../tables.js';
import { court, findingBody } from './bodies.js';
import type { ClaimFinder } from './finder.js';
import type { ClaimDraft, SentenceContext } from './types.js';

/**
 * Findings of bodies the text names by a common noun (finders.json):
 * "researchers found that ⟨A⟩ and ⟨B⟩ supplied tanks to both sides", "⟨A⟩
 * sold drones to ⟨C⟩, researchers say", "a ⟨UN⟩ panel of experts reported in
 * 2000 that ⟨C⟩'s President ⟨P⟩ had sent weapons ...", "an inquiry led by
 * ⟨P⟩ found that ...", "which a ⟨British⟩ inquiry had found was approved by
 * ⟨Q⟩". No name table knows such a body, so no other rule hears it speak;
 * what it finds a party did is its finding (REPORT), one claim per party
 * that did it: the supplier of what was supplied ("supplied by ⟨B⟩"), the
 * one a passive names ("approved by ⟨Q⟩"), or else the parties the finding
 * opens on. Commentators ("some analysts say ...") charge rather than find
 * (ACCUSE). A court's conviction of a party named right after its verb
 * ("convicted ⟨P⟩ of aiding and abetting ...") is the court's accusation.
 */

const table = z
  .object({
    finders: group,
    commentators: group,
    opening: group,
    ledBy: group,
    findingVerbs: group,
    convicted: group,
    suppliedBy: group,
    doneFrom: group,
    received: group,
    officials: group,
  })
  .parse(dataTable('finders.json'));

/** Where a clause may begin: the sentence's start (after a time: "In 2012 ..."), a coordinating or relative word. */
const CLAUSE = String.raw`(?:^(?:(?:In|On|By|Since|Later|Earlier|Last) [^,⟨]{1,30}?,? )?|[,;:] (?:and |but |while |whereas )?|\b(?:which|what) )`;
/** The body's phrase: an article or a number word, words of its name (a demonym's token among them), and its noun. */
const BODY = String.raw`(?<lead>(?:(?:a|an|the|some|several|other|many|independent) )*)(?<name>(?:(?:${phrasesOf(table.opening)}|⟨\d+⟩) ){0,3}(?<noun>${phrasesOf(table.finders)}|${phrasesOf(table.commentators)})(?: (?:${phrasesOf(table.ledBy)}) (?:Sir |Judge |Lord |Dame )?⟨\d+⟩)?)`;
/** What stands between the verb and the words: a time ("in July 1998", "last year"), then "that". */
const WHEN = String.raw`(?: (?:in|on|last|this|earlier|later|early|late)(?: [\w-]+){1,3}?)?`;
const FINDING = new RegExp(
  String.raw`${CLAUSE}${BODY} (?:(?:has|have|had) )?(?:also |repeatedly |previously |since |now )?(?<verb>${phrasesOf(table.findingVerbs)})(?:(?<dated>${WHEN}) that |(?<plain> that | ))(?<words>.+?)[.\s]*$`,
  'iu',
);
/** The words told before the body: "⟨A⟩ supplied tanks to both sides, researchers found." */
const FINDING_AFTER = new RegExp(
  String.raw`^(?<words>.+?), ${BODY} (?:(?:has|have|had) )?(?<verb>${phrasesOf(table.findingVerbs)})[.\s]*$`,
  'iu',
);
const COMMENTATOR = new RegExp(String.raw`\b(?:${phrasesOf(table.commentators)})$`, 'iu');
/** "convicted ⟨P⟩ of ...": the party judged, named right after the verb. */
const CONVICTED = new RegExp(
  String.raw`${CLAUSE}(?:the |a |an )?(?<court>⟨\d+⟩) (?:also |later |subsequently )?(?:${phrasesOf(table.convicted)}) (?:the )?(?<judged>${LIST})(?= (?:of|for|on|in|and)\b)`,
  'iu',
);

/** Words of a transfer's supplier, passive words of who did the deed ("approved by ⟨Q⟩"). */
const SUPPLIED_BY = new RegExp(String.raw`\b(?:${phrasesOf(table.suppliedBy)}) by (?:the )?$`, 'i');
/** "had been armed and commanded from ⟨B⟩": where the arms or the orders came from, told in the passive. */
const DONE_FROM = new RegExp(
  String.raw`\b(?:been|was|were) (?:[a-z]+ (?:and )?){0,3}?(?:${phrasesOf(table.doneFrom)}) from (?:the )?$`,
  'i',
);
const DONE_BY = /\b(?:was|were|been|being|had been|has been) (?:[a-z]+ ){0,2}?[a-z]+(?:ed|en|wn|nt) by (?:the )?$/i;
/** A purchase told of the party the words open on: "⟨A⟩ has since bought ...". */
const RECEIVED = new RegExp(
  String.raw`^ (?:has |have |had )?(?:also |since |recently |now )?(?:${phrasesOf(table.received)})\b`,
  'i',
);
/** Those a finding names by their post, who act for the organ the sentence named before the finding. */
const OFFICIALS = new RegExp(String.raw`^(?:that )?(?:the |its |senior )?(?:${phrasesOf(table.officials)})\b`, 'i');
/** What may stand before the party a finding opens on: "that the", "former President", a number. */
const OPENS = /^(?:(?:that|the|some|several|former|[\d,]+|President|Prime Minister|leader|General)\s+)*$/i;

/**
 * The parties the words of a finding say did it, as units of the masked sentence; null when the words tell a party's
 * purchase from several suppliers, a finding aimed at no one ("⟨A⟩ has bought drones from ⟨B⟩, ⟨C⟩ and ⟨D⟩").
 */
function doersOf(words: string, party: (i: number) => boolean): number[] | null {
  const tokens = [...words.matchAll(/⟨(\d+)⟩/g)].map((m) => ({ unit: Number(m[1]), at: m.index! }));
  const by = tokens.find((t) => [SUPPLIED_BY, DONE_BY, DONE_FROM].some((p) => p.test(words.slice(0, t.at))));
  if (by) {
    // "supplied by ⟨B⟩ and ⟨C⟩": each party of the list after "by".
    const list = new RegExp(`^${LIST}`, 'u').exec(words.slice(by.at));
    return (list ? listUnits(list[0]) : [by.unit]).filter(party);
  }
  const opening = new RegExp(
    String.raw`^(?<lead>[^⟨]*?)(?<list>${LIST})(?<after>[’']s (?:[\w-]+ ){0,3}(?<held>⟨\d+⟩))?(?<rest>.*)$`,
    'u',
  ).exec(words);
  if (!opening || !OPENS.test(opening.groups!.lead!)) return [];
  // "⟨Liberia⟩'s President ⟨Taylor⟩ had sent ...": the one held by the possessive did it.
  const held = opening.groups!.held;
  if (held && party(listUnits(held)[0]!)) return listUnits(held);
  // "⟨A⟩ bought drones from ⟨B⟩": the buyer did no wrong; the one supplier sold, and of several none is singled out.
  const rest = opening.groups!.rest!;
  if (RECEIVED.test(rest)) {
    const from = /\bfrom (?<list>(?:the )?⟨\d+⟩(?:(?:, (?:the )?⟨\d+⟩)*,? (?:and|or) (?:the )?⟨\d+⟩)?)/u.exec(rest);
    const suppliers = from ? listUnits(from.groups!.list!).filter(party) : [];
    return suppliers.length === 1 ? suppliers : null;
  }
  return listUnits(opening.groups!.list!).filter(party);
}

/**
 * Drafts the findings and convictions of bodies named by common nouns in one sentence, unless a claim of the sentence
 * already tells the same words as a finding or a charge.
 */
export function unnamedFinders(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, made: ClaimDraft[]) {
  confirmedFindings(finder, ctx, masked, made);
  const { entities } = finder;
  const key = (i: number) => masked.units[i]!.mention.key;
  const party = (i: number) => isActorType(entities.get(key(i))?.type);
  const told = made.filter((c) => c.kind === 'REPORT' || c.kind === 'ACCUSE');

  const conviction = CONVICTED.exec(masked.text);
  if (conviction && court(entities, key(Number(conviction.groups!.court!.slice(1, -1))))) {
    const judge = key(Number(conviction.groups!.court!.slice(1, -1)));
    const judged = listUnits(conviction.groups!.judged!).filter(party).map(key);
    if (judged.length && !told.some((c) => c.speaker === judge)) {
      const start = conviction.index + conviction[0].length - conviction.groups!.judged!.length;
      const from = masked.text.lastIndexOf(' ', start - 2) + 1;
      finder.emitTold(
        { kind: 'ACCUSE', speakers: [judge], targetKeys: judged, masked, ctx, tense: 'states' },
        { start: from, end: masked.text.replace(/[.\s]+$/, '').length },
      );
    }
  }

  const m = FINDING.exec(masked.text) ?? FINDING_AFTER.exec(masked.text);
  if (!m) return;
  const g = m.groups!;
  // "said the panel found": a finding another speaker tells is that speaker's words; so is one a claim reads already.
  const start = m.index + m[0].indexOf(g.words!);
  const end = start + g.words!.length;
  const span = masked.original(start, end);
  const reads = (c: ClaimDraft) => {
    const at = finder.text.indexOf(c.allegation, c.sentence.start);
    return at >= 0 && at <= span.start && at + c.allegation.length >= span.end - 1;
  };
  if (told.some(reads)) return;
  let found = doersOf(g.words!, party);
  // "⟨B⟩ denied approving the shipment, and an inquiry found that officials had known of the plan": the officials are
  // those of the organ the sentence opened on.
  if (found?.length === 0 && OFFICIALS.test(g.words!)) {
    const first = /^(?:the )?⟨(\d+)⟩/iu.exec(masked.text);
    if (first && start > first.index && entities.get(key(Number(first[1])))?.type === 'Organization')
      found = [Number(first[1])];
  }
  // A purchase from several suppliers is aimed at no one, and a finding aimed at no one is read as aimed at the
  // party its words open on (sources.ts): the buyer, who did no wrong. Left undrafted.
  if (!found?.length) return;
  const doers = found.map(key);
  // The body's name is the text's words, without the article or word of number that opens them.
  const nameAt = m.index + m[0].indexOf(g.lead! + g.name!) + g.lead!.length;
  const nameSpan = masked.original(nameAt, nameAt + g.name!.length);
  const name = finder.text.slice(nameSpan.start, nameSpan.end);
  const body = makeKey('org', name);
  if (!entities.get(body)) entities.add(body, 'Organization', name, { category: 'OTHER' });
  entities.mention(body, nameSpan, finder.text, false);
  const kind = COMMENTATOR.test(g.noun!) ? 'ACCUSE' : 'REPORT';
  const targets = doers.filter((d) => d !== body);
  if (!targets.length) return;
  finder.emitTold({ kind, speakers: [body], targetKeys: targets, masked, ctx, tense: 'states' }, { start, end });
}

/** "..., as ⟨the Group of Experts⟩ had documented in its reports": a body's finding that confirms the words before it. */
const CONFIRMED =
  /^(?<before>.*?)(?:,|\s-|\s—) as (?:the )?⟨(?<body>\d+)⟩ (?:has |have |had )?(?:also |repeatedly )?(?:documented|reported|found|shown|established|confirmed|recorded)\b/u;
/** The words a speaker is told saying before its own: "He said (that) ...". */
const SAID_FRAME = /^.*?\b(?:said|says|told [^,]*?|stated|recalled|noted)(?: that)? /u;

/**
 * "He said the M23 had been armed and commanded from ⟨B⟩, as ⟨the Group of Experts⟩ had documented in its reports": a
 * monitor's or a finding body's finding that confirms the words before it is aimed at the party those words say did
 * it; drafted when the sentence has no finding of the body's yet, aimed when it has one aimed at no one.
 */
function confirmedFindings(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, made: ClaimDraft[]) {
  const m = CONFIRMED.exec(masked.text);
  if (!m) return;
  const body = masked.units[Number(m.groups!.body)]!.mention.key;
  if (!finder.speakers.monitors(body) && !findingBody(finder.entities, body)) return;
  const before = m.groups!.before!.replace(SAID_FRAME, '');
  const party = (i: number) => isActorType(finder.entities.get(masked.units[i]!.mention.key)?.type);
  const doers = (doersOf(before, party) ?? []).map((i) => masked.units[i]!.mention.key).filter((k) => k !== body);
  if (!doers.length) return;
  const own = made.filter((c) => c.speaker === body);
  const finding = own.find((c) => c.kind === 'REPORT' && c.target === null);
  if (finding && doers.length === 1) finding.target = doers[0]!;
  if (own.length) return;
  const start = m.groups!.before!.length - before.length;
  finder.emitTold(
    { kind: 'REPORT', speakers: [body], targetKeys: doers, masked, ctx, tense: 'states' },
    { start, end: m.groups!.before!.length },
  );
}
