import { z } from 'zod';
import type { Entities } from '../entities.js';
import { LIST, listUnits, type Unit } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { escapeRegExp } from '../text.js';
import { conjugate, spellings } from '../verbs.js';
import { WRONG_ACTS } from './lexicon.js';
import type { Reading } from './types.js';

/**
 * A hostile act a speaker tells of another party in its own words, with no
 * accusing verb: "a patrol boat of the ⟨B⟩ Navy stopped three of our canoes",
 * "a ⟨Chinese⟩ J-16 came within twenty feet of its nose", "⟨B⟩ was rebuilding
 * its arsenal", "⟨B⟩ air strikes that hit ⟨C⟩". Told by a party, it is an
 * accusation of the doer; this module is only asked about words that already
 * have a speaker (a statement's own voice, an answer, reported speech), never
 * a journalist's narration. The acts, the doers' nouns and a statement's
 * frames ("has learned with deep concern that") are data (hostile.json); the
 * strike and invasion verbs are those of events.json.
 */

const act = z.object({ verb: z.string(), then: z.string().optional() });
const table = z
  .object({
    acts: z.array(act).min(1),
    doers: group,
    frames: group,
    nominal: group,
    origins: group.extend({ groups: z.array(z.string()).min(1) }),
    stopping: group,
    supporters: group,
    victimOf: group,
  })
  .parse(dataTable('hostile.json'));

const events = z
  .object({ categories: z.record(z.string(), z.object({ verbs: z.array(z.string()) }).passthrough()) })
  .parse(dataTable('events.json'));

/** The verbs of strikes and invasions that name a hostile act whatever follows ("landed in", "clashed" do not). */
const EVENT_ACTS = [...events.categories.STRIKE!.verbs, ...events.categories.INVASION!.verbs].filter(
  (v) => !/^(?:land in|clash|burn)$/.test(v),
);

/** "struck a deal", "hit a record": a strike verb's other senses. */
const NOT_AN_ATTACK = String.raw`(?! (?:a |an |the )?(?:deal|agreement|balance|note|tone|chord|compromise|records?|back|out|hard|home|highs?|lows?)\b)`;

function forms(verb: string): string[] {
  const c = conjugate(verb);
  return [c.PastTense, c.PresentTense, c.Infinitive, c.Gerund, c.Participle].flatMap(spellings);
}

const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const ACTS = [
  ...table.acts.map((a) => `(?:${alternation(forms(a.verb))})${a.then ? ` (?:${a.then})` : ''}`),
  `(?:${alternation(EVENT_ACTS.flatMap(forms))})${NOT_AN_ATTACK}`,
  // The wrongs of said.json, read here too when a dateline, a frame or a time opens the clause.
  WRONG_ACTS,
].join('|');

const DOER_NOUN = `(?:${table.doers.phrases.join('|')})`;
/** "⟨B⟩ rebels, supported by ⟨C⟩, shelled ...": a party the doer's apposition names as backing it, charged with it. */
const SUPPORTED = String.raw`(?:,? (?:${table.supporters.phrases.join('|')}) by (?:the )?(⟨\d+⟩)(?: [\w-]+){0,2},)?`;
/** Tense and aspect before the act: "had", "keep", "continues to", and a form of "be" only before a gerund ("was rebuilding"; "were killed" is done to the subject). */
const AUX = String.raw`(?:(?:had|has|have|keep|keeps|kept|continued to|continues to|continue to|went on|goes on)\s+)*(?:(?:is|are|was|were|been)\s+(?=(?:[a-z]+ly |still |also )?[a-z]+ing\b))?`;
const ADVERB = String.raw`(?:(?:also|again|still|repeatedly|deliberately|openly|illegally|systematically|reportedly|then|now|once again|even) )*`;
const ARTICLE = String.raw`(?:the |an? )?(?:(?:about|some|at least|more than|around|nearly) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of|some) )?`;

/** The acts' participles, for the passive: "were seized by soldiers of the ⟨B⟩ army", "stopped and searched by ⟨B⟩ patrols". */
const DONE = alternation([
  ...table.acts.flatMap((a) => spellings(conjugate(a.verb).Participle)),
  ...EVENT_ACTS.flatMap((v) => spellings(conjugate(v).Participle)),
]);

/** The readers of one list of acts and their participles: hostile.json's, or a longer one (briefed.ts). */
function patternsFor(acts: string, done: string) {
  return {
    /** "⟨Chinese⟩ coast guard ships harassed", "⟨B⟩ was rebuilding": the doer opening the clause, the act after it. */
    NAMED_DOER: new RegExp(
      String.raw`^${ARTICLE}(?:[\w-]+ )?(⟨\d+⟩(?: ⟨\d+⟩)?)([’']s)?((?: (?:[\w⟨⟩-]+ ){0,2}?${DOER_NOUN}| [A-Z]+-\d+\w*)?(?: (?:and|or) (?:[\w-]+ ){0,2}?${DOER_NOUN})?)${SUPPORTED} (?:[a-z]+ly )?${ADVERB}${AUX}${ADVERB}(?:[a-z]+ed,? and )?(?:${acts})\b`,
      'i',
    ),
    /** "a patrol boat of the ⟨Tanzania People's Defence Force⟩ stopped ...": men or craft told as a party's. */
    DOER_OF: new RegExp(
      String.raw`^${ARTICLE}(?:[\w-]+ ){0,2}?${DOER_NOUN} of (?:the )?(⟨\d+⟩) (?:[a-z]+ly )?${ADVERB}${AUX}${ADVERB}(?:[a-z]+ed,? and )?(?:${acts})\b`,
      'i',
    ),
    /** "aircraft based in ⟨B⟩ and ⟨C⟩ had bombed ...": craft told by the states they set out from. */
    FROM_BASE: new RegExp(
      String.raw`^${ARTICLE}(?:[\w-]+ ){0,2}?(?!(?:${table.origins.groups.join('|')})\b)${DOER_NOUN} (?:${table.origins.phrases.join('|')}) (?:the )?(${LIST})(?: territory)? (?:[a-z]+ly )?${ADVERB}${AUX}${ADVERB}(?:${acts})\b`,
      'i',
    ),
    /** The passive: "were seized by soldiers of the ⟨B⟩ army", "stopped and searched by ⟨B⟩ patrols". */
    PASSIVE_BY: new RegExp(
      String.raw`\b(?:(?:had|have|has) (?:also |repeatedly )?been|was|were|being) (?:also |illegally |repeatedly |reportedly )?(?:[a-z]+ed,? (?:and )?)?(?:${done})(?:(?:,| and|, and) (?:[a-z]+ )?[a-z]+ed)* (?:[^,;⟨]{0,40}? )?by ${ARTICLE}(?:(?:[\w-]+ ){0,2}?${DOER_NOUN}(?: and ${ARTICLE}(?:[\w-]+ ){0,2}?${DOER_NOUN})? of (?:the )?)?(⟨\d+⟩)((?: (?:[\w-]+ ){0,2}?${DOER_NOUN})?)`,
      'i',
    ),
  };
}
type Patterns = ReturnType<typeof patternsFor>;
const HOSTILE = patternsFor(ACTS, DONE);

/**
 * The readers of hostile.json's acts and of more acts besides ({ verb, then } as in hostile.json, with spellings the
 * conjugation misses: "had overrun", "had been seen"): briefed.ts.
 */
export function hostilePatterns(more: { verb: string; then?: string; also?: string[] }[]): Patterns {
  const spelt = (a: { verb: string; also?: string[] }) => [...forms(a.verb), ...(a.also ?? [])];
  const extra = more.map((a) => `(?:${alternation(spelt(a))})${a.then ? ` (?:${a.then})` : ''}`);
  const done = alternation(more.flatMap((a) => [...spellings(conjugate(a.verb).Participle), ...(a.also ?? [])]));
  return patternsFor([...extra, ACTS].join('|'), `${done}|${DONE}`);
}
/** "⟨Pakistani⟩ air strikes on Thursday that hit ⟨Kabul⟩": an act named by its noun and told in a relative clause. */
const NOMINAL = new RegExp(
  String.raw`(⟨\d+⟩)(?:[’']s)? (?:${table.nominal.phrases.join('|')})\b(?: [^,;⟨]{0,40}?)? (?:that|which) (?:had |have |has )?(?:hit|killed|struck|destroyed|damaged|wounded|targeted)\b`,
  'i',
);

/**
 * "his country had been the victim of an unprovoked artillery attack", "was the target of a cyberattack by ⟨B⟩": the act
 * told by whom it was done to, its doer after "by" or "from" (group 1) when the words name it.
 */
const VICTIM = new RegExp(
  String.raw`\b(?:had been|has been|have been|was|were|is|are|fell|became) (?:the )?(?:(?:latest|main|first|sole|direct) )?(?:victims?|targets?) of (?:an? |the |repeated |several |numerous |daily )?(?<act>(?:[\w-]+ ){0,3}?(?:${table.victimOf.phrases.join('|')}))\b(?:(?: [^,;⟨]{0,40}?)? (?:by|from) (?:the )?(?:(?:[\w-]+ ){0,2}?${DOER_NOUN} of (?:the )?)?(?<doer>⟨\d+⟩))?`,
  'i',
);

/**
 * The act that words tell by whom it was done to ("had been the victim of an unprovoked artillery attack"), in plain
 * text, as a definite noun ("the unprovoked artillery attack") for acts.ts to find who did it; null when they tell none.
 */
export function actSuffered(words: string): string | null {
  const act = VICTIM.exec(words)?.groups?.act;
  return act ? `the ${act}` : null;
}

/**
 * "to stop what it called an aggression by ⟨B⟩ and ⟨C⟩", "to halt the attacks of ⟨B⟩", "an end to the shelling by ⟨B⟩":
 * an act asked to be stopped.
 */
const STOP_ACT = new RegExp(
  String.raw`\b(?:to (?:${table.stopping.phrases.join('|')})|an end to) (?:what (?:it|he|she|they|we) (?:called|calls|described as|termed) )?(?:the |an? |this |these |such )?(?:continuing |ongoing |unprovoked |armed |military |repeated )*(?:${table.victimOf.phrases.join('|')}) (?:by|of|from) (?:the )?(${LIST})`,
  'i',
);

/**
 * The doers of an act a demand asks to be stopped ("asked the ⟨Council⟩ to stop what it called an aggression by ⟨B⟩ and
 * ⟨C⟩"): the demand tells the act as fact, an accusation of each doer, a state or a body, none of the speaker's side.
 */
export function doersOfActStopped(
  sides: HostileSides,
  words: string,
  units: Unit[],
  own: Set<string | null>,
): string[] {
  const m = STOP_ACT.exec(words);
  if (!m) return [];
  return listUnits(m[1]!).flatMap((i) => {
    const key = units[i]!.mention.key;
    const type = sides.entities.get(key)?.type;
    return (type === 'State' || type === 'Organization') && !own.has(key) && !own.has(sides.sideOf(key)) ? [key] : [];
  });
}

/**
 * Where a clause telling an act may open inside the words: "..., when two ⟨Guatemalan⟩ naval vessels blocked ...",
 * "fired warning shots after about ten ⟨North Korean⟩ soldiers crossed ...", "According to our intelligence, ⟨B⟩ ...".
 */
const SUBORDINATE = /(?:\b(?:when|after|as|because|since|whereas)|^according to [^,⟨]{1,40},)\s+/gi;

/** A dateline opening wire copy: "⟨ISLAMABAD⟩, Oct 12 - ". */
const DATELINE = /^(?:⟨\d+⟩|[A-Z][A-Z .'-]+)(?:, [^-–—⟨]{1,30})? [-–—]+ /;
/** A statement's frame before the act it tells: "The Government of ⟨A⟩ has learned with deep concern that ". */
const FRAME = new RegExp(String.raw`^(?:[^;]*?\b)?(?:${table.frames.phrases.join('|')})\s+`, 'i');
/** A time or place opening the clause: "on 16 August 2026, ", "Since the announcement, ", "overnight, ". */
const OPENING =
  /^(?:(?:on|in|during|at|since|early on|late on|last|this|overnight|earlier|later)\b[^,⟨]{0,40}|(?:on|in|near|at) (?:the )?⟨\d+⟩[^,⟨]{0,20}), /i;
/** A date opening the clause with no comma after it: "On 14 October a vessel of ...", "On March 3 two ⟨Chinese⟩ ...". */
const DATED = /^[Oo]n (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})(?:,? \d{4})? (?=[a-z⟨\d])/;

/** Who is reading: the entities, and whom a speaker speaks for. */
export interface HostileSides {
  readonly entities: Entities;
  sideOf(speaker: string): string | null;
}

/**
 * The accusations a clause makes by telling another party's hostile act: of
 * the doer, or of the state whose service it is ("⟨Croatian⟩ officers" the
 * state's police, a "patrol boat of the ⟨B⟩ Navy" ⟨B⟩'s state, as the other
 * wrongs of said.ts). Never of the speaker's own side, whose own forces' acts
 * it reports rather than charges.
 */
export function readHostileAct(
  sides: HostileSides,
  clause: string,
  units: Unit[],
  own: Set<string | null>,
  span: { start: number; end: number },
  { NAMED_DOER, DOER_OF, FROM_BASE, PASSIVE_BY }: Patterns = HOSTILE,
): Reading[] {
  const opened = clause.replace(DATELINE, '').replace(FRAME, '').replace(OPENING, '').replace(DATED, '');
  const starts = [opened, ...[...opened.matchAll(SUBORDINATE)].map((m) => opened.slice(m.index + m[0].length))];
  const typeOf = (i: number) => sides.entities.get(units[i]!.mention.key)?.type;
  const party = (i: number) => typeOf(i) === 'State' || typeOf(i) === 'Organization';
  const ours = (key: string) => own.has(key) || own.has(sides.sideOf(key));
  const reading = (targetKeys: string[]): Reading => ({ kind: 'ACCUSE', target: null, span, targetKeys });
  // A force that serves a state ("a ⟨Venezuelan navy⟩ patrol boat", "⟨Russian⟩ forces") stands for it, as in said.ts and
  // as the gold has long had it; an armed group for itself. A state's organ named by its own name as the doer ("the
  // ⟨Syrian Arab Air Force⟩ dropped", "backed by the ⟨Rwanda Defence Force⟩") is charged as that organ, as the corpus
  // README's Target rule has it.
  const keyOf = (i: number, organ: boolean): string => {
    const key = units[i]!.mention.key;
    const side = sides.sideOf(key);
    return side && side !== key && sides.entities.get(side)?.type === 'State' && !organ ? side : key;
  };
  const byName = (i: number, organ = false): Reading[] =>
    ours(units[i]!.mention.key) ? [] : [reading([keyOf(i, organ)])];
  const readAt = (words: string): Reading[] => {
    // "a patrol boat of the ⟨Tanzania People's Defence Force⟩": the state the service serves, as said.ts reads it, so that
    // a denial after it answers that state.
    let m = DOER_OF.exec(words);
    if (m) {
      const i = Number(/\d+/.exec(m[1]!)![0]);
      return party(i) ? byName(i) : [];
    }
    // "aircraft based in ⟨B⟩ and ⟨C⟩": each state a base is in, never a place or a body, whose part the words leave open.
    m = FROM_BASE.exec(words);
    if (m)
      return listUnits(m[1]!)
        .filter((i) => typeOf(i) === 'State')
        .flatMap((i) => byName(i));
    m = NAMED_DOER.exec(words);
    if (m) {
      // "⟨Afghan⟩ ⟨Taliban⟩ forces": the group named before the state its demonym names; "⟨Chinese⟩ ⟨J-16⟩": the state.
      const named = [...m[1]!.matchAll(/⟨(\d+)⟩/g)].map((u) => Number(u[1])).filter(party);
      const doer = named.find((i) => units[i]!.mention.form !== 'demonym') ?? named[0];
      // "the ⟨Israeli⟩ strikes", "⟨Israel⟩'s attacks": a demonym or a possessive opens a noun, never the act's verb.
      const adjective = doer !== undefined && (units[doer]!.mention.form === 'demonym' || !!m[2]);
      if (doer === undefined || (adjective && !m[3] && !m[1]!.includes(' '))) return [];
      const charged = byName(doer, !m[3] && units[doer]!.mention.form === 'name');
      // The party the doer's apposition names as backing it ("⟨B⟩ rebels, supported by ⟨C⟩, shelled ...") is charged too.
      if (charged.length && m[4]) {
        const backer = Number(/\d+/.exec(m[4])![0]);
        if (party(backer)) charged.push(...byName(backer, true));
      }
      return charged;
    }
    // "⟨Belizean⟩ fishermen have been stopped by ⟨Guatemalan⟩ patrols": the doer after "by".
    m = PASSIVE_BY.exec(words);
    if (m) {
      const i = Number(/\d+/.exec(m[1]!)![0]);
      if (party(i) && (units[i]!.mention.form !== 'demonym' || m[2])) return byName(i);
    }
    m = NOMINAL.exec(words);
    if (m) {
      const i = Number(/\d+/.exec(m[1]!)![0]);
      const possessive = /[’']s$/.test(m[0].slice(0, m[0].indexOf(' ')));
      if (party(i) && (units[i]!.mention.form === 'demonym' || possessive)) return byName(i);
    }
    return [];
  };
  for (const words of starts) {
    const found = readAt(words);
    if (found.length) return found;
  }
  // The act told by its victim: of the doer the words name, else of whoever the text told doing it.
  const victim = VICTIM.exec(opened);
  if (victim) {
    const doer = victim.groups?.doer;
    const i = doer ? Number(/\d+/.exec(doer)![0]) : null;
    if (i === null) return [{ kind: 'ACCUSE', target: null, span, antecedent: true }];
    if (party(i)) return byName(i);
  }
  return [];
}
