import type { ClaimKind } from '../domain/index.js';
import { findDates } from './dates.js';
import type { Entities, Mention } from './entities.js';
import { LIST, listUnits, Masked, type Unit } from './masked.js';
import { intersect, within, type Quotation, type Sentence } from './text.js';
import {
  ANY_VERB,
  EVENT_PASSIVE_VERB,
  INVERTED_VERB,
  PARTICIPLE_VERB,
  PASSIVE_VERB,
  PERFECT_WORDS,
  REPORTING_WORDS,
  STANDING_WORDS,
  verbOf,
  type Verb,
} from './verbs.js';
import type { Span } from './types.js';

/**
 * Claims: who said what about whom, from the reporting verbs of news and of
 * official statements. Each sentence is masked (every mention a token, see
 * masked.ts) and read with patterns for kinds of sentences, not for any
 * one article's:
 *
 * - a speaker and a verb: "⟨A⟩ accused ⟨B⟩ of ...", "⟨A⟩ and ⟨B⟩ have
 *   denied the accusations", "⟨A⟩ said on Friday that ⟨B⟩ must ...";
 * - the attribution after the words: "'...,' ⟨A⟩ said", "..., said ⟨A⟩";
 * - "According to ⟨A⟩, ..."; the passive "⟨B⟩ was accused by ⟨A⟩ of ...";
 * - a second verb hung on the first: "..., accusing ⟨B⟩ of ...";
 * - a quotation going on without attribution: the last speaker's.
 *
 * The verb gives the kind; "said" takes the kind of what was said
 * (⟨B⟩ must ... is a demand, "unacceptable" a criticism). Speakers are
 * people, states and organizations, pronouns resolve to the last named
 * speaker, and a sentence with no speaker gives no claim.
 */

export interface ClaimDraft {
  kind: ClaimKind;
  speaker: string;
  onBehalfOf: string | null;
  target: string | null;
  about: string[];
  allegation: string;
  madeOn: string | null;
  quotes: Span[];
  sentence: Span;
  /** For a denial: the index of the draft's accusation it answers, or the key of one the graph holds. */
  answers: number | string | null;
  /** A denial naming no accusation ("denied the accusations"): answered by the nearest one that involves the denier. */
  deniesAccusation: boolean;
  /** Who a denial says made the accusations ("the claims made by ⟨A⟩"). */
  deniedAccuser: string | null;
  /** The kinds of claim a denial may answer, from what it names ("the accusations", "the findings"); empty for any. */
  denies?: ClaimKind[];
  sentenceIndex: number;
}

/** Pronouns, and the phrases UN coverage uses as pronouns ("his delegation", "her country"). */
const PRONOUN =
  '(?:(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:delegation|country|Government|government)|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)';

const ROLE =
  '(?<role>representatives?|delegates?|delegation|speaker|ambassador|envoy|observer|spokesperson|spokesman|spokeswoman|officials?|diplomats?|foreign minister|president|authorities|government|leadership|mission|side|[Hh]igh [Rr]epresentative|[Ff]oreign [Pp]olicy [Cc]hief|[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]ommissioner|[Cc]hair(?:man|woman|person)?)';
const RANK = '(?:(?:permanent|deputy|senior|top|high-ranking|another|unnamed|[a-z]+-led) )?';
/** Words for a person speaking for a state or body without a name: "he" and "she" may refer back to them. */
const HUMAN_ROLE =
  /^(?:representatives?|delegates?|delegation|speaker|ambassador|envoy|observer|spokes\w+|officials?|diplomats?|foreign minister|president|high representative|foreign policy chief|secretary[- ]general|director[- ]general|commissioner|chair\w*)$/i;
const ROLE_PHRASES = [
  new RegExp(`(?:[Tt]he |[Aa]n? )?${RANK}${ROLE} (?:of|for|from|in) (?:the )?⟨(?<unit>\\d+)⟩`, 'g'),
  new RegExp(`(?:[Tt]he |[Aa]n? )?${RANK}⟨(?<unit>\\d+)⟩(?:[’']s)? ${RANK}${ROLE}(?![\\p{L}])`, 'gu'),
  // "⟨North Korea⟩'s official ⟨KCNA⟩ news agency": the agency, described.
  /(?:[Tt]he )?(?:⟨\d+⟩[’']s )?(?:official |state |state-run |state-owned )?⟨(?<unit>\d+)⟩ (?<role>news agency|agency|television|broadcaster|newspaper)(?![\p{L}])/gu,
];
const SUBJECT = `(?:${LIST}|${PRONOUN})`;
/** What may stand between a speaker and the verb: auxiliaries, adverbs, a time, a medium. */
const BETWEEN =
  "(?:(?:also|again|repeatedly|strongly|firmly|categorically|flatly|publicly|previously|earlier|later|then|once again|further|today|yesterday|now|this morning|have|has|had|would|will|did|does|do|on \\w+|last week|in a (?:joint |written )?statement|in a letter|in an interview|express(?:ed|es) (?:[a-z]+ ){0,2}(?:solidarity|support|sympathy|condolences) (?:with|for|to) (?:the )?(?:people of )?⟨\\d+⟩(?:[’']s \\w+)? and)\\s*,?\\s+)*";
/** An appositive between a speaker and the verb: "⟨A⟩, speaking to reporters, said". */
const APPOSITIVE = '(?:,\\s+(?!(?:the |a |an )?⟨\\d+⟩,)(?=[a-z])[^,"“”]{1,100},|,[^,"“”⟨]{1,100},)?';
/** "⟨A⟩ said", "⟨A⟩, speaking to reporters, said", "⟨A⟩, who said". */
const ACTIVE = new RegExp(
  `(?<subject>${SUBJECT})${APPOSITIVE},?\\s+(?:(?:who|which)\\s+)?${BETWEEN}(?<verb>${ANY_VERB})(?![\\p{L}])`,
  'gu',
);
/** "..., said ⟨A⟩." and "'...,' said ⟨A⟩": the verb before its speaker, after the words. */
const INVERTED = new RegExp(`(?:,["”’]?|["”’]) (?<verb>${INVERTED_VERB}) (?<subject>${LIST})`, 'gu');
const PASSIVE = new RegExp(
  `(?<object>${LIST}) (?:was|were|has been|have been|had been|is|are|is being) (?:also |again |repeatedly )?(?<verb>${PASSIVE_VERB}) by (?<subject>${LIST})`,
  'gu',
);
/** "The launch was condemned by ⟨A⟩": aimed at whoever launched it. */
const PASSIVE_EVENT = new RegExp(
  `(?:^|[,;] )(?:[Tt]he|[Tt]his|[Tt]hese) (?:[\\w-]+ ){0,2}?(?:launch(?:es)?|attacks?|strikes?|tests?|offensive|incursions?|bombardment|shelling|invasion|raids?|decision|move) (?:was|were|has been|have been) (?:also |strongly |widely )?(?<verb>${EVENT_PASSIVE_VERB}) by (?<subject>${LIST})`,
  'gu',
);
const ACCORDING = new RegExp(`(?:^|, )[Aa]ccording to (?:the )?(?<subject>${LIST})`, 'gu');
/** A second verb hung on the first one's speaker: "..., accusing ⟨B⟩ of ...". */
const PARTICIPLE = new RegExp(`,\\s+(?:and\\s+)?(?<verb>${PARTICIPLE_VERB})\\b`, 'g');

/** What a denial names as denied: "the accusations", "that criticism", "⟨A⟩'s claims", "the Group's findings". */
const ACCUSATION_OBJECT =
  /^\s*(?:the |these |those |that |this |such |all |any |its |their |his |her )?(?:⟨(\d+)⟩[’']s )?(?:[a-z-]+ ){0,2}(accusations?|allegations?|claims?|charges?|insinuations?|criticism|findings?|reports?|conclusions?|suggestions?|assertions?|statements?|remarks)\b/;

/** What a denial naming these words answers. */
function deniedKinds(noun: string | undefined): ClaimKind[] {
  if (!noun) return [];
  if (/^(?:accusation|allegation|claim|charge|insinuation)/.test(noun)) return ['ACCUSE'];
  if (/^criticism/.test(noun)) return ['CRITICIZE', 'ACCUSE'];
  if (/^(?:finding|report|conclusion)/.test(noun)) return ['REPORT', 'ACCUSE'];
  return [];
}

/** A reporting verb sharing the subject of the one before: "... and urged", ", and also rejected", "but denied". */
const COORDINATED = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+|again\\s+)?(?<verb>(?!\\w+ing\\b)(?:${ANY_VERB}))(?![\\p{L}])`,
  'gu',
);

/** What may stand between a reporting verb and the words said: a time, a place, a medium, an occasion. */
const FRAME_ADVERBIAL = String.raw`on \w+(?: \d+)?|last \w+|in (?:[A-Z]\w+|\d{4})(?: \d{4})?(?![\p{L}])|earlier|later|again|also|today|yesterday|tonight|this (?:week|morning|afternoon|evening)|in a (?:joint |written )?(?:statement|letter|report)(?: (?:seen|obtained|published|issued|released) by (?:the )?⟨\d+⟩)?|in an interview|in (?:his|her|a) (?:[a-z]+ )?(?:address|speech|briefing)|(?:at|during) (?:a|an|the) (?:[a-z]+ )?(?:news conference|press conference|briefing|meeting|debate)|to reporters|in ⟨\d+⟩`;

/** Whom words are told to, when no entity is named: "told reporters". */
const AUDIENCE = 'reporters|journalists|lawmakers';

/** The rest of an attribution after its verb, when the words said came before it: "told reporters in Oslo on Monday." */
const ENDS_ATTRIBUTION = new RegExp(
  String.raw`^(?:\s*,?\s+(?:${FRAME_ADVERBIAL}|at (?:a|an|the) [a-z ]{0,30}?(?:conference|briefing|meeting|summit|forum)|(?:⟨\d+⟩|${AUDIENCE}|the [A-Z]\w+)(?: [a-z]+ the [a-z]+)?))*\s*(?:[.,;:]|$)`,
  'u',
);

/** What joins an object to the accusation or demand: "of", "for", "to"; a time may stand before it ("accused ⟨B⟩ on Tuesday of"). */
const LINK =
  /^(?:\s*,?\s*(?:on \w+(?: \d+)?|last \w+|in \w+|again|publicly|directly)\s*,?)*\s*(?:of|for|to|over|that|against|about|not to)\s+/;

// ---------------------------------------------------------------------------
// What was said: the kind a statement takes from its words

const MODAL =
  /^(?:the )?⟨(\d+)⟩(?:[’']s (?:government|authorities|leadership))? (?:also )?(?:must|should|needs? to|has to|have to|ought to|is obliged to|is obligated to|ha[sd] (?:a|the) (?:duty|responsibility|obligation) to)\b/i;
const WANT =
  /\b(?:[Ww]e|I) (?:also |therefore |again |strongly )?(?:want|expect|urge|call on|call upon|ask|demand)\b(?: to see)?(?: (?:what|whether|how|that|the))? ?(?:[\w-]+ ){0,2}⟨(\d+)⟩/;
const CALL_ON = /\b(?:call(?:s|ed)? (?:on|upon)|urg(?:es|ed|e)) (?:the )?⟨(\d+)⟩/;
/** "hoped all parties would stay calm": an appeal to no one in particular. */
const ALL_PARTIES =
  /\b(?:hope[sd]?|want(?:s|ed)?|expect(?:s|ed)?|urge[sd]?|call(?:s|ed)? on) (?:that )?all (?:parties|sides|states|Member States|nations|countries)\b/i;
const OVER_DOING =
  /\b(?:confront|censure|sanction|punish|accus|blam|criticiz|criticis|condemn)\w* (?:the )?⟨(\d+)⟩(?: [^,;]{0,60}?)? (?:over|for) (?:its |their )?\w+ing\b/;
/** "push for ⟨B⟩'s view", "called for ⟨B⟩'s withdrawal": something asked of ⟨B⟩. */
const ASK_OF =
  /\b(?:push(?:es|ed|ing)?|call(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?) for (?:the )?⟨(\d+)⟩[’']s\b/;
const WRONG_ACTS = String.raw`(?:(?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?:violating|breaching|flouting|undermining|attacking|shelling|bombing|arming|supplying weapons|diverting|shielding|occupying|plundering|targeting|killing|holding [^,;]{1,50}? (?:hostage|captive|prisoner))|(?:(?:had|has|have) (?:\w+ )?)?(?:violated|violates|violate|breached|breaches|flouted|undermined|attacked|shelled|bombed|invaded|occupied|rammed|seized|detained|intruded|targeted|killed|abducted|kidnapped|tortured|executed|massacred|hijacked|looted|fired (?:[\w-]+ ){0,3}at|(?:launched|carried out|conducted|staged) (?:[\w-]+ ){0,4}(?:attacks?|strikes?|raids?|assaults?|incursions?))|(?:had |has |have )?committed (?:war crimes|crimes|atrocities|abuses|violations|genocide)|(?:was|were|is|are) (?:also )?behind)\b`;
const WRONGDOING = new RegExp(
  String.raw`^(?:both )?(?:the )?(?:(?:group|militia|movement|rebels|gang|network) )?(${LIST})(?:[’']s (?:[a-z-]+ )?\w+| (?:[a-z-]+ )?(?:forces|troops|vessels|ships|army|military|aircraft|drones|authorities|soldiers|militias?|fighters|rebels|actors|agents|hackers|operatives|gunmen|groups?))? (?:also |deliberately |repeatedly |again |systematically )?${WRONG_ACTS}`,
  'i',
);
/** "it was ⟨A⟩ that ...", "it is the West, and above all ⟨A⟩ and ⟨B⟩, that ...": blame laid on ⟨A⟩. */
const CLEFT = new RegExp(
  String.raw`\b[Ii]t (?:is|was) (?:[^.;⟨]{0,60}?(?:above all|in particular|especially|notably) )?(?:the )?(${LIST})[^.;⟨]{0,30}? (?:that|who|which) (?:are|is|was|were|had|has|have|keep|kept)\b`,
);
/** Nouns for what a state or group does, so that "the ⟨Israeli⟩ strike" and "⟨Russia⟩'s attack" name who did it. */
const DONE_BY = String.raw`(?:attacks?|strikes?|launch(?:es)?|offensive|incursions?|bombardment|shelling|invasion|restrictions|raids?|forces|troops|army|military|vessels|actions?|decision|conduct|behaviou?r|escalation|aggression)\b`;
/** Verbs of what an actor did: "⟨A⟩ fired", "⟨A⟩'s forces struck". */
const DID = String.raw`(?:[’']s (?:forces|troops|army|military|vessels) )?(?:\w+ )?(?:fired|launched|attacked|struck|hit|shelled|bombed|invaded|seized|rammed|carried out|targeted|killed|destroyed|tested)\b`;

/** A clause about something done rather than someone: "the launch violated ...", "the Israeli restrictions were ...". */
const EVENT_SUBJECT =
  /^(?:the|this|that|these|those|such) (?:[\w-]+ ){0,2}?(?:launch(?:es)?|attacks?|strikes?|tests?|actions?|offensive|incursions?|bombardment|shelling|restrictions|decision|conduct|behaviou?r|move|escalation|act)\b/i;
const EVENT_WRONGDOING = new RegExp(String.raw`^${EVENT_SUBJECT.source.slice(1)}(?: [^,;]{0,40}?)? ${WRONG_ACTS}`, 'i');
const EVALUATION =
  /\b(?:unprecedented|unacceptable|outrageous|irresponsible|reckless|deplorable|shameful|disgraceful|destabili[sz]ing|regrettable|hypocri\w*|cynical|absurd|appalling|alarming|deeply (?:concerned|troubled|disturbed)|(?:great|grave|serious|deep) concern|dead-set|ha(?:s|ve|d) not done|failed to|fails to|refuse[sd]? to|villain|blatant|flagrant|brazen|egregious|mockery|(?:will|would|did|does|do) not (?:help|solve)|won't help|counterproductive|double standards|barbaric|criminal|illegal|unlawful|aggression|breach of|violation of|war crimes?|atrocit\w+|brutal\w*|politically motivated|biased|destructive|provocati\w+|threatens? (?:the )?(?:peace|security|stability)|cannot be tolerated|will not be tolerated|no (?:\w+ ){0,2}justification|distract\w* (?:attention )?from)\b/i;
const DISMISSAL =
  /\b(?:baseless|groundless|unfounded|fabricat\w*|false (?:claims|accusations|allegations)|lies|slander\w*|smear|disinformation|propaganda|nonsense|absurd (?:claims|accusations)|(?:claims?|accusations?|allegations?|statements?|insinuations?|assertions?) (?:are|is|were|was) (?:\w+ )?(?:false|untrue|absurd))\b/i;
/** The speaker's side saying it did not do it: "it had no involvement", "⟨A⟩ has not provided ...", "his country was not behind". */
const NOT_INVOLVED =
  /^(?:(?:the |its |his |her |their )?(?:⟨(\d+)⟩|it|we|they|he|she|country|government|delegation)(?:[’']s (?:government|forces|military|army))? )?(?:also )?(?:had |has |have |was |were |is |are |did |does |do |would |will )?(?:no (?:involvement|role|part|hand|connection|links?|prior knowledge)\b|nothing to do with|not (?:been )?(?:involved|behind|responsible|provided|supplied|sent|targeted|attacked|interfered|carried out|launched|provide|supply|send|target|attack|interfere|carry out|launch)\b|never (?:interfered|supplied|provided|sent|targeted|attacked|been involved)\b)/i;
const FINDING =
  /^(?:(?:they|it|we|he|she|the [\w-]+|⟨\d+⟩) )?(?:had |have |has )?(?:examined|found|concluded|established|identified|documented|recorded|verified|determined)\b/i;
const WARNING =
  /\b(?:will (?:face|pay)|consequences|will not tolerate|(?:would|will) (?:respond|retaliate|defend)|(?:ready|prepared) to (?:impose|trigger|use|take|respond|act)|(?:will|would) never allow|(?:will|would) (?:keep|continue) (?:acting|to act|striking|to strike|attacking|to attack|targeting|to target|hitting))\b/i;
/** "was preparing new sanctions against ⟨B⟩": a warning to ⟨B⟩. */
const SANCTIONS =
  /\b(?:prepar\w*|consider\w*|draw\w* up|work\w* on|readying|ready to impose|impos\w*|adopt\w*|agree\w* on|propos\w*) (?:[\w-]+ ){0,5}?sanctions (?:against|on) (?:the )?⟨(\d+)⟩/;
/** "hold ⟨B⟩ responsible": a warning to ⟨B⟩. */
const HOLD_RESPONSIBLE = /\bhold (?:the )?⟨(\d+)⟩ (?:fully )?(?:responsible|accountable)\b/;
/** "lodged a strong protest with ⟨B⟩". */
/** "summoned the ⟨Chinese Ambassador⟩": a protest to the state the envoy speaks for. */
const SUMMONED = /\bsummon(?:ed|s)\b/;
const PROTEST =
  /\b(?:lodged|lodges|lodge|filed|files|made) (?:a |an )?(?:strong |formal |firm |official |diplomatic )?protest (?:with|to) (?:the )?⟨(\d+)⟩/;

/** Names of a state's own bodies: what a statement's heading may name without its state. */
const GOVERNMENT_BODY =
  /\b(?:Ministry|Department|Office|Government|Presidency|Chancellery|Cabinet|Embassy|Secretariat|Spokes\w+|Council of Ministers)\b/;

interface Reading {
  kind: ClaimKind;
  target: number | null;
  span: Span;
  /** The clause is about something done ("the launch", "this attack"): whoever the last claims were aimed at did it. */
  antecedent?: boolean;
  /** Targets known by key rather than named in the clause ("called it ...": what "it" is). */
  targetKeys?: string[];
}

/** Splits what was said into its clauses: "⟨A⟩ is ... and ⟨B⟩ has not ...". */
function clauses(masked: string, offset: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const verbs = REPORTING_WORDS.join('|');
  const boundary = new RegExp(
    `(?:,? and |; |, but |\\.\\s+)(?=(?:that )?(?:the )?⟨\\d+⟩|[A-Z"“])|,? and (?=(?:also )?(?:${verbs})\\b)|, and |; |\\.\\s+(?=\\S)`,
    'g',
  );
  let start = 0;
  for (const m of masked.matchAll(boundary)) {
    parts.push({ text: masked.slice(start, m.index), start: offset + start });
    start = m.index! + m[0].length;
  }
  parts.push({ text: masked.slice(start), start: offset + start });
  return parts.filter((p) => p.text.trim().length > 0);
}

// ---------------------------------------------------------------------------

/** A speaker and a reporting verb found in a sentence. */
interface Found {
  speakers: string[];
  verbEnd: number;
  kindVerb: string;
  /** The row of the verb table the verb is a form of. */
  verb: Verb;
  region: Span;
  complement: Span;
  inverted: boolean;
  onBehalf: string | null;
  /** Where a verb coordinated with an earlier one begins ("... and urged"): the earlier verb's words end there. */
  clauseStart?: number;
  /** A body cited ("according to ⟨A⟩"): its plain statements are findings. */
  cited?: boolean;
}

export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
  quotations: Quotation[];
}

/** One who spoke: a person, or a state or body, spoken for by a person ("the representative of ⟨X⟩") or not. */
interface Spoken {
  key: string;
  /** A person, named or not: what "he" and "she" refer to. */
  human: boolean;
}

interface SpeakerMemory {
  /** Everyone who spoke so far, the latest last: pronouns refer to the most recent speaker that fits. */
  recent: Spoken[];
  /** The speakers of the last sentence that had any, for "they". */
  group: string[];
  /** The body issuing a statement ("We call on ..."): named in its heading, else the first organization to speak. */
  issuer: string | null;
}

export class ClaimFinder {
  readonly claims: ClaimDraft[] = [];
  private readonly memory: SpeakerMemory = { recent: [], group: [], issuer: null };
  /** Who last did something the text reports ("⟨A⟩ fired a missile"): what "the launch" and "this attack" were done by. */
  private agent: string | null = null;
  /** Speakers of the sentence being read that are people, named or not. */
  private readonly human = new Set<string>();
  /** The speakers of the quotation being read, so that a quotation going on keeps its speaker. */
  private lastQuote: { quotation: Quotation; speakers: string[]; claims: number[] } | null = null;

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
    private readonly publishedOn: string,
    /** The text is a government's or a body's own statement: what it says without attribution, it says itself. */
    private readonly statement = false,
    /** The state whose statement it is, when known: the issuer's state when its heading does not say. */
    private readonly homeState?: string,
  ) {}

  read(ctx: SentenceContext) {
    const { sentence } = ctx;
    this.human.clear();
    const units: Unit[] = this.actorUnits(ctx);
    const masked = new Masked(this.text, sentence, units);
    const before = this.claims.length;
    const found: Found[] = [];

    const onBehalf = /[Oo]n behalf of (?:the )?⟨(\d+)⟩/.exec(masked.text);
    const onBehalfKey = onBehalf ? units[Number(onBehalf[1])]!.mention.key : null;

    const taken: Span[] = [];
    const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);

    // The passive first: its verb would otherwise read as active.
    for (const m of masked.text.matchAll(PASSIVE)) {
      const speakers = this.speakers(m.groups!.subject!, units, masked, m.index!);
      if (!speakers.length) continue;
      const kind = verbOf(m.groups!.verb!, 'passive').kind;
      const rest = masked.text.slice(m.index! + m[0].length);
      const alleg = new RegExp(`^${LINK.source}`).exec(rest);
      const targets = listUnits(m.groups!.object!);
      const complementStart = m.index! + m[0].length + (alleg ? alleg[0].length : 0);
      this.emit({
        kind,
        speakers,
        targets,
        units,
        masked,
        ctx,
        onBehalf: onBehalfKey,
        allegation: alleg ? this.cut(masked, complementStart, masked.text.length) : null,
        region: { start: m.index!, end: masked.text.length },
        frame: { start: 0, end: complementStart },
      });
      taken.push({ start: m.index!, end: masked.text.length });
    }
    for (const m of masked.text.matchAll(PASSIVE_EVENT)) {
      const speakers = this.speakers(m.groups!.subject!, units, masked, m.index!);
      if (!speakers.length) continue;
      const start = m.index! + /^[,;]? ?/.exec(m[0])![0].length;
      const event = /^(.*?) (?:was|were|has been|have been) /.exec(masked.text.slice(start))!;
      this.emit({
        kind: verbOf(m.groups!.verb!, 'passive').kind,
        speakers,
        targets: [],
        targetKeys: this.doer(speakers),
        units,
        masked,
        ctx,
        onBehalf: onBehalfKey,
        allegation: this.cut(masked, start, start + event[1]!.length),
        region: { start, end: masked.text.length },
        frame: { start: 0, end: m.index! + m[0].length },
      });
      taken.push({ start, end: masked.text.length });
    }

    // Each position is tried as a subject: an appositive may have run past the true one ("⟨place⟩, hearing ... ⟨B⟩, who said").
    const active = new RegExp(ACTIVE.source, ACTIVE.flags);
    for (let m: RegExpExecArray | null; (m = active.exec(masked.text)); active.lastIndex = m.index + 1) {
      const subjectAt = m.index!;
      const verbStart = subjectAt + m[0].length - m.groups!.verb!.length;
      const verbEnd = subjectAt + m[0].length;
      if (overlaps({ start: subjectAt, end: verbEnd })) continue;
      // "the claims Moscow denied" and "what Russia called": not a speaker's own sentence.
      const prefix = masked.text.slice(0, subjectAt);
      if (/(?:\b(?:which|that|what|whom|who|as|than)\s+|[’']s\s+)$/.test(prefix) && !/,["”’]?\s*$/.test(prefix))
        continue;
      // "on behalf of ⟨G⟩, ⟨A⟩ said": ⟨G⟩ is whom ⟨A⟩ speaks for.
      const relative = /,\s*(?:who|which)\s/.test(m[0]);
      if (!relative && /\b(?:on behalf of|for|by|to|against|with|from)\s+(?:the\s+)?$/i.test(prefix)) continue;
      const after = masked.text.slice(verbEnd);
      // "... between ⟨A⟩ and ⟨B⟩, said ⟨C⟩": the speaker comes after the verb.
      // "The Director General of ⟨B⟩, ⟨A⟩, said ⟨C⟩ had ...": a name in apposition is the speaker.
      if (
        !/^\s*(?:[Tt]he\s+)?$/.test(prefix) &&
        !/,\s*$/.test(prefix) &&
        /^[^,]*,\s*$/.test(masked.text.slice(subjectAt, verbStart)) &&
        /^\s+(?:the\s+)?⟨\d+⟩/.test(after)
      )
        continue;
      // "⟨A⟩ said ..., and he criticized ...", "⟨A⟩, which said it had found ...": a pronoun after a speaker in the same sentence is that speaker.
      const earlier =
        new RegExp(`^${PRONOUN}$`).test(m.groups!.subject!.trim()) && !/^we$/i.test(m.groups!.subject!.trim())
          ? found.filter((g) => !g.inverted && g.verbEnd <= subjectAt).pop()
          : undefined;
      const speakers = earlier ? earlier.speakers : this.speakers(m.groups!.subject!, units, masked, subjectAt);
      if (!speakers.length) continue;
      // Inverted: the words come first ("'...,' Wood said." / "Russia is ..., the envoy said.").
      // "..., its foreign ministry said": the attribution of what came before.
      const quoteBefore =
        /,["”’]?\s*(?:(?:its|their|his|her|the|a|an)\s+)?$|["”’]\s*$/.test(prefix) && prefix.trim().length > 0;
      const endsHere = ENDS_ATTRIBUTION.test(after);
      const inverted = quoteBefore && (endsHere || /["”’],?\s*$/.test(prefix));
      found.push({
        speakers,
        verbEnd,
        kindVerb: m.groups!.verb!,
        verb: verbOf(m.groups!.verb!, 'active', after),
        region: inverted ? { start: 0, end: masked.text.length } : { start: subjectAt, end: masked.text.length },
        complement: inverted
          ? { start: 0, end: prefix.replace(/[\s,"“”’]+$/, '').length }
          : { start: verbEnd, end: masked.text.length },
        inverted,
        onBehalf: onBehalfKey,
      });
      taken.push({ start: subjectAt, end: verbEnd });
    }

    for (const m of masked.text.matchAll(INVERTED)) {
      const at = m.index! + m[0].indexOf(m.groups!.verb!);
      if (overlaps({ start: at, end: m.index! + m[0].length })) continue;
      const speakers = this.speakers(m.groups!.subject!, units, masked, at);
      if (!speakers.length) continue;
      found.push({
        speakers,
        verbEnd: at + m.groups!.verb!.length,
        kindVerb: m.groups!.verb!,
        verb: verbOf(m.groups!.verb!, 'inverted'),
        region: { start: 0, end: masked.text.length },
        complement: { start: 0, end: m.index! },
        inverted: true,
        onBehalf: onBehalfKey,
      });
      taken.push({ start: at, end: m.index! + m[0].length });
    }

    for (const m of masked.text.matchAll(ACCORDING)) {
      const speakers = this.speakers(m.groups!.subject!, units, masked, m.index!);
      if (!speakers.length) continue;
      const end = m.index! + m[0].length;
      const leading = m.index! === 0 || masked.text.slice(0, m.index!).trim() === '';
      found.push({
        speakers,
        verbEnd: end,
        kindVerb: 'said',
        verb: verbOf('said'),
        // "According to ⟨a body⟩, ...": what a body is cited for, unless it demands or accuses, is its finding.
        cited: speakers.every((k) => this.entities.get(k)?.type === 'Organization'),
        region: { start: 0, end: masked.text.length },
        complement: leading ? { start: end, end: masked.text.length } : { start: 0, end: m.index! },
        inverted: !leading,
        onBehalf: onBehalfKey,
      });
    }

    // Only the first speaker of a sentence takes what follows; later verbs are their own claims.
    found.sort((a, b) => a.verbEnd - b.verbEnd);
    // "⟨A⟩ rejected the accusations, its ministry said": the ministry is the source of ⟨A⟩'s claim, not a second claim.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      const nested = f.inverted && found.some((g) => g !== f && !g.inverted && g.verbEnd <= f.complement.end);
      const empty =
        !f.inverted && masked.text.slice(f.complement.start, f.complement.end).replace(/[\s.,;:"“”’]/g, '') === '';
      if (nested || empty) found.splice(i, 1);
    }
    this.coordinated(found, masked);
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const next = found[i + 1];
      const nextStart = next
        ? (next.clauseStart ?? this.startOfSpeaker(masked.text, next.verbEnd, next.kindVerb))
        : masked.text.length;
      const end = next && !f.inverted ? Math.min(f.complement.end, nextStart) : f.complement.end;
      // "⟨A⟩ said ⟨B⟩ urged ...": ⟨B⟩'s words are the claim; ⟨A⟩ only passes them on.
      if (
        !f.inverted &&
        end < f.complement.end &&
        !/[\p{L}\p{N}⟨]/u.test(masked.text.slice(f.complement.start, end).replace(/^\s*that\b/, ''))
      )
        continue;
      this.reported(ctx, masked, units, { ...f, complement: { start: f.complement.start, end } });
    }

    // A quotation that goes on without attribution is its last speaker's.
    if (this.claims.length === before) this.continuation(ctx, masked, units);
    // A statement's heading names who issues it ("Statement by the Ministry of ..."); its other sentences are that body's words.
    if (this.statement && sentence.index === 0) this.memory.issuer = this.issuerIn(ctx);
    else if (this.statement && this.claims.length === before) this.ownWords(ctx, masked, units);
    this.remember(before, ctx);
    this.agent = this.agentIn(masked, units) ?? this.agent;
  }

  /**
   * Reporting verbs coordinated with a speaker's verb make claims of their
   * own, with their own words: "⟨A⟩ condemned the decision and urged ⟨B⟩
   * to ..." is a criticism and a demand. Inserted after the verb they
   * share a speaker with, in order.
   */
  private coordinated(found: Found[], masked: Masked) {
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.inverted) continue;
      const next = found[i + 1];
      const limit = Math.min(
        f.complement.end,
        next ? (next.clauseStart ?? this.startOfSpeaker(masked.text, next.verbEnd, next.kindVerb)) : masked.text.length,
      );
      const stretch = masked.text.slice(f.verbEnd, limit);
      for (const m of stretch.matchAll(COORDINATED)) {
        const clauseStart = f.verbEnd + m.index!;
        if (this.insideQuote(masked.offset(clauseStart))) continue;
        const verbEnd = clauseStart + m[0].length;
        found.splice(i + 1, 0, {
          ...f,
          verbEnd,
          kindVerb: m.groups!.verb!,
          verb: verbOf(m.groups!.verb!, 'active', masked.text.slice(verbEnd)),
          region: { start: clauseStart, end: f.region.end },
          complement: { start: verbEnd, end: f.complement.end },
          clauseStart,
        });
        f.complement = { start: f.complement.start, end: clauseStart };
        break;
      }
    }
  }

  /** The masked offset where the speaker of a verb ending at `verbEnd` begins (so the previous claim stops there). */
  private startOfSpeaker(masked: string, verbEnd: number, verb: string): number {
    const head = masked.slice(0, verbEnd - verb.length);
    const m = new RegExp(`${SUBJECT}${APPOSITIVE},?\\s+${BETWEEN}$`, 'u').exec(head);
    return m ? m.index : verbEnd;
  }

  /**
   * Units for the claim patterns: each mention as its whole phrase, and a
   * person speaking for an entity unnamed ("the representative of ⟨X⟩", "a
   * senior ⟨X⟩ official", "the authorities in ⟨X⟩") as ⟨X⟩.
   */
  private actorUnits(ctx: SentenceContext): Unit[] {
    const units: Unit[] = ctx.mentions.map((m) => ({ mention: m, span: m.phrase ?? { start: m.start, end: m.end } }));
    const masked = new Masked(this.text, ctx.sentence, units);
    const merged: Unit[] = [...units];
    for (const re of ROLE_PHRASES) {
      for (const m of masked.text.matchAll(re)) {
        const index = Number(m.groups!.unit);
        const unit = units[index]!;
        const type = this.entities.get(unit.mention.key)?.type;
        if (type !== 'State' && type !== 'Organization') continue;
        // "⟨Russian⟩ President ⟨Putin⟩" and "⟨X⟩'s foreign policy chief, ⟨Novak⟩," are a person's title, not the state or body speaking.
        if (/^,?\s*⟨\d+⟩/.test(masked.text.slice(m.index! + m[0].length))) continue;
        const span = masked.original(m.index!, m.index! + m[0].length);
        merged[index] = { mention: { ...unit.mention, form: 'name' }, span, role: HUMAN_ROLE.test(m.groups!.role!) };
      }
    }
    return merged;
  }

  /** The entities a subject names, pronouns resolved; only people, states and organizations speak. */
  private speakers(subject: string, units: Unit[], masked: Masked, at: number): string[] {
    const pronoun = new RegExp(`^${PRONOUN}$`).exec(subject.trim());
    if (pronoun) {
      const resolved = this.pronoun(subject.trim().toLowerCase(), this.insideQuote(masked.offset(at)));
      for (const key of resolved) if (this.memory.recent.some((r) => r.key === key && r.human)) this.human.add(key);
      return resolved;
    }
    const speaking = listUnits(subject).filter((i) =>
      ['Person', 'State', 'Organization'].includes(this.entities.get(units[i]!.mention.key)?.type ?? ''),
    );
    for (const i of speaking) if (units[i]!.role) this.human.add(units[i]!.mention.key);
    return speaking.map((i) => units[i]!.mention.key);
  }

  /**
   * What a pronoun speaking refers to: the most recent speaker that fits.
   * "He", "she" and "his delegation" are the last person to speak, named
   * or not ("the representative of ⟨X⟩" is ⟨X⟩); "it" the last state or
   * body; "they" the last group; "we", outside a quotation, the body
   * issuing a statement.
   */
  private pronoun(word: string, insideQuote: boolean): string[] {
    const latest = (fits: (s: Spoken) => boolean) => {
      for (let i = this.memory.recent.length - 1; i >= 0; i--)
        if (fits(this.memory.recent[i]!)) return [this.memory.recent[i]!.key];
      return [];
    };
    const body = (s: Spoken) => this.entities.get(s.key)?.type !== 'Person';
    if (/^(?:he|she|his |her )/.test(word)) return latest((s) => s.human);
    // "We" inside a quotation is the speaker's side, not a new speaker.
    if (word === 'we') return insideQuote ? [] : this.memory.issuer ? [this.memory.issuer] : latest(body);
    if (/^(?:it|its )/.test(word)) return latest(body);
    return this.memory.group.length > 1 ? this.memory.group : latest(body);
  }

  private insideQuote(offset: number): boolean {
    return this.quotationsAt(offset).length > 0;
  }

  private quotationsAt(offset: number) {
    return this.allQuotations.filter((q) => q.inner.start <= offset && offset < q.inner.end);
  }

  allQuotations: Quotation[] = [];

  /** A speaker and a verb found: the claims they make. */
  private reported(
    ctx: SentenceContext,
    masked: Masked,
    units: Unit[],
    f: {
      speakers: string[];
      verbEnd: number;
      kindVerb: string;
      verb: Verb;
      region: Span;
      complement: Span;
      inverted: boolean;
      onBehalf: string | null;
      cited?: boolean;
    },
  ) {
    let kind = f.verb.kind;
    // Participles hung on the verb make claims of their own, with the same speakers.
    const hung: { start: number; verb: string }[] = [];
    for (const p of masked.text.matchAll(PARTICIPLE)) {
      if (f.inverted || (p.index! >= f.verbEnd && p.index! < f.complement.end))
        hung.push({ start: p.index!, verb: p.groups!.verb! });
    }
    const ownEnd = Math.min(f.complement.end, ...hung.filter((h) => h.start >= f.complement.start).map((h) => h.start));
    // What a monitor, a panel or an inspectorate says is a finding.
    if (kind === 'STATE' && f.speakers.every((s) => this.monitors(s))) kind = 'REPORT';
    const plain: ClaimKind = f.cited ? 'REPORT' : 'STATE';
    const frameEnd = f.inverted
      ? f.verbEnd
      : this.frameEnd(
          masked.text,
          f.verbEnd,
          ownEnd,
          kind === 'STATE' || kind === 'REPORT' || f.verb.thatClause,
          f.verb.listener,
        );
    const frame = f.inverted ? { start: f.complement.end, end: masked.text.length } : { start: 0, end: frameEnd };
    const frameText = masked.text.slice(f.verbEnd, frameEnd);
    if (kind === 'STATE' && /\b(?:report|findings|investigation)\b/i.test(frameText)) kind = 'REPORT';

    const complement = f.inverted ? f.complement : { start: frameEnd, end: ownEnd };
    const readings: Reading[] = [];
    const firstToken = (s: string): number | null => {
      const m = /⟨(\d+)⟩/.exec(s);
      return m ? Number(m[1]) : null;
    };

    // "told ⟨B⟩ it had no involvement": a denial told to ⟨B⟩ answers ⟨B⟩'s accusation.
    const listener = f.verb.listener ? /⟨(\d+)⟩/.exec(frameText) : null;
    const toldAccuser = listener ? units[Number(listener[1])]!.mention.key : null;
    if (kind === 'STATE' || f.inverted) {
      readings.push(...this.readStatement(masked, complement, units, f.speakers));
      if (!f.inverted || kind === 'STATE') {
        if (readings.length === 0)
          readings.push({
            kind: kind === 'STATE' || f.inverted ? (f.inverted && !f.cited ? f.verb.kind : plain) : kind,
            target: this.subjectOf(masked.text.slice(complement.start, complement.end), units),
            span: complement,
          });
      }
    } else {
      const object = masked.text.slice(complement.start, complement.end);
      let target: number | null = null;
      let allegationStart: number;
      let deniesAccusation = false;
      let deniedAccuser: string | null = null;
      let denies: ClaimKind[] = [];
      let referent: string[] = [];
      const lead = /^\s*(?:that\s+)?/.exec(object)![0].length;
      // "urged all members of the ⟨Council⟩ to ...": the body is whom it urges.
      const objectList = new RegExp(
        `^\\s*(?:the |all (?:the )?)?(?:(?:other )?(?:members|member states) of (?:the )?)?(${LIST})(?:[’']s)?`,
      ).exec(object);
      // "attributes the attack to ⟨B⟩", "blamed the blast on ⟨B⟩": the accused comes after what it is blamed for.
      const blamedOn =
        kind === 'ACCUSE' && f.verb.culpritAfter
          ? new RegExp(
              `^(?!\\s*(?:the )?${LIST}(?:[’']s)?\\s+(?:of|for)\\b)[^⟨]*?(?:[^⟨]*⟨\\d+⟩)*?[^⟨]*?\\b(?:${f.verb.culpritAfter}) (?:the )?(?:[a-z-]+ ){0,2}(${LIST})`,
            ).exec(object)
          : null;
      // "condemned the strikes by ⟨A⟩ and ⟨B⟩": aimed at those who did what is condemned.
      const doneBy =
        kind === 'CRITICIZE'
          ? new RegExp(`^\\s*(?:the |its |their |this |these |those )?(?:[\\w-]+ ){1,3}?by (?:the )?(${LIST})`).exec(
              object,
            )
          : null;
      if (blamedOn || doneBy) {
        const m = (blamedOn ?? doneBy)!;
        const targets = listUnits(m[1]!);
        allegationStart = complement.start + lead;
        for (const t of targets.slice(1))
          readings.push({ kind, target: t, span: { start: allegationStart, end: complement.end } });
        target = targets[0]!;
        // "⟨B⟩, which is controlled by ⟨C⟩": the accusation carries on to ⟨C⟩.
        if (kind === 'ACCUSE') {
          const controlled = new RegExp(
            `^,\\s+(?:which|who) (?:is|are|was|were) (?:\\w+ )?(?:controlled|directed|run|operated|backed|sponsored|commanded|financed|funded|armed|steered) by (?:the )?(${LIST})`,
          ).exec(object.slice(m.index + m[0].length));
          if (controlled)
            for (const t of listUnits(controlled[1]!))
              readings.push({ kind, target: t, span: { start: allegationStart, end: complement.end } });
        }
      } else if (
        kind === 'ACCUSE' ||
        kind === 'DEMAND' ||
        kind === 'WARN' ||
        (kind === 'CRITICIZE' && f.verb.object !== 'concern')
      ) {
        if (objectList) {
          const targets = listUnits(objectList[1]!);
          const rest = object.slice(objectList[0].length);
          const link = LINK.exec(rest);
          allegationStart = complement.start + objectList[0].length + (link ? link[0].length : 0);
          for (const t of targets.slice(1))
            readings.push({ kind, target: t, span: { start: allegationStart, end: complement.end } });
          target = targets[0]!;
        } else if (
          kind === 'CRITICIZE' &&
          (/^\s*(?:it|them|this|that|these|those)\b/.test(object) ||
            (f.verb.object === 'judgement' && /^\s*(?:the|such|its|their) (?:[\w-]+ ){1,4}["“]?(?:a|an) /.test(object)))
        ) {
          // "called it a gross violation", "condemned it", "called the strikes a war crime": aimed at what "it" is, when the text says.
          const pronoun = /^\s*(?:(?:the|such|its|their) (?:[\w-]+ ){0,3})?[\w-]+\s*/.exec(object)!;
          referent = this.referent(f.speakers, ctx.sentence.index);
          allegationStart = complement.start + pronoun[0].length;
        } else {
          // "urged all parties to ...": whoever is urged is the target, and here no entity is.
          const addressed = kind === 'DEMAND' && f.verb.addressee;
          // "warned that sanctions were hurting ⟨A⟩": a warning is aimed at whoever its clause is about doing, if anyone.
          const warnedThat =
            kind === 'WARN' &&
            /\bthat\s*$|^\s*that\b/.test(masked.text.slice(f.verbEnd, complement.start) + object.slice(0, lead));
          target = addressed
            ? null
            : warnedThat
              ? this.subjectOf(object.slice(lead), units)
              : this.firstEntity(object, units);
          allegationStart = complement.start + lead;
        }
      } else if (kind === 'DENY') {
        const accusation = ACCUSATION_OBJECT.exec(object);
        if (accusation) {
          const by = /\b(?:by|from|of)\s+(?:the )?⟨(\d+)⟩/.exec(object);
          if (by) deniedAccuser = units[Number(by[1])]!.mention.key;
          if (accusation[1]) deniedAccuser = units[Number(accusation[1])]!.mention.key;
          denies = deniedKinds(accusation[2]);
        } else if (f.verb.refusal) {
          // "rejected ⟨B⟩'s resolutions as ...": rejecting what someone did or asks for criticizes them.
          const owner = /^\s*(?:the )?⟨(\d+)⟩[’']s\b/.exec(object);
          if (owner) {
            kind = 'CRITICIZE';
            target = Number(owner[1]);
          }
        }
        deniesAccusation = kind === 'DENY';
        allegationStart = complement.start + lead;
      } else {
        // Calling for a ceasefire or a resolution's implementation aims at no one; a report is about whoever it names.
        target = this.firstEntity(object, units, [], kind === 'CALL_FOR');
        allegationStart = complement.start + lead;
      }
      // "called for ⟨B⟩'s withdrawal" asks something of ⟨B⟩.
      if (kind === 'CALL_FOR' && /^\s*(?:the )?⟨\d+⟩[’']s/.test(object)) {
        kind = 'DEMAND';
        target = firstToken(object);
      }
      readings.unshift({ kind, target, span: { start: allegationStart, end: complement.end }, targetKeys: referent });
      // The date of a claim may come between the verb and what is claimed ("accused ⟨B⟩ on Tuesday of").
      // "rejected the accusations on Thursday": a denial of accusations is dated where its clause is.
      const dated = { start: frame.start, end: deniesAccusation ? ownEnd : Math.max(frame.end, allegationStart) };
      for (const r of readings) {
        this.emit({
          kind: r.kind,
          speakers: f.speakers,
          targets: r.target === null ? [] : [r.target],
          targetKeys: r.targetKeys,
          units,
          masked,
          ctx,
          onBehalf: f.onBehalf,
          allegation: this.cut(masked, r.span.start, r.span.end),
          region: { start: f.region.start, end: ownEnd },
          frame: dated,
          deniesAccusation,
          deniedAccuser,
          denies,
          tense: f.kindVerb,
        });
      }
      this.hungClaims(ctx, masked, units, f, hung, frame);
      return;
    }

    // '"...," she said, "and ..."': the words after the attribution are the same quotation's.
    const region = f.inverted
      ? { start: 0, end: f.complement.end === f.region.end ? ownEnd : this.tailEnd(masked.text, f.verbEnd) }
      : { start: f.region.start, end: ownEnd };
    // Claims from the participles first: a criticism without a target of its own takes theirs.
    const firstHung = this.claims.length;
    this.hungClaims(ctx, masked, units, f, hung, frame);
    const hungTargets = this.claims.slice(firstHung).flatMap((c) => (c.target ? [c.target] : []));
    for (const r of readings) {
      const targets = r.target === null ? [] : [r.target];
      const context =
        targets.length || r.kind === 'STATE' || r.kind === 'REPORT'
          ? []
          : r.antecedent
            ? this.doer(f.speakers)
            : hungTargets.length
              ? hungTargets
              : this.recentTargets(f.speakers, ctx.sentence.index);
      this.emit({
        kind: r.kind,
        speakers: f.speakers,
        targets,
        targetKeys: context,
        units,
        masked,
        ctx,
        onBehalf: f.onBehalf,
        allegation: this.cut(masked, r.span.start, r.span.end),
        region,
        frame,
        quotePart: readings.length > 1 ? r.span : undefined,
        tense: f.kindVerb,
        deniedAccuser: r.kind === 'DENY' ? toldAccuser : null,
      });
    }
  }

  /** The end of a quotation resumed after its attribution ('..." she said, "and ..."'), or the attribution's end. */
  private tailEnd(masked: string, verbEnd: number): number {
    const tail = /^[^"“⟨]*?,\s*["“]/.exec(masked.slice(verbEnd));
    return tail ? masked.length : verbEnd;
  }

  /** Where the words said begin: after "that", a listener, a time or a medium ("told ⟨R⟩ in a report in April, that"). */
  private frameEnd(masked: string, verbEnd: number, end: number, beforeThat: boolean, toListener: boolean): number {
    const rest = masked.slice(verbEnd, end);
    const listener = toListener
      ? String.raw`|(?:the |a |an )?(?:(?!that )[a-z-]+ )?⟨\d+⟩(?: (?:committee|panel|meeting|delegation))?(?! (?:not )?(?:to|of)\b)|${AUDIENCE}|the (?:[Cc]ouncil|[Aa]ssembly|[Cc]ommittee)`
      : '';
    const lead = new RegExp(String.raw`^(?:\s*,?\s*(?:${FRAME_ADVERBIAL}${listener})\s*,?)*`, 'u').exec(rest);
    let at = lead ? lead[0].length : 0;
    // "said on Friday that ...": "that" opens the words said only where the frame ends, never inside them.
    const that = beforeThat ? /^\s*that\b\s*/.exec(rest.slice(at)) : null;
    if (that) at += that[0].length;
    return verbEnd + at;
  }

  /** Claims of the participles hung on a verb: "..., accusing ⟨B⟩ of ...". */
  private hungClaims(
    ctx: SentenceContext,
    masked: Masked,
    units: Unit[],
    f: {
      speakers: string[];
      complement: Span;
      onBehalf: string | null;
      kindVerb: string;
      verb: Verb;
      inverted: boolean;
      verbEnd: number;
    },
    hung: { start: number; verb: string }[],
    frame: Span,
  ) {
    hung.forEach((h, i) => {
      const end = hung[i + 1]?.start ?? masked.text.length;
      const verbEnd = h.start + masked.text.slice(h.start).indexOf(h.verb) + h.verb.length;
      const hungVerb = verbOf(h.verb, 'participle', masked.text.slice(verbEnd));
      const fixedKind = hungVerb.kind;
      const object = masked.text.slice(verbEnd, end);
      if (hungVerb.object === 'words') {
        // "..., adding that ⟨B⟩ was trying to ...": what is added is read like anything said.
        const said = { start: verbEnd + /^\s*(?:that\s+)?/.exec(object)![0].length, end };
        const readings = this.readStatement(masked, said, units, f.speakers);
        for (const r of readings.length
          ? readings
          : [
              {
                kind: 'STATE' as ClaimKind,
                target: this.subjectOf(masked.text.slice(said.start, end), units),
                span: said,
              },
            ]) {
          this.emit({
            kind: r.kind,
            speakers: f.speakers,
            targets: r.target === null ? [] : [r.target],
            units,
            masked,
            ctx,
            onBehalf: f.onBehalf,
            allegation: this.cut(masked, r.span.start, r.span.end),
            region: { start: h.start, end },
            frame,
            tense: f.kindVerb,
          });
        }
        return;
      }
      if (hungVerb.object === 'judgement') {
        // "..., calling them a violation of international law": what "them" is, the claims just made.
        const pronoun = /^\s*\w+\s*/.exec(object)!;
        this.emit({
          kind: 'CRITICIZE',
          speakers: f.speakers,
          targets: [],
          targetKeys: this.referent(f.speakers, ctx.sentence.index),
          units,
          masked,
          ctx,
          onBehalf: f.onBehalf,
          allegation: this.cut(masked, verbEnd + pronoun[0].length, end),
          region: { start: h.start, end },
          frame,
          tense: f.kindVerb,
        });
        return;
      }
      const list = new RegExp(`^\\s*(?:the )?(${LIST})(?:[’']s)?`).exec(object);
      const targets = list ? listUnits(list[1]!) : [];
      const link = list ? /^\s*(?:of|for|to|over|against|that)\s+/.exec(object.slice(list[0].length)) : null;
      const allegationStart =
        verbEnd + (list ? list[0].length + (link ? link[0].length : 0) : /^\s*/.exec(object)![0].length);
      for (const t of targets.length ? targets : [null]) {
        this.emit({
          kind: fixedKind,
          speakers: f.speakers,
          targets: t === null ? [] : [t],
          units,
          masked,
          ctx,
          onBehalf: f.onBehalf,
          allegation: this.cut(masked, allegationStart, end),
          region: { start: h.start, end },
          frame,
          tense: f.kindVerb,
        });
      }
    });
  }

  /** What a statement says, clause by clause: a demand, a criticism, a denial, a finding, or a plain statement. */
  private readStatement(masked: Masked, span: Span, units: Unit[], speakers: string[]): Reading[] {
    const said = masked.text.slice(span.start, span.end).replace(/^[\s"“”’,]+/, '');
    const offset = span.start + (masked.text.slice(span.start, span.end).length - said.length);
    const readings: Reading[] = [];
    const own = new Set(speakers.flatMap((s) => [s, this.sideOf(s)]).filter(Boolean));
    const others = [...own] as string[];
    // "it was ⟨A⟩ that abandoned the deal": read before the clauses, since the blame may span a comma.
    const cleft = CLEFT.exec(said);
    if (cleft)
      for (const t of listUnits(cleft[1]!))
        if (!own.has(units[t]!.mention.key))
          readings.push({
            kind: 'ACCUSE',
            target: t,
            span: { start: offset + cleft.index, end: offset + said.length },
          });
    for (const part of clauses(said, offset)) {
      const words = part.text.replace(/^(?:that|but|and)\s+/i, '').replace(/^[\s"“”]+/, '');
      let subject = this.subjectOf(words, units);
      // "Washington would never allow ⟨B⟩ to ...": the speaker's own side is not what the words are aimed at.
      if (subject !== null && own.has(units[subject]!.mention.key)) subject = null;
      const event = EVENT_SUBJECT.test(words) && subject === null;
      const partSpan = { start: part.start, end: part.start + part.text.length };
      // "⟨A⟩ and ⟨B⟩": each named together is a target.
      const read = (kind: ClaimKind, target: number | null) => {
        for (const t of target === null ? [null] : this.partners(words, target))
          readings.push({ kind, target: t, span: partSpan, ...(t === null && event ? { antecedent: true } : {}) });
      };
      const notInvolved = NOT_INVOLVED.exec(words);
      let m: RegExpExecArray | null;
      if (cleft && cleft.index + offset < partSpan.end && partSpan.start < offset + said.length && CLEFT.test(words))
        continue;
      if ((m = MODAL.exec(words))) read('DEMAND', Number(m[1]));
      else if ((m = WANT.exec(words)) || (m = CALL_ON.exec(words)) || (m = ASK_OF.exec(words)))
        read('DEMAND', Number(m[1]));
      else if (ALL_PARTIES.test(words)) read('DEMAND', null);
      else if (notInvolved && (!notInvolved[1] || own.has(units[Number(notInvolved[1])]!.mention.key)))
        read('DENY', null);
      else if ((m = OVER_DOING.exec(words))) read('ACCUSE', Number(m[1]));
      else if ((m = WRONGDOING.exec(words))) for (const t of listUnits(m[1]!)) read('ACCUSE', t);
      else if (EVENT_WRONGDOING.test(words)) read('ACCUSE', null);
      else if ((m = HOLD_RESPONSIBLE.exec(words)) || (m = SANCTIONS.exec(words))) read('WARN', Number(m[1]));
      else if ((m = PROTEST.exec(words))) read('CRITICIZE', Number(m[1]));
      else if (SUMMONED.test(words)) {
        const envoy = this.firstEntity(words.slice(SUMMONED.exec(words)!.index), units, others);
        const key = envoy === null ? null : units[envoy]!.mention.key;
        readings.push({
          kind: 'CRITICIZE',
          target: null,
          span: partSpan,
          targetKeys: key ? [this.sideOf(key) ?? key] : [],
        });
      } else if (DISMISSAL.test(words)) read('DENY', null);
      else if (EVALUATION.test(words))
        read('CRITICIZE', subject ?? (event ? null : this.firstEntity(words, units, others)));
      else if (FINDING.test(words)) read('REPORT', this.firstEntity(words, units, others));
      else if (WARNING.test(words)) read('WARN', subject ?? this.firstEntity(words, units, others));
    }
    return readings;
  }

  /** A target and those named with it: "⟨A⟩ and ⟨B⟩", "⟨A⟩, ⟨B⟩ and the ⟨C⟩". */
  private partners(words: string, target: number): number[] {
    const list = new RegExp(`⟨${target}⟩((?:, (?:the )?⟨\\d+⟩)*,? (?:and|or) (?:the )?⟨\\d+⟩)`).exec(words);
    return list ? [target, ...listUnits(list[1]!)] : [target];
  }

  /** The entity a clause opens with, as its subject ("⟨B⟩ is ...", "⟨B⟩'s army ..."). */
  private subjectOf(words: string, units: Unit[]): number | null {
    const m =
      /^\s*(?:that\s+)?(?:the\s+)?⟨(\d+)⟩(?![ ]+(?:city|town|region|missiles?|weapons?|troops|forces|army))/i.exec(
        words,
      );
    if (m) return units[Number(m[1])]!.mention.form === 'demonym' ? null : Number(m[1]);
    // "the ⟨Israeli⟩ restrictions on aid were ...": what a state's people did is the state's.
    const done = new RegExp(`^\\s*(?:that\\s+)?(?:the\\s+)?⟨(\\d+)⟩ (?:[a-z-]+ )?${DONE_BY}`, 'i').exec(words);
    return done ? Number(done[1]) : null;
  }

  /**
   * The entity a stretch is most about: a state, organization or person
   * named as a noun first, then one named by its demonym ("North Korean
   * missiles"), then anything else named; never the speaker.
   */
  private firstEntity(words: string, units: Unit[], speakers: string[] = [], actorsOnly = false): number | null {
    const typeOf = (i: number) => this.entities.get(units[i]!.mention.key)?.type ?? '';
    const actor = (i: number) => ['State', 'Organization', 'Person'].includes(typeOf(i));
    // "condemned the attack at the ⟨Security Council⟩": where it was said, not whom it is about.
    const venue = (i: number) =>
      /\b(?:at|in|inside|during|before)\s+(?:the\s+)?$/i.test(words.slice(0, words.indexOf(`⟨${i}⟩`)));
    // "⟨Rwandan⟩ troops", "the ⟨Israeli⟩ strike": a state named by what its people did.
    const doing = (i: number) => new RegExp(`⟨${i}⟩ (?:[a-z-]+ )?${DONE_BY}`, 'i').test(words);
    const named = listUnits(words).filter((i) => !speakers.includes(units[i]!.mention.key) && !venue(i));
    return (
      named.find((i) => actor(i) && (units[i]!.mention.form !== 'demonym' || doing(i))) ??
      named.find((i) => actor(i)) ??
      (actorsOnly ? undefined : named.find((i) => typeOf(i) === 'Resolution' || typeOf(i) === 'WeaponSystem')) ??
      null
    );
  }

  /**
   * Who issues a statement, from its heading: the first body it names, else
   * the first person. A government body the heading does not tie to a state
   * ("the Federal Foreign Office", "the Ministry of Foreign Affairs") is the
   * home state's.
   */
  private issuerIn(ctx: SentenceContext): string | null {
    const typeOf = (m: Mention) => this.entities.get(m.key)?.type;
    const issuer =
      (ctx.mentions.find((m) => typeOf(m) === 'Organization') ?? ctx.mentions.find((m) => typeOf(m) === 'Person'))
        ?.key ?? null;
    const record = issuer ? this.entities.get(issuer) : undefined;
    if (
      record?.type === 'Organization' &&
      this.homeState &&
      !this.stateOf(record.key) &&
      GOVERNMENT_BODY.test(record.name)
    ) {
      this.entities.link('partOf', record.key, this.entities.state(this.homeState).key);
    }
    return issuer;
  }

  /** A sentence of a statement with no speaker of its own: the issuing body's words ("Russia must end its war"). */
  private ownWords(ctx: SentenceContext, masked: Masked, units: Unit[]) {
    const issuer = this.memory.issuer;
    if (!issuer || ctx.quotations.some((q) => intersect(q.inner, ctx.sentence))) return;
    const whole = { start: 0, end: masked.text.length };
    for (const r of this.readStatement(masked, whole, units, [issuer])) {
      const context =
        r.target !== null || r.kind === 'REPORT'
          ? []
          : r.antecedent
            ? this.doer([issuer])
            : (r.targetKeys ?? this.recentTargets([issuer], ctx.sentence.index));
      this.emit({
        kind: r.kind,
        speakers: [issuer],
        targets: r.target === null ? [] : [r.target],
        targetKeys: context,
        units,
        masked,
        ctx,
        onBehalf: null,
        // A statement's own present tense is what it says on the day it is issued, not a standing position dated by its year.
        allegation: this.cut(masked, r.span.start, r.span.end),
        region: whole,
        frame: { start: 0, end: 0 },
        tense: 'states',
      });
    }
  }

  /** The actor a sentence reports doing something: "⟨A⟩ fired ...", "⟨A⟩'s missile attack", "the ⟨A⟩ strike", "an attack by ⟨A⟩". */
  private agentIn(masked: Masked, units: Unit[]): string | null {
    const actor = (i: number) =>
      ['State', 'Organization'].includes(this.entities.get(units[i]!.mention.key)?.type ?? '');
    const patterns = [
      new RegExp(`(?:^|[,;] |\\b(?:and|but) )(?:the )?⟨(\\d+)⟩ ${DID}`, 'gi'),
      new RegExp(`⟨(\\d+)⟩(?:[’']s)? (?:[a-z-]+ )?${DONE_BY}`, 'gi'),
      new RegExp(
        `\\b(?:attacks?|strikes?|launch(?:es)?|offensive|shelling|bombardment) (?:carried out )?by (?:the )?⟨(\\d+)⟩`,
        'gi',
      ),
    ];
    let found: { at: number; key: string } | null = null;
    for (const re of patterns) {
      for (const m of masked.text.matchAll(re)) {
        const i = Number(m[1]);
        if (!actor(i) || this.insideQuote(masked.offset(m.index!))) continue;
        if (!found || m.index! < found.at) found = { at: m.index!, key: units[i]!.mention.key };
      }
    }
    return found?.key ?? null;
  }

  /**
   * What "it" or "them" stands for in "called it a violation": the
   * targets of the latest claims of this sentence or the one before (not
   * the speaker's own side), else who did what the text last reported.
   */
  private referent(speakers: string[], sentence: number): string[] {
    const own = new Set(speakers.flatMap((s) => [s, this.sideOf(s)]).filter(Boolean));
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i]!;
      if (c.sentenceIndex < sentence - 1) break;
      if (c.kind === 'DENY' || c.kind === 'STATE' || !c.target || own.has(c.target)) continue;
      const group = this.claims.filter(
        (d) =>
          d.sentenceIndex === c.sentenceIndex &&
          d.speaker === c.speaker &&
          d.kind === c.kind &&
          d.target &&
          !own.has(d.target),
      );
      return [...new Set(group.map((d) => d.target!))];
    }
    return this.doer(speakers);
  }

  /** A monitor, a panel of experts, an inspectorate or a mission (or one of its people): what it says is a finding. */
  private monitors(key: string): boolean {
    const side = this.entities.get(key)?.type === 'Person' ? this.sideOf(key) : key;
    const name = side ? this.entities.get(side)?.name : undefined;
    return (
      !!name &&
      /\b(?:Observatory|Monitor\w*|Panel|Group of Experts|Mission|Inspector\w*|Investigat\w+|Commission of Inquiry|Atomic Energy Agency)\b/i.test(
        name,
      )
    );
  }

  /** Whom a clause about something done ("the launch violated ...") is aimed at: who did it, unless that is the speaker's own side. */
  private doer(speakers: string[]): string[] {
    const own = new Set(speakers.flatMap((s) => [s, this.sideOf(s)]).filter(Boolean));
    return this.agent && !own.has(this.agent) ? [this.agent] : [];
  }

  /**
   * The targets of the same side's claims in this sentence or the one
   * before: in '"This is unprecedented," he said', "this" is what his side
   * has just been accusing.
   */
  private recentTargets(speakers: string[], sentence: number): string[] {
    const sides = new Set(speakers.flatMap((s) => [s, this.sideOf(s)]).filter(Boolean));
    const targets: string[] = [];
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i]!;
      if (c.sentenceIndex < sentence - 1) break;
      if (targets.length && c.sentenceIndex !== this.claims[i + 1]?.sentenceIndex) break;
      const side = [c.speaker, c.onBehalfOf].some((s) => s && sides.has(s));
      if (side && c.target && c.kind !== 'STATE' && c.kind !== 'DENY' && !targets.includes(c.target))
        targets.unshift(c.target);
    }
    return targets;
  }

  /** A sentence inside a quotation begun earlier, with no attribution of its own. */
  private continuation(ctx: SentenceContext, masked: Masked, units: Unit[]) {
    const last = this.lastQuote;
    if (!last) return;
    const quotation = ctx.quotations.find((q) => q.start === last.quotation.start);
    const opens = ctx.quotations.find((q) => q.start >= ctx.sentence.start && q.start <= ctx.sentence.start + 2);
    if (!quotation && !opens) return;
    // A new quotation opening the sentence right after the last one, in the same or the next paragraph, is the same speaker's.
    const readings = this.readStatement(masked, { start: 0, end: masked.text.length }, units, last.speakers);
    if (readings.length === 0) {
      // Nothing new said: the words join the last claim's quotation.
      const claim = this.claims[last.claims[last.claims.length - 1]!];
      const running = (quotation ?? opens)!;
      const piece = intersect(ctx.sentence, running.inner);
      if (claim && piece) claim.quotes.push(this.trimQuote(piece));
      last.quotation = running;
      return;
    }
    for (const r of readings) {
      const context =
        r.target !== null || r.kind === 'STATE' || r.kind === 'REPORT'
          ? []
          : r.antecedent
            ? this.doer(last.speakers)
            : this.recentTargets(last.speakers, ctx.sentence.index);
      this.emit({
        kind: r.kind,
        speakers: last.speakers,
        targets: r.target === null ? [] : [r.target],
        targetKeys: context,
        units,
        masked,
        ctx,
        onBehalf: null,
        allegation: this.cut(masked, r.span.start, r.span.end),
        region: { start: 0, end: masked.text.length },
        frame: { start: 0, end: 0 },
        quotePart: readings.length > 1 ? r.span : undefined,
        tense: 'said',
      });
    }
  }

  private remember(before: number, ctx: SentenceContext) {
    const made = this.claims.slice(before);
    if (made.length === 0) {
      // A sentence outside any quotation ends the run of a speaker's quotations.
      if (!ctx.quotations.some((q) => intersect(q.inner, ctx.sentence))) this.lastQuote = null;
      return;
    }
    const speakers = [...new Set(made.map((c) => c.speaker))];
    for (const key of speakers) {
      this.memory.recent = this.memory.recent.filter((r) => r.key !== key);
      this.memory.recent.push({ key, human: this.entities.get(key)?.type === 'Person' || this.human.has(key) });
    }
    this.memory.issuer ??=
      made.find((c) => c.quotes.length === 0 && this.entities.get(c.speaker)?.type === 'Organization')?.speaker ?? null;
    this.memory.group = speakers;
    const quoted = made.map((c, i) => ({ c, i: before + i })).filter(({ c }) => c.quotes.length > 0);
    if (quoted.length) {
      const lastQuote = quoted[quoted.length - 1]!;
      const q = this.allQuotations.find((q) => intersect(q.inner, lastQuote.c.quotes[lastQuote.c.quotes.length - 1]!));
      if (q) this.lastQuote = { quotation: q, speakers: [lastQuote.c.speaker], claims: quoted.map((x) => x.i) };
    } else {
      this.lastQuote = null;
    }
  }

  /** The words of an allegation: from `start` to the end of its clause, without quotation marks. */
  private cut(masked: Masked, start: number, end: number): string {
    let stretch = masked.text.slice(start, end);
    // ", a U.S. official said on Wednesday", ", Yonhap news agency reported": who said it, not what was said.
    const attribution = new RegExp(
      `,["”’]?\\s+(?:(?:a|an|the|its|their|his|her|one|two|several)\\s+)?[^,;"“”]{0,60}?\\b(?:${INVERTED_VERB})\\b[^;"“”]*$`,
    ).exec(stretch);
    if (attribution && attribution.index > 0) stretch = stretch.slice(0, attribution.index);
    const stop =
      /,\s+(?:which|who|where|describing|saying|adding|calling|and said|but|while|as|after|before|during|when|in a)\b|;|\s+[-–—]\s+|\(|,\s+(?:said|says|according to)\b|,\s+(?:(?:its|their|his|her|the)\s+)?⟨\d+⟩\s+(?:said|says|added|told)\b/.exec(
        stretch,
      );
    if (stop && stop.index > 12) stretch = stretch.slice(0, stop.index);
    // "condemned the attack at the ⟨Security Council⟩ on Wednesday": where it was said, not what.
    const venue =
      /\s+(?:at|during|before) (?:a (?:meeting|session) of )?(?:the )?⟨(\d+)⟩(?:\s+(?:on \w+|this \w+|today))?[\s.]*$/.exec(
        stretch,
      );
    if (
      venue &&
      venue.index > 0 &&
      this.entities.get(masked.units[Number(venue[1])]?.mention.key ?? '')?.type === 'Organization'
    )
      stretch = stretch.slice(0, venue.index);
    const span = masked.original(start, start + stretch.length);
    let words = this.text
      .slice(span.start, span.end)
      .replace(/["“”]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
      // The date a claim was made on is its madeOn, not part of what it says.
      .replace(/\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)$/, '');
    // No phrase ends on a word that needs another after it ("..., a", "... and").
    for (let before = ''; before !== words;) {
      before = words;
      words = words.replace(
        /[\s,;:]+(?:and|or|but|of|to|in|on|at|for|by|with|from|the|a|an|that|which|who|as|its|their|his|her)$/i,
        '',
      );
    }
    return words.length <= 300 ? words : words.slice(0, 300).replace(/\s+\S*$/, '');
  }

  private trimQuote(span: Span): Span {
    let { start, end } = span;
    while (start < end && /[\s"“”‘’,]/.test(this.text[start]!)) start++;
    while (end > start && /[\s"“”‘’,;:]/.test(this.text[end - 1]!)) end--;
    return { start, end };
  }

  private emit(e: {
    kind: ClaimKind;
    speakers: string[];
    targets: number[];
    /** Targets known by key (from context) rather than named in the sentence. */
    targetKeys?: string[];
    units: Unit[];
    masked: Masked;
    ctx: SentenceContext;
    onBehalf: string | null;
    allegation: string | null;
    region: Span;
    frame: Span;
    quotePart?: Span;
    deniesAccusation?: boolean;
    deniedAccuser?: string | null;
    denies?: ClaimKind[];
    /** The reporting verb, whose tense dates a claim without a date of its own. */
    tense?: string;
  }) {
    const { masked, ctx } = e;
    const regionSpan = masked.original(e.region.start, e.region.end);
    const quoteArea = e.quotePart ? masked.original(e.quotePart.start, e.quotePart.end) : regionSpan;
    const quotes = ctx.quotations
      .map((q) => intersect(q.inner, quoteArea))
      .filter((s): s is Span => s !== null && s.end - s.start >= 2)
      .map((s) => this.trimQuote(s))
      .filter((s) => s.end > s.start);
    const targetKeys = e.targets.map((t) => e.units[t]!.mention.key);
    targetKeys.push(...(e.targetKeys ?? []));
    const regionText = masked.text.slice(e.region.start, e.region.end);
    const mentioned = [...new Set(listUnits(regionText).map((i) => e.units[i]!.mention.key))];
    const madeOn = this.dateOf(ctx, masked, e.frame, e.tense ?? 'said');
    const allegation = e.allegation || this.cut(masked, e.region.start, e.region.end) || 'statement';
    for (const speaker of e.speakers) {
      const onBehalfOf = e.onBehalf && e.onBehalf !== speaker ? e.onBehalf : this.sideOf(speaker);
      // "Washington was working to increase aid, he said": a speaker's words about its own side aim at no one.
      const aimed = targetKeys.filter((t) => t !== speaker && t !== onBehalfOf);
      if (targetKeys.length && !aimed.length && e.kind !== 'STATE' && e.kind !== 'DENY') continue;
      for (const target of aimed.length ? aimed : [null]) {
        this.claims.push({
          kind: e.kind,
          speaker,
          onBehalfOf: onBehalfOf && onBehalfOf !== speaker ? onBehalfOf : null,
          target,
          about: mentioned.filter((k) => k !== speaker && k !== target && k !== onBehalfOf),
          allegation,
          madeOn,
          quotes: [...quotes],
          sentence: { start: ctx.sentence.start, end: ctx.sentence.end },
          answers: null,
          deniesAccusation: e.kind === 'DENY' && (e.deniesAccusation ?? true),
          deniedAccuser: e.deniedAccuser ?? null,
          denies: e.denies ?? [],
          sentenceIndex: ctx.sentence.index,
        });
      }
    }
  }

  /** Whom a speaker speaks for: an official's state or body, a ministry's state. */
  sideOf(speaker: string): string | null {
    const record = this.entities.get(speaker);
    if (!record) return null;
    if (record.type === 'Person') {
      const post = this.entities.positions.find((p) => p.person === speaker && !p.former);
      if (!post) return null;
      const holder = this.entities.get(post.holder);
      // An analyst at a think tank or a reporter speaks for themselves.
      if (holder?.type === 'Organization' && ['THINK_TANK', 'NEWS_AGENCY'].includes(String(holder.props.category)))
        return null;
      // A White House, Kremlin or ministry spokesperson speaks for the state the body belongs to.
      if (holder?.type === 'Organization') return this.stateOf(post.holder) ?? post.holder;
      return post.holder;
    }
    if (record.type === 'Organization') return this.stateOf(speaker);
    return null;
  }

  /** The state an organization is part of (a ministry, a presidency, an army), if any. */
  private stateOf(organization: string): string | null {
    return (
      this.entities.partOf.find((p) => p.from === organization && this.entities.get(p.to)?.type === 'State')?.to ?? null
    );
  }

  /**
   * When a claim was made: a date in the sentence outside the words said
   * (before the speaker, or right after the verb), else the day of
   * publication for a past tense and its year for a present or perfect one
   * ("say", "have denied"), which tell of a standing position.
   */
  private dateOf(ctx: SentenceContext, masked: Masked, frame: Span, verb: string): string | null {
    const frameSpan = masked.original(frame.start, frame.end);
    const dates = findDates(ctx.sentence.text, ctx.sentence.start, this.publishedOn).filter(
      (d) => within(d, frameSpan) && !this.insideQuote(d.start),
    );
    if (dates.length) return dates[dates.length - 1]!.iso;
    const sentenceText = ctx.sentence.text;
    // "Russia and China say", "have denied": a standing position, dated by its year.
    const standing = STANDING_WORDS.has(verb.toLowerCase());
    const perfect = new RegExp(`\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:${PERFECT_WORDS.join('|')}|repeatedly)\\b`).test(
      sentenceText,
    );
    if (standing || perfect) return this.publishedOn.slice(0, 4);
    // A past tense, or a statement's own present ("strongly condemns"): the day of publication.
    return this.publishedOn;
  }
}
