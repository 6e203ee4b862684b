import { z } from 'zod';
import { EventFinder } from '../drafted/events.js';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { dataTable } from '../tables.js';
import type { ActFinder } from './acts.js';
import { drafterOf } from './referents.js';
import type { ClaimDraft } from './types.js';

/**
 * Parties named by what they did in the vote on a text (groups.json, roles): "those who vetoed the text would have to
 * explain ...", "the States that sponsored it were themselves to blame ...", "deplored the vetoes". The claim is aimed
 * at each party the text said did it, and a position that blames them, holds them to account or tells what they will
 * bear takes the kind that says so. Run on the whole draft, after the acts the text told are known.
 */

const table = z
  .object({
    roles: z.object({
      note: z.string(),
      holders: z.array(z.string()).min(1),
      acts: z.array(
        z.object({
          act: z.enum(['veto', 'against', 'sponsor', 'abstain']),
          verbs: z.array(z.string()).min(1),
          participles: z.array(z.string()),
          plural: z.string().optional(),
          counted: z.array(z.string()).optional(),
        }),
      ),
      blame: z.array(z.string()).min(1),
      account: z.array(z.string()).min(1),
      answer: z.array(z.string()).min(1),
      consequence: z.array(z.string()).min(1),
    }),
  })
  .parse(dataTable('groups.json')).roles;

type Act = (typeof table.acts)[number]['act'];

const HOLDER = `(?:${table.holders.join('|')})`;

/** "those who vetoed the text", "the vetoing powers", "the States that sponsored it": each act's group, opening words. */
const ROLES = table.acts.map((a) => ({
  act: a.act,
  opening: new RegExp(
    String.raw`^(?:that )?(?:${HOLDER},? (?:who|that|which) (?:had |have |has )?(?:also |themselves |just )?(?:${a.verbs.join('|')})\b(?: (?:it|them|the (?:[\w-]+ )?(?:text|draft|resolution|proposal)s?))?|the (?:${a.participles.length ? a.participles.join('|') : '(?!)'}) (?:[a-z]+ )?(?:States|states|members|countries|delegations|powers|Governments|governments|nations)\b)`,
  ),
  // "the two members had shielded ⟨B⟩": the group by its count alone, when the text told that many doing the act.
  counted: a.counted ? new RegExp(String.raw`^(?:that )?(?:${a.counted.join('|')})`) : null,
  // "deplored the vetoes", "the two vetoes": the act's noun in the plural, each party that did it.
  plural: a.plural
    ? new RegExp(
        String.raw`^(?:that )?(?:the|these|those|both|their|today's) (?:(?:two|three|double|repeated) )?${a.plural}\b`,
        'i',
      )
    : null,
}));

const COUNTS: Record<string, number> = { two: 2, three: 3 };

const BLAME = new RegExp(String.raw`^,?\s*(?:${table.blame.join('|')})`);
/** Criticism is read anywhere in what is said of the group ("would have to explain why they chose to protect ..."). */
const ACCOUNT = new RegExp(`(?:${table.account.join('|')})`);
const ANSWER = new RegExp(String.raw`^,?\s*(?:${table.answer.join('|')})`);
const CONSEQUENCE = new RegExp(String.raw`^,?\s*(?:${table.consequence.join('|')})`);

/** The kinds of claim a group of parties opening its words is the target of. */
const AIMED = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE', 'WARN', 'DEMAND']);

/** The states a tally lists after a word ("2 against (⟨A⟩, ⟨B⟩)", "3 abstentions (⟨A⟩, ⟨B⟩, ⟨C⟩)"). */
function tallied(text: string, act: 'against' | 'abstain'): string[] {
  if (act === 'against') return EventFinder.against(text, 0);
  const tally = /\babstentions? \(([^)]+)\)|\babstaining \(([^)]+)\)/.exec(text);
  return (tally?.[1] ?? tally?.[2] ?? '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => STATE_FORMS.get(name.trim())?.code)
    .filter((c): c is string => !!c)
    .map((c) => `state:${c}`);
}

/** The parties the text says did an act in the vote, as told up to a claim's sentence. */
function doers(act: Act, c: ClaimDraft, acts: ActFinder, entities: Entities, text: string): string[] {
  const own = [c.speaker, c.onBehalfOf];
  const found =
    act === 'veto'
      ? acts.statesWho('the veto', own, c.sentenceIndex)
      : act === 'sponsor'
        ? [drafterOf(text, entities)].filter((k): k is string => !!k)
        : tallied(text, act).map((k) => entities.state(k.slice(6)).key);
  return found.filter((k) => !own.includes(k));
}

/**
 * Aims each claim opening with a group named by its part in the vote at each party of the group; a position saying
 * the group is to blame, must answer or will bear the blame becomes an accusation, a criticism or a warning.
 * Returns the claims, one for each party.
 */
export function aimAtRoles(claims: ClaimDraft[], acts: ActFinder, entities: Entities, text: string): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const moved = new Map<number, number>();
  claims.forEach((c, i) => {
    moved.set(i, out.length);
    const words = c.allegation.trim();
    const role = ROLES.find((r) => r.opening.test(words));
    const counted = role ? undefined : ROLES.find((r) => r.counted?.test(words));
    const plural = c.kind === 'CRITICIZE' ? ROLES.find((r) => r.plural?.test(words)) : undefined;
    if (!role && !counted && !plural) return void out.push(c);
    const parties = doers((role ?? counted ?? plural)!.act, c, acts, entities, text);
    const opening = role?.opening.exec(words) ?? counted?.counted!.exec(words);
    if (!parties.length || (counted && parties.length !== COUNTS[/\b(two|three)\b/.exec(opening![0])![1]!]))
      return void out.push(c);
    if (plural) {
      // "deplored the vetoes": each vetoing member, whichever one or body the claim was aimed at.
      for (const t of parties) out.push({ ...c, target: t, about: [...c.about] });
      return;
    }
    // What is said of the group gives the kind, before the kind drafted from other words ("the consequences of ...").
    const rest = words.slice(opening![0].length);
    const kind = BLAME.test(rest)
      ? 'ACCUSE'
      : CONSEQUENCE.test(rest)
        ? 'WARN'
        : ACCOUNT.test(rest)
          ? 'CRITICIZE'
          : ANSWER.test(rest)
            ? 'DEMAND'
            : c.kind === 'STATE'
              ? null
              : c.kind;
    if (!kind || !AIMED.has(kind) || (c.target && !parties.includes(c.target) && c.kind !== 'STATE'))
      return void out.push(c);
    for (const t of parties) out.push({ ...c, kind, target: t, about: [...c.about] });
  });
  for (const c of out) if (typeof c.answers === 'number') c.answers = moved.get(c.answers) ?? null;
  return out;
}
