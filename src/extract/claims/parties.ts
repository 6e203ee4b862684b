import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { dataTable } from '../tables.js';
import type { Span } from '../types.js';
import { partyOf } from './own-side.js';
import { onlyCalm } from './warring.js';
import { THANKS_TO } from './thanked.js';
import type { ClaimDraft } from './types.js';

/**
 * One claim aimed at several parties named together (groups.json): the
 * reader records it once for each party. "accused ⟨A⟩ and ⟨B⟩ of ...",
 * "the allegations spread by ⟨A⟩, ⟨B⟩ and ⟨C⟩": a claim drafted against
 * one of a coordination is aimed at the others too. "the three European
 * countries had no right ...": a counted group noun stands for the
 * parties the text last named together in that number. Run on the whole
 * draft, after targets are chosen and settled.
 */

const table = z
  .object({
    note: z.string(),
    before: z.array(z.string()),
    nouns: z.array(z.string()),
    counts: z.record(z.string(), z.number()),
    pronouns: z.object({ note: z.string(), words: z.array(z.string()).min(1), followedBy: z.array(z.string()).min(1) }),
    singular: z.array(z.string()),
    followers: z.array(z.string()),
  })
  .parse(dataTable('groups.json'));

/** The kinds of claim aimed at a party by its words, which a coordination of parties aims at each. */
const AIMED = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE', 'DEMAND', 'WARN', 'DENY']);

/** Words a coordination of names is a place or a span after: "in ⟨A⟩ and ⟨B⟩", "between ⟨A⟩ and ⟨B⟩". */
const PLACE = new RegExp(String.raw`\b(?:${table.before.join('|')})\s+(?:the\s+)?$`, 'i');

/** What joins two names of a coordination: ", ", " and ", ", and ", "as well as", each name with an optional "the". */
const JOIN = /^(?:,\s+|,?\s+(?:and|as well as)\s+)(?:the\s+)?$/;

/** "the three European countries", "these two neighbouring countries", "both governments": a count and a group noun. */
const GROUP = new RegExp(
  String.raw`\b(?:(?:(?:the|these|those) (${Object.keys(table.counts)
    .filter((w) => w !== 'both' && w !== 'neither')
    .join(
      '|',
    )})|(both)(?: the)?) (?:[\p{L}-]+ )?(?:${table.nouns.join('|')})|(neither) (?:${table.singular.join('|')}))\b`,
  'iu',
);

/** "Each side accused the other ...": each of the two parties the text last named together, speaking of the other. */
const EACH = String.raw`[Ee]ach (?:${table.singular.join('|')})(?![\w-])`;
/**
 * "The four states accuse ⟨B⟩ ...", "Both governments denied ...", "the three Sahel states said": a counted group noun
 * as the subject of a verb of saying, for the speaker patterns (patterns.ts SUBJECT); the parties it stands for are
 * read by groupSpeaking.
 */
export const GROUP_SUBJECT = String.raw`(?:[Tt]he|[Tt]hese|[Tt]hose) (?:${Object.keys(table.counts)
  .filter((w) => w !== 'both' && w !== 'neither')
  .join(
    '|',
  )}) (?:[A-Za-z-]+ |⟨\d+⟩ )?(?:${table.nouns.join('|')})(?![\w-])|[Bb]oth (?:the )?(?:[A-Za-z-]+ |⟨\d+⟩ )?(?:${table.nouns.join('|')})(?![\w-])|${EACH}`;
const GROUP_SPEAKING = new RegExp(`^(?:${GROUP_SUBJECT})$`);

/**
 * The parties a counted group noun speaking stands for ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with ⟨B⟩
 * ... The four states accuse ⟨B⟩ of ..."): the last coordination of that many the text named before it, states only for
 * a noun of states; null when the subject is no such group, none when the text named no such coordination.
 */
export function groupSpeaking(subject: string, text: string, entities: Entities, at: number): string[] | null {
  if (!GROUP_SPEAKING.test(subject)) return null;
  const word = /^(?:the|these|those|both|each)\s+(?:the\s+)?(\w+)/i.exec(subject)![1]!.toLowerCase();
  const n = /^(?:both|each)$/i.test(subject.split(/\s+/)[0]!) ? 2 : (table.counts[word] ?? 0);
  const statesOnly = STATE_NOUNS.test(subject);
  return (
    coordinations(text, namesIn(text, entities), { start: 0, end: at }, false)
      .map((r) => r.keys)
      .filter((keys) => keys.length === n && (!statesOnly || keys.every((k) => entities.get(k)?.type === 'State')))
      .at(-1) ?? []
  );
}

/** "urged both to settle the matter", "called on the two to agree": "both" or "the two" with no noun after it. */
const PRONOUN = new RegExp(
  String.raw`\b(?:${table.pronouns.words.join('|')}) (?=(?:${table.pronouns.followedBy.join('|')})\b)`,
  'iu',
);

/**
 * "We are grateful to these partners": thanks to a group noun that refers back, with no count; "We are grateful to all
 * of them", "thanked them all": to a pronoun standing for the parties just named.
 */
const THANKED_GROUP = new RegExp(
  String.raw`(?<![\p{L}-])${THANKS_TO} (?:all )?(?:these|those) (?:[\p{L}-]+ )?(?:${table.nouns.join('|')})\b|(?<![\p{L}-])${THANKS_TO} (?<them>(?:all|each|every one|both) of them|them all|them)\b`,
  'iu',
);
/** "and to ⟨C⟩": a further party thanked after the group. */
const AND_TO = /,?\s+(?:and|as well as) (?:also )?to (?:the )?$/;

/** "⟨B⟩'s partners", "⟨B⟩'s backers": parties named by what they are to ⟨B⟩, which are not ⟨B⟩. */
export const OTHERS_OF = new RegExp(String.raw`^\s+(?:[a-z-]+ )?(?:${table.followers.join('|')})\b`);

/** "⟨A⟩ and its ⟨Russian⟩ partners": a second party named beside the first by what it is to it. */
const FOLLOWERS = new RegExp(String.raw`^\s+(?:${table.followers.join('|')})\b`, 'i');
const THEIRS = /^,?\s+and\s+(?:its|their)\s+$/;

interface Named extends Span {
  key: string;
}

/** Each actor the text names, where, in order; a name followed by "'s" is a possessor, not a party. */
function namesIn(text: string, entities: Entities): Named[] {
  const names: Named[] = [];
  for (const record of entities.byKey.values()) {
    if (!isActorType(record.type) || record.type === 'Person') continue;
    for (const m of record.mentions) names.push({ key: record.key, start: m.start, end: m.end });
  }
  return names
    .filter((n) => !/^[’']s\b/.test(text.slice(n.end, n.end + 3)))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((n, i, all) => i === 0 || n.start >= all[i - 1]!.end);
}

/** The coordinations of two or more parties in a stretch of text: runs of names joined by ", " and "and", not after "in" or "between". */
function coordinations(text: string, names: Named[], within: Span, asParties = true): Coordination[] {
  const inside = names.filter((n) => n.start >= within.start && n.end <= within.end);
  const runs: Named[][] = [];
  for (const n of inside) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    const between = prev ? text.slice(prev.end, n.start) : '';
    if (run && (JOIN.test(between) || (THEIRS.test(between) && FOLLOWERS.test(text.slice(n.end, n.end + 20)))))
      run.push(n);
    else runs.push([n]);
  }
  return runs
    .filter(
      (run) => run.length > 1 && !(asParties && PLACE.test(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start))),
    )
    .map((run) => ({ keys: [...new Set(run.map((n) => n.key))], start: run[0]!.start, end: run.at(-1)!.end }))
    .filter((run) => run.keys.length > 1);
}

/** Parties named together, and where. */
interface Coordination extends Span {
  keys: string[];
}

/** Aims each claim at every party of the coordination or the counted group its target phrase names. */
export function eachParty(claims: ClaimDraft[], entities: Entities, text: string): ClaimDraft[] {
  const names = namesIn(text, entities);
  const out: ClaimDraft[] = [];
  const has = (c: ClaimDraft, target: string) =>
    [...claims, ...out].some(
      (d) => d.speaker === c.speaker && d.kind === c.kind && d.target === target && d.allegation === c.allegation,
    );
  // A denial's answer indexes the claims: kept pointing at the same claim (its first copy) as claims are added.
  const moved = new Map<number, number>();
  claims.forEach((c, i) => {
    moved.set(i, out.length);
    const own = [c.speaker, c.onBehalfOf];
    const parties = AIMED.has(c.kind)
      ? (c.target
          ? coordinated(c, text, names)
          : RECIPROCAL.test(c.allegation)
            ? reciprocal(c, claims)
            : counted(c, text, names, entities)
        ).filter((p) => !own.includes(p))
      : c.thanked && !c.target
        ? thankedGroup(c, text, names, entities)
        : [];
    // "the three countries had no right ...": a claim naming no one is aimed at each party its group noun stands for.
    if (!c.target && parties.length) {
      for (const p of parties) if (!has(c, p)) out.push({ ...c, target: p, about: c.about.filter((k) => k !== p) });
      return;
    }
    out.push(c);
    for (const p of parties)
      if (p !== c.target && !has(c, p)) out.push({ ...c, target: p, about: c.about.filter((k) => k !== p) });
  });
  for (const c of out) if (typeof c.answers === 'number') c.answers = moved.get(c.answers) ?? null;
  return out;
}

/** The other parties of the coordination the claim's target is named in, within its sentence's words said. */
function coordinated(c: ClaimDraft, text: string, names: Named[]): string[] {
  const at = text.indexOf(c.allegation, c.sentence.start);
  const span = at >= 0 && at < c.sentence.end ? { start: at, end: at + c.allegation.length } : c.sentence;
  // The words drafted may stop inside the coordination ("cyberattacks by the United States| and Israel") or start in it.
  const run = coordinations(text, names, c.sentence).find(
    (r) => r.keys.includes(c.target!) && r.start < span.end && r.end > span.start,
  )?.keys;
  // "⟨A⟩ and ⟨B⟩ called on ...": a coordination naming the speaker's own side is the speakers', not whom they address.
  return run && !run.some((k) => k === c.speaker || k === c.onBehalfOf) ? run : [];
}

/**
 * The parties a counted group noun that opens a claim's words stands for ("the three European countries had no right
 * ...", "accused the two neighbours of ..."): the last coordination of that many the text named before, states for a
 * noun of states, none of them the speaker's own side. "both sides to ..." asked of two parties is the demand
 * convention's (conventions.ts); a group noun further into the words ("the loss of life on both sides") is not whom
 * the claim is aimed at.
 */
function counted(c: ClaimDraft, text: string, names: Named[], entities: Entities): string[] {
  const group = GROUP.exec(c.allegation);
  if (!group || !OPENING.test(c.allegation.slice(0, group.index))) return pointedBack(c, text, names);
  const count = (group[1] ?? group[2] ?? group[3]!).toLowerCase();
  // "urged both governments to exercise restraint": calm is asked of no one in particular (conventions.ts).
  if (c.kind === 'DEMAND' && onlyCalm(c.allegation)) return [];
  const n = table.counts[count]!;
  const statesOnly = STATE_NOUNS.test(group[0]);
  const at = text.indexOf(c.allegation, c.sentence.start);
  const end = at >= 0 ? at + group.index : c.sentence.start;
  const own = (k: string) => k === c.speaker || k === c.onBehalfOf;
  // Named together before, whatever for: "the border areas of ⟨A⟩ and ⟨B⟩ ... these two neighbouring countries".
  const before = coordinations(text, names, { start: 0, end }, false)
    .map((r) => r.keys)
    .filter(
      (keys) =>
        keys.length === n && !keys.some(own) && (!statesOnly || keys.every((k) => entities.get(k)?.type === 'State')),
    );
  // "both Sudanese parties", "the two Libyan sides": parties of one state, whom the text named near, never other states.
  const of = demonymState(group[0]);
  if (of) return partiesOf(of, c, text, names, before, entities, end);
  if (n !== 2) return before.at(-1) ?? [];
  // "neither government", "both capitals": the two the text named together, of the three states it names most; else
  // the two states the text is about, when two stand out; else the two it named together most named.
  const mentions = (k: string) => entities.get(k)?.mentions.length ?? 0;
  const states = [...entities.byKey.values()]
    .filter((e) => e.type === 'State' && !own(e.key) && e.mentions.length > 0)
    .map((e) => e.key)
    .sort((a, b) => mentions(b) - mentions(a));
  const sum = (keys: string[]) => keys.reduce((t, k) => t + mentions(k), 0);
  const most = (pairs: string[][]) =>
    pairs.reduce<string[]>((best, keys) => (sum(keys) >= sum(best) ? keys : best), []);
  const main = most(before.filter((keys) => keys.every((k) => states.slice(0, 3).includes(k))));
  if (main.length) return main;
  if (states.length >= 2 && mentions(states[1]!) > mentions(states[2] ?? '')) return states.slice(0, 2);
  return most(before);
}

/** The state a group noun's qualifier names by its demonym ("both Sudanese parties"), as its key. */
function demonymState(group: string): string | null {
  const words = group.split(/\s+/);
  for (const w of words.slice(1, -1)) {
    const form = STATE_FORMS.get(w);
    if (form?.role === 'demonym' && form.code) return `state:${form.code}`;
  }
  return null;
}

/**
 * The parties of one state a qualified group noun stands for: the last pair named together that are that state or its
 * organs, else the armed forces and groups of no other state named since the sentence before (a text may name only
 * one of the two: "blamed the ⟨Rapid Support Forces⟩ for ... and called on both Sudanese parties to ...").
 */
function partiesOf(
  state: string,
  c: ClaimDraft,
  text: string,
  names: Named[],
  before: string[][],
  entities: Entities,
  end: number,
): string[] {
  const stateOf = (k: string) => {
    const party = partyOf(entities, k);
    return entities.get(party)?.type === 'State' ? party : undefined;
  };
  const own = (k: string) => k === c.speaker || k === c.onBehalfOf;
  const pair = before.filter((keys) => keys.every((k) => stateOf(k) === state)).at(-1);
  if (pair) return pair;
  const from = previousSentence(text, c.sentence.start);
  const armed = names
    .filter((n) => n.start >= from && n.end <= end && !own(n.key))
    .map((n) => n.key)
    .filter((k) => ['MILITARY', 'ARMED_GROUP'].includes(String(entities.get(k)?.props.category ?? '')))
    .filter((k) => (stateOf(k) ?? state) === state);
  return [...new Set(armed)].slice(-2);
}

/**
 * "offered its good offices to ⟨A⟩ and ⟨B⟩ and urged both to settle ...": "both" or "the two" standing alone opening a
 * claim's words is the pair named together last before them, in their sentence or the one before, whatever kind of
 * party; none when that pair holds the speaker's own side or calm alone is asked.
 */
function pointedBack(c: ClaimDraft, text: string, names: Named[]): string[] {
  const pronoun = PRONOUN.exec(c.allegation);
  if (!pronoun || !OPENING.test(c.allegation.slice(0, pronoun.index))) return [];
  if (c.kind === 'DEMAND' && onlyCalm(c.allegation)) return [];
  const at = text.indexOf(c.allegation, c.sentence.start);
  const end = at >= 0 ? at + pronoun.index : c.sentence.start;
  const from = previousSentence(text, c.sentence.start);
  const own = (k: string) => k === c.speaker || k === c.onBehalfOf;
  const last = coordinations(text, names, { start: from, end }, false).at(-1)?.keys ?? [];
  return last.length === 2 && !last.some(own) ? last : [];
}

/**
 * "accused each other of ...", "blamed one another for ...", "each side accused the other of ...": a charge the speakers
 * make against one another.
 */
const RECIPROCAL = new RegExp(
  String.raw`^(?:that )?(?:each other|one another|the other(?: (?:${table.singular.join('|')}))?)\b`,
  'i',
);

/** The other speakers of the same words in the same sentence ("Both sides accused each other"): whom each aims at. */
function reciprocal(c: ClaimDraft, claims: ClaimDraft[]): string[] {
  return [
    ...new Set(
      claims
        .filter((d) => d.sentenceIndex === c.sentenceIndex && d.kind === c.kind && d.allegation === c.allegation)
        .map((d) => d.onBehalfOf ?? d.speaker),
    ),
  ];
}

/** Where the sentence before the one starting at an offset starts. */
function previousSentence(text: string, start: number): number {
  const ends = [...text.slice(0, Math.max(0, start - 1)).matchAll(/[.!?]["”’]?\s+/g)];
  const last = ends.at(-1);
  return last ? last.index + last[0].length : 0;
}

/**
 * "We are grateful to these partners", "thanked those countries": the parties the text last named together before,
 * whatever their number, none of them the speaker's own side.
 */
function thankedGroup(c: ClaimDraft, text: string, names: Named[], entities: Entities): string[] {
  const phrase = THANKED_GROUP.exec(c.allegation);
  if (!phrase) return [];
  const at = text.indexOf(c.allegation, c.sentence.start);
  const end = at >= 0 ? at + phrase.index + phrase[0].length : c.sentence.start;
  const own = (k: string) => k === c.speaker || k === c.onBehalfOf || partyOf(entities, k) === c.onBehalfOf;
  // "... and to the ⟨United States⟩, which ...": a party thanked by name after the group.
  const alsoNamed = names
    .filter((n) => n.start >= end && n.end <= c.sentence.end && AND_TO.test(text.slice(end, n.start)))
    .map((n) => n.key);
  return [...new Set([...them(phrase, c, text, names, entities, end, own), ...alsoNamed])].filter((k) => !own(k));
}

/**
 * The parties a group thanked stands for: for "all of them", each state named in the two sentences before, within the
 * paragraph ("The aircraft came from ⟨A⟩ and ⟨B⟩, and ⟨C⟩ will deliver six more. ⟨D⟩ has promised 30. We are grateful
 * to all of them"); for "these partners", the parties the text last named together.
 */
function them(
  phrase: RegExpExecArray,
  c: ClaimDraft,
  text: string,
  names: Named[],
  entities: Entities,
  end: number,
  own: (k: string) => boolean,
): string[] {
  if (phrase.groups?.them) {
    const from = Math.max(
      previousSentence(text, previousSentence(text, c.sentence.start)),
      text.lastIndexOf('\n', c.sentence.start) + 1,
    );
    return [
      ...new Set(
        names
          .filter((n) => n.start >= from && n.end <= end && entities.get(n.key)?.type === 'State' && !own(n.key))
          .map((n) => n.key),
      ),
    ];
  }
  return (
    coordinations(text, names, { start: 0, end }, false)
      .map((r) => r.keys)
      .filter((keys) => !keys.some(own))
      .at(-1) ?? []
  );
}

/** What may come before a group noun that opens a claim's words: "that", "accused", "called on". */
const OPENING =
  /^(?:(?:that|accused|urged|called on|asked|warned|blamed|criticized|criticised|condemned|the (?:authorities|governments|leaders|leaderships) of)\s+)*$/i;

/** Group nouns that stand for states only. */
const STATE_NOUNS =
  /\b(?:countries|states|governments|neighbou?rs|capitals|nations|administrations|country|state|government|neighbou?r|capital)\b/i;
