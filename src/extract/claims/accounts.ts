import { z } from 'zod';
import { LIST, listUnits, type Masked } from '../masked.js';
import { side } from './denied.js';
import type { ClaimFinder } from './finder.js';
import type { ClaimDraft, SentenceContext } from './types.js';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * Another party's account quoted in order to be rejected: "The claims of the
 * ⟨Ministry of Defence of B⟩ that no targets were planned are not credible",
 * "Nor can ⟨A⟩ accept the explanation of the ⟨B⟩ side that ...", "Claims in
 * ⟨capital⟩ and ⟨capital⟩ that ⟨A⟩ is arming itself are false". Two claims:
 * the account is ⟨B⟩'s own (a denial of the issuer's charge when it clears ⟨B⟩,
 * else an accusation of the party its words blame), and the sentence's speaker
 * denies it, aimed at ⟨B⟩. Read in a statement's sentences and a briefing's
 * answers, where the speaker is the issuer or the one answering. The nouns and
 * the words of rejection are data (accounts.json).
 */

const table = z
  .object({
    nouns: group,
    rejected: z.object({ note: z.string(), before: z.array(z.string()).min(1), after: z.array(z.string()).min(1) }),
    excusing: group,
    voicers: group,
  })
  .parse(dataTable('accounts.json'));

/** "by certain ⟨B⟩ officials", "by some senior ⟨B⟩ ministers": who among a party's people voiced the account, before the party. */
export const VOICERS = String.raw`(?:(?:${table.voicers.phrases.join('|')})\s+){0,3}`;

/** The noun of saying, its party (a state's people, side or media named after it) and the words after "that". */
const ACCOUNT = new RegExp(
  String.raw`\b(?:${table.nouns.phrases.join('|')}) (?:made |circulated |repeated |put forward )?(?:of|by|from|in) (?:the |some |several )?(?<parties>${LIST})(?: (?:side|authorities|officials|government|leadership|media|press|newspapers))?(?: [^⟨,;.]{0,30}?)?,? that (?<words>.+)$`,
  'iu',
);
/** A verb of refusal just before the noun: "rejects the arguments of ...", "cannot accept the explanation of ...". */
const REFUSED_BEFORE = new RegExp(
  String.raw`\b(?:${table.rejected.before.join('|')}) (?:also |equally )?(?:the |these |those |such |any )?(?:[\w-]+ )?$`,
  'u',
);
/** A predicate after the account's words: "... are false", "... is absurd". */
const REFUSED_AFTER = new RegExp(String.raw`\s(?:${table.rejected.after.join('|')})(?![\p{L}])`, 'u');
const EXCUSING = new RegExp(String.raw`\b(?:${table.excusing.phrases.join('|')})(?![\p{L}])`, 'iu');

/** Kinds the speaker's own reading of the rejected words may have drafted for that sentence, which the denial replaces. */
const READ_INSTEAD = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE', 'STATE', 'REPORT', 'WARN']);

export function rejectedAccounts(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  /** Whose words the sentence is when it names no speaker: the issuer, or the one answering. */
  own: string[],
  /** The index of the sentence's first claim. */
  before: number,
) {
  const m = ACCOUNT.exec(masked.text);
  if (!m) return;
  const after = REFUSED_AFTER.exec(m.groups!.words!);
  const refusedBefore = REFUSED_BEFORE.test(masked.text.slice(0, m.index));
  if (!after && !refusedBefore) return;
  const { units } = masked;
  const { speakers, entities } = finder;
  const made = finder.claims.slice(before);
  // A denial that says who made the accusation ("rejects the claim by ⟨A⟩ that ...") is answered over the whole draft.
  if (made.some((c) => c.kind === 'DENY' && c.deniedAccuser)) return;
  const denial = made.find((c) => c.kind === 'DENY');
  const deniers = denial ? [denial.speaker] : own;
  if (!deniers.length) return;
  const denierSide = denial ? side(denial) : (speakers.sideOf(deniers[0]!) ?? deniers[0]!);
  const sideOf = (key: string) => speakers.sideOf(key) ?? key;
  // "Claims in ⟨Zagreb⟩ and ⟨Tirana⟩": a capital named as where an account is made stands for its government.
  const governmentOf = (key: string) => entities.governmentSeatedIn(key) ?? key;
  const parties = [...new Set(listUnits(m.groups!.parties!).map((i) => governmentOf(units[i]!.mention.key)))].filter(
    (k) => sideOf(k) !== denierSide && ['State', 'Organization', 'Person'].includes(entities.get(k)?.type ?? ''),
  );
  if (!parties.length) return;
  const partySides = [...new Set(parties.map(sideOf))];

  // The speaker's denial, aimed at each party: its own reading of the words it rejects is no claim of its own.
  const template = denial ?? made.find((c) => deniers.includes(c.speaker));
  const replaced = (c: ClaimDraft) => deniers.includes(c.speaker) && (c.kind === 'DENY' || READ_INSTEAD.has(c.kind));
  finder.claims.splice(before, made.length, ...made.filter((c) => !replaced(c)));
  const wordsStart = m.index + m[0].length - m.groups!.words!.length;
  const wordsEnd = after ? wordsStart + after.index : masked.text.length;
  for (const target of partySides) {
    if (template)
      for (const speaker of deniers)
        finder.claims.push({
          ...template,
          kind: 'DENY',
          speaker,
          target,
          about: [...template.about],
          quotes: [...template.quotes],
          deniesAccusation: true,
          deniedAccuser: null,
          denies: [],
        });
    else
      finder.emitTold(
        { kind: 'DENY', speakers: deniers, targetKeys: [target], units, masked, ctx, tense: 'states' },
        { start: 0, end: masked.text.length },
      );
  }

  // The party's own account: it clears the party, or it blames the first other actor its words name, else the speaker.
  const words = masked.text.slice(wordsStart, wordsEnd);
  const excuses = EXCUSING.test(words);
  const blamed = excuses
    ? undefined
    : listUnits(words)
        .map((i) => units[i]!.mention.key)
        .find(
          (k) => ['State', 'Organization'].includes(entities.get(k)?.type ?? '') && !partySides.includes(sideOf(k)),
        );
  finder.emitTold(
    {
      kind: excuses ? 'DENY' : 'ACCUSE',
      speakers: parties,
      targetKeys: [blamed ?? denierSide],
      units,
      masked,
      ctx,
      region: { start: m.index, end: wordsEnd },
      tense: 'said',
      deniedAccuser: null,
    },
    { start: wordsStart, end: wordsEnd },
  );
}
