import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import type { Masked } from '../masked.js';
import { conjugate } from '../verbs.js';
import type { ClaimDraft } from './types.js';
import { actSuffered } from './hostile.js';
import { dataTable } from '../tables.js';

/**
 * Acts a text reports and then names by a noun (acts.json): "⟨A⟩ vetoed
 * the draft ... ⟨C⟩ called the veto a blow to the victims", "the tanker
 * was detained by ⟨A⟩ ... ⟨C⟩ called the detention an act of piracy". A
 * criticism that names the act and no one doing it is aimed at whoever
 * the text said did it last, else at whom an earlier claim charging the
 * act was aimed, unless that is the critic's own side.
 */

const table = z
  .object({
    note: z.string(),
    intent: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }),
    unheld: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }),
    results: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }),
    negative: z.object({
      note: z.string(),
      phrases: z.array(z.string()).min(1),
      permanent: z.array(z.string()).min(1),
    }),
    acts: z.array(
      z.object({ nouns: z.array(z.string()), verbs: z.array(z.string()), undone: z.array(z.string()).optional() }),
    ),
  })
  .parse(dataTable('acts.json'));

const ACTS = table.acts.map((row) => {
  const past = [...new Set(row.verbs.flatMap((v) => [conjugate(v).PastTense, conjugate(v).Participle]))];
  // "⟨A⟩ stationed", and "⟨A⟩ had agreed to station": an act taken on is the party's act.
  const verbs = `${past.join('|')}|(?:${table.intent.phrases.join('|')}) (?:${row.verbs.join('|')})`;
  const nouns = row.nouns.join('|');
  return {
    // The act named in another's words, by its noun or its verb in any form ("to protest a drone strike", "of striking").
    named: new RegExp(
      String.raw`\b(?:${nouns}|${[...new Set(row.verbs.flatMap((v) => Object.values(conjugate(v))))].join('|')})\b`,
      'i',
    ),
    // "the immediate release of ...", "their safe return": what undoes the act, opening the words that ask for it.
    undone: row.undone
      ? new RegExp(
          String.raw`^(?:the |their |its |an? )?(?:[\w-]+ ){0,3}?(?:${row.undone.join('|')})\b(?! to\b)(?! of (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:${table.unheld.phrases.join('|')})\b)`,
          'i',
        )
      : null,
    nouns: new RegExp(
      // "the veto", "these killings", or the noun the words open with ("We condemn ⟨killings⟩").
      String.raw`(?:^|\b(?:the|this|that|these|those|its|their|such|last [a-z]+'s) )(?:[\w’'-]+ ){0,2}?(?:${nouns})\b`,
      'i',
    ),
    doers: [
      // "⟨A⟩ vetoed", "⟨A⟩'s navy had seized", "⟨Jordanian⟩ jets struck", "a ⟨U.S.⟩ ⟨F-22⟩ fighter shot down", "⟨A⟩ on
      // Monday expelled", "In May 1977 ⟨A⟩ ...". Where the forces flew from ("⟨French⟩ Jaguar jets flying from ⟨Dakar⟩ attacked") and a verb coordinated
      // before the act's ("⟨Russian⟩ border guards fired on and seized") leave the doer the subject.
      new RegExp(
        String.raw`(?:^|[,;] |[-–—] |\b(?:and|but|when|after|since|that|which) |\b(?:in|on|during) [\w ]{0,25}?\d{4},? )(?:the |an? )?⟨(\d+)⟩(?:(?:[’']s)? (?:⟨\d+⟩ ){0,2}(?:[a-z-]+ ){0,2}?(?:forces|troops|soldiers|jets|fighters?|fighter jets?|bombers?|helicopters?|planes?|aircraft|drones|warplanes|warships?|frigates?|destroyers?|submarines?|army|navy|police|guards?|authorities|government|coast guard|air force|military|ships?|vessels?)(?:,? (?:flying|operating|based|sailing|taking off|launched|deployed|stationed) (?:from|in|out of|at|off) (?:the )?⟨\d+⟩,?)?)? (?:(?:has|have|had|also|then|again|on \w+|last \w+|\w+ly) )*(?:[a-z]+(?: on| at| upon)?,? and )?(?:${verbs})\b`,
        'gi',
      ),
      // "was detained by ⟨A⟩", "the veto by ⟨A⟩", "⟨A⟩'s decision".
      new RegExp(String.raw`\b(?:${verbs}|${nouns}) (?:[a-z-]+ ){0,3}?by (?:the )?⟨(\d+)⟩`, 'gi'),
      new RegExp(String.raw`⟨(\d+)⟩[’']s (?:[a-z-]+ )?(?:${nouns})\b`, 'gi'),
      // "⟨Israeli⟩ strikes overnight had destroyed ...", "the ⟨Russian⟩ air strikes": a state named by its demonym (ActFinder.read).
      new RegExp(String.raw`⟨(\d+)⟩ (?:[a-z-]+ )?(?:${nouns})\b`, 'gi'),
      // "the raid on ⟨X⟩, which was claimed by a group calling itself ⟨A⟩", "⟨A⟩ claimed responsibility for the attack".
      new RegExp(
        String.raw`\b(?:${nouns})\b[^.;⟨]{0,40}(?:⟨\d+⟩[^.;⟨]{0,20})?,? (?:which|that) (?:was|were|has been|had been) claimed by (?:[a-z]+ ){0,4}?(?:the )?⟨(\d+)⟩`,
        'gi',
      ),
      new RegExp(
        String.raw`⟨(\d+)⟩ (?:has |had |have )?claimed (?:responsibility for )?(?:the |this |that |these |those )?(?:[\w-]+ ){0,2}?(?:${nouns})\b`,
        'gi',
      ),
    ],
  };
});

/** Words that judge how a vote came out and name nothing else: "the outcome", "the result was unbelievable", "the result of the vote". */
const VOTE_RESULT = new RegExp(
  String.raw`^(?:the|this|that|today's|such an?) (?:[a-z-]+ )?(?:${table.results.phrases.join('|')})s?\b(?! of (?!the vot))`,
  'i',
);

/** The row of the veto, the act that decides how a vote came out. */
const VETO = table.acts.findIndex((row) => row.nouns.includes('veto'));

/** "3 against (⟨A⟩, ⟨B⟩, ⟨C⟩)", "the negative votes of ⟨A⟩ and ⟨B⟩": the states named after, in a list. */
const NEGATIVE = new RegExp(
  String.raw`\b(?:${table.negative.phrases.join('|')})((?:⟨\d+⟩(?:,\s+|,?\s+and\s+(?:the\s+)?)?)+)`,
  'gi',
);
const PERMANENT = new Set(table.negative.permanent.map((code) => `state:${code}`));

/** "⟨A⟩, ⟨B⟩ and ⟨C⟩ vetoed": the names listed before a doer, which did the act with it. */
const LISTED_BEFORE = /(?:⟨(\d+)⟩(?:,\s+|,?\s+and\s+)(?:the\s+)?)+$/;

/** Which of an act's doer patterns is a demonym before the act's noun. */
const DEMONYM = 3;

/** The claims that hold an act against a party. */
const CHARGES = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE']);

interface Act {
  row: number;
  doer: string;
  sentence: number;
}

/** The acts each sentence reports, and who did them. */
export class ActFinder {
  readonly acts: Act[] = [];
  constructor(
    private readonly entities: Entities,
    /** Whom a body or a person acts for: a state's police is the state. */
    private readonly sideOf: (key: string) => string | null,
  ) {}

  read(masked: Masked, sentence: number) {
    const add = (row: number, n: string | number | undefined) => {
      const key = masked.units[Number(n)]?.mention.key;
      if (key && isActorType(this.entities.get(key)?.type)) this.acts.push({ row, doer: key, sentence });
    };
    ACTS.forEach((act, row) => {
      for (const re of act.doers)
        for (const m of masked.text.matchAll(re)) {
          const unit = masked.units[Number(m[1])];
          if (re === act.doers[DEMONYM] && unit?.mention.form !== 'demonym') continue;
          // "⟨China⟩ and ⟨Russia⟩ vetoed": each party listed before the doer did the act with it.
          if (re === act.doers[0]) {
            const listed = LISTED_BEFORE.exec(masked.text.slice(0, (m.index ?? 0) + m[0].indexOf('⟨')));
            for (const n of listed?.[0].matchAll(/⟨(\d+)⟩/g) ?? []) add(row, n[1]);
          }
          add(row, m[1]);
        }
    });
    // A veto told by the tally: the permanent members among those voting against.
    for (const m of masked.text.matchAll(NEGATIVE))
      for (const n of m[1]!.matchAll(/⟨(\d+)⟩/g)) {
        const key = masked.units[Number(n[1])]?.mention.key;
        if (key && PERMANENT.has(key)) this.acts.push({ row: VETO, doer: key, sentence });
      }
  }

  /**
   * Who did the act that words name ("the veto a blow", "the detention"),
   * as the text last reported it up to a sentence, as their side; null
   * when the words name no act, the text reported none, or the doer is on
   * the speaker's own side.
   */
  doerOf(words: string, own: (string | null)[], sentence: number): string | null {
    return this.doersOf(words, own, sentence)[0] ?? null;
  }

  /**
   * Each party that did the act words name, as the sentence that last told it names them ("⟨A⟩ and ⟨B⟩ vetoed"), as
   * their sides; none when one is the speaker's own.
   */
  doersOf(words: string, own: (string | null)[], sentence: number): string[] {
    return this.doersOfRow(
      ACTS.findIndex((a) => a.nouns.test(words)),
      own,
      sentence,
    );
  }

  /**
   * The states that did the act words name, as the last sentence that told a state doing it names them ("the vetoes",
   * "those who vetoed": the permanent members, not a body the act was told of); none when one is the speaker's own.
   */
  statesWho(words: string, own: (string | null)[], sentence: number): string[] {
    const row = ACTS.findIndex((a) => a.nouns.test(words));
    const state = (a: Act) => this.entities.get(a.doer)?.type === 'State';
    const told = this.acts.filter((a) => a.row === row && a.sentence <= sentence && state(a));
    const last = told.at(-1);
    if (!last) return [];
    const states = [...new Set(told.filter((a) => a.sentence === last.sentence).map((a) => a.doer))];
    return states.some((k) => own.includes(k)) ? [] : states;
  }

  private doersOfRow(row: number, own: (string | null)[], sentence: number): string[] {
    if (row < 0) return [];
    const told = this.acts.filter((a) => a.row === row && a.sentence <= sentence);
    const last = told.at(-1);
    if (!last) return [];
    const sides = [
      ...new Set(
        told
          .filter((a) => a.sentence === last.sentence)
          .map((a) => (this.entities.get(a.doer)?.type === 'State' ? a.doer : (this.sideOf(a.doer) ?? a.doer))),
      ),
    ];
    // The doer the act was last told of comes first, the one a single target takes.
    const first = this.entities.get(last.doer)?.type === 'State' ? last.doer : (this.sideOf(last.doer) ?? last.doer);
    sides.sort((a, b) => Number(b === first) - Number(a === first));
    return sides.some((k) => own.includes(k)) || own.includes(last.doer) ? [] : sides;
  }

  /**
   * Aims each criticism without a target whose words name an act ("condemned the seizure of ...") at who did it: the
   * doer the text told, else whom an earlier accusation or criticism of the same act was aimed at
   * ("⟨A⟩ summoned ⟨B⟩'s ambassador to protest a drone strike ... ⟨C⟩ condemned the strike").
   */
  aim(claims: ClaimDraft[]) {
    const also: [ClaimDraft, string[]][] = [];
    claims.forEach((c, i) => {
      // "his country had been the victim of an unprovoked attack": a charge told by its victim is of the act's doer too.
      const suffered = c.kind === 'ACCUSE' && !c.target ? actSuffered(c.allegation) : null;
      if (suffered) {
        // Whom no act the text told points to, the words only say what befell the speaker's side: a position.
        c.target = this.doerOf(suffered, [c.speaker, c.onBehalfOf], c.sentenceIndex);
        if (!c.target) c.kind = 'STATE';
        return;
      }
      // "demanded the immediate release of the sailors and vessels": asked of whoever the text said holds them.
      if ((c.kind === 'CALL_FOR' || c.kind === 'DEMAND') && !c.target) {
        const [holder] = this.doersOfRow(
          ACTS.findIndex((a) => a.undone?.test(c.allegation)),
          [c.speaker, c.onBehalfOf],
          c.sentenceIndex,
        );
        if (holder) Object.assign(c, { kind: 'DEMAND', target: holder });
        return;
      }
      if (c.kind !== 'CRITICIZE' || c.target) return;
      // A commentator speaking for no one judges a kind of act ("the veto has become a tool ..."), not its doer.
      if (this.entities.get(c.speaker)?.type === 'Person' && !c.onBehalfOf) return;
      const own = [c.speaker, c.onBehalfOf];
      const [doer, ...others] = this.doersOf(c.allegation, own, c.sentenceIndex);
      c.target =
        doer ??
        this.chargedWith(c.allegation, own, claims.slice(0, i)) ??
        this.vetoerOf(c.allegation, own, c.sentenceIndex);
      if (others.length) also.push([c, others]);
      // "the strike had been a grave mistake that ⟨A⟩ had investigated", said by ⟨A⟩: its own act judged is its position.
      if (!c.target && this.ownAct(c.allegation, own, c.sentenceIndex)) c.kind = 'STATE';
    });
    // "⟨A⟩ and ⟨B⟩ vetoed ... ⟨C⟩ said the veto was a mistake": one criticism of each, right after the first.
    for (const [c, others] of also)
      claims.splice(claims.indexOf(c) + 1, 0, ...others.map((t) => ({ ...c, target: t, about: [...c.about] })));
  }

  /**
   * "deplored the outcome", "said the result was unbelievable": who vetoed the text whose vote the words judge, as the
   * text last told it ("⟨A⟩ vetoed ...") or, failing that, the one state the draft records casting a veto ("as ⟨A⟩
   * Casts Veto"); null when the words judge something else or the veto is the speaker's own.
   */
  private vetoerOf(words: string, own: (string | null)[], sentence: number): string | null {
    if (!VOTE_RESULT.test(words)) return null;
    const told = this.acts.filter((a) => a.row === VETO && a.sentence <= sentence).at(-1)?.doer;
    const vetoes = [...this.entities.byKey.values()].filter((e) => e.type === 'Event' && e.props.category === 'VETO');
    const recorded = [
      ...new Set(
        this.entities.links
          .filter((l) => l.type === 'PARTICIPATED_IN' && vetoes.some((v) => v.key === l.to))
          .map((l) => l.from)
          .filter((k) => this.entities.get(k)?.type === 'State'),
      ),
    ];
    const doer = told ?? (recorded.length === 1 ? recorded[0]! : null);
    if (!doer) return null;
    const side = this.entities.get(doer)?.type === 'State' ? doer : (this.sideOf(doer) ?? doer);
    return own.includes(side) || own.includes(doer) ? null : side;
  }

  /** Whether the act words open on was last told as done by the speaker's own side ("the strike had been a mistake"). */
  private ownAct(words: string, own: (string | null)[], sentence: number): boolean {
    const row = ACTS.findIndex((a) => a.nouns.test(words));
    const last = this.acts.filter((a) => a.row === row && a.sentence <= sentence).at(-1);
    if (row < 0 || !last || !/^(?:the|this|that|its|our) /i.test(words)) return false;
    const side = this.entities.get(last.doer)?.type === 'State' ? last.doer : (this.sideOf(last.doer) ?? last.doer);
    return own.includes(side) || own.includes(last.doer);
  }

  /** Whom the latest earlier claim charging an act that words name was aimed at, if not the speaker's own side. */
  private chargedWith(words: string, own: (string | null)[], earlier: ClaimDraft[]): string | null {
    const act = ACTS.find((a) => a.nouns.test(words));
    if (!act) return null;
    const charge = earlier.findLast((d) => CHARGES.has(d.kind) && d.target && act.named.test(d.allegation));
    if (!charge?.target) return null;
    const side =
      this.entities.get(charge.target)?.type === 'State'
        ? charge.target
        : (this.sideOf(charge.target) ?? charge.target);
    return own.includes(side) || own.includes(charge.target) ? null : side;
  }
}
