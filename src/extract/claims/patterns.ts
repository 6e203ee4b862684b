import type { ClaimKind } from '../../domain/index.js';
import { z } from 'zod';
import { LIST } from '../masked.js';
import { dataTable } from '../tables.js';
import { BODY_KIND } from './kinds.js';
import { GROUP_SUBJECT } from './parties.js';

/**
 * Pieces of news writing the sentence forms share, over masked sentences
 * (each mention a token ⟨i⟩, see masked.ts): who may speak ("the
 * representative of ⟨X⟩", "his delegation"), what may stand between a
 * speaker and the verb, what frames the words said (a time, a medium, a
 * listener), and what a denial names as denied.
 */

/**
 * Pronouns, and the phrases UN coverage uses as pronouns: "his
 * delegation", "her country", and "the speaker" or "the representative"
 * with no state named, which is whoever spoke last; "its ambassador",
 * "its spokesman": whoever the sentence or the one before is about.
 * "I" in a statement or an answer is its speaker, as "we" is ("I call on our
 * partners to decide quickly").
 */
export const PRONOUN =
  '(?:(?:[Ii]ts|[Tt]heir) (?:ambassador|envoy|spokes(?:person|man|woman)|foreign minister|(?:foreign|defen[cs]e) ministry)\\b|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:delegation|country|Government|government)|[Tt]he (?:speaker|delegate|representative)(?! (?:of|for|from)\\b)|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I(?![A-Za-z’\u0027])|[Ii]t)';

export const ROLE =
  '(?<role>representatives?|delegates?|delegation|speaker|counterpart|ambassador|envoy|observer|spokesperson|spokesman|spokeswoman|[Oo]fficials?|diplomats?|(?:foreign |defen[cs]e |interior |deputy )?ministers?|generals?|advis[eo]rs?|president|[Aa]uthorities|government|leadership|mission|side|(?:[a-z]+ )?ministry|[Hh]igh [Rr]epresentative|[Ff]oreign [Pp]olicy [Cc]hief|[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]ommissioner|[Cc]hair(?:man|woman|person)?)';
export const RANK = '(?:(?:permanent|deputy|senior|top|high-ranking|another|unnamed|special|[a-z]+-led) )?';
/** Words for a person speaking for a state or body without a name: "he" and "she" may refer back to them. */
export const HUMAN_ROLE =
  /^(?:representatives?|delegates?|delegation|speaker|counterpart|ambassador|envoy|observer|spokes\w+|officials?|diplomats?|(?:foreign |defen[cs]e |interior |deputy )?ministers?|generals?|advis[eo]rs?|president|high representative|foreign policy chief|secretary[- ]general|director[- ]general|commissioner|chair\w*)$/i;
/** What a government is called before the word: "⟨Mali⟩'s transitional government", "⟨Afghanistan⟩'s ⟨Taliban⟩ government". */
const REGIME =
  '(?:(?:transitional|interim|military|caretaker|de facto|new|elected|civilian|⟨\\d+⟩)(?:-led)? (?=(?:government|authorities|leadership)\\b))?';
export const ROLE_PHRASES = [
  // "the representative of ⟨X⟩", "his counterpart from ⟨X⟩", "the authorities in ⟨X⟩".
  new RegExp(
    `(?:[Tt]he |[Aa]n? |[Hh]is |[Hh]er |[Tt]heir )?${RANK}${ROLE} (?:of|for|from|in) (?:the )?⟨(?<unit>\\d+)⟩`,
    'g',
  ),
  // "a ⟨Belarusian⟩ defence official", "⟨France⟩'s deputy ambassador", and a name ending in s, whose possessive is its
  // apostrophe alone: "the ⟨United Arab Emirates⟩' representative", "the ⟨Philippines⟩' delegate".
  new RegExp(
    `(?:[Tt]he |[Aa]n? )?${RANK}⟨(?<unit>\\d+)⟩(?:[’']s?)? ${RANK}${REGIME}(?:(?:defen[cs]e|military|foreign|foreign ministry|intelligence|security|government|embassy|presidential) )?${ROLE}(?![\\p{L}])`,
    'gu',
  ),
  // "⟨North Korea⟩'s official ⟨KCNA⟩ news agency": the agency, described.
  /(?:[Tt]he )?(?:⟨\d+⟩[’']s )?(?:official |state |state-run |state-owned )?⟨(?<unit>\d+)⟩ (?<role>news agency|agency|television|broadcaster|newspaper)(?![\p{L}])/gu,
];
/** What the member states of an alliance or a bloc are called as a group after its name (members.json, "bodies"). */
const MEMBER_STATES = z
  .object({ bodies: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }) })
  .parse(dataTable('members.json')).bodies.phrases;
/** "⟨NATO⟩ allies", "⟨ASEAN⟩ member states", "the ⟨EU⟩'s members": a body's members speaking together, as the body. */
export const MEMBERS_OF_BODY = new RegExp(
  `(?:[Tt]he )?⟨(?<unit>\\d+)⟩(?:[’']s)? (?:(?:fellow|other|several|many|some) )?(?:${MEMBER_STATES.join('|')})(?![\\p{L}])`,
  'gu',
);
/** What a state's political players other than its government are called after its demonym (members.json, "players"). */
const PLAYERS = z
  .object({ players: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }) })
  .parse(dataTable('members.json')).players.phrases;
/** "⟨Haitian⟩ political actors", "the ⟨Libyan⟩ parties": what follows a demonym that names the state's players, not the state. */
export const PLAYERS_AFTER = new RegExp(`^\\s+(?:${PLAYERS.join('|')})(?![\\p{L}])`, 'u');
/** A speaker: entities listed, a pronoun, a body named again by its kind ("the group"), or a counted group ("the four states"). */
export const SUBJECT = `(?:${LIST}|${PRONOUN}|${BODY_KIND}|${GROUP_SUBJECT})`;
/**
 * What may stand between a speaker and the verb: auxiliaries, adverbs, a
 * time, a medium; "was among those who" (UN coverage's way of giving one
 * speaker a view many shared).
 */
export const BETWEEN =
  "(?:(?:(?:was|were) (?:among|one of) (?:those|the|several|many|other)(?: [a-z]+)? (?:who|that)|also|long|again|since|already|meanwhile|in turn|for (?:its|his|her|their) part|(?!only\\b)[a-z]+ly|repeatedly|strongly|firmly|categorically|flatly|publicly|previously|earlier|later|then|once again|further|there|here|today|yesterday|now|this (?:morning|afternoon|evening)|have|has|had|would|will|did|does|do|on \\w+|last week|in a (?:joint |written )?statement|in a letter|in an interview|(?:monitoring|investigating|tracking|overseeing) (?:the |an? )?(?:[a-z-]+ |⟨\\d+⟩ ){0,6}?(?:[a-z-]+|⟨\\d+⟩)(?= (?:have|has|had|said|say|says|reported|found|documented|concluded|wrote))|express(?:ed|es) (?:[a-z]+ ){0,2}(?:solidarity|support|sympathy|condolences) (?:with|for|to) (?:the )?(?:people of )?⟨\\d+⟩(?:[’']s \\w+)? and)\\s*,?\\s+)*";
/** An appositive between a speaker and the verb: "⟨A⟩, speaking to reporters, said". */
export const APPOSITIVE = '(?:,\\s+(?!(?:the |a |an )?⟨\\d+⟩,)(?=[a-z])[^,"“”]{1,100},|,[^,"“”⟨]{1,100},)?';
/** What a denial names as denied: "the accusations", "that criticism", "⟨A⟩'s claims", "the ⟨American⟩ claim", "the Group's findings". */
export const ACCUSATION_OBJECT =
  /^\s*(?:(?:again|also|once (?:again|more)|yet again|(?!only\b)[a-z]+ly|in the strongest(?: possible)? terms),? )*(?:the |these |those |that |this |such |all |any |its |their |his |her )?(?:⟨(\d+)⟩(?:[’']s)? )?(?:[a-z-]+ ){0,2}(accusations?|allegations?|claims?|charges?|insinuations?|criticism|findings?|reports?|conclusions?|suggestions?|assertions?|statements?|remarks|explanations?|denials?|version|account|facts)\b/;

/** What a denial naming these words answers. */
export function deniedKinds(noun: string | undefined): ClaimKind[] {
  if (!noun) return [];
  if (/^(?:accusation|allegation|claim|charge|insinuation)/.test(noun)) return ['ACCUSE'];
  if (/^criticism/.test(noun)) return ['CRITICIZE', 'ACCUSE'];
  if (/^(?:finding|report|conclusion)/.test(noun)) return ['REPORT', 'ACCUSE'];
  // "rejects this explanation": what the other side said in its defence.
  if (/^(?:explanation|denial|version|account)/.test(noun)) return ['DENY', 'STATE', 'ACCUSE', 'CRITICIZE'];
  return [];
}

/**
 * What may stand between a reporting verb and the words said: a time, a place, a medium, an occasion ("claimed on
 * social media that ...", "said on its website that ...": the medium before "on \w+", which would take one word of it).
 */
export const FRAME_ADVERBIAL = String.raw`on social media|on (?:its|his|her|their) (?:website|(?:[A-Z]\w+ )?account)|on \w+(?: \d+)?|last \w+|in (?:[A-Z]\w+|\d{4})(?: \d{4})?(?![\p{L}])|earlier|later|then|at the time|afterwards|again|also|today|yesterday|tonight|this (?:week|morning|afternoon|evening)|in a (?:joint |written )?(?:statement|letter|report)(?: (?:seen|obtained|published|issued|released) by (?:the )?⟨\d+⟩| (?:published|issued|released|made public))?|in an interview|in (?:his|her|a) (?:[a-z]+ )?(?:address|speech|briefing)|(?:at|during) (?:a|an|the) (?:[a-z]+ )?(?:news conference|press conference|briefing|meeting|debate)|to reporters|in ⟨\d+⟩`;

/** The words with which a statement's heading turns from who issues it to what it is about: "Statement on ...", "Press Release following ...". */
export const HEADING_TOPIC = 'on|about|regarding|concerning|in connection with|following';

/** Whom words are told to, when no entity is named: "told reporters". */
export const AUDIENCE = 'reporters|journalists|lawmakers|parliament';

/** One piece of an attribution after its verb: a time, a medium, a listener ("told reporters", "in Oslo", "on Monday"). */
export const ATTRIBUTION_PIECE = String.raw`${FRAME_ADVERBIAL}|at (?:a|an|the) [a-z ]{0,30}?(?:conference|briefing|meeting|summit|forum)|(?:⟨\d+⟩|${AUDIENCE}|the [A-Z]\w+)(?: [a-z]+ the [a-z]+)?`;

/** The rest of an attribution after its verb, when the words said came before it: "told reporters in Oslo on Monday." */
export const ENDS_ATTRIBUTION = new RegExp(String.raw`^(?:\s*,?\s+(?:${ATTRIBUTION_PIECE}))*\s*(?:[.,;:]|$)`, 'u');

/** What joins an object to the accusation or demand: "of", "for", "to"; a time may stand before it ("accused ⟨B⟩ on Tuesday of"). */
export const LINK =
  /^(?:\s*,?\s*(?:on \w+(?: \d+)?|last \w+|in \w+|again|publicly|directly)\s*,?)*\s*(?:of|for|to|over|that|against|about|not to)\s+/;

/** Nouns for what a state or group does, so that "the ⟨Israeli⟩ strike" and "⟨Russia⟩'s attack" name who did it. */
export const DONE_BY = String.raw`(?:attacks?|strikes?|launch(?:es)?|offensive|incursions?|bombardment|shelling|invasion|restrictions|raids?|forces|troops|army|military|vessels?|ships?|warships?|actions?|decision|conduct|behaviou?r|escalation|aggression)\b`;
/** Verbs of what an actor did: "⟨A⟩ fired", "⟨A⟩'s forces struck". */
export const DID = String.raw`(?:[’']s (?:forces|troops|army|military|vessels) )?(?:\w+ )?(?:fired|launched|attacked|struck|hit|shelled|bombed|invaded|seized|rammed|carried out|targeted|killed|destroyed|tested|vetoed|blocked)\b`;
/**
 * A statement, a video or a letter put out, whose words a participle then gives: "issued a statement saying",
 * "posted a video accusing", "released a communiqué on Monday calling on".
 */
export const MEDIUM =
  '(?:issued|released|posted|published|put out|circulated|sent|shared) (?:a |an |its )?(?:[a-z-]+ ){0,2}(?:statement|video|communiqu[eé]|message|letter|note|post|declaration|press release|recording|audio message)(?: (?:on|late on|early on) \\w+| on (?:social media|its website|[A-Z][\\w-]+))?,?';
