import { isActorType } from '../../domain/index.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import type { ClaimFinder } from './finder.js';
import { EVALUATION } from './lexicon.js';
import { FORCE_NOUN } from './crossing.js';
import type { ClaimDraft, Reading, SentenceContext } from './types.js';

/**
 * Claims carried by a clause hung on a party rather than by the main clause
 * of what a speaker said: a relative clause ("accused ⟨A⟩ of sheltering
 * ⟨B⟩, whose fighters had killed 41 soldiers", "⟨B⟩, which had fired them
 * at ⟨city⟩") or a reason or time clause ("urged ⟨B⟩ to take part, since it
 * armed the rebels", "acted after ⟨B⟩ violated the ceasefire"). The clause's
 * subject is the party it hangs on; its predicate is read as a main clause
 * is (said.ts: wrongdoing, judgements, hostile acts), in the voice of the
 * speaker whose words hold it, and only what it charges or judges of that
 * party is kept. A clause that only says who the party is ("⟨B⟩, which
 * holds a permanent seat") charges nothing, and a sentence nobody speaks in
 * (a journalist's narration) gives no claim.
 *
 * Also "..., which ⟨X⟩ blamed on ⟨B⟩", "which it attributed to ⟨B⟩ troops":
 * a harm or an act told in passing whose cause a party named in the
 * relative clause lays on another, that party's accusation.
 */

/**
 * A preposition of place before a name: "armed groups in ⟨Iraq⟩, which ..." hangs the clause on the groups, not on
 * ⟨Iraq⟩; so does "the explosion in eastern ⟨Poland⟩, which killed ...", a part of the country named by its quarter.
 */
export const QUARTER = String.raw`(?:(?:far )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? |central )`;
const LOCATIVE = new RegExp(
  String.raw`\b(?:in|inside|near|across|within|at|throughout|around|into)\s+(?:the\s+)?${QUARTER}?$`,
  'i',
);

/** What a relative pronoun opens: its predicate, up to the next clause or the sentence's end. */
const RELATIVE = new RegExp(
  String.raw`(?<party>${LIST})(?: (?:militia|group|movement|rebels|forces|army|navy|government|regime|authorities|fighters|militants|gangs?|network|organi[sz]ation|party|police))?(?:, (?:an?|the) [^,;⟨]{3,60}(?:, [^,;⟨]{3,60})?)?, (?<pronoun>which|who|whose (?:[\w-]+ ){0,1}[\w-]+) (?<predicate>[^;]+?)(?=,? (?:and|but) (?:the )?⟨\d+⟩ |[,;]\s*(?:he|she|they|it) (?:said|added)\b|\s*$|[.;])`,
  'g',
);

/**
 * "it had fired on a ⟨Congolese⟩ ⟨Su-25⟩ that violated its airspace", "a ⟨Somali⟩ drone which entered ...": a clause
 * with no comma hung on a craft or a force named by its state's demonym, or on the state's men named as one phrase
 * ("⟨Venezuelan soldiers⟩ who had entered ..."); its predicate is told of that state.
 */
const RESTRICTIVE = new RegExp(
  String.raw`(?<=(?:^|[\s,;]))(?<party>⟨\d+⟩)(?<craft> (?:(?!(?:that|which|who|said|says|and|or|but)\b)[\w-]+ ){0,2}?(?:⟨\d+⟩s?|${FORCE_NOUN}))? (?:that|which|who) (?<predicate>[^;,]+?)(?=[,;]|\s*$|[.])`,
  'gi',
);

/** "since it hosted ...", "after ⟨B⟩ failed to ...", "because the ⟨B⟩ authorities had refused ...": a reason or a time. */
const REASON = new RegExp(
  String.raw`\b(?:since|because|after|as) (?:the )?(?<subject>${LIST}|it)(?<predicate> (?:(?:itself|also|had|has|have|repeatedly) )*[a-z][^;]*?)(?=,? (?:and|but) (?:the )?⟨\d+⟩ |[,;]\s*(?:he|she|they|it) (?:said|added)\b|\s*$|[.;]|,(?! [a-z]+ed\b))`,
  'g',
);

/** "..., which ⟨X⟩ blamed on ⟨B⟩", "which it attributed to ⟨B⟩ troops": a cause laid by a party of the clause. */
const LAID = new RegExp(
  String.raw`, which (?:(?:the )?(?<layer>⟨\d+⟩)|(?<pronoun>it|they|he|she)) (?:(?:had|has|have|later|also|immediately) )*(?:blamed|blames|attributed|attributes|ascribed) (?:[\w-]+ ){0,2}?(?:on|to) (?<cause>[^,;.]{0,60}?⟨\d+⟩)`,
  'g',
);

/**
 * "..., which ⟨X⟩ describes as 'totally ineffective'", "which it describes as fish farming facilities": what a party of
 * the relative clause calls the thing told, its judgement of it when the words judge ("called" and "dismissed" are
 * the charge form's, forms/charge.ts), else its account of it.
 */
const DESCRIBED =
  /, which (?:(?:the )?(?<describer>⟨\d+⟩)(?:[’']s)?(?: own)?(?: (?:[a-z]+ ){0,2}?(?:experts|officials|panel|government|authorities|inspectors|monitors))?|(?<pronoun>it|they)) (?:(?:has|have|had|also|repeatedly) )*(?:describes?|described|terms?|termed|brands?|branded|labels?|labell?ed) (?:it |them )?as (?<words>[^,;]+)/g;

/** What the words of one claim of the sentence cover in the text, for finding whose words a clause is in. */
function allegationAt(finder: ClaimFinder, claim: ClaimDraft): number {
  const at = finder.text.indexOf(claim.allegation, claim.sentence.start);
  return at >= 0 && at < claim.sentence.end ? at : -1;
}

export function hungClauses(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, before: number) {
  const made = finder.claims.slice(before);
  const { units } = masked;
  const key = (i: number) => units[i]!.mention.key;
  const sideOf = (k: string) => finder.speakers.sideOf(k) ?? k;
  const party = (i: number) => isActorType(finder.entities.get(key(i))?.type);
  laidCauses(finder, ctx, masked, made);
  described(finder, ctx, masked, made);
  if (!made.length) return;
  interrupted(finder, masked, made);
  reasonsOfVote(made);
  // Whose words a clause at an offset of the text is in: the claim whose words begin last before it.
  const spoken = made.map((c) => ({ c, at: allegationAt(finder, c) })).filter((s) => s.at >= 0);
  const holder = (offset: number): ClaimDraft | null => {
    const earlier = spoken.filter((s) => s.at <= offset).sort((a, b) => b.at - a.at);
    return earlier[0]?.c ?? null;
  };
  const clauses: { parties: number[]; predicate: string; start: number; end: number; restrictive?: boolean }[] = [];
  for (const m of masked.text.matchAll(RELATIVE)) {
    if (LOCATIVE.test(masked.text.slice(0, m.index))) continue;
    const parties = listUnits(m.groups!.party!).filter(party);
    if (!parties.length) continue;
    const pronoun = m.groups!.pronoun!;
    // "⟨B⟩, whose fighters had killed ...": the party's men did it; "which ⟨C⟩ armed" is ⟨C⟩'s act, read by said.ts.
    const predicate = pronoun.startsWith('whose')
      ? `${pronoun.slice(6)} ${m.groups!.predicate!}`
      : m.groups!.predicate!;
    if (/^(?:the )?⟨\d+⟩/.test(m.groups!.predicate!)) continue;
    const end = m.index! + m[0].length;
    clauses.push({ parties, predicate, start: end - m.groups!.predicate!.length, end });
  }
  for (const m of masked.text.matchAll(RESTRICTIVE)) {
    const t = Number(m.groups!.party!.slice(1, -1));
    // "a ⟨Somali⟩ drone", or the state's men named as one ("⟨Venezuelan soldiers⟩ who ...").
    const form = m.groups!.craft ? 'demonym' : 'phrase';
    if (units[t]!.mention.form !== form || finder.entities.get(key(t))?.type !== 'State') continue;
    const end = m.index! + m[0].length;
    clauses.push({
      parties: [t],
      predicate: m.groups!.predicate!,
      start: end - m.groups!.predicate!.length,
      end,
      restrictive: true,
    });
  }
  for (const m of masked.text.matchAll(REASON)) {
    const subject = m.groups!.subject!;
    const end = m.index! + m[0].length;
    const start = end - m.groups!.predicate!.length;
    // "called on ⟨B⟩ to take part, since it hosted ...": "it" is whom the speaker's words around it are aimed at.
    const aimedAt = subject === 'it' ? holder(masked.original(start, start).start)?.target : null;
    const parties =
      subject === 'it'
        ? listUnits(masked.text.slice(0, m.index))
            .filter((i) => party(i) && key(i) === aimedAt)
            .slice(-1)
        : listUnits(subject).filter(party);
    if (!parties.length) continue;
    clauses.push({ parties, predicate: m.groups!.predicate!.trim(), start, end });
  }
  for (const clause of clauses) {
    const claim = holder(masked.original(clause.start, clause.start).start);
    if (!claim) continue;
    const speakers = [claim.speaker];
    const own = new Set([claim.speaker, claim.onBehalfOf, sideOf(claim.speaker)]);
    for (const t of clause.parties) {
      if (own.has(key(t)) || own.has(sideOf(key(t)))) continue;
      const readings = readAs(finder, masked, t, clause.predicate, speakers).filter(
        (r) => (r.kind === 'ACCUSE' || r.kind === 'CRITICIZE') && aimsAt(r, t, units, sideOf),
      );
      if (!readings.length) continue;
      const kind = readings[0]!.kind;
      const targetKey = sideOf(key(t)) !== key(t) && finder.entities.get(sideOf(key(t)))?.type === 'State' ? null : t;
      // A party the speaker's words already charge or judge ("summoned the envoy of ⟨B⟩ after ⟨B⟩ detained ...") is
      // not charged twice: the clause is the reason of that claim.
      const aimed = targetKey === null ? sideOf(key(t)) : key(t);
      const charged = finder.claims
        .slice(before)
        .some(
          (c) =>
            c.speaker === claim.speaker &&
            (c.kind === 'ACCUSE' || c.kind === 'CRITICIZE') &&
            !!c.target &&
            (c.target === aimed || sideOf(c.target) === sideOf(aimed)),
        );
      if (charged) continue;
      // "⟨A⟩ said it had fired on a ⟨B⟩ jet that violated its airspace": the words say nothing else of note; the charge
      // the clause carries is what the plain statement holding it makes.
      if (clause.restrictive && claim.kind === 'STATE' && !claim.target) {
        claim.kind = kind;
        claim.target = aimed;
        continue;
      }
      finder.emitTold(
        {
          kind,
          speakers,
          targets: targetKey === null ? [] : [t],
          targetKeys: targetKey === null ? [aimed] : [],
          units,
          masked,
          ctx,
          onBehalf: claim.onBehalfOf,
        },
        clause,
      );
    }
  }
}

/** Whether a reading of a clause told of a party is aimed at that party (or at the state it serves). */
function aimsAt(r: Reading, t: number, units: Masked['units'], sideOf: (k: string) => string): boolean {
  const k = units[t]!.mention.key;
  if (r.target !== null) return r.target === t;
  return !!r.targetKeys?.some((x) => x === k || x === sideOf(k));
}

/** The predicate read as a main clause with the party as its subject: "⟨B⟩ had killed 41 soldiers". */
function readAs(finder: ClaimFinder, masked: Masked, t: number, predicate: string, speakers: string[]): Reading[] {
  const text = `⟨${t}⟩ ${predicate}`;
  const clause: Masked = Object.create(masked, { text: { value: text } });
  return finder.readStatement(clause, { start: 0, end: text.length }, masked.units, speakers);
}

/**
 * "⟨B⟩, which replaced ⟨C⟩, bore responsibility for ...": a relative clause between the subject and its verb, which
 * keeps said.ts from reading the main clause from its subject. A plain statement or finding aimed at no one drafted on
 * such words is read again without the clause, and takes the kind and the target that reading gives ⟨B⟩.
 */
const INTERRUPTED = new RegExp(
  String.raw`(?:^|\b(?:that|said|says|added|noted|stated) |[,;:] )(?:the )?(?<party>⟨\d+⟩)(?: (?:militia|group|movement|rebels|forces|army|navy|government|regime|authorities|fighters|militants))?, (?:which|who) [^,;]{3,80}, (?<rest>[a-z][^;]+)`,
  'g',
);

function interrupted(finder: ClaimFinder, masked: Masked, made: ClaimDraft[]) {
  const { units } = masked;
  for (const m of masked.text.matchAll(INTERRUPTED)) {
    const t = Number(/\d+/.exec(m.groups!.party!)![0]);
    const key = units[t]!.mention.key;
    if (!isActorType(finder.entities.get(key)?.type)) continue;
    const at = masked.original(m.index!, m.index!).end;
    const claim = made
      .filter((c) => (c.kind === 'STATE' || c.kind === 'REPORT') && (!c.target || c.target === key))
      .find((c) => {
        const from = allegationAt(finder, c);
        return from >= 0 && from <= at + 5 && at < from + c.allegation.length;
      });
    if (!claim || claim.speaker === key || claim.onBehalfOf === key) continue;
    const r = readAs(finder, masked, t, m.groups!.rest!, [claim.speaker]).find(
      (x) => (x.kind === 'ACCUSE' || x.kind === 'CRITICIZE') && x.target === t,
    );
    if (!r) continue;
    if (claim.kind === 'STATE') claim.kind = r.kind;
    claim.target = key;
  }
}

/**
 * "his delegation had abstained because the text was silent on ...", "voted against it because the penholder had
 * ignored ...": the reason given for an abstention or a vote against, when it finds fault with the text, its authors or
 * what it leaves open, is a criticism (not "because a vote now would not help", a view of the moment).
 */
const VOTE_REASON =
  /\b(?:abstained|abstain|abstaining|voted against|vote against|voting against)\b[^;]*?\b(?:because|since|as) (?:(?:the|this|that) (?:text|draft|resolution|penholders?|sponsors|drafters|authors)\b|[^;]*?\b(?:remained|remain|remains|were left|was left|left) (?:unanswered|unaddressed|unresolved|open)\b|[^;]*?\b(?:ignored|ignores|failed to|fails to|did not|does not|was silent|is silent)\b)/i;

function reasonsOfVote(made: ClaimDraft[]) {
  for (const c of made) if (c.kind === 'STATE' && !c.target && VOTE_REASON.test(c.allegation)) c.kind = 'CRITICIZE';
}

/** "..., which ⟨X⟩ blamed on ⟨B⟩": ⟨X⟩'s accusation of ⟨B⟩ ("it": the sentence's speaker, or its subject). */
function laidCauses(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, made: ClaimDraft[]) {
  const { units } = masked;
  const key = (i: number) => units[i]!.mention.key;
  const sideOf = (k: string) => finder.speakers.sideOf(k) ?? k;
  for (const m of masked.text.matchAll(LAID)) {
    const layer = m.groups!.layer
      ? key(Number(/\d+/.exec(m.groups!.layer)![0]))
      : lastActor(finder, masked, m.index!, made);
    if (!layer || !isActorType(finder.entities.get(layer)?.type)) continue;
    const cause = listUnits(m.groups!.cause!)
      .map(key)
      .filter((k) => isActorType(finder.entities.get(k)?.type) || finder.entities.get(k)?.type === 'State');
    const targets = cause.filter((k) => k !== layer && sideOf(k) !== sideOf(layer));
    if (!targets.length) continue;
    const start = m.index! + 2;
    const end = m.index! + m[0].length;
    finder.emitTold(
      {
        kind: 'ACCUSE',
        speakers: [layer],
        targetKeys: [
          sideOf(targets[0]!) && finder.entities.get(sideOf(targets[0]!))?.type === 'State'
            ? sideOf(targets[0]!)
            : targets[0]!,
        ],
        units,
        masked,
        ctx,
      },
      { start, end },
    );
  }
}

/** "..., which ⟨X⟩ describes as ...": ⟨X⟩'s judgement of what the sentence told, or its account of it. */
function described(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, made: ClaimDraft[]) {
  const { units } = masked;
  for (const m of masked.text.matchAll(DESCRIBED)) {
    const named = m.groups!.describer;
    const speaker = named
      ? units[Number(/\d+/.exec(named)![0])]!.mention.key
      : lastActor(finder, masked, m.index!, made);
    if (!speaker || !isActorType(finder.entities.get(speaker)?.type)) continue;
    const start = m.index! + 2;
    const end = m.index! + m[0].length;
    const wordsAt = end - m.groups!.words!.length;
    // "describe as totally ineffective" says "it is totally ineffective".
    const judged = EVALUATION.test(`is ${m.groups!.words!.replace(/["“”]/g, '')}`);
    finder.emitTold(
      {
        kind: judged ? 'CRITICIZE' : 'STATE',
        speakers: [speaker],
        units,
        masked,
        ctx,
        region: { start: judged ? start : wordsAt, end },
      },
      { start, end },
    );
  }
}

/**
 * Whom "it" in "which it blamed on ...", "which it describes as ..." stands for: the state or body named last before the
 * relative clause ("The structures that ⟨B⟩ has installed, which it describes as ..."), else whoever speaks in the
 * sentence ("⟨A⟩ said the raid answered a bombing, which it blamed on ...").
 */
function lastActor(finder: ClaimFinder, masked: Masked, at: number, made: ClaimDraft[]): string | null {
  // "a ⟨Berlin⟩ discotheque": a name that only qualifies a thing is no party.
  const named = [...masked.text.slice(0, at).matchAll(/(?<!\b(?:an?|of a|of an) )⟨(\d+)⟩/g)]
    .map((m) => masked.units[Number(m[1])]!.mention.key)
    .filter((k) => isActorType(finder.entities.get(k)?.type));
  return named[named.length - 1] ?? made[made.length - 1]?.speaker ?? null;
}
