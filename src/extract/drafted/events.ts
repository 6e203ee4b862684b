import { MONTH_NAMES } from '../../calendar.js';
import { z } from 'zod';
import { EVENT_CATEGORIES, isActorType, type EventCategory } from '../../domain/index.js';
import { findDates, shifted, type FoundDate } from '../dates.js';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { alternation, escapeRegExp, slug, type Sentence } from '../text.js';
import type { Span } from '../types.js';
import { conjugate, spellings } from '../verbs.js';
import { dataTable } from '../tables.js';
import { WEAPON_NOUN } from './arms.js';

/**
 * Events, drafted with their category and date: meetings, summits,
 * visits, vetoes, votes, strikes, invasions, signings and disbandings,
 * from the verbs and nouns of events.json ("Russia vetoed the draft on
 * September 30, 2022", "a drone strike on a market in ⟨Place⟩ on Sunday",
 * "The Security Council this morning heard a briefing"). Who took part is
 * PARTICIPATED_IN, where it happened TOOK_PLACE_IN, the resolution voted
 * on or vetoed CONCERNS (a vetoing state VETOED it). "The veto", "the
 * strike" with nothing new said of them are the last such event named.
 */

/** What an event's words need beside them to name one event. */
const NEEDS = ['nothing', 'date', 'date or place', 'resolution'] as const;
/**
 * Whose act a kind's words must tell to name one: an armed force's ("troops crossed into"), one of weapons ("ordered 80
 * ⟨W⟩s"), one told with its launch ("the operations, launched on 26 March"), one waged on a state ("to wage war
 * against ⟨B⟩"), or one of anything but weapons ("handed over the suspects", while weapons handed over are a transfer);
 * a finding by a body that inquires ("the commission of inquiry reported in November 2011 that"), or a place held by
 * force from the day it was taken ("have occupied ⟨P⟩ since 12 February 2013"), or a mission ended by a body that decides
 * by vote ("the ⟨Council⟩ ended the ⟨Mission⟩ in 2008").
 */
const OF = ['forces', 'weapons', 'launch', 'victim', 'fired', 'unarmed', 'finders', 'held', 'council'] as const;

const table = z
  .object({
    categories: z.partialRecord(
      z.enum(EVENT_CATEGORIES),
      z.strictObject({
        verbs: z.array(z.string()),
        nouns: z.array(z.string()),
        needs: z.enum(NEEDS),
        more: z
          .array(
            z.strictObject({
              verbs: z.array(z.string()),
              nouns: z.array(z.string()),
              needs: z.enum(NEEDS),
              of: z.enum(OF).optional(),
            }),
          )
          .optional(),
      }),
    ),
    lasting: z.object({ nouns: z.array(z.string()), agreed: z.array(z.string()) }),
    forces: z.object({ words: z.array(z.string()) }),
    deciding: z.object({ verbs: z.array(z.string()) }),
    waged: z.object({ nouns: z.array(z.string()) }),
    finders: z.object({ words: z.array(z.string()) }),
    launch: z.object({ words: z.array(z.string()), fired: z.string() }),
    legislatures: z.object({ words: z.array(z.string()), verbs: z.array(z.string()) }),
    noEvent: z.object({ phrases: z.array(z.string()) }),
    councils: z.object({ names: z.array(z.string()), votes: z.array(z.string()), ends: z.array(z.string()) }),
    averted: z.object({ words: z.array(z.string()) }),
  })
  .parse(dataTable('events.json'));

interface Kind {
  category: EventCategory;
  needs: string;
  of?: (typeof OF)[number];
  verb: RegExp | null;
  noun: RegExp | null;
}

/**
 * Verb forms as a pattern, a phrase of several words admitting one word or
 * entity before its last ("hold a special meeting", "violated ⟨Greek⟩
 * airspace", "signed a defence pact").
 */
function phrases(forms: string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => {
      const words = f.split(' ').map(escapeRegExp);
      if (words.length < 2) return words[0]!;
      // "ruled on Oct. 30 that", "determined on 7 January that": a finding's date stands between its verb and
      // "that", so the verb alone is the trigger and the date after it in its clause is the finding's.
      if (words.at(-1) === 'that')
        return `${words.slice(0, -1).join(' ')}(?=(?: (?:⟨\\d+⟩|[\\w-]+))?,?(?: (?:on|in|last|this) [^,;:]{1,30}?,?)? that\\b)`;
      return `${words.slice(0, -1).join(' ')}(?: (?:⟨\\d+⟩|[\\w-]+))? ${words[words.length - 1]}`;
    })
    .join('|');
}

/** Every form of a verb or a verb phrase, in each spelling. */
function verbForms(v: string): string[] {
  const f = conjugate(v);
  return [f.Infinitive, f.PresentTense, f.PastTense, f.Participle, f.Gerund].flatMap(spellings);
}

// A category's further words with needs of their own ("an election" is a vote that needs its date) are kinds too.
const KINDS: Kind[] = Object.entries(table.categories)
  .flatMap(([category, c]) => [c, ...(c.more ?? [])].map((words) => [category, words] as const))
  .map(([category, c]) => {
    const forms = c.verbs
      .flatMap(verbForms)
      // A gerund that is also the category's noun ("meeting", "bombing") is read as the noun.
      .filter((w) => !c.nouns.some((n) => n === w || n.endsWith(` ${w}`)));
    return {
      category: category as EventCategory,
      needs: c.needs,
      of: 'of' in c ? c.of : undefined,
      verb: forms.length ? new RegExp(`\\b(?<trigger>${phrases(forms)})\\b`, 'gi') : null,
      noun: c.nouns.length ? new RegExp(`\\b(?<trigger>${alternation(c.nouns)})\\b`, 'gi') : null,
    };
  });

/** Every event verb, anchored at the start: the act a decision names ("decided to recall ..."), read once per decision. */
const EVENT_VERB_OPENING = KINDS.flatMap((k) => (k.verb ? [new RegExp(`^(?:${k.verb.source})`, 'i')] : []));
/** The verbs of deciding, in every form: "decided to suspend ..." is told by the act decided. */
const DECIDING = new RegExp(`^(?:${alternation(table.deciding.verbs.flatMap(verbForms))})$`, 'i');
/** A decision told in the present perfect: "has decided to recall ...", done when the text tells it. */
const DECIDED_NOW = new RegExp(`^(?:${alternation(table.deciding.verbs.map((v) => conjugate(v).Participle))})$`, 'i');
/** The nouns of a war one party wages on another ("⟨A⟩'s war against ⟨B⟩", "the aggression of ⟨A⟩ against ⟨B⟩"). */
const WAGED = new RegExp(`^(?:${alternation(table.waged.nouns)})$`, 'i');
/**
 * A body that inquires as the subject of its finding, right before the verb: "the panel of experts had", "an independent
 * commission of inquiry appointed by the King", "the ⟨Panel of Experts⟩ later".
 */
const FINDER_WORDS = alternation(table.finders.words);
const FINDER = new RegExp(
  String.raw`(?:\b(?:${FINDER_WORDS})\b(?:\s+(?:of|on|for|into|appointed|sent|set up|established|led|created|mandated)\b[^,;.⟨]{0,60}?(?:⟨\d+⟩[^,;.⟨]{0,20}?)?)?|⟨(?<unit>\d+)⟩)\s+(?:(?:had|has|have|later|also|then|eventually|finally|itself)\s+)*$`,
  'i',
);
const FINDER_NAME = new RegExp(String.raw`\b(?:${FINDER_WORDS})\b`, 'i');
/**
 * A verb's "that" right after it, or after its date or an adverb ("found in May that", "ruled unanimously that"); not
 * a relative "that" after its object ("failed to adopt a draft that would have deplored ...").
 */
const THAT_AFTER = /^(?: [a-z]+ly)?,?(?: (?:on|in|last|this|earlier|later) [^,;:⟨]{1,30}?,?)? that\b/;
/** A participle qualifying a noun after its article or a name ("the occupied territories", "Pakistan-occupied"). */
const QUALIFYING = /(?:\b(?:the|a|an|its|their|his|her|our|these|those)\s+(?:[\w-]+\s+)?|-)$/i;
/** The passive of harm done in an attack, between the date opening its clause and the attack's noun. */
const HARMED_IN =
  /^,?\s+(?:[\w-]+\s+){0,4}(?:were|was|had been|have been|has been)\s+(?:killed|wounded|injured|hurt)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** The state a war is waged on, right after its noun or verb: "against ⟨B⟩", "on ⟨B⟩", "in ⟨B⟩". */
const WAGED_ON = /^\s+(?:(?:of\s+(?:the\s+)?⟨(?<of>\d+)⟩\s+)?)(?<prep>against|on|in)\s+(?:the\s+)?⟨(?<on>\d+)⟩/i;
/** The words of a launch, after an operation's noun ("operations, launched on 26 March") or before it ("began its campaign"). */
const LAUNCH = alternation(table.launch.words);
const LAUNCHED_AFTER = new RegExp(
  `^,?\\s+(?:(?:that|which)\\s+)?(?:(?:⟨\\d+⟩|it|they|he|she)\\s+)?(?:(?:had|has|have|was|were|been)\\s+)*(?:${LAUNCH})\\b`,
  'i',
);
const LAUNCHED_BEFORE = new RegExp(`\\b(?:${LAUNCH})\\s+(?:(?:its|their|the|an?|his|her)\\s+)?(?:[\\w-]+\\s+)?$`, 'i');
/** Where weapons fired go, in their verb's clause: "at the ⟨Kyiv⟩ and ⟨Mykolaiv⟩ regions", "towards ⟨Metula⟩". */
const FIRED_AT = /^[^.;:]{0,80}?\b(?:at|against|towards|toward|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨\d+⟩/i;
/** A legislature right before its verb ("the ⟨Turkish⟩ parliament approved"), or by name ("the ⟨Knesset⟩ ratified"). */
const LEGISLATURE = new RegExp(
  `\\b(?:${alternation(table.legislatures.words)})\\s+(?:(?:had|has|have|also|then|formally|narrowly|unanimously)\\s+)*$`,
  'i',
);
/** What a legislature does that is a vote. */
const LEGISLATED = new RegExp(`^(?:${alternation(table.legislatures.verbs.flatMap(verbForms))})$`, 'i');
/** The bodies of the United Nations that decide by vote, by their names ("United Nations Security Council"). */
const COUNCIL_NAME = new RegExp(`\\b(?:${alternation(table.councils.names)})\\b`);
/** Such a body's unit right before its verb: "the ⟨Council⟩ imposed", "the ⟨Council⟩ had also lifted". */
const COUNCIL_BEFORE = /⟨(\d+)⟩\s+(?:(?:had|has|have|also|then|later|finally|subsequently|unanimously)\s+)*$/;
/** The measures such a body imposes or lifts by vote. */
const COUNCIL_VOTED = new RegExp(`^(?:${alternation(table.councils.votes.flatMap(verbForms))})$`, 'i');
/** What such a body ends by disbanding it, right after the verb: "the ⟨Mission⟩", "the mandate of the observers". */
const COUNCIL_ENDED = new RegExp(
  `^\\s+(?:(?:the|its)\\s+)?(?:⟨(?<unit>\\d+)⟩|(?:[\\w-]+\\s+){0,3}?(?:${alternation(table.councils.ends)})\\b)`,
  'i',
);
/** Words before an event's noun that say it did not happen: "to prevent civil war", "the risk of a new war". */
const AVERTED = new RegExp(
  `\\b(?:${alternation(table.averted.words)})\\s+(?:of\\s+)?(?:(?:an?|the|another|renewed|new|full-scale|open|all-out|wider)\\s+){0,2}$`,
  'i',
);
/** Phrases holding an event's noun that name no event: "a press conference". */
const NO_EVENT = new RegExp(`\\b(?:${alternation(table.noEvent.phrases)})\\b`, 'gi');
/** An armed force as a verb's subject, right before it: "⟨Indian⟩ troops had crossed", "the ⟨Indian Army⟩ marched". */
const FORCES = new RegExp(
  String.raw`(?:\b(?:${alternation(table.forces.words)})|⟨(?<unit>\d+)⟩)\s+(?:(?:had|has|have|also|then|first|finally|reportedly)\s+)*$`,
  'i',
);
const FORCE_NAME = new RegExp(String.raw`\b(?:${alternation(table.forces.words)})\b`, 'i');
/** What an army enters, right after its verb: a state, or a territory it crosses into. */
const ENTERED = /^\s+(?:the\s+)?⟨(\d+)⟩/;
/** Weapons ordered, right after the verb ("ordered 80 ⟨W⟩s", "ordered two frigates"), no "of" between. */
const WEAPONS_OBJECT = new RegExp(
  String.raw`^\s+(?:(?!of\b)[\w,-]+\s+){0,3}?(?:⟨(?<unit>\d+)⟩|${WEAPON_NOUN}\b)`,
  'iu',
);
/** Weapons as the subject of a passive order: "the launchers were ordered", "⟨W⟩s had been ordered". */
const WEAPONS_SUBJECT = new RegExp(
  String.raw`(?:⟨(?<unit>\d+)⟩s?|\b${WEAPON_NOUN})\s+(?:were|was|are|is|had been|have been|has been)\s+$`,
  'iu',
);
/** What follows an order of weapons: "an order placed in 2022", "an order for 32 ⟨W⟩ helicopters". */
const ORDER_OF_WEAPONS = new RegExp(
  String.raw`^\s+(?:placed|signed\b|for\s+(?:(?!of\b)[\w,-]+\s+){0,3}?(?:⟨(?<unit>\d+)⟩|${WEAPON_NOUN}\b))`,
  'iu',
);

/** The time of day a meeting sat, in coverage of it. */
const TIME_OF_DAY = '(?:today|this (?:morning|afternoon|evening)|tonight)';
/** A body and the time of day it sat: "the ⟨Security Council⟩ this morning", "the ⟨Council⟩ heard this afternoon". */
const SAT_TODAY = new RegExp(
  `⟨(?<body>\\d+)⟩,? (?:(?:heard|was told|was briefed|met|sat|also heard) )?${TIME_OF_DAY}\\b`,
  'g',
);
/** Bodies that sit in meetings: councils, assemblies, committees, commissions. */
const COUNCIL = /\b(?:Council|Assembly|Committee|Commission|Conference|Board of Governors)\b/;
/** Coverage's "today" right before a verb: "The Council today met", "the Council this afternoon unanimously adopted". */
const TODAY_BY = new RegExp(`\\b${TIME_OF_DAY}\\s+(?:[\\w-]+\\s+)?$`, 'i');
/** Words saying an event is today's, in coverage of a meeting ("three years ago today" is a date of its own). */
const TODAY = new RegExp(`(?<!\\bago )\\b${TIME_OF_DAY}\\b`, 'i');
/**
 * When an event began, held or ended, right after its noun or the few words that tell whose or where it was: "the
 * uprising that had begun on 23 October", "clashes which broke out in May", "a scuffle had broken out on June 6", "the truce that has held since April
 * 2022", "the war against ⟨B⟩, which ended in May 2009".
 */
const BEGAN_AFTER =
  /^(?:\s+(?:against|between|with|in|of)\s+[^,.;]{1,60}?,)?,?\s+(?:(?:that|which)\s+)?(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:begun|began|begins|started|launched|broke out|broken out|erupted|took place|happened|occurred|ended|held|lasted|been in (?:place|force)|(?:taken|took|takes) effect|(?:came|come|entered) into (?:effect|force))\b/i;
/** What an act's noun is of, right after it, when a name says: "the dissolution of the ⟨G5 Sahel⟩", "the takeover of ⟨B⟩". */
const OF_NAMED = /^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨\d+⟩/i;
/** A ceasefire or a truce: a signing when the words of its agreeing follow it, else the state of affairs it brings. */
const LASTING = new RegExp(`^(?:${alternation(table.lasting.nouns)})$`, 'i');
// "the ceasefire it had agreed with ⟨B⟩ in September", "a truce that ⟨A⟩ and ⟨B⟩ signed": who agreed it may stand between.
const AGREED = new RegExp(
  `^\\s+(?:(?:that|which)\\s+)?(?:(?:⟨\\d+⟩(?:\\s+and\\s+⟨\\d+⟩)?|it|they|the two sides|the parties|both sides)\\s+)?(?:(?:was|were|had been|has been|had|has|have)\\s+)?(?:${alternation(table.lasting.agreed)})\\b`,
  'i',
);
/** A year owning an event's noun: "the 2016 arbitral award", "Russia's 2022 invasion" (not a span, "the 2003-2013 ..."). */
const OWNED_YEAR = /(?:\b(?:the|its|their|this|that)|[’']s)\s+((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){0,2}$/i;
/** Words by which a text performs the act it tells, that day: "revokes with immediate effect", "hereby withdraws". */
const EFFECTIVE_NOW = /^\s*,?\s*(?:with immediate effect|with effect from today|forthwith|as of today)\b/i;
const HEREBY = /\bhereby\s+$/i;
/** The names of a verb's subject, and nothing else, between a span counted back and the verb: "Bahrain and Egypt ". */
const COUNTED_SUBJECT = /^\s+(?:(?:the|and|\p{Lu}[\p{L}’'.-]*),?\s+){1,12}$/u;
/** Where a clause ends: what lies beyond is another clause's. */
const CLAUSE_END = /;|,\s+(?:while|and|but|which|who|after|before|as)\b|\.\s/;
/** Where a noun's phrase ends: at a verb or a clause after it ("the meeting ... comes after ..."). */
const NOUN_PHRASE_END =
  /;|,\s|\.\s|\b(?:comes?|came|is|was|were|are|has|have|had|will|would|could|should|after|before|when|as|that|which|who|because|said|says)\b/;
/** A meeting verb whose event a noun after it names: "met at a summit", "met during a state visit". */
const HOSTED_BY_NOUN =
  /^\s+(?:[\w-]+\s+)?(?:at|for|during|on the sidelines of)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:summit|visit|state visit)\b/i;
/**
 * The body a summit is of, right before its noun ("the ⟨NATO⟩ summit", "an ⟨ASEAN⟩-⟨China⟩ summit" takes the first)
 * or after it ("a summit of the ⟨African Union⟩"): where the summit sits, as a meeting's body is the meeting's.
 */
const SUMMIT_OF_BEFORE =
  /\b(?:the|a|an|this|next|last|its|their)\s+(?:[\w-]+\s+)?⟨(\d+)⟩(?:[ -]+(?:⟨\d+⟩|[\w-]+)){0,2}?\s+$/i;
const SUMMIT_OF_AFTER = /^\s+of\s+(?:the\s+)?⟨(\d+)⟩/;
/** A weapon a noun qualifies: "attack drones", "strike helicopters". */
const WEAPON_AFTER =
  /^[ -](?:drones?|helicopters?|aircraft|jets?|submarines?|boats?|missiles?|UAVs?|craft|fighters?)\b/i;
/** What comes before such a noun: its participants are the verb's subject. */
const MET_AT =
  /\b(?:met|meet|meets|held talks|gathered)\s+(?:[\w-]+\s+)?(?:at|for|during|on the sidelines of)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?$/i;
/** What an attack did, right after its noun: "the strike killed", "a raid that had hit", "a strike that it said killed". */
const HARM_AFTER =
  /^\s+(?:(?:(?:that|which)(?:\s+\w+){0,2}?\s+(?:said|says|say)|that|which|had|has|have|reportedly|also)\s+){0,2}(?:killed|hit|struck|destroyed|wounded|injured|damaged|targeted|levelled|leveled)\b/i;
/** The words for what is signed, for a treaty named with its date. */
const PACT = '(?:treaty|agreement|accord|protocol|pact|memorandum|convention|declaration)';
/**
 * A treaty named with the day it was signed: "the agreement of 20 June 2011", "the ⟨Treaty⟩ of 4 March 1922": its
 * signing, on that day. A treaty named with a year alone ("the ⟨Sugauli Treaty⟩ of 1816", "the 1961 ⟨Vienna
 * Convention⟩", "the 2015 peace agreement") is cited for the law it made, its year part of its name, and no analyst
 * records its signing as an event of the story.
 */
const DATED_PACT = new RegExp(
  String.raw`(?:⟨\d+⟩|\b${PACT}s?) of (?<day>\d{1,2}) (?<month>${MONTH_NAMES.join('|')}) (?<year>(?:1[89]|20)\d\d)\b`,
  'gi',
);
/**
 * A treaty right before the participle of its signing: "the 2006 ⟨Greentree Agreement⟩, signed in ⟨New York⟩", "the
 * ⟨Treaty⟩ of 1859, signed at ...", "the 1994 agreement, which was signed": the year it is named with is the
 * signing's, when its clause gives none.
 */
const PACT_BEFORE = new RegExp(
  String.raw`(?:⟨(?<unit>\d+)⟩|\b${PACT})(?: of (?<year>(?:1[89]|20)\d\d))?,?\s+(?:(?:which|that)\s+)?(?:was\s+|had been\s+)?$`,
  'i',
);
/** A year owning a treaty's name, right before it or inside its mention: "the 2006 ", "2006 Greentree Agreement". */
const YEAR_OWNING = /(?:^|\bthe\s+)((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){0,2}$|^((?:1[89]|20)\d\d)\s/i;
/**
 * "the war of aggression that ⟨A⟩ has waged against ⟨B⟩ since ...": a war told by the state that wages it in a relative
 * clause is an invasion as one told by its possessor is; the clause, with when it began, is the war's.
 */
const WAGED_AFTER =
  /^\s+(?:of aggression\s+)?(?:(?:that|which)\s+)?(?:the\s+)?(?:⟨(?<by>\d+)⟩|(?<pronoun>it|they))\s+(?:(?:has|had|have|is|are|was|were)\s+(?:been\s+)?)?(?:waged|waging|launched|unleashed|started|begun|began|conducted|fought)\s+(?:against|on|in)\s+(?:the\s+)?⟨(?<on>\d+)⟩/i;
/** A heading in title case: four capitalised words in a row. */
const TITLE_CASE = /(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|the|on|in|and|for|to|a|an|at|by)\s+)*){4}/u;
/** Words that give the day a decided act takes effect: "suspends ... with effect from 1 August", "effective 1 May". */
const TAKES_EFFECT =
  /\b(?:with effect(?: from)?|effective(?: from| as of)?|as from|taking effect(?: on)?|takes effect(?: on)?)\s+$/i;
/** A year right after an event's noun, by "of": "the invasion of 1980" (not "of 1980-1988", "of 1980s"). */
const YEAR_OF = /^\s+of\s+((?:1[89]|20)\d\d)\b(?![/\d)–-]|s\b)/;
/** Words before a date that make it a bound of a span, not when something happened: "since 2023", "until May". */
const SINCE = /\b(?:after|before|since|until|till|following|from|by|between)\s+(?:the\s+)?$/i;
/** Words counting events before their noun: "five strikes", "several attacks", "dozens of raids" are no one event. */
const COUNTED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|some|few|numerous|multiple|repeated|more|further|other|earlier|previous|past|recent|such)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * A year a paragraph's narrative gives ("landed on 25 October 1983", "In 1971, ..."): not part of a symbol or a
 * number ("resolution 38/7", "S/2026/318", "2790 (2025)", "2019-2021", "resolution 1970 (2011)").
 */
const NARRATED_YEAR = /(?<![/\d(–-]|\bresolutions? )\b((?:1[89]|20)\d\d)\b(?![/\d)–-])/g;
/** A month by its name or as wire copy shortens it: "September", "Sept.", "Jan.". */
const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
/** A month, with its day or not, right before a year: "November ", "25 October ", "October 25, ", "Sept. 17, ". */
const MONTH_BEFORE_YEAR = new RegExp(`(?:\\d{1,2} )?${MONTH}(?: \\d{1,2},)? $`, 'i');
/** A day and month before a year: "25 October 1983", "October 25, 1983", "Jan. 17, 1961". */
const DAY_BEFORE_YEAR = new RegExp(`(?:\\b\\d{1,2} ${MONTH}|\\b${MONTH} \\d{1,2},) $`, 'i');
/**
 * A wire story's dateline opening its first sentence: "BUDAPEST, November 4 - ", "SAN SALVADOR, 16 March (Reuters) - ".
 * Its date is the story's, not its events'; what opens the sentence after it opens the sentence.
 */
const DATELINE_LEAD = /^\p{Lu}[\p{Lu}’'.-]*(?: \p{Lu}[\p{Lu}’'.-]*){0,2}, [^\n]{3,40}?\s[-–—]+\s+/u;

/** A sentence without the dateline that opens it. */
function withoutDateline(sentence: Sentence): Sentence {
  const lead = DATELINE_LEAD.exec(sentence.text)?.[0].length ?? 0;
  return lead ? { ...sentence, start: sentence.start + lead, text: sentence.text.slice(lead) } : sentence;
}

/** What may stand before a date that opens a clause: its start, a comma, "that", "and", "but", and "on" or "in". */
const CLAUSE_OPENING = /(?:^|[,;:]|\b(?:that|and|but|then))\s*(?:(?:on|in)\s+)?$/i;

/** What stands between a resolution and the date of its adoption after it: "(1960) in July", ", adopted on 3 May". */
const RESOLUTION_THEN = /^,?\s+(?:(?:which was|that was|was)\s+)?(?:adopted\s+)?(?:(?:in|on)\s+)?$/i;
/** What stands between a date and the resolution it dates: "In February 1961, resolution", "in February 1961 did resolution". */
const THEN_RESOLUTION = /^,?\s+(?:(?:did|had|when)\s+)?(?:the\s+)?(?:Council's\s+)?(?:resolution\s+)?$/i;
/** How many paragraphs back a day without its year looks for the year the narrative is in. */
const PARAGRAPHS_BACK = 3;
/** How far back a narrative-relative date ("two days later") looks for the date it counts from. */
const NARRATIVE_REACH = 800;
/** How far after its word an event's date and place may be: a noun's own phrase, a verb's clause. */
const WINDOW = { noun: 50, verb: 90 };
const LABEL: Record<EventCategory, string> = {
  MEETING: 'Meeting',
  VISIT: 'Visit',
  SUMMIT: 'Summit',
  STRIKE: 'Strike',
  VETO: 'Veto',
  DISBANDING: 'Disbanding',
  VOTE: 'Vote',
  REPORT: 'Report',
  INVASION: 'Invasion',
  SIGNING: 'Signing',
  OTHER: 'Event',
};
const ROLE: Partial<Record<EventCategory, string>> = {
  VETO: 'vetoing state',
  STRIKE: 'attacker',
  VISIT: 'visitor',
  INVASION: 'invading state',
  SUMMIT: 'participant',
  SIGNING: 'signatory',
};

/** Two forms of one word ("seized", "seizure"; "summoned", "summoning"): the same first four letters. */
const sameWord = (a: string, b: string) => a.slice(0, 4).toLowerCase() === b.slice(0, 4).toLowerCase();

export interface FoundEvent {
  key: string;
  span: Span;
}

export class EventFinder {
  /** The events named so far, the latest last. */
  private readonly named: { key: string; category: EventCategory; trigger: string }[] = [];

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
    private readonly publishedOn: string,
  ) {}

  /** The events a sentence names or refers back to; `resolutions` are the resolutions it names. */
  read(masked: Masked, whole: Sentence, resolutions: string[]): FoundEvent[] {
    const sentence = withoutDateline(whole);
    const found: FoundEvent[] = [];
    const text = masked.text;
    const typeOf = (i: number) => this.entities.get(masked.units[i]?.mention.key ?? '')?.type;
    const keyOf = (i: number) => masked.units[i]!.mention.key;
    const dates = this.inNarratedYear(findDates(sentence.text, sentence.start, this.publishedOn), sentence);
    const noEvent = [...text.matchAll(NO_EVENT)].map((m) => [m.index!, m.index! + m[0].length] as const);
    for (const kind of KINDS) {
      for (const [re, isVerb] of [
        [kind.verb, true],
        [kind.noun, false],
      ] as const) {
        if (!re) continue;
        for (const m of text.matchAll(re)) {
          const at = m.index!;
          const end = at + m[0].length;
          const before = text.slice(0, at);
          if (isVerb && /\b(?:not|never|no longer)\s+(?:\w+\s+)?$/.test(before)) continue;
          // "a sign of the Council's unity", "an independent commission of inquiry": a verb's form between an article and
          // "of", its adjectives between, is a noun that names no act ("the ban on women working", "its attack on ..." do,
          // as does a gerund: "the shooting down of two aircraft").
          if (
            isVerb &&
            (/\b(?:a|an)\s+$/i.test(before) ||
              (!/^\S+ing\b/i.test(m.groups!.trigger!) &&
                /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!(?:has|have|had|was|were|is|are)\b)[\w-]+\s+){0,2}$/.test(
                  before,
                ))) &&
            /^\s+of\b/i.test(text.slice(end))
          )
            continue;
          // "the invading forces", "the attacking aircraft": a participle after an article qualifies who, no act told.
          if (isVerb && /ing$/i.test(m.groups!.trigger!) && /\b(?:the|a|an|its|their)\s+$/i.test(before)) continue;
          // "refused to impose sanctions", "plans to withdraw from": a change of standing refused, wished or planned is not
          // done ("decided to withdraw" is).
          if (
            isVerb &&
            kind.category === 'OTHER' &&
            kind.needs === 'date' &&
            /\b(?:refus\w*|declin\w*|threaten\w*|plans?|planned|intends?|wants?|seeks?|sought|urg\w*|ask\w*|fail\w*)\s+to\s+$/i.test(
              before,
            )
          )
            continue;
          // "has decided to suspend ... with effect from 1 September": a change of standing decided is told by the verb of
          // the act decided, which names the event; "decided in June to buy" dates the decision.
          // "decided to recall immediately ... our Ambassadors", an act of no event's verb, is told by the decision.
          const decided = /^\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)([a-z]+)\b/.exec(
            text.slice(end),
          );
          if (
            isVerb &&
            kind.category === 'OTHER' &&
            kind.needs === 'date' &&
            DECIDING.test(m.groups!.trigger!) &&
            decided &&
            EVENT_VERB_OPENING.some((verb) => verb.test(text.slice(end + decided[0].length - decided[1]!.length)))
          )
            continue;
          // "recommending that ⟨A⟩ be admitted", "is to be admitted": a passive in the subjunctive or the infinitive is
          // wished or planned, not done.
          if (isVerb && /^(?:be|being|is|are)\s/i.test(m.groups!.trigger!)) continue;
          const rest = text.slice(end);
          if (kind.of === 'forces' && !this.byForces(masked, before, rest, m.groups!.trigger!)) continue;
          if (kind.of === 'weapons' && !this.ofWeapons(masked, before, rest, isVerb)) continue;
          if (kind.of === 'unarmed' && this.ofWeapons(masked, before, rest, isVerb)) continue;
          if (kind.of === 'launch' && !LAUNCHED_AFTER.test(rest) && !LAUNCHED_BEFORE.test(before)) continue;
          if (kind.of === 'finders' && !this.byFinder(masked, before)) continue;
          const ended = kind.of === 'council' ? COUNCIL_ENDED.exec(rest) : null;
          if (kind.of === 'council' && (!ended || !this.byCouncil(masked, before))) continue;
          // "the occupied territories", "⟨P⟩-occupied", "the Occupied Island": a participle qualifying a place tells no act.
          // "has been occupying it for seventy years", "occupies": a hold told in its present is a standing state of affairs.
          if (
            kind.of === 'held' &&
            isVerb &&
            (QUALIFYING.test(before) || /^\p{Lu}/u.test(m.groups!.trigger!) || !/ed$/i.test(m.groups!.trigger!))
          )
            continue;
          // "⟨A⟩'s occupation of ⟨P⟩": the noun names the taking only with what was taken ("occupation forces" are men).
          if (kind.of === 'held' && !isVerb && !/^\s+of\s/i.test(text.slice(end))) continue;
          // "launched 40 drones at the ⟨Kharkiv⟩ region": weapons fired at a place or a party.
          if (kind.of === 'fired' && (!this.ofWeapons(masked, before, rest, true) || !FIRED_AT.test(rest))) continue;
          if (!isVerb && noEvent.some(([from, to]) => from <= at && end <= to)) continue;
          if (!isVerb && AVERTED.test(before)) continue;
          // "refused to recall its ambassador": a noun that is also a verb, after "to" and before its object, is the verb.
          if (
            !isVerb &&
            kind.category === 'OTHER' &&
            /\b(?:to|will|would|must|should)\s+$/i.test(before) &&
            /^\s+(?:its|their|his|her|the|an?|⟨\d+⟩)\s/i.test(rest)
          )
            continue;
          // "⟨A⟩'s war against ⟨B⟩": a war is an invasion only as a war waged on a state ("the war against terrorism",
          // "⟨A⟩'s war with ⟨Hamas⟩" are none), by another state when the text names who wages it.
          const wagedAfter = !isVerb && WAGED.test(m.groups!.trigger!) ? WAGED_AFTER.exec(rest) : null;
          const waged =
            kind.category === 'INVASION' && (isVerb ? kind.of === 'victim' : WAGED.test(m.groups!.trigger!))
              ? this.waged(masked, before, rest, wagedAfter, isVerb)
              : null;
          if (waged === undefined) continue;
          const aggressor = waged?.by;
          // "met at a summit", "met for talks during a state visit": the noun names the event, the verb only who took part.
          if (isVerb && kind.category === 'MEETING' && HOSTED_BY_NOUN.test(rest)) continue;
          // "attack drones", "strike aircraft": the noun qualifies a weapon and names no event.
          if (!isVerb && WEAPON_AFTER.test(rest)) continue;
          if (!isVerb && LASTING.test(m.groups!.trigger!) && (kind.category === 'SIGNING') !== AGREED.test(rest))
            continue;
          // "a drone strike had killed 11 civilians at a market in ⟨P⟩ on Sunday": the clause of what it did is its own,
          // as is the relative clause of when it began or ended ("the war against ⟨B⟩, which ended in May 2009").
          const began = isVerb ? null : (BEGAN_AFTER.exec(rest) ?? (kind.category === 'INVASION' ? wagedAfter : null));
          // "a ceasefire was agreed in ⟨P⟩, ⟨Q⟩, on 28 July": the clause of its agreeing, with where and when, is its own.
          const agreed = !isVerb && LASTING.test(m.groups!.trigger!) && AGREED.test(rest);
          const acting = !isVerb && (HARM_AFTER.test(rest) || !!began || agreed);
          const from = began?.[0].length ?? 0;
          // "reported in November 2011 that detainees had been tortured in March": what follows "that" is what was found or
          // ruled, and its dates are not the finding's.
          const that = isVerb ? THAT_AFTER.exec(rest) : null;
          const stop = that
            ? that[0].length - 'that'.length
            : from + ((isVerb || acting ? CLAUSE_END : NOUN_PHRASE_END).exec(rest.slice(from))?.index ?? rest.length);
          const clause = rest.slice(0, Math.min(stop, from + (isVerb || acting ? WINDOW.verb : WINDOW.noun)));
          const triggerAt = masked.original(at, end);
          const clauseEnd = masked.original(end, end + clause.length).end;
          // "the strike", "these killings", "the ⟨Israeli⟩ strikes": one named before ("said that a scuffle" names one anew).
          // "the dissolution of the ⟨G5 Sahel⟩", "the takeover of ⟨B⟩": what it was of names it anew.
          const definite =
            !isVerb &&
            ((/\b(?:the|this|that|these|those|its|their)\s+(?:(?!an?\s)(?:[\w-]+|⟨\d+⟩)\s+)?$/i.test(before) &&
              !OF_NAMED.test(rest)) ||
              // "Explaining his veto": a speaker's own act, named bare, is the one told before ("his offensive against
              // the secessionists" names one anew).
              (/\b(?:his|her|our)\s+(?:[\w-]+\s+)?$/i.test(before) && !/^\s+(?:of|against|on|in|into)\s/i.test(rest)));
          // An event the sentence reports anew, with no date of its own beside it, happened on the one date the
          // sentence gives ("The attackers came on Sunday night ..., burned tractors", "Talks between ... resumed in
          // Doha on Sunday"); "the strike" named again is the one named before, and "five strikes on villages" no one
          // event.
          const told =
            this.dateOf(dates, triggerAt, clauseEnd, sentence, kind.category, isVerb) ??
            ((isVerb || (!definite && !COUNTED.test(before))) && kind.category !== 'REPORT'
              ? this.soleDate(dates, sentence, isVerb ? clauseEnd : undefined)
              : null);
          const pactYear = isVerb && kind.category === 'SIGNING' ? this.pactYear(masked, before) : undefined;
          const date = pactYear && !told?.startsWith(pactYear) ? pactYear : told;
          // Where: a place after the trigger, or the state invaded.
          const placeToken =
            /(?:in|on|at|near|of|into|outside|against|to|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+)⟩/.exec(clause);
          // A war waged on a state took place in it, whoever is named between ("the war of aggression of ⟨A⟩ against ⟨B⟩").
          const placeIndex = waged?.on ?? (placeToken ? Number(placeToken[1]) : -1);
          const place =
            placeIndex >= 0 &&
            (typeOf(placeIndex) === 'Place' ||
              (kind.category === 'INVASION' && typeOf(placeIndex) === 'State') ||
              (kind.category === 'MEETING' && typeOf(placeIndex) === 'Organization'))
              ? keyOf(placeIndex)
              : undefined;
          const meetingOf =
            kind.category === 'MEETING'
              ? (/^(?:[\w-]+\s+){0,2}(?:the\s+)?⟨(\d+)⟩\s+(?:[\w-]+\s+)?$/.exec(before.slice(-60)) ??
                /(?:of|at)\s+(?:the\s+)?⟨(\d+)⟩/.exec(clause))
              : kind.category === 'SUMMIT' && !isVerb
                ? (SUMMIT_OF_BEFORE.exec(before) ?? SUMMIT_OF_AFTER.exec(clause))
                : null;
          let venue =
            meetingOf && typeOf(Number(meetingOf[1])) === 'Organization' ? keyOf(Number(meetingOf[1])) : place;
          // "owing to the negative vote of a permanent member": the tally after it names who.
          const hosted = isVerb ? null : MET_AT.exec(before);
          // "the ⟨Council⟩ ended the ⟨Mission⟩": the mission named is what is disbanded, not the body that ended it.
          const endedUnit = ended?.groups!.unit;
          const actors =
            kind.of === 'council'
              ? endedUnit !== undefined && typeOf(Number(endedUnit)) === 'Organization'
                ? [keyOf(Number(endedUnit))]
                : []
              : aggressor !== undefined
                ? [aggressor]
                : /negative vote/i.test(m[0])
                  ? EventFinder.against(this.text, sentence.start).map((k) => this.entities.state(k.slice(6)).key)
                  : hosted
                    ? this.actors(masked, before.slice(0, hosted.index), '', true, kind.category)
                    : this.actors(masked, before, clause, isVerb, kind.category);
          // "The Security Council met": the body meeting is where the meeting is.
          if (
            kind.category === 'MEETING' &&
            !venue &&
            actors.length === 1 &&
            typeOf(masked.units.findIndex((u) => u.mention.key === actors[0])) === 'Organization'
          ) {
            venue = actors.pop();
          }
          const inClause = /⟨(\d+)⟩/.exec(clause);
          // An election or a referendum is a vote of no resolution, whatever resolution its sentence names.
          const ballot = kind.category === 'VOTE' && kind.needs !== 'resolution';
          const resolution = ballot
            ? undefined
            : (resolutions[0] ??
              (inClause && typeOf(Number(inClause[1])) === 'Resolution' ? keyOf(Number(inClause[1])) : undefined));
          // A noun alone ("the use of the veto", "a strike") names a particular event only with something said of it.
          // An election still to come ("elections are due in 2027") is a plan, not an event that took place; nor is one
          // dated only by the meeting that called for it ("must set a date for elections, ... told the Council today").
          // So is a change of standing still to come ("will recognise the state in 2028").
          const planned = ballot || (kind.category === 'OTHER' && kind.needs === 'date');
          // "has decided to suspend ... with effect from 1 August": decided now, a change to come on a day it names is done.
          const takesEffect = dates.some(
            (d) =>
              d.iso === date && TAKES_EFFECT.test(this.text.slice(Math.max(sentence.start, d.start - 30), d.start)),
          );
          if (planned && date && date > this.publishedOn.slice(0, date.length) && !takesEffect) continue;
          // "the territory occupied since 1967": a place held since a year alone is told as a standing state of affairs;
          // "occupied ⟨P⟩ on 12 February 2013" tells the taking.
          if (kind.of === 'held' && (!date || date.length < 7)) continue;
          // "⟨A⟩'s occupation of ⟨P⟩ was the main obstacle, she said today": the noun is dated only by its own clause.
          if (
            kind.of === 'held' &&
            !isVerb &&
            !dates.some((d) => d.iso === date && d.start >= triggerAt.end && d.start <= clauseEnd)
          )
            continue;
          if (ballot && date === this.publishedOn && TODAY.test(sentence.text)) continue;
          // "a return to the Six-Party Talks", "the Geneva Dialogue": a meeting named by a proper name is one meeting,
          // dated or not; not in a heading, whose every word is capitalised.
          const named =
            !isVerb &&
            kind.category === 'MEETING' &&
            /^\p{Lu}/u.test(m.groups!.trigger!) &&
            /\p{Lu}[\p{L}-]*\s+$/u.test(before) &&
            !/^\p{Lu}/u.test(rest.trim()) &&
            !TITLE_CASE.test(text);
          const particular = named || isVerb || !!date || !!venue || actors.length > 0 || !!resolution;
          const enough =
            particular &&
            (kind.needs === 'nothing' ||
              named ||
              (kind.needs === 'date' && !!date) ||
              (kind.needs === 'date or place' && (!!date || !!venue)) ||
              (kind.needs === 'resolution' && !!resolution));
          // "the veto", "this strike", "ahead of the meeting": the last such event named, unless a date says otherwise;
          // "the ceasefire" the last ceasefire, agreed or holding.
          const lasting = !isVerb && LASTING.test(m.groups!.trigger!);
          const last = [...this.named]
            .reverse()
            .find((e) => (lasting ? LASTING.test(e.trigger) : e.category === kind.category));
          if (!enough || (definite && last && !date)) {
            if (last && definite) found.push({ key: last.key, span: triggerAt });
            continue;
          }
          // A resolution numbered with its year was voted on in that year: the renewal it is named beside in 2026 is
          // another vote, its date not this one's ("resolution 2790 (2025)" is the vote of 2025).
          // Its number alone ("resolution:s-res-1474") gives no year.
          const adoptedIn =
            kind.category === 'VOTE' && resolution
              ? /^resolution:(?!s-res-\d+$)\S*-((?:19|20)\d\d)$/.exec(resolution)?.[1]
              : undefined;
          // "the Council adopted resolution 104 (1954)" with no date of its own: adopted in the year it is numbered with.
          const when =
            adoptedIn && (date ? !date.startsWith(adoptedIn) : /adopt/i.test(m.groups!.trigger!)) ? adoptedIn : date;
          const councilVote =
            isVerb &&
            kind.category === 'OTHER' &&
            COUNCIL_VOTED.test(m.groups!.trigger!) &&
            this.byCouncil(masked, before);
          // The Council voting is where the vote is, as a meeting's body is the meeting's.
          if (councilVote && !venue && actors.length === 1) venue = actors.pop();
          // "the ⟨Turkish⟩ parliament approved the deployment": a legislature's approval is its vote.
          const category =
            isVerb &&
            kind.category === 'OTHER' &&
            ((LEGISLATED.test(m.groups!.trigger!) && LEGISLATURE.test(before)) ||
              // "the ⟨Council⟩ imposed an arms embargo on ⟨B⟩ in 2009": the Council's measure is its vote.
              councilVote)
              ? 'VOTE'
              : kind.category;
          const key = this.record(
            category,
            when,
            venue,
            actors,
            resolution,
            triggerAt,
            m.groups!.trigger!,
            isVerb ? undefined : m.groups!.trigger!,
          );
          if (!found.some((f) => f.key === key)) found.push({ key, span: triggerAt });
        }
      }
    }
    for (const u of masked.units) {
      const vote = this.adoptedOn(u, dates, sentence);
      if (!vote) continue;
      const key = this.record('VOTE', vote.date, undefined, [], u.mention.key, vote.span, 'adopted');
      if (!found.some((f) => f.key === key)) found.push({ key, span: vote.span });
    }
    for (const m of text.matchAll(DATED_PACT)) {
      const g = m.groups!;
      const unit = /⟨(\d+)⟩/.exec(m[0]);
      if (unit && typeOf(Number(unit[1])) !== 'Treaty') continue;
      const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === g.month!.toLowerCase()) + 1;
      const date = `${g.year}-${String(month).padStart(2, '0')}-${g.day!.padStart(2, '0')}`;
      const span = masked.original(m.index!, m.index! + m[0].length);
      const key = this.record('SIGNING', date, undefined, [], undefined, span, 'signing');
      if (!found.some((f) => f.key === key)) found.push({ key, span });
    }
    // "told the Security Council this afternoon", "The Council this morning extended ...": coverage of a body's
    // meeting names it by the body and the time of day it sat.
    for (const m of text.matchAll(SAT_TODAY)) {
      const i = Number(m.groups!.body);
      if (typeOf(i) !== 'Organization' || !COUNCIL.test(this.entities.get(keyOf(i))?.name ?? '')) continue;
      const span = masked.original(m.index!, m.index! + m[0].length);
      const key = this.record('MEETING', this.publishedOn, keyOf(i), [], undefined, span, 'meeting');
      if (!found.some((f) => f.key === key)) found.push({ key, span });
    }
    return found;
  }

  /** Whether the verb's subject, right before it, is a body of the United Nations that decides by vote. */
  private byCouncil(masked: Masked, before: string): boolean {
    const unit = COUNCIL_BEFORE.exec(before)?.[1];
    const body = unit === undefined ? undefined : this.entities.get(masked.units[Number(unit)]?.mention.key ?? '');
    return body?.type === 'Organization' && COUNCIL_NAME.test(body.name);
  }

  /**
   * A war waged on a state, and by whom when the text says: "⟨A⟩'s war against ⟨B⟩", "⟨Russian⟩ aggression against
   * ⟨B⟩", "the war of aggression of ⟨A⟩ against ⟨B⟩", "the war ⟨A⟩ is waging against ⟨B⟩"; "its war in ⟨B⟩", "the war
   * it is waging against ⟨B⟩" and "to wage war against ⟨B⟩" by the state named last before them. Undefined when it is
   * waged on no state, or by a state on itself.
   */
  private waged(
    masked: Masked,
    before: string,
    rest: string,
    after: RegExpExecArray | null,
    isVerb: boolean,
  ): { by?: string; on: number } | undefined {
    const state = (i: number | undefined) =>
      i !== undefined && this.entities.get(masked.units[i]?.mention.key ?? '')?.type === 'State';
    const keyOf = (i: number) => masked.units[i]!.mention.key;
    const on = WAGED_ON.exec(rest);
    const victim = Number(on?.groups!.on ?? after?.groups!.on ?? NaN);
    if (!state(victim)) return undefined;
    // The words between an owner and the noun qualify the war ("full-scale", "military"), never "in the" or "of".
    const owner = isVerb
      ? null
      : /⟨(\d+)⟩(?:[’']s)?\s+(?:(?!(?:in|the|of|to|for|and|with|a|an|on|by|at|from|against)\b)[\w-]+\s+){0,2}$/.exec(
          before,
        );
    const pronoun = isVerb || !!after?.groups!.pronoun || /\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
    const last = pronoun
      ? [...before.matchAll(/⟨(\d+)⟩/g)]
          .map((m) => Number(m[1]))
          .filter((i) => state(i) && keyOf(i) !== keyOf(victim))
          .at(-1)
      : undefined;
    const named = on?.groups!.of ?? owner?.[1] ?? after?.groups!.by;
    const unit = named !== undefined ? Number(named) : last;
    // "a party to the war against ⟨B⟩" may be ⟨B⟩'s own war on another: a war is an invasion only by whom it is waged.
    if (unit === undefined) return undefined;
    // "the ⟨Russian military⟩ aggression": a state's armed forces or other organ wage it for the state.
    const by = state(unit) ? keyOf(unit) : this.stateOfOrgan(keyOf(unit));
    if (!by) return undefined;
    return by === keyOf(victim) ? undefined : { by, on: victim };
  }

  /**
   * A resolution numbered with its year and told with a finer date of that year, right after it or right before it,
   * with no verb of its own ("the operation created by resolution 143 (1960) in July", "Only in February 1961 did
   * resolution 161 (1961) allow ..."): its adoption, on that date, as analysts record a resolution looked back on. A
   * month or day without its year is of the resolution's year.
   */
  private adoptedOn(
    u: Masked['units'][number],
    dates: FoundDate[],
    sentence: Sentence,
  ): { date: string; span: Span } | undefined {
    const year = /^resolution:s-res-\d+-(\d{4})$/.exec(u.mention.key)?.[1];
    if (!year || this.entities.get(u.mention.key)?.type !== 'Resolution') return undefined;
    const near = dates.find(
      (d) =>
        (d.start >= u.span.end && RESOLUTION_THEN.test(this.text.slice(u.span.end, d.start))) ||
        (d.end <= u.span.start &&
          d.start >= sentence.start &&
          THEN_RESOLUTION.test(this.text.slice(d.end, u.span.start)) &&
          !SINCE.test(this.text.slice(Math.max(sentence.start, d.start - 12), d.start))),
    );
    if (!near) return undefined;
    const date = near.yearless ? `${year}${near.iso.slice(4)}` : near.iso;
    if (date.length <= 4 || !date.startsWith(year)) return undefined;
    return { date, span: { start: u.span.start, end: u.span.end } };
  }

  /** The state an organization is part of ("the ⟨Russian military⟩"). */
  private stateOfOrgan(key: string): string | undefined {
    if (this.entities.get(key)?.type !== 'Organization') return undefined;
    return this.entities.partOf.find((l) => l.from === key && l.to.startsWith('state:'))?.to;
  }

  /** The year of a treaty named right before its signing's participle: "the 2006 ⟨Agreement⟩, signed in ...". */
  private pactYear(masked: Masked, before: string): string | undefined {
    const pact = PACT_BEFORE.exec(before);
    if (!pact) return undefined;
    if (pact.groups!.year) return pact.groups!.year;
    const unit = pact.groups!.unit === undefined ? undefined : masked.units[Number(pact.groups!.unit)];
    if (unit && this.entities.get(unit.mention.key)?.type !== 'Treaty') return undefined;
    const own = unit ? YEAR_OWNING.exec(this.text.slice(unit.span.start, unit.span.end)) : null;
    const lead = YEAR_OWNING.exec(before.slice(0, pact.index).slice(-40));
    return own?.[2] ?? lead?.[1] ?? undefined;
  }

  /** A finding's subject: a body that inquires, by its words or by a name holding them ("the ⟨Panel of Experts⟩"). */
  private byFinder(masked: Masked, before: string): boolean {
    const finder = FINDER.exec(before);
    if (!finder) return false;
    const unit = finder.groups!.unit;
    if (unit === undefined) return true;
    const u = masked.units[Number(unit)];
    const record = this.entities.get(u?.mention.key ?? '');
    return (
      record?.type === 'Organization' &&
      FINDER_NAME.test(`${this.text.slice(u!.span.start, u!.span.end)} ${record.name}`)
    );
  }

  /** An army's entry: an armed force right before the verb, a state after it (or a territory it crosses into). */
  private byForces(masked: Masked, before: string, rest: string, trigger: string): boolean {
    const typeOf = (i: number) => this.entities.get(masked.units[i]?.mention.key ?? '')?.type;
    const force = FORCES.exec(before);
    if (!force) return false;
    const unit = force.groups!.unit;
    // "the ⟨Indian Army⟩", "⟨Iraqi troops⟩" (a state's forces masked as the state): a force by its name or its words.
    if (unit !== undefined) {
      const u = masked.units[Number(unit)];
      const record = this.entities.get(u?.mention.key ?? '');
      const words = u ? this.text.slice(u.span.start, u.span.end) : '';
      if (!record || !['Organization', 'State'].includes(record.type)) return false;
      if (!FORCE_NAME.test(words) && !(record.type === 'Organization' && FORCE_NAME.test(record.name))) return false;
    }
    const entered = ENTERED.exec(rest);
    if (!entered) return false;
    const type = typeOf(Number(entered[1]));
    // A place is entered by crossing into it, or by landing in it from the sea or the air ("paratroopers landed in
    // ⟨Johor⟩", "troops had landed in ⟨Dili⟩"), as a town of one's own is not.
    return type === 'State' || (type === 'Place' && /\b(?:into|in|on)$/i.test(trigger));
  }

  /** An order of weapons: weapons ordered after the verb or its passive's subject, or "an order placed / for ⟨W⟩". */
  private ofWeapons(masked: Masked, before: string, rest: string, isVerb: boolean): boolean {
    const found = isVerb ? (WEAPONS_OBJECT.exec(rest) ?? WEAPONS_SUBJECT.exec(before)) : ORDER_OF_WEAPONS.exec(rest);
    if (!found) return false;
    const unit = found.groups?.unit;
    return (
      unit === undefined || this.entities.get(masked.units[Number(unit)]?.mention.key ?? '')?.type === 'WeaponSystem'
    );
  }

  /**
   * Dates without their year in a paragraph that tells of an earlier year: "Washington vetoed ... on 25 October 1983.
   * The General Assembly adopted much the same text on 2 November" is 2 November 1983, not last November. The year is
   * the last one before the date given in its own sentence, or in its paragraph with a day ("on 25 October 1983"):
   * a year an earlier sentence gives alone or with a month only sets a scene ("left in November 2023"), and one that
   * bounds a span ("since 2023", "between 2003 and 2013") dates nothing.
   */
  private inNarratedYear(dates: FoundDate[], sentence: Sentence): FoundDate[] {
    const published = this.publishedOn.slice(0, 4);
    return dates.flatMap((d) => {
      if (d.shift) {
        const from = this.narrativeAnchor(d);
        return from ? [{ ...d, iso: shifted(from, d.shift) }] : [];
      }
      if (!d.yearless) return d;
      const from = this.text.lastIndexOf('\n', d.start - 1) + 1;
      const lead = this.text.slice(from, d.start);
      const year = [...lead.matchAll(NARRATED_YEAR)]
        .filter((m) => {
          const before = lead.slice(Math.max(0, m.index! - 24), m.index!);
          // "since November 2020" bounds a span as "since 2020" does.
          const bare = before.replace(MONTH_BEFORE_YEAR, '');
          if (SINCE.test(bare) || /\bbetween \d{4} and $/i.test(before)) return false;
          return from + m.index! >= sentence.start || DAY_BEFORE_YEAR.test(before);
        })
        .at(-1)?.[1];
      const narrated = year ?? this.dayBeforeParagraph(d, from, lead);
      return [narrated && narrated < published ? { ...d, iso: `${narrated}${d.iso.slice(4)}` } : d];
    });
  }

  /**
   * "On June 20, 1954, ... vetoed ...\n\nThe president resigned on June 27": a day without its year, in a paragraph
   * that names no year at all, is of the year of the day the paragraph before narrated last; a month alone ("in March")
   * may be today's, as an analysis comes back to the present.
   */
  private dayBeforeParagraph(d: FoundDate, from: number, lead: string): string | undefined {
    if ((d.iso.length !== 10 && !d.anchored) || lead.search(NARRATED_YEAR) >= 0) return undefined;
    // The paragraphs before, back to the first that names a year ("On Sept. 17, 1960 ...", then a paragraph of no
    // year, then "Katanga, which had seceded on July 11"), a few at most.
    let head = this.text.slice(0, from).trimEnd();
    for (let back = 0; back < PARAGRAPHS_BACK && head; back++) {
      const previous = head.slice(head.lastIndexOf('\n') + 1);
      if (previous.search(NARRATED_YEAR) >= 0)
        return (
          [...previous.matchAll(NARRATED_YEAR)]
            // "the agreement of 20 June 2011" names a text by its day; the narrative's days are told as dates.
            .filter((m) => {
              const lead = previous.slice(Math.max(0, m.index! - 24), m.index!);
              return DAY_BEFORE_YEAR.test(lead) && !/\bof\s+\d{1,2}\s+\S+\s+$/i.test(lead);
            })
            .at(-1)?.[1]
        );
      head = head.slice(0, head.lastIndexOf('\n') + 1).trimEnd();
    }
    return undefined;
  }

  /**
   * The date a narrative-relative one ("eleven days later", "the day before", "earlier in the day") counts from: the
   * last date told before it, in its paragraph or the few before, precise enough for its unit (a day for days and
   * weeks). None, and the date is dropped, when the narrative gives none: counted from publication it would be a
   * date in the future or one the text never meant.
   */
  private narrativeAnchor(d: FoundDate): string | null {
    const precision = d.shift!.unit === 'year' ? 4 : d.shift!.unit === 'month' ? 7 : 10;
    const from = Math.max(0, d.start - NARRATIVE_REACH);
    const lead = { index: -1, paragraph: -1, start: from, end: d.start, text: this.text.slice(from, d.start) };
    const told = this.inNarratedYear(findDates(lead.text, from, this.publishedOn), lead);
    return (
      told
        .filter((t) => t.iso.length >= precision && !SINCE.test(this.text.slice(Math.max(0, t.start - 12), t.start)))
        .at(-1)?.iso ?? null
    );
  }

  /** The date of an event: one after its word in its clause, else "today", else (for a meeting or a vote) one just before it. */
  private dateOf(
    dates: ReturnType<typeof findDates>,
    trigger: Span,
    clauseEnd: number,
    sentence: Sentence,
    category: EventCategory,
    isVerb: boolean,
  ): string | null {
    // "revokes with immediate effect the agreement of 2012", "hereby suspends": an act the text itself performs is
    // done the day it is published, whatever dates its object carries.
    if (
      isVerb &&
      (EFFECTIVE_NOW.test(this.text.slice(trigger.end, trigger.end + 30)) ||
        HEREBY.test(this.text.slice(Math.max(sentence.start, trigger.start - 12), trigger.start)))
    )
      return this.publishedOn;
    // "The Security Council today met on the incident of 25 November": coverage's "today" by its verb dates the verb,
    // and the date after it is what the meeting was about.
    if (
      isVerb &&
      (TODAY_BY.test(this.text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) ||
        /^\s+(?:[\w-]+\s+)?(?:today|this (?:morning|afternoon|evening))\b/i.test(
          this.text.slice(trigger.end, trigger.end + 30),
        ))
    )
      return this.publishedOn;
    // "which on Sept. 20 adopted resolution 1474, backing the operation created ... in July": a date right before its
    // verb is the verb's, whatever dates its clause goes on to give.
    const adverbial = isVerb
      ? dates.find((d) => d.end <= trigger.start && /^\s*$/.test(this.text.slice(d.end, trigger.start)))
      : undefined;
    if (adverbial && !SINCE.test(this.text.slice(Math.max(sentence.start, adverbial.start - 12), adverbial.start)))
      return adverbial.iso;
    // "Iraq's invasion of 1980", "the veto of 1960": a year right after the event's noun, by "of", is its date.
    // A paper named with its year ("the white paper of 2019") is cited for what it says, as a treaty is.
    const yearOf =
      isVerb || category === 'REPORT' ? null : YEAR_OF.exec(this.text.slice(trigger.end, trigger.end + 12));
    if (yearOf) return yearOf[1]!;
    // "shot down an RB-47 ..., two months after a U-2 was brought down": a span counted back dates what follows it.
    const after = dates.find(
      (d) => d.start >= trigger.end && d.start <= clauseEnd && !/\bafter$/i.test(this.text.slice(d.start, d.end)),
    );
    if (after) return after.iso;
    // "The Minister has decided to recall ...": a decision told in the present perfect, undated, is the text's news.
    if (
      isVerb &&
      DECIDED_NOW.test(this.text.slice(trigger.start, trigger.end)) &&
      /\b(?:has|have)\s+$/i.test(this.text.slice(Math.max(sentence.start, trigger.start - 10), trigger.start))
    )
      return this.publishedOn;
    // "Sunday's bombing in ⟨Quetta⟩", "Monday's deadly attack": a date owning the event's noun is its date.
    const owning = dates.find(
      (d) => d.end <= trigger.start && /^[’']s\s+(?:[\w-]+\s+){0,2}$/.test(this.text.slice(d.end, trigger.start)),
    );
    if (owning) return owning.iso;
    // "a Feb. 14 suicide bombing", "the 4 March attack", "Russia's 24 February invasion": a day or a month between the
    // article and the event's noun is its date.
    const between = isVerb
      ? undefined
      : dates.find(
          (d) =>
            d.end <= trigger.start &&
            d.iso.length >= 7 &&
            /^\s+(?:[\w-]+\s+){0,2}$/.test(this.text.slice(d.end, trigger.start)) &&
            /(?:\b(?:the|an?|its|their|this|that)|[’']s)\s+$/i.test(
              this.text.slice(Math.max(sentence.start, d.start - 12), d.start),
            ),
        );
    if (between) return between.iso;
    // "the 2016 arbitral award", "the 1964 veto", "its 2022 invasion": a year before the event's noun is its date.
    const yearOwned = OWNED_YEAR.exec(this.text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
    if (yearOwned && !isVerb) return yearOwned[1]!;
    // "said that on 24 August a strike on a school had killed 32", "On Sunday, an attack on the post ...": a date
    // right before the event's noun, only its article and a word or two between, is its date.
    const leading = dates.find(
      (d) =>
        d.end <= trigger.start &&
        /^,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(this.text.slice(d.end, trigger.start)) &&
        !SINCE.test(this.text.slice(Math.max(sentence.start, d.start - 12), d.start)) &&
        // Before a verb's subject, only a date opening its clause is the verb's: "the uprising that had begun on
        // 23 October, the Soviet Union vetoed" dates the uprising.
        (!isVerb || CLAUSE_OPENING.test(this.text.slice(sentence.start, d.start))),
    );
    if (leading) return leading.iso;
    // "and on 2 March six policemen were killed in an ambush at ⟨P⟩": a date opening the clause whose harm the attack
    // did is the attack's.
    const harmed = isVerb
      ? undefined
      : dates.find(
          (d) =>
            d.end <= trigger.start &&
            HARMED_IN.test(this.text.slice(d.end, trigger.start)) &&
            CLAUSE_OPENING.test(this.text.slice(sentence.start, d.start)),
        );
    if (harmed) return harmed.iso;
    // "met this morning to consider the report": a report is dated only by a date of its own.
    if (category === 'REPORT') return null;
    // "three days after the latest commemoration at ⟨X⟩", "three years after Russia's veto": a span counted back to the
    // event named right after it is the event's date.
    const counted = dates.find(
      (d) =>
        d.end <= trigger.start &&
        /\bafter$/i.test(this.text.slice(d.start, d.end)) &&
        (/^\s+(?:[\w’'-]+\s+){0,3}$/u.test(this.text.slice(d.end, trigger.start)) ||
          // "ten days after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": the names of the
          // verb's subject alone stand between.
          (isVerb && COUNTED_SUBJECT.test(this.text.slice(d.end, trigger.start)))),
    );
    if (counted) return counted.iso;
    if (TODAY.test(sentence.text)) return this.publishedOn;
    // "Yesterday, for the third time this month, ... entered": a date opening the sentence is its verb's ("three
    // years after ⟨X⟩" is X's).
    const opening = dates.find(
      (d) =>
        d.start - sentence.start <= 3 && d.end <= trigger.start && !/\bafter$/i.test(this.text.slice(d.start, d.end)),
    );
    if (isVerb && opening) return opening.iso;
    if (isVerb || ['MEETING', 'VOTE', 'VETO'].includes(category)) {
      // "disbanded at the end of April after ⟨A⟩ vetoed": a date the event came after is not its own.
      const justBefore = [...dates]
        .reverse()
        .find(
          (d) =>
            d.end <= trigger.start &&
            trigger.start - d.end <= 40 &&
            !/\b(?:after|before|since|following|until)\b/i.test(this.text.slice(d.end, trigger.start)),
        );
      if (justBefore) return justBefore.iso;
    }
    return null;
  }

  /**
   * The only date a sentence gives, when it dates the sentence's own events: not a span the event came after or
   * before ("since 2023", "three years after the veto"), nor a date in words quoted.
   */
  private soleDate(dates: ReturnType<typeof findDates>, sentence: Sentence, clauseEnd?: number): string | null {
    if (dates.length !== 1) return null;
    const d = dates[0]!;
    // "those who vetoed the text would have to explain why they protected a regime that gassed its people in August
    // 2013": a date after a verb's clause is another clause's.
    if (clauseEnd !== undefined && d.start >= clauseEnd) return null;
    const lead = this.text.slice(Math.max(sentence.start, d.start - 12), d.start);
    if (SINCE.test(lead) || /\b(?:after|ago|before)$/i.test(this.text.slice(d.start, d.end))) return null;
    // "a week after the army left it on 26 April": a date in a clause of what came before or after is that clause's.
    const clause = this.text.slice(sentence.start, d.start).split(/[,;]/).pop()!;
    if (/\b(?:after|before|since|until|following|when|while)\b/i.test(clause)) return null;
    return d.iso;
  }

  /** Who took part: the subject of a verb ("⟨A⟩ and ⟨B⟩ vetoed"), else "by ⟨A⟩", "⟨A⟩'s", a demonym before the word. */
  private actors(masked: Masked, before: string, clause: string, isVerb: boolean, category: EventCategory): string[] {
    const actor = (i: number) => isActorType(this.entities.get(masked.units[i]?.mention.key ?? '')?.type);
    const keys = (list: string) =>
      listUnits(list)
        .filter(actor)
        .map((i) => masked.units[i]!.mention.key);
    if (isVerb) {
      // The subject opens its clause: "⟨A⟩ and ⟨B⟩ vetoed", "When ⟨A⟩ vetoed", not "a meeting on ⟨B⟩ and adopted".
      const subject = new RegExp(
        `(?:^|[,;]\\s*|\\b(?:that|and|but|when|after|before|as|since|because|while|until|if|where)\\s+)(?:the\\s+)?(${LIST})(?:,[^,]{1,60},)?\\s+(?:(?:has|have|had|also|together|jointly|again|then|later|once again|unanimously|on \\w+|this \\w+|today|repeatedly)\\s+)*$`,
        'i',
      ).exec(before);
      if (subject) return keys(subject[1]!);
    }
    const by = new RegExp(`^(?:\\s+[\\w-]+){0,6}?\\s+(?:by|carried out by|launched by)\\s+(?:the\\s+)?(${LIST})`).exec(
      clause,
    );
    if (by) return keys(by[1]!);
    const owner = /⟨(\d+)⟩(?:[’']s)?\s+(?:[\w-]+\s+){0,2}$/.exec(before);
    if (!isVerb && owner && actor(Number(owner[1])) && category !== 'MEETING')
      return [masked.units[Number(owner[1])]!.mention.key];
    return [];
  }

  private record(
    category: EventCategory,
    date: string | null,
    venue: string | undefined,
    actors: string[],
    resolution: string | undefined,
    span: Span,
    trigger: string,
    /** The noun that names the event, when a noun does ("the 2016 arbitral award"): its name. */
    noun?: string,
  ): string {
    const nameOf = (k: string | undefined) => (k ? (this.entities.get(k)?.name ?? k) : undefined);
    // The same event named again: same category, a date that agrees, the same place or actors when both say.
    const prior = this.named.find((e) => {
      if (e.category !== category) return false;
      // Events of no category of their own are one only when told by one word: an envoy summoned on the day an
      // aircraft flew into the airspace is a second event of that day, not the incursion named again.
      if (category === 'OTHER' && !sameWord(e.trigger, trigger)) return false;
      const r = this.entities.get(e.key)!;
      const d = r.props.date as string | undefined;
      // A headline's event at a place, undated, is the one the body dates at that place.
      const headline = !d && !!date && !!venue;
      // Named again at its place without its date ("the strikes near ⟨P⟩" after "strikes on 6 June ... near ⟨P⟩").
      const again = !date && !!d && !!venue;
      const sameDate = !date || !d ? (!date && !d) || headline || again : date.startsWith(d) || d.startsWith(date);
      const placeOf = this.entities.links.find((l) => l.from === e.key && l.type === 'TOOK_PLACE_IN')?.to;
      const about = this.entities.links.find((l) => l.from === e.key && l.type === 'CONCERNS')?.to;
      return (
        sameDate &&
        (headline || again ? placeOf === venue : !venue || !placeOf || placeOf === venue) &&
        (!resolution || !about || about === resolution)
      );
    });
    const label =
      category === 'VETO'
        ? `Veto${actors.length ? ` by ${actors.map(nameOf).join(' and ')}` : ''}${resolution ? ` of ${nameOf(resolution)}` : ''}`
        : category === 'VOTE' && !resolution && !noun
          ? `${LABEL.VOTE}${venue ? ` in ${nameOf(venue)}` : actors.length ? ` on ${actors.map(nameOf).join(' and ')}` : ''}`
          : category === 'VOTE' && !resolution && !/^(?:vote|adopt|fail)/i.test(trigger)
            ? `${trigger[0]!.toUpperCase()}${trigger.slice(1).toLowerCase()}${venue ? ` in ${nameOf(venue)}` : ''}`
            : category === 'VOTE'
              ? `Vote on ${nameOf(resolution) ?? 'a resolution'}`
              : category === 'MEETING'
                ? `Meeting${venue ? ` of ${nameOf(venue)}` : ''}`
                : category === 'SUMMIT' && venue?.startsWith('org:')
                  ? `Summit of ${nameOf(venue)}`
                  : category === 'DISBANDING'
                    ? `Disbanding${actors.length ? ` of ${actors.map(nameOf).join(' and ')}` : ''}`
                    : category === 'OTHER' && noun
                      ? `${noun[0]!.toUpperCase()}${noun.slice(1).toLowerCase().replace(/ of$/, '')}${venue ? ` in ${nameOf(venue)}` : actors.length ? ` by ${actors.map(nameOf).join(' and ')}` : ''}`
                      : `${LABEL[category]}${venue ? ` in ${nameOf(venue)}` : actors.length ? ` by ${actors.map(nameOf).join(' and ')}` : ''}`;
    const name = date ? `${label}, ${date}` : label;
    const plain = `event:${slug(`${category} ${nameOf(venue) ?? actors.map((a) => a.slice(a.indexOf(':') + 1)).join(' ')} ${resolution && !venue ? resolution.slice(resolution.indexOf(':') + 1) : ''} ${date ?? ''}`)}`;
    // Two events of no category on one day, told by different words (an aircraft landing, and its collision), are two;
    // not one told by words inside each other ("switched its recognition", "recognition").
    const told = category === 'OTHER' ? this.entities.get(plain) : undefined;
    const other = told && !told.mentions.some((m) => m.start < span.end && span.start < m.end);
    const key = prior?.key ?? (other ? `${plain}-${slug(trigger.split(' ')[0]!)}` : plain);
    const record = this.entities.add(key, 'Event', prior ? this.entities.get(key)!.name : name, {
      category,
      ...(date ? { date } : {}),
    });
    // Named again more precisely ("the 2022 veto", then "on 6 May 2022"): the finer date is its date.
    const known = record.props.date as string | undefined;
    if (date && (!known || (date.length > known.length && date.startsWith(known)))) record.props.date = date;
    this.entities.mention(key, span, this.text, false);
    if (venue) this.entities.relate('TOOK_PLACE_IN', key, venue);
    const role = ROLE[category];
    // What is disbanded is what the event concerns; who vetoes, strikes or visits takes part in it.
    for (const a of actors)
      if (category === 'DISBANDING') this.entities.relate('CONCERNS', key, a, { role: 'disbanded body' });
      else this.entities.relate('PARTICIPATED_IN', a, key, role ? { role } : {});
    if (resolution && (category === 'VETO' || category === 'VOTE')) {
      this.entities.relate('CONCERNS', key, resolution, { role: category === 'VETO' ? 'vetoed draft' : 'voted on' });
      const r = this.entities.get(resolution);
      if (category === 'VETO') {
        for (const a of actors) if (a.startsWith('state:')) this.entities.relate('VETOED', a, resolution);
        if (r) r.props.status = 'VETOED';
      } else if (r && /adopt/i.test(trigger) && !/fail/i.test(trigger)) r.props.status = 'ADOPTED';
    }
    if (!prior) this.named.push({ key, category, trigger });
    return key;
  }

  /**
   * The states a UN vote's tally names against a draft ("10 votes in
   * favour to 1 against (Russian Federation)"), in the text after `at`:
   * who cast a veto that "the negative vote of a permanent member" leaves
   * unnamed.
   */
  static against(text: string, at: number): string[] {
    const tally = /\bagainst \(([^)]+)\)/.exec(text.slice(at, at + 600));
    if (!tally) return [];
    return tally[1]!
      .split(/,\s*|\s+and\s+/)
      .map((name) => STATE_FORMS.get(name.trim())?.code)
      .filter((c): c is string => !!c)
      .map((c) => `state:${c}`);
  }
}
