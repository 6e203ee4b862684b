import { opensOnPronounDoer, opensOnPronounWrong } from './pronoun-doer.js';
import { isActorType, type ClaimKind } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { LIST, listUnits, type Masked, type Unit } from '../masked.js';
import type { Span } from '../types.js';
import { REPORTING_WORDS } from '../verbs.js';
import {
  ACT_BREACH,
  ASKED_PASSIVE,
  COMPLICITY_OF,
  DEFLECTION,
  DISMISSAL,
  DONE_TO,
  DONE_FROM_UNNAMED,
  DONE_FROM,
  ACCESS_DENIED,
  ANNOUNCEMENT,
  EVALUATION,
  JUSTIFICATION,
  MOTIVE,
  NO_PRESENCE,
  OWN_PEOPLE,
  NOT_CROSSED,
  NEAR_LINE,
  OUTCOME,
  RECORD,
  UNNAMED,
  UNNAMED_PARTIES,
  WANTED,
  WARNING,
  WRONG_ACTS,
  BROUGHT_IN,
} from './lexicon.js';
import { readHostileAct } from './hostile.js';
import { briefers, readBriefedAct } from './briefed.js';
import { CORRECTION, SELF_DEFENCE, STANDING, TITLE } from './positions.js';
import { agentOf, firstEntity, partners, refusedParty, subjectOf, warnedOf } from './referents.js';
import {
  addresseeFor,
  AMENDS_AWAITED,
  CONSEQUENCE,
  FORECAST,
  consequenceFor,
  KIN,
  modalDemand,
  OWN_APPEAL,
  roleAddressee,
  THEM_ASKED,
} from './consequences.js';
import { protestedTo } from './protested.js';
import { DANGER, ownAdmission, TEXT_JUDGED } from './judged.js';
import { HOPED, RESOLVE } from './resolute.js';
import { ANSWERED, POSSIBLE_THROUGH, PROXY_OF, RESOLVING_SUBJECT, RESPONSE_TO } from './content.js';
import {
  ANSWERED_ACT,
  AWAITED,
  CAPABILITY,
  DETERRED,
  DETERRENCE,
  DISAGREED_CLAIM,
  DISAGREEMENT,
  FAILED_TO_ACT,
  INACTION,
  RELATIONS_WITH,
} from './own-voice.js';
import { serviceOf } from './services.js';
import { partyOf } from './own-side.js';
import { responder } from './reference.js';
import { readWrongful } from './wrongful.js';
import { suppliersOfMeans } from './means.js';
import { crossedFrom } from './crossing.js';
import { afterBelief, imputedTo } from './imputed.js';
import { QUARTER } from './relatives.js';
import { partiesThanked } from './thanked.js';
import type { Reading } from './types.js';

/**
 * What was said: the kind a claim takes from its words when its verb does
 * not give one ("said ⟨B⟩ must ..." is a demand, "unacceptable" a
 * criticism, "baseless" a denial, "had examined" a finding), clause by
 * clause, with whom each clause is aimed at.
 */

/**
 * "⟨B⟩ should have enforced ...": a reproach of what ⟨B⟩ did not do, a criticism (said.json), asks ⟨B⟩ nothing now; "⟨B⟩
 * must have received it" infers, and asks nothing either.
 */
const MODAL =
  /^(?:the )?⟨(\d+)⟩(?:[’']s (?:government|authorities|leadership))? (?:also )?(?:must(?! have\b(?! to\b))|should(?! (?:not |never )?have\b(?! to\b))|needs? to|has to|have to|ought to(?! (?:not |never )?have\b)|is obliged to|is obligated to|ha[sd] (?:a|the) (?:duty|responsibility|obligation) to)\b/i;
/**
 * "Enforcement must be strengthened", "armed groups must disarm": an outcome asked for, of no one named ("should" is only a
 * view). "The threat must not be overstated" weighs a risk and asks for nothing.
 */
const MUST =
  /^(?!(?:we|i|it|they|he|she|you|this|that|these|those|such)\b)(?:the |all |every |any )?(?:[\w’'-]+ ){1,5}(?:must|needs? to|has to|have to)\b(?! not be (?:(?:under|over)(?:estimated|stated|rated)|exaggerated)\b)/i;
/** Words opening with a pronoun: "we should be prepared" is a view of one's own, not an outcome asked for. */
const PERSONAL = /^(?:we|i|it|they|he|she|you|this|that|there)\b/i;
/**
 * "We expect ⟨B⟩ to ...", "We also expect our partner the ⟨B⟩ to ...": the party named, or named after what it is to the
 * speaker. Not what the side wants to do itself: "I want to thank ⟨B⟩", "we want to work with ⟨B⟩".
 */
const WANT = new RegExp(
  String.raw`\b(?:[Ww]e|I) (?:also |therefore |again |strongly )?(?:want|expect|urge|call on|call upon|ask|demand)\b(?! to (?!see\b))(?: to see)?(?: (?:what|whether|how|that|the))? ?(?:${KIN}|(?:[\w-]+ ){0,2})⟨(\d+)⟩`,
);
const CALL_ON = /\b(?:call(?:s|ed)? (?:on|upon)|urg(?:es|ed|e)) (?:the )?⟨(\d+)⟩/;
/** "hoped all parties would stay calm": an appeal to no one in particular. */
const ALL_PARTIES =
  /\b(?:hope[sd]?|want(?:s|ed)?|expect(?:s|ed)?|urge[sd]?|call(?:s|ed)? on) (?:that )?all (?:parties|sides|states|Member States|nations|countries)\b/i;
const OVER_DOING =
  /\b(?:confront|censure|sanction|punish|accus|blam|criticiz|criticis|condemn)\w* (?:the )?⟨(\d+)⟩(?: [^,;]{0,60}?)? (?:over|for) (?:its |their )?\w+ing\b/;
const AMONG_ALL =
  /\ball (?:parties|sides|states|Member States|nations|countries), (?:including|in particular|notably|especially) (?:the )?⟨(\d+)⟩,/;
/** "push for ⟨B⟩'s view", "called for ⟨B⟩'s withdrawal": something asked of ⟨B⟩. */
const ASK_OF =
  /\b(?:push(?:es|ed|ing)?|call(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?) for (?:the )?⟨(\d+)⟩[’']s\b/;
/** "Western members bore responsibility for encouraging ⟨B⟩": a wrong of parties the speaker does not name. */
const UNNAMED_WRONG = new RegExp(
  String.raw`^${UNNAMED_PARTIES}(?: [^,;⟨]{0,50}?)? (?:also |still |deliberately |repeatedly )?${WRONG_ACTS}`,
  'i',
);
/** "⟨B⟩'s aircraft approached and harassed ...": a wrong may close a run of acts told of the same subject. */
const WRONGDOING = new RegExp(
  String.raw`^(?:both )?(?:the |an? )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of) )?(?:(?:[\w-]+ )?(?:group|militia|movement|rebels|gang|network|organi[sz]ation) )?(${LIST})(?: and (?:its|their) (?:[\w-]+ )?(?:allies|partners|proxies|backers|patrons))?(?:[’']s (?:[a-z-]+ )?\w+| (?:[\w⟨⟩-]+ ){0,2}?(?:forces|troops|occupation|regime|guards|border guards|police|navy|coast guard|patrols?|gunboats?|warplanes|artillery|rockets?|missiles?|mortars|shells|snipers|militiamen|vessels?|ships?|boats?|warships?|army|military|aircraft|helicopters?|planes?|vehicles?|convoys?|jets?|drones?|units?|strikes?|attacks?|raids?|shelling|bombardment|authorities|soldiers|officers|policemen|sailors|marines|crews?|personnel|gendarmes|militias?|fighters|rebels|actors|agents|hackers|operatives|gunmen|groups?))? (?:also |deliberately |repeatedly |again |systematically |alone |itself |themselves )?(?:[a-z]+ed,? and )?${WRONG_ACTS}`,
  'i',
);
/**
 * "a patrol boat of the ⟨Navy of B⟩ opened fire on ...", "members of the ⟨National Police of B⟩ and of its armed forces
 * broke into ...": a wrong done by men or craft told as belonging to a party.
 */
const FORCES_OF = new RegExp(
  String.raw`^(?:the |an? |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) )?(?:[\w-]+ ){0,2}?(?:vessels?|ships?|boats?|warships?|gunboats?|aircraft|helicopters?|drones?|units?|soldiers|troops|forces|members|officers|agents|patrols?|personnel|crews?|guards) of (?:the )?(${LIST})(?: and of (?:its|their|the) (?:[\w-]+ ){0,2}?(?:[\w-]+|⟨\d+⟩))? (?:also |deliberately |repeatedly |again |illegally )?(?:[a-z]+ed,? and )?${WRONG_ACTS}`,
  'i',
);
/** An opening phrase of time or place before a clause's subject: "On the night of 5 April 2024, ", "On Saturday, ". */
const OPENING = /^(?:on|in|during|at|early on|late on) [^,⟨]{1,40}, (?=(?:the |an? )?\S)/i;
/** A time a clause opens with ("on 16 July, ", "last week", "overnight"), which stands before the doer of a wrong. */
const TIME_OPENING =
  /^(?:(?:early |late )?(?:on|in|since) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?(?:,? \d{4})?|(?:earlier|later|last|this) (?:week|month|year|night|morning|evening|weekend)|overnight|today|yesterday|tonight|on (?:[A-Z][a-z]+ )?(?:night|morning|evening)),?\s+(?=(?:the |an? )?\S)/;
/** "By deploying missiles in ⟨P⟩, ": the means a clause opens with, before the doer of the wrong it tells. */
const MEANS_OPENING = /^by [a-z]+ing\b[^,;]{1,120}, (?=(?:the |an? )?\S)/i;
/** "drone strikes by ⟨B⟩ had killed ...", "shelling by ⟨B⟩ destroyed ...": a wrong done by acts whose doer follows "by". */
const ACTS_BY = new RegExp(
  String.raw`^(?:the )?(?:[\w-]+ ){0,2}?(?:strikes?|attacks?|raids?|shelling|fire|bombardment|incursions?|operations?) by (?:the )?(${LIST})(?: [^,;]{0,60}?)? ${WRONG_ACTS}`,
  'i',
);
/** "the attackers had been armed, trained and sheltered by ⟨B⟩": a wrong whose doer follows "by". */
const WRONGED_BY = new RegExp(String.raw`${DONE_TO} by (?:the )?(${LIST})`, 'i');
/**
 * "⟨B⟩ had received drones from ⟨C⟩", "the group had received rockets from ⟨C⟩": weapons received, a wrong of the one
 * armed, or of its supplier when the one armed is not named.
 */
const ARMED_FROM = new RegExp(
  String.raw`\b(?:received|obtained|acquired|been (?:given|sent|supplied)|bought) (?:[\w⟨⟩’'-]+ ){0,5}?(?:weapons|arms|rockets|missiles|drones|ammunition|munitions|explosives|shells|(?:missile|drone|weapons?) components) from (?:the )?(${LIST})`,
  'i',
);
/**
 * A wrong told in a relative clause of a party the words name: "the ⟨RSF⟩, which had killed thousands", "⟨TTP⟩, whose
 * fighters had killed 41 soldiers", "the ⟨FDLR⟩ militia, which ⟨Kinshasa⟩ continued to support" (the wrong of the
 * party after "which"). The clause hangs on the name itself, not on a noun after it ("the ⟨Embassy⟩ protesting these
 * flights, which violate ..."), nor on a place the party acts in ("militias in ⟨Iraq⟩, which had attacked ...", "the explosion in eastern ⟨Poland⟩,
 * which killed ...").
 */
const RELATIVE_WRONG = new RegExp(
  String.raw`(?<!\b(?:in|inside|near|across|within|at|throughout|around|into) (?:the )?${QUARTER}?)(${LIST})(?: ⟨\d+⟩)?(?: (?:militia|group|movement|rebels|forces|army|navy|government|regime|authorities|fighters|militants|gangs?|network|organi[sz]ation|party|police))?, (?:(?:which|who|whose (?:[\w-]+ )?(?:fighters|forces|troops|men|militants|members|units|gunmen)) (?:also |repeatedly |allegedly )?${WRONG_ACTS}|which (?:the )?(${LIST}) (?:also |repeatedly )?${WRONG_ACTS})`,
  'i',
);
/**
 * A harm told by its cause: "the flooding was caused by ⟨B⟩'s release of water", "the crisis is the direct result of
 * ⟨B⟩'s blockade", "the sole cause of instability in the region was the aggression of ⟨B⟩": blame laid on ⟨B⟩.
 */
const CAUSED_BY = new RegExp(
  String.raw`\b(?:(?:caused|triggered|provoked|started|brought about) (?:solely |entirely |directly |only |largely )?by|(?:the )?(?:direct |sole |only |main |inevitable )?(?:result|consequence|product) of|(?:the )?(?:sole |main |root |real |only )?(?:cause|source) of [^,;]{0,60}? (?:is|was|are|were|lies|lay)(?: in)?) (?:the )?(?:(?:[\w-]+ ){1,3}?(?:of|by) (?:the )?)?(${LIST})`,
  'i',
);
/**
 * "the attack could not have been carried out without the coordination and support of ⟨B⟩", "would not have been
 * possible without the knowledge of ⟨B⟩": a party said to have had a part in a wrong, accused of it.
 */
const COMPLICITY = new RegExp(
  String.raw`\b(?:could|would|can) not have (?:been )?(?:[\w-]+ ){1,3}?without ${COMPLICITY_OF} (?:the )?(${LIST})`,
  'i',
);
/** "a victim of cyberattacks by ⟨A⟩ and ⟨B⟩": a wrong whose doer follows "by". */
const VICTIM_OF = new RegExp(
  String.raw`\b(?:the |a )?victims? of (?:[\w-]+ ){0,3}?(?:attacks?|cyberattacks?|strikes?|aggression|sabotage|shelling|terrorism|raids?|incursions?) (?:carried out |launched |staged )?by (?:the )?(${LIST})`,
  'i',
);
/**
 * "it was ⟨A⟩ that ...", "it is the West, and above all ⟨A⟩ and ⟨B⟩, that ...", "It is ⟨A⟩ which continues to arm
 * ...": a party singled out as the one that acts lays blame on it, whatever the verb. What the party must or will do is
 * asked or foretold, not charged, and a party that suffered the act ("that was attacked") is its victim.
 */
const CLEFT = new RegExp(
  String.raw`\b[Ii]t (?:is|was) (?:[^.;⟨]{0,60}?(?:above all|in particular|especially|notably) )?(?:the )?(${LIST})[^.;⟨]{0,30}? (?:that|who|which) (?:also |still |now |again |first |itself |alone |always |repeatedly )?(?!(?:must|should|will|would|shall|can|could|may|might|needs?|ought|decides?|determines?)\b|(?:is|are|was|were|has been|have been|had been) (?:being )?(?:the (?:victim|target)|[a-z]+ed by|attacked|targeted|invaded|occupied|bombed|shelled|struck|hit|threatened)\b)[a-z]+(?:s|ed)?\b`,
);
/**
 * "It is the war of aggression of ⟨A⟩ against ⟨B⟩, with its attacks on cities, that has made ...", "it was the
 * blockade by ⟨A⟩ which caused ...": a hostile act of a party singled out as the cause lays blame on that party, as the
 * party singled out does; the act's doer is named after "of" or "by", and what it caused may come a clause later.
 */
const CLEFT_ACT = new RegExp(
  String.raw`\b[Ii]t (?:is|was) (?:the |this |that )?(?:[\w-]+ ){0,3}?(?:aggression|war|invasion|occupation|annexation|attacks?|strikes?|shelling|bombardment|blockade|provocations?|incursions?|interference|militari[sz]ation) (?:of|by) (?:the )?(${LIST})[^.;]{0,160}? (?:that|which) (?!(?:must|should|will|would|shall|can|could|may|might)\b)[a-z]+`,
);
/** The opening of CLEFT_ACT, to know a clause it has read. */
const CLEFT_ACT_OPENING = new RegExp(
  String.raw`^[Ii]t (?:is|was) (?:the |this |that )?(?:[\w-]+ ){0,3}?(?:aggression|war|invasion|occupation|annexation|attacks?|strikes?|shelling|bombardment|blockade|provocations?|incursions?|interference|militari[sz]ation) (?:of|by) `,
);
/**
 * "It is not ⟨A⟩ that invaded a neighbour", "it was not we who started the war": the speaker's side cleared of a wrong
 * that is charged, by contrast, at the other side; an accusation aimed at the speaker's adversary (conventions.ts).
 */
const NOT_CLEFT = new RegExp(
  String.raw`\b[Ii]t (?:is|was) not (?:the )?(?:(${LIST})|we|us|our (?:country|side|forces|army)) (?:that|who|which) (?:[a-z]+ )?(?:started|began|launched|unleashed|invaded|attacked|provoked|initiated|broke|violated|occupied|annexed|bombed|shelled|fired|threatens?|threatened|escalated|massed)\b`,
);

/** A clause about something done rather than someone: "the launch violated ...", "the Israeli restrictions were ...". */
export const EVENT_SUBJECT =
  /^(?:the|this|that|these|those|such) (?:[\w-]+ ){0,2}?(?:launch(?:es)?|attacks?|strikes?|tests?|actions?|offensive|incursions?|bombardment|shelling|restrictions|decision|conduct|behaviou?r|move|escalation|act)\b/i;
const EVENT_WRONGDOING = new RegExp(String.raw`^${EVENT_SUBJECT.source.slice(1)}(?: [^,;]{0,40}?)? ${WRONG_ACTS}`, 'i');
/** The speaker's side saying it did not do it: "it had no involvement", "⟨A⟩ has not provided ...", "his country was not behind". */
const NOT_INVOLVED =
  /^(?:(?:the |its |his |her |their )?(?:⟨(\d+)⟩|it|we|they|he|she|country|government|delegation|group|movement|militia|organi[sz]ation|party|ministry|army|military)(?:[’']s (?:government|forces|military|army))? )?(?:also )?(?:had |has |have |was |were |is |are |did |does |do |would |will )?(?:no (?:involvement|role|part|hand|connection|links?|prior knowledge|fighters|troops|forces|soldiers|personnel|military presence)\b|(?:sent|supplied|provided|delivered|sold|transferred) no\b|nothing to do with|not (?:been )?(?:involved|behind|responsible|provided|supplied|sent|targeted|attacked|interfered|carried out|launched|provide|supply|send|target|attack|interfere|carry out|launch|providing|supplying|sending|targeting|attacking|interfering|helping|helped|help|arming|armed|arm|aiding|aided|assisting|assisted|violated|violating|violate|entered|crossed|deployed|harbou?ring|harbou?red|harbou?r)\b|never (?:interfered|supplied|provided|sent|targeted|attacked|been involved|helped|armed|aided|violated|entered|crossed|deployed|harbou?red|sought)\b)/i;
/**
 * "no ⟨Eritrean⟩ unit had crossed the border", "not a single aircraft of ⟨A⟩ entered ...", "none of its aircraft flew
 * near the border": none of a side's people or craft did the wrong charged, or came where it is charged with going;
 * said by that side (or naming none), a denial.
 */
const NONE_DID = new RegExp(
  String.raw`^(?:no|not (?:a single|one)|none of(?: the| our| its| their)?)(?: (${LIST}))?(?: [\w’'-]+){0,2}? ${OWN_PEOPLE}(?: of (?:the )?(${LIST}))?(?: (?:had|has|have|was|were|is|are|did|ever|been))* (?:${WRONG_ACTS}|${NEAR_LINE})`,
  'i',
);
/**
 * Whether a line said not crossed (lexicon.ts NOT_CROSSED) is the speaker's side's denial: the words open on a doer of
 * that side or on craft and people of no side named, name no other party before the negation, and cross a line that is
 * not the side's own ("did not enter ⟨Canadian⟩ airspace" in Canada's words tells where another side's craft stayed).
 */
function ownCrossingDenied(words: string, m: RegExpExecArray, namesOnlyOwn: (w: string) => boolean): boolean {
  const opening = words.replace(/^\s*(?:that\s+)?/, '');
  const line = words.slice(m.index, m.index + m[0].length);
  return (
    (OWN_DOER.test(opening) || OWN_CRAFT.test(opening)) &&
    namesOnlyOwn(words.slice(0, m.index)) &&
    !(/⟨\d+⟩/.test(line) && namesOnlyOwn(line))
  );
}
/** Craft and people opening the words, of a side named or none ("the jets", "its drones", "⟨Hungarian⟩ drones"). */
const OWN_CRAFT = new RegExp(
  String.raw`^(?:the |its |our |their )?(?:own )?(?:⟨\d+⟩(?:[’']s)? )?(?:[\w-]+ ){0,2}?${OWN_PEOPLE}\b`,
  'i',
);
/**
 * "It shows why ⟨X⟩ matters" argues a case: it finds nothing. "The recording proves that ⟨B⟩ ...", "the intercepted
 * messages prove that ...": evidence cited as a finding is.
 */
const FINDING =
  /^(?:(?:(?:they|it|we|he|she|(?:the|our|its|their) [\w-]+|⟨\d+⟩) )?(?:had |have |has )?(?:examined|found|concluded|established|identified|documented|recorded|verified|determined|shows?|showed|indicates?|indicated|confirms?|confirmed|proves?|proved|proven|demonstrates?|demonstrated)\b(?! (?:why|how)\b)|(?:the|our|its|their) [\w-]+ [\w-]+ (?:had |have |has )?(?:proves?|proved|proven|demonstrates?|demonstrated) that\b)/i;
/**
 * Who did what a justification tells of: the speaker's side ("it", "we", "⟨A⟩", "⟨A⟩'s navy") or forces of no other
 * side named ("its troops", "our personnel", "the crew").
 */
const OWN_DOER =
  /^(?:(?:it|we|they)\b|(?:the |its |our |their |his |her )?(?:own )?(?:⟨\d+⟩(?:[’']s)?(?: [\w-]+){0,2}|(?:[\w-]+ ){0,2}?(?:forces|troops|soldiers|sailors|personnel|units?|vessels?|boats?|ships?|crews?|coast ?guards?|navy|army|military|police|officers|patrols?|strikes|operations?|aircraft|pilots|guards))\b)/i;
/** "was preparing new sanctions against ⟨B⟩": a warning to ⟨B⟩. */
const SANCTIONS =
  /\b(?:prepar\w*|consider\w*|draw\w* up|work\w* on|readying|ready to impose|impos\w*|adopt\w*|agree\w* on|propos\w*) (?:[\w-]+ ){0,5}?sanctions (?:against|on) (?:the |an? |(?:\d+|two|three|four|five|six|several|some|senior) )?⟨(\d+)⟩/;
/** Sanctions told as done ("had imposed sanctions on ..."), and the words before them that put them still to come. */
const IMPOSED = /^(?:imposed|adopted|agreed on)\b/;
const TO_COME = /\b(?:will|would|shall|could|may|might|ready|prepared|threaten\w*|plans?|planning|intends?|going)\b/i;
/** "hold ⟨B⟩ responsible": a warning to ⟨B⟩. */
const HOLD_RESPONSIBLE = /\bhold (?:the )?⟨(\d+)⟩ (?:fully )?(?:responsible|accountable)\b/;
/** "We hold ⟨B⟩ responsible for allowing ...": blame for what was done, not a threat (unless it "will" hold). */
const BLAMED_FOR =
  /^(?:(?!\b(?:will|would|shall)\b).)*\bhold (?:the )?⟨\d+⟩ (?:fully )?(?:responsible|accountable) for (?:[\w-]+ing|the|its|their|this|these)\b/;
/** "⟨A⟩'s accusations against ⟨B⟩ were politically motivated", "the ⟨Russian⟩ accusation is absurd": a denial aimed at whoever made them. */
const OWNED_CLAIMS =
  /^(?:[Tt]he )?⟨(\d+)⟩(?:[’']s)? (?:[a-z-]+ ){0,2}(?:accusations?|allegations?|claims?|assertions?|charges?|findings|report)\b/;
/** "the claims of the ⟨Ministry of Defence⟩ that ...", "the explanation of the ⟨Belarusian⟩ side": an account and who gave it. */
const CLAIMS_OF =
  /\b(?:claims?|accusations?|allegations?|assertions?|explanations?|arguments?|version|account) (?:made )?(?:of|by) (?:the )?⟨(\d+)⟩/;
/** "summoned the ⟨Chinese Ambassador⟩": a protest to the state the envoy speaks for. */
const SUMMONED = /\bsummon(?:ed|s)\b/;
/** "lodged a strong protest with ⟨B⟩", "conveyed our strong objection to the ⟨Chinese⟩ side", "handed a note of protest to the Ambassador of ⟨B⟩". */
const PROTEST =
  /\b(?:lodged|lodges|lodge|filed|files|made|conveyed|conveys|registered|registers|delivered|delivers|handed|hands|sent|sends) (?:a |an |our |its |their )?(?:strong |strongest |formal |firm |official |diplomatic |serious )*(?:(?:protest|objection|démarche|demarche)s?(?: notes?)?|notes? (?:verbale )?of protest|(?:diplomatic )?notes?(?: verbale)?) (?:with|to) (?:the )?(?:(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Ee]mbassy|[Hh]igh [Cc]ommission|[Cc]harg[ée] d[’']affaires) (?:of )?(?:the )?)?⟨(\d+)⟩/;

/**
 * "the Government of ⟨A⟩ has decided to break off relations with ⟨B⟩", "the ⟨A⟩ authorities have decided to declare
 * twelve officials persona non grata": a decision of the speaker's own side, told as done; its position. While the text
 * is read it points at the other party it names (for the claims after it that point back); conventions.ts settles it,
 * as every position, as aimed at no one. The words before "decided" name the speaker's side, or no one ("we").
 */
const DECIDED =
  /^(?<doer>(?:[^⟨]|⟨\d+⟩)*?)\b(?:has|have|had)? ?(?:today |now |therefore |also |consequently )?decided (?:today |therefore |also )?(?:to|that)\b/i;

/** Words that point back to what was just said or done: "this conduct is unacceptable", "it was a provocation". */
const POINTING_BACK =
  /^(?:that|the (?:move|step|decision|act|action|actions))\b|\b(?:it|this|these|those|such|they|he|she)\b/i;

/** "⟨Croatian⟩ officers entered ...": the one state named by its demonym, and its service the doers belong to. */
function doneByService(entities: Entities, m: RegExpExecArray, units: Unit[]): string | null {
  const named = listUnits(m[1]!);
  if (named.length !== 1 || units[named[0]!]!.mention.form !== 'demonym') return null;
  const after = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
  return serviceOf(entities, units[named[0]!]!.mention.key, after);
}

/** A speaker that is a state or speaks for one: a party, whose findings are its own case, not a monitor's. */
function forState(sides: Sides, speaker: string): boolean {
  const side = sides.sideOf(speaker) ?? speaker;
  return sides.entities.get(side)?.type === 'State' && !sides.monitors(speaker);
}

/** "the ⟨Russian⟩ jamming", "⟨B⟩'s attacks": the party named in the noun phrase a clause opens on, as its doer. */
const OPENING_DOER =
  /^(?:the |these |those |this |such )?⟨(\d+)⟩(?:[’']s)? (?:[a-z-]+ ){1,2}(?:is|are|was|were|has|have|had|threaten|threatens|threatened|endanger|endangers|endangered|pose|poses|posed|remain|remains)\b/i;

/**
 * "⟨B⟩ had rejected every offer of dialogue and had been armed from abroad": a second predicate joined by "and" and its
 * own auxiliary is a clause of its own, told of the same subject (readStatement carries it over) by the same speaker.
 */
const JOINED_PREDICATE = String.raw`,? and (?=(?:had|has|have) (?:also |since |then |later |repeatedly |long |even )?(?:been )?[a-z]+(?:ed|en|wn|t)\b)`;
/**
 * "had been armed and encouraged from abroad": a verb of saying after a passive's participle, with no object but its
 * doer or origin after it, is a second participle of it; "was politically motivated and rejected the accusations" is
 * a verb of the speaker's.
 */
const AGENT_OR_ORIGIN = String.raw`(?:by|from|with|in|at|to|into|for|over|through)\b`;
const PARTICIPLE_BEFORE = String.raw`(?<!\b(?:been|be|being|was|were|is|are) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn|t))`;
/** Words opening on the speaker's own people: "its soldiers had been trained from abroad" tells of help, not a wrong. */
const OWN_OPENING = /^(?:its|our|their|his|her|we|the country[’']s)\b/i;
/** A clause that opens on its auxiliary: the predicate of the subject of the clause before it. */
const SUBJECTLESS = /^(?:had|has|have)\b/i;

/** Splits what was said into its clauses: "⟨A⟩ is ... and ⟨B⟩ has not ...". */
export function clauses(masked: string, offset: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const verbs = REPORTING_WORDS.join('|');
  // "groups operating in ⟨A⟩ and ⟨B⟩", "under the treaties of ⟨A⟩ and ⟨B⟩", "drones launched from ⟨A⟩ and ⟨B⟩": places,
  // pacts or origins named together after a preposition are one phrase, not a clause of ⟨B⟩; "bases in ⟨A⟩ and that ⟨B⟩
  // ..." is two.
  const placed = String.raw`(?<!\b(?:in|inside|across|near|within|throughout|between|under|from|treaties of|conventions of|agreements of) (?:the )?⟨\d+⟩"?)`;
  // "said that ⟨A⟩ should ... and that the draft would ...": a second that-clause is a clause of its own, whatever it opens
  // on; "language that had nothing to do with ... and that would only harden ..." is one relative clause going on.
  const boundary = new RegExp(
    `,? and (?=that (?!(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may|did|does|do|not)\\b))|(?:${placed},? and |; |, but |\\.\\s+)(?=(?:that )?(?:the )?⟨\\d+⟩|[A-Z"“])|${PARTICIPLE_BEFORE},? and (?=(?:also )?(?:${verbs})\\b)|,? and (?=(?:also )?(?:${verbs})\\b(?! ${AGENT_OR_ORIGIN}))|${JOINED_PREDICATE}|, and |; |\\.\\s+(?=\\S)`,
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

/** Nothing but quotation marks before a clause: it opens its sentence. */
const OPENS_SENTENCE = /^[\s"“‘']*$/;

/** Who is reading: the entities, and whom a speaker speaks for. */
export interface Sides {
  readonly entities: Entities;
  sideOf(speaker: string): string | null;
  /** A monitor, a panel or an inspectorate: what it finds is a finding, not an accusation. */
  monitors(speaker: string): boolean;
  /** The United Nations, its offices and missions, and those who hold their posts. */
  unSystem(speaker: string): boolean;
  /** The party a pronoun opening a sentence stands for: the last one the sentence before named doing something. */
  subjectBefore(own: Set<string | null>): string | null;
}

/** What a statement says, clause by clause: a demand, a criticism, a denial, a finding, or a plain statement. */
export function readStatement(sides: Sides, masked: Masked, span: Span, units: Unit[], speakers: string[]): Reading[] {
  const said = masked.text.slice(span.start, span.end).replace(/^[\s"“”’,]+/, '');
  const offset = span.start + (masked.text.slice(span.start, span.end).length - said.length);
  const readings: Reading[] = [];
  const own = new Set(speakers.flatMap((s) => [s, sides.sideOf(s)]).filter(Boolean));
  const others = [...own] as string[];
  // "it was ⟨A⟩ that abandoned the deal": read before the clauses, since the blame may span a comma.
  const cleft = CLEFT.exec(said) ?? CLEFT_ACT.exec(said);
  if (cleft)
    for (const t of listUnits(cleft[1]!))
      if (!own.has(units[t]!.mention.key))
        readings.push({
          kind: 'ACCUSE',
          target: t,
          span: { start: offset + cleft.index, end: offset + said.length },
        });
  // "⟨A⟩ has received no drone from ⟨C⟩", "... that ⟨A⟩ had received drones from ⟨C⟩" in ⟨A⟩'s own words: a denial,
  // or what ⟨A⟩'s accuser said, not ⟨A⟩'s accusation of its supplier.
  const receivedByOwn = (before: string, received: string) => {
    const receiver = [...before.matchAll(/⟨(\d+)⟩/g)].pop();
    return (
      /\b(?:no|not|never)\b|\b(?:his|her|its|our|their) (?:country|government)\b|^\s*(?:we|it)\b/i.test(
        before + received,
      ) ||
      (!!receiver && own.has(units[Number(receiver[1])]!.mention.key))
    );
  };
  const sideOf = (k: string) => sides.sideOf(k);
  const unSystem = (k: string) => sides.unSystem(k);
  const ownUnit = (u: number) => {
    const key = units[u]?.mention.key;
    return !key || own.has(key) || own.has(sides.sideOf(key));
  };
  const isParty = (u: number) =>
    ['State', 'Organization'].includes(sides.entities.get(units[u]!.mention.key)?.type ?? '');
  const ownKey = (k: string) => own.has(k) || own.has(sides.sideOf(k));
  // The UN's or a monitor's account of what was done stays theirs: a finding, not a charge.
  const monitoring = speakers.some((s) => sides.unSystem(s) || sides.monitors(s));
  const namesOnlyOwn = (words: string) => listUnits(words).every((i) => own.has(units[i]!.mention.key));
  const doerOpening = (words: string) => {
    const m = OPENING_DOER.exec(words);
    const key = m ? units[Number(m[1])]!.mention.key : null;
    return key && !own.has(key) && isActorType(sides.entities.get(key)?.type) ? Number(m![1]) : null;
  };
  // The party the clause before opened on, other than the speaker's side: "⟨B⟩ is arming ... and that the depots are a
  // legitimate target" holds the threat over ⟨B⟩.
  let earlier: number | null = null;
  // The subject of the clause before, other than the speaker's side, for a joined predicate that opens on its auxiliary.
  let carried: number | null = null;
  for (const part of clauses(said, offset)) {
    const before = readings.length;
    const previous = earlier;
    // Scare quotes ('remained "totally ineffective"') are the speaker's words all the same: read through them.
    const plain = part.text
      .replace(/^(?:that|but|and)\s+/i, '')
      .replace(/^[\s"“”]+/, '')
      .replace(/["“”]/g, '');
    // "... and had been armed from abroad": the joined predicate is told of the subject of the clause before.
    const words = carried !== null && SUBJECTLESS.test(plain) ? `⟨${carried}⟩ ${plain}` : plain;
    let subject = subjectOf(words, units);
    let opening: RegExpExecArray | null;
    // "Washington would never allow ⟨B⟩ to ...": the speaker's own side is not what the words are aimed at.
    const ownSubject = subject !== null && own.has(units[subject]!.mention.key);
    if (ownSubject) subject = null;
    earlier = subject !== null && isActorType(sides.entities.get(units[subject]!.mention.key)?.type) ? subject : null;
    carried = subject !== null && !ownSubject ? subject : null;
    const event = EVENT_SUBJECT.test(words) && subject === null;
    const partSpan = { start: part.start, end: part.start + part.text.length };
    // "⟨A⟩ and ⟨B⟩": each named together is a target.
    const read = (kind: ClaimKind, target: number | null) => {
      for (const t of target === null ? [null] : partners(words, target))
        readings.push({ kind, target: t, span: partSpan, ...(t === null && event ? { antecedent: true } : {}) });
    };
    // "the claims of the ⟨Ministry of Defence of B⟩", "members of the ⟨National Police of B⟩": a body that serves a
    // state stands for it; any other party is read as named.
    const readForState = (kind: ClaimKind, unit: number) => {
      const key = units[unit]!.mention.key;
      const side = sides.sideOf(key);
      if (side && side !== key && sides.entities.get(side)?.type === 'State')
        readings.push({ kind, target: null, span: partSpan, targetKeys: [side] });
      else read(kind, unit);
    };
    const notInvolved = NOT_INVOLVED.exec(words);
    let m: RegExpExecArray | null;
    if (
      cleft &&
      cleft.index + offset < partSpan.end &&
      partSpan.start < offset + said.length &&
      (CLEFT.test(words) || CLEFT_ACT_OPENING.test(words))
    )
      continue;
    // "It is not ⟨A⟩ that invaded a neighbour": a charge at the other side, whom the words leave unnamed.
    const disowned = NOT_CLEFT.exec(words);
    if (disowned) {
      readings.push({ kind: 'ACCUSE', target: null, span: partSpan, aimless: true });
      continue;
    }
    let bidden: ReturnType<typeof modalDemand>;
    let role: ReturnType<typeof roleAddressee>;
    let protest: string | null | undefined;
    let answered: RegExpExecArray | null;
    let danger: number | null;
    let thanked: number[];
    let crossed: number | null;
    let imputed: number[];
    // "⟨B⟩ needs to protect its people": a position for ⟨B⟩, not a demand of it.
    if ((m = SELF_DEFENCE.exec(words)) && !own.has(units[Number(m[1])]!.mention.key)) read('STATE', Number(m[1]));
    else if ((m = MODAL.exec(words)) && !ASKED_PASSIVE.test(words)) read('DEMAND', Number(m[1]));
    // "⟨B⟩, for its part, must ...", "it should stop ...": a party asked to act with no verb of asking.
    else if ((bidden = modalDemand(words)) && !ASKED_PASSIVE.test(words)) {
      read('DEMAND', bidden.target);
      if (bidden.target === null) readings[readings.length - 1]!.pointsBack = true;
    }
    // "⟨B⟩'s ambassador had been called in and ⟨A⟩ expected full explanations": amends awaited are asked of the party
    // the speaker's words named before, other than the speaker's side and the one awaiting; else of whom its claims were.
    else if ((m = AMENDS_AWAITED.exec(words)) && !ASKED_PASSIVE.test(words)) {
      const awaiting = subjectOf(words, units);
      const owing = listUnits(said.slice(0, part.start - offset) + words.slice(0, m.index))
        .filter((u) => u !== awaiting && !own.has(units[u]!.mention.key))
        .map((u) => sides.sideOf(units[u]!.mention.key) ?? units[u]!.mention.key)
        .filter((k) => !own.has(k) && ['State', 'Organization'].includes(sides.entities.get(k)?.type ?? ''))
        .pop();
      readings.push({ kind: 'DEMAND', target: null, span: partSpan, ...(owing ? { targetKeys: [owing] } : {}) });
      if (!owing) readings[readings.length - 1]!.pointsBack = true;
    } else if ((m = WANT.exec(words)) || (m = CALL_ON.exec(words)) || (m = ASK_OF.exec(words)))
      read('DEMAND', Number(m[1]));
    // "We hope the relevant country will not interfere": a hope that another party acts asks it of that party.
    else if ((m = HOPED.exec(words)) && !(m[1] && own.has(units[Number(m[1])]!.mention.key)))
      read('DEMAND', m[1] ? Number(m[1]) : null);
    // "we have urged it to play its role": the speaker's appeal to a party named before, by pronoun or role.
    else if (
      (m = OWN_APPEAL.exec(words)) &&
      !FORECAST.test(words) &&
      (role = roleAddressee(words.slice(m[0].length)))
    ) {
      const at = masked.original(part.start + m[0].length, part.start + m[0].length).start;
      const keys = addresseeFor(sides.entities, role, at, own, () => []);
      readings.push({ kind: 'DEMAND', target: null, span: partSpan, ...(keys.length ? { targetKeys: keys } : {}) });
      if (!keys.length) readings[readings.length - 1]!.pointsBack = true;
    }
    // "expects all countries, including ⟨B⟩, to ...": an appeal to all that names one party asks it of that party.
    else if (ALL_PARTIES.test(words)) {
      const among = AMONG_ALL.exec(words);
      read('DEMAND', among ? Number(among[1]) : null);
    } else if (MUST.test(words) && !/⟨\d+⟩/.test(MUST.exec(words)![0])) read('CALL_FOR', null);
    else if (WANTED.test(words)) read('CALL_FOR', null);
    else if ((m = OWNED_CLAIMS.exec(words)) && (DISMISSAL.test(words) || EVALUATION.test(words)))
      read('DENY', Number(m[1]));
    // "Nor can ⟨A⟩ accept the explanation of the ⟨B⟩ side that ...": a denial aimed at whoever gave the account.
    // The claims of a state's ministry are the state's: the denial answers the state.
    else if ((m = CLAIMS_OF.exec(words)) && DISMISSAL.test(words) && !own.has(units[Number(m[1])]!.mention.key))
      readForState('DENY', Number(m[1]));
    else if (notInvolved && (!notInvolved[1] || own.has(units[Number(notInvolved[1])]!.mention.key)))
      read('DENY', null);
    // "no ⟨Eritrean⟩ unit had crossed ...": none of the side's people did it.
    else if ((m = NONE_DID.exec(words)) && [m[1], m[2]].every((p) => !p || namesOnlyOwn(p))) read('DENY', null);
    // "the aircraft flew over neutral waters and did not violate the borders of any State": the side's own craft said
    // not to have crossed a line not its own.
    else if ((m = NOT_CROSSED.exec(words)) && ownCrossingDenied(words, m, namesOnlyOwn)) read('DENY', null);
    // "it acted in self-defence after ⟨B⟩'s forces fired ...": a justification naming another party is read for what it says of them.
    else if (OWN_DOER.test(words) && JUSTIFICATION.test(words) && namesOnlyOwn(words)) read('DENY', null);
    // "there are no foreign military bases in ⟨A⟩" in ⟨A⟩'s words: a denial of the charge that it hosts them.
    else if ((m = NO_PRESENCE.exec(words)) && (!m[1] || own.has(units[Number(m[1])]!.mention.key))) read('DENY', null);
    // "the ⟨Israeli⟩ strikes on ⟨C⟩ violated ⟨C⟩'s sovereignty": an act judged unlawful, a criticism of whoever did it
    // (the party named with the act, else the one the words name doing it, else the act's doer told before).
    else if ((m = ACT_BREACH.exec(words))) {
      const named = m[1] ? listUnits(m[1]).filter((t) => !own.has(units[t]!.mention.key)) : [];
      if (named.length) for (const t of named) read('CRITICIZE', t);
      else {
        const doer = agentOf(sides.entities, m.groups!.act!, units, others);
        readings.push({
          kind: 'CRITICIZE',
          target: doer,
          span: partSpan,
          ...(doer === null ? { antecedent: true } : {}),
        });
      }
    } else if ((m = OVER_DOING.exec(words))) read('ACCUSE', Number(m[1]));
    else if (
      (m =
        WRONGDOING.exec(words) ??
        WRONGDOING.exec(words.replace(TIME_OPENING, '')) ??
        WRONGDOING.exec(words.replace(OPENING, '')) ??
        // "believed ⟨B⟩ was responsible": the wrong the speaker believes of ⟨B⟩ (imputed.ts).
        WRONGDOING.exec(afterBelief(words)))
    ) {
      const service = doneByService(sides.entities, m, units);
      if (service) readings.push({ kind: 'ACCUSE', target: null, span: partSpan, targetKeys: [service] });
      else for (const t of listUnits(m[1]!)) read('ACCUSE', t);
    } else if ((opening = MEANS_OPENING.exec(words)) && (m = WRONGDOING.exec(words.slice(opening[0].length)))) {
      // "By deploying missiles in ⟨P⟩, ⟨B⟩ is creating tension": the claim's words are the wrong, after the means.
      const at = part.text.lastIndexOf(words.slice(opening[0].length));
      const span = at < 0 ? partSpan : { start: part.start + at, end: partSpan.end };
      for (const t of listUnits(m[1]!)) readings.push({ kind: 'ACCUSE', target: t, span });
    } else if ((m = FORCES_OF.exec(words) ?? FORCES_OF.exec(words.replace(OPENING, ''))) && !namesOnlyOwn(m[1]!)) {
      // "members of the ⟨National Police of B⟩": the wrong of the state the police serves.
      for (const t of listUnits(m[1]!)) readForState('ACCUSE', t);
    } else if ((m = ACTS_BY.exec(words))) for (const t of listUnits(m[1]!)) read('ACCUSE', t);
    else if ((m = WRONGED_BY.exec(words))) for (const t of listUnits(m[1]!)) read('ACCUSE', t);
    // "the rebels had been armed and commanded from ⟨B⟩": the state or body a force was run from is its author.
    else if ((m = DONE_FROM.exec(words)) && listUnits(m[1]!).some((t) => !ownUnit(t) && isParty(t)))
      for (const t of listUnits(m[1]!)) {
        if (!ownUnit(t) && isParty(t)) read('ACCUSE', t);
      }
    // "the ⟨Houthis⟩ had been armed and encouraged from abroad": a wrong by parties left unnamed, aimed at no one (not
    // at the party it was done to). The UN's or a monitor's account stays theirs.
    else if (DONE_FROM_UNNAMED.test(words) && !ownSubject && !OWN_OPENING.test(words) && !monitoring)
      readings.push({ kind: 'ACCUSE', target: null, span: partSpan, aimless: true });
    else if ((m = CAUSED_BY.exec(words)) && !listUnits(m[1]!).every((t) => own.has(units[t]!.mention.key))) {
      for (const t of listUnits(m[1]!)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
    }
    // "could not have been carried out without the support of ⟨B⟩": blame for a part in the wrong.
    else if ((m = COMPLICITY.exec(words)) && !namesOnlyOwn(m[1]!)) {
      for (const t of listUnits(m[1]!)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
    }
    // "the attacks were possible only because ⟨B⟩ had supplied ...": blame for the part a party's act played (content.ts).
    // Its words are the party's part ("⟨B⟩ had supplied ..."), not the wrong it made possible, which another party did.
    else if ((m = POSSIBLE_THROUGH.exec(words)) && !namesOnlyOwn(m[1]!)) {
      const at = part.text.indexOf(m[1]!);
      const span = at < 0 ? partSpan : { start: part.start + at, end: partSpan.end };
      for (const t of listUnits(m[1]!))
        if (!own.has(units[t]!.mention.key)) readings.push({ kind: 'ACCUSE', target: t, span });
    }
    // "the militia was a tool of ⟨B⟩": blame of the party that wields another (content.ts).
    else if ((m = PROXY_OF.exec(words)) && !namesOnlyOwn(m[1]!)) {
      for (const t of listUnits(m[1]!)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
    }
    // "the strikes were a response to ⟨Ukrainian⟩ attacks": an act told as an answer accuses whom it answers (content.ts).
    else if (
      (m = RESPONSE_TO.exec(words)) &&
      (answered = ANSWERED.exec(words.slice(m.index + m[0].length))) &&
      // A response to the speaker's own side's act ("a response to our patrols") accuses no one.
      !(answered[1] && namesOnlyOwn(answered[1])) &&
      !(answered[2] && namesOnlyOwn(answered[2]))
    ) {
      const party = answered[1] ?? answered[2];
      if (party) {
        for (const t of listUnits(party)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
      } else read('ACCUSE', null);
    }
    // Weapons received, attacks suffered; a finding's that-clause is read below, for wrongdoing first.
    else if ((m = VICTIM_OF.exec(words))) {
      for (const t of listUnits(m[1]!)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
    } else if (
      (m = ARMED_FROM.exec(words)) &&
      !ownSubject &&
      !receivedByOwn(words.slice(0, m.index), m[0]) &&
      !FINDING.test(words)
    ) {
      // "⟨B⟩ had received drones from ⟨C⟩" accuses the one armed; "the group had received rockets from ⟨C⟩" its
      // supplier. What the speaker's own side received is a purchase it tells of, and "received no drone" a denial.
      // "⟨B⟩ had itself received drones from ⟨C⟩", said back at ⟨B⟩: its own purchases held against it, a criticism.
      if (subject !== null)
        read(/\b(?:itself|themselves)\b/.test(words.slice(0, m.index)) ? 'CRITICIZE' : 'ACCUSE', subject);
      else for (const t of listUnits(m[1]!)) if (!own.has(units[t]!.mention.key)) read('ACCUSE', t);
    } else if (EVENT_WRONGDOING.test(words)) read('ACCUSE', null);
    // "certain countries were arming ⟨B⟩'s neighbours": an accusation of no one named, not of whom the text named last.
    else if (UNNAMED_WRONG.test(words)) readings.push({ kind: 'ACCUSE', target: null, span: partSpan, aimless: true });
    // "the ⟨OSCE⟩ monitors had been denied access to ⟨P⟩": a charge at whoever kept them out, named after "by", else at no
    // one named. The UN's or a monitor's account of its own people stays its account.
    else if (
      (m = ACCESS_DENIED.exec(words)) &&
      !monitoring &&
      (!m.groups!.body ||
        sides.entities.get(units[Number(m.groups!.body.slice(1, -1))]!.mention.key)?.type === 'Organization')
    ) {
      const by = m.groups!.by ? listUnits(m.groups!.by).filter((t) => !own.has(units[t]!.mention.key)) : [];
      if (by.length) for (const t of by) read('ACCUSE', t);
      else readings.push({ kind: 'ACCUSE', target: null, span: partSpan, aimless: true });
    }
    // "T-72 tanks were still crossing into ⟨C⟩ from the ⟨B⟩", "had seen ⟨Russian⟩ tanks sent across the border": arms or
    // troops moved across, a charge at the state they come from or belong to (crossing.ts).
    else if (!monitoring && (crossed = crossedFrom(sides.entities, words, units, ownKey)) !== null)
      read('ACCUSE', crossed);
    // "the missile was ⟨Russian⟩", "the aircraft came from ⟨B⟩", "a fighter of the ⟨B Air Force⟩ entered ...": a charge
    // told by the facts alone, at the party they point to (imputed.ts).
    else if (!monitoring && (imputed = imputedTo(sides.entities, words, units, ownKey)).length)
      for (const t of imputed) read('ACCUSE', t);
    // "mercenaries had been flown into the country from neighbouring States": a charge at whoever brought them, named
    // after "by", else at no one named; where they came from is no doer. The UN's or a monitor's account stays theirs.
    else if (
      (m = BROUGHT_IN.exec(words)) &&
      !speakers.some((s) => sides.unSystem(s) || sides.monitors(s)) &&
      !(m[1] && namesOnlyOwn(m[1]))
    ) {
      const by = m[1] ? listUnits(m[1]).filter((t) => !own.has(units[t]!.mention.key)) : [];
      if (by.length) for (const t of by) read('ACCUSE', t);
      else readings.push({ kind: 'ACCUSE', target: null, span: partSpan, aimless: true });
    } else if ((m = HOLD_RESPONSIBLE.exec(words)) && BLAMED_FOR.test(words)) read('ACCUSE', Number(m[1]));
    // "Washington had imposed sanctions on a ⟨Rwandan⟩ minister": sanctions told as done are a fact of the speaker's side,
    // a position aimed at whom they fall on; only sanctions to come are a warning.
    else if ((m = SANCTIONS.exec(words)) && IMPOSED.test(m[0]) && !TO_COME.test(words.slice(0, m.index)))
      read('STATE', Number(m[1]));
    else if ((m = HOLD_RESPONSIBLE.exec(words)) || (m = SANCTIONS.exec(words))) read('WARN', Number(m[1]));
    else if ((m = PROTEST.exec(words))) {
      // "sent a note to the ⟨Embassy of B⟩": a protest to the state the mission speaks for.
      const key = units[Number(m[1])]!.mention.key;
      const side = sides.sideOf(key);
      if (side && side !== key) readings.push({ kind: 'CRITICIZE', target: null, span: partSpan, targetKeys: [side] });
      else read('CRITICIZE', Number(m[1]));
    } else if (SUMMONED.test(words)) {
      // "summoned the ⟨Chinese⟩ Ambassador", "the Ambassador of ⟨Türkiye⟩ was summoned": the envoy's state.
      const at = SUMMONED.exec(words)!.index;
      const passive = /\b(?:was|were|has been|have been|had been|is being) $/.test(words.slice(0, at));
      const envoy = firstEntity(sides.entities, passive ? words.slice(0, at) : words.slice(at), units, others);
      const key = envoy === null ? null : units[envoy]!.mention.key;
      readings.push({
        kind: 'CRITICIZE',
        target: null,
        span: partSpan,
        targetKeys: key ? [sides.sideOf(key) ?? key] : [],
      });
    }
    // "We have conveyed our concerns to the ⟨Chinese⟩ side", "was handed a note of protest": a protest told (protested.ts).
    else if ((protest = protestedTo(sides.entities, sideOf, words, units, own, unSystem)) !== undefined)
      readings.push({ kind: 'CRITICIZE', target: null, span: partSpan, ...(protest ? { targetKeys: [protest] } : {}) });
    // "⟨B⟩ was looking for a scapegoat for its own failures": blame shifted is a judgement of ⟨B⟩; a wrong
    // done to shift it ("was using the dispute to distract attention from its own troubles") is read above, as a wrong.
    else if (DEFLECTION.test(words) && !ownSubject) {
      const target = subject ?? agentOf(sides.entities, words, units, others);
      read('CRITICIZE', target);
      if (target === null && !POINTING_BACK.test(words)) readings[readings.length - 1]!.aimless = true;
    } else if (DISMISSAL.test(words)) read('DENY', null);
    // "these were fathers with families, not fighters", "no civilians had been harmed": a correction of what another side said.
    else if (CORRECTION.test(words)) read('DENY', null);
    // "If ⟨B⟩ continues these provocations, ⟨A⟩ will take measures": a threat outweighs the judgement beside it.
    // "We will not be intimidated": the speaker's own resolve, never another party's, is a warning too (resolute.ts).
    // "will not go unpunished", "We will not accept any intervention": a wrong answered, an act refused (own-voice.ts).
    else if (
      WARNING.test(words) ||
      CONSEQUENCE.test(words) ||
      ((RESOLVE.test(words) || DETERRENCE.test(words)) && subject === null) ||
      RESOLVING_SUBJECT.test(words)
    ) {
      // "⟨A⟩ would not hesitate to defend ...": the party resolving to act warns; it is not the one warned (content.ts).
      // "⟨A⟩ would respond by ...": ⟨A⟩ is the side that threatens, not the one warned either (reference.ts).
      const resolving = RESOLVING_SUBJECT.test(words);
      const acting = resolving ? null : responder(words);
      // "will lead the Government to review its relations with ⟨B⟩": the party whose ties are to be reviewed.
      const ties = DETERRENCE.test(words) ? RELATIONS_WITH.exec(words) : null;
      const bound = ties && !own.has(units[Number(ties[1])]!.mention.key) ? Number(ties[1]) : null;
      // "⟨A⟩ would not tolerate a ⟨Turkish⟩ base": whose presence is refused is warned, not the side refusing.
      // A state's armed service so named ("⟨Russian military⟩ facilities") stands for the state.
      const refused = refusedParty(sides.entities, words, units, others);
      const refusedKey = refused === null ? null : partyOf(sides.entities, units[refused]!.mention.key);
      // "The ⟨Kenya Defence Forces⟩ will continue to pursue ⟨B⟩": the speaker's own forces warn; they are not warned.
      const ownForces =
        subject !== null && own.has(partyOf(sides.entities, units[subject]!.mention.key))
          ? units[subject]!.mention.key
          : null;
      // "the ⟨NASAMS⟩ are a legitimate target": a weapon or a place threatened is not whom the threat is aimed at.
      const warner =
        ownForces === null && subject !== null && isActorType(sides.entities.get(units[subject]!.mention.key)?.type)
          ? subject
          : null;
      const besides = ownForces === null ? others : [...others, ownForces];
      const target =
        refused ??
        (resolving
          ? null
          : acting === null
            ? (warner ?? consequenceFor(words, units, own) ?? bound ?? warnedOf(sides.entities, words, units, besides))
            : (consequenceFor(words, units, own) ??
              warnedOf(sides.entities, words, units, [...others, units[acting]!.mention.key])));
      if (refusedKey && refusedKey !== units[refused!]!.mention.key)
        readings.push({ kind: 'WARN', target: null, span: partSpan, targetKeys: [refusedKey] });
      else {
        // An act pointed back at ("against these attacks") names whom it is aimed at better than the clause before.
        const aimed =
          target ?? (resolving || acting !== null || UNNAMED.test(words) || ANSWERED_ACT.test(words) ? null : previous);
        read('WARN', aimed);
        // "reserves the right to respond to this aggression": aimed at whoever the text said did the act.
        if (aimed === null && !resolving && ANSWERED_ACT.test(words)) readings[readings.length - 1]!.antecedent = true;
      }
      // "anyone who does so will answer for it": a threat to no one named is not aimed at whom the text named last; a
      // resolve is aimed once all claims are drafted (content.ts aimResolve).
      if (target === null && (UNNAMED.test(words) || resolving)) readings[readings.length - 1]!.aimless = true;
    }
    // "has the will and the means to protect its citizens": the speaker's means to defend its own, a warning to no one.
    // "We are buying so that no one is tempted to test us": a clash warded off or foretold, likewise (own-voice.ts).
    else if ((CAPABILITY.test(words) || DETERRED.test(words)) && subject === null)
      readings.push({ kind: 'WARN', target: null, span: partSpan, aimless: true });
    // "we do not agree with it": a criticism of the author of what is disagreed with, named after "with" or before;
    // "We disagree with this", "with these accusations": a denial of what was claimed.
    else if ((m = DISAGREEMENT.exec(words))) {
      const disagreed = words.slice(m.index + m[0].length);
      const named = firstEntity(sides.entities, disagreed, units, others);
      if (DISAGREED_CLAIM.test(disagreed)) read('DENY', named);
      else if (named !== null) read('CRITICIZE', named);
      else readings.push({ kind: 'CRITICIZE', target: null, span: partSpan, antecedent: true });
    }
    // "African soldiers have paid ... while waiting for the ⟨Council⟩ to share the cost": a criticism of the party awaited.
    else if ((m = AWAITED.exec(words)) && !own.has(units[Number(m[1])]!.mention.key)) read('CRITICIZE', Number(m[1]));
    // "Silence and inaction have not served ...": of whoever failed to act, which the words leave unnamed (conventions.ts).
    else if (INACTION.test(words)) readings.push({ kind: 'CRITICIZE', target: null, span: partSpan, aimless: true });
    // "⟨B⟩'s jamming is a danger to civil aviation": a criticism of ⟨B⟩, when the words name whose act it is.
    else if (
      DANGER.test(words) &&
      (danger = subject ?? agentOf(sides.entities, words, units, others) ?? doerOpening(words)) !== null
    )
      read('CRITICIZE', danger);
    // "the strike had been a grave mistake that ⟨A⟩ had investigated": the side's own wrong, owned, is its account.
    else if (
      EVALUATION.test(words) &&
      ownAdmission(words, (u) => {
        const key = units[u]!.mention.key;
        return own.has(key) || own.has(sides.sideOf(key));
      })
    )
      readings.push({ kind: 'STATE', target: null, span: partSpan, aimless: true });
    else if (EVALUATION.test(words)) {
      const target =
        subject ?? (event || TEXT_JUDGED.test(words) ? null : agentOf(sides.entities, words, units, others));
      read('CRITICIZE', target);
      // Only words pointing back ("this is unacceptable", "it was a provocation") take their target from what came before.
      if (target === null && !event && !POINTING_BACK.test(words)) readings[readings.length - 1]!.aimless = true;
    }
    // "were using the incidents as a pretext to interfere": bad faith imputed, with no word of judgement, is an
    // accusation, of the subject when it is an actor.
    else if (MOTIVE.test(words)) read('ACCUSE', subject);
    else if (OUTCOME.test(words) && !PERSONAL.test(words)) read('CALL_FOR', null);
    // "at least 46 civilians had been killed", "had received credible accounts that ...": what the UN or a monitor
    // counted or was told is a finding, aimed at no one (a party's own count stays what it says).
    else if (RECORD.test(words) && speakers.length > 0 && speakers.every((s) => sides.unSystem(s) || sides.monitors(s)))
      readings.push({ kind: 'REPORT', target: null, span: partSpan, aimless: true });
    else if (FINDING.test(words)) {
      // "the investigators had established that ⟨B⟩ dropped ...": a party citing a finding of wrongdoing accuses.
      const that = /\bthat\s+/.exec(words);
      const wrong =
        that && !speakers.every((s) => sides.monitors(s))
          ? WRONGDOING.exec(words.slice(that.index + that[0].length))
          : null;
      const found = firstEntity(sides.entities, words, units, others);
      if (wrong) for (const t of listUnits(wrong[1]!)) read('ACCUSE', t);
      // "the veto showed that ⟨B⟩ wanted a free hand", "the report confirmed that ⟨B⟩ had ...": a state that cites
      // what shows another party's conduct accuses it; only a monitor, a panel or a researcher reports.
      else if (found !== null && that && speakers.every((s) => forState(sides, s))) read('ACCUSE', found);
      else read('REPORT', found);
    }
    // A decision of the speaker's side ("⟨A⟩ has decided to ..."): a position, aimed at the other party it names.
    else if ((m = DECIDED.exec(words)) && namesOnlyOwn(m.groups!.doer!)) {
      const other = firstEntity(sides.entities, words.slice(m[0].length), units, others, true);
      const key = other === null ? null : units[other]!.mention.key;
      const side = key ? (sides.sideOf(key) ?? key) : null;
      readings.push({
        kind: 'STATE',
        target: null,
        span: partSpan,
        ...(side && !own.has(side) ? { targetKeys: [side] } : { aimless: true }),
      });
    }
    // "I want to thank ⟨B⟩ for ...", "we would like to thank the ⟨B⟩ and ⟨C⟩": a statement's or an answer's own thanks
    // are a position aimed at each party thanked, as thanks told after a verb of saying are (finder.ts).
    else if ((thanked = partiesThanked(words, ownUnit)).length) for (const t of thanked) read('STATE', t);
    // "The Minister will travel to ⟨Tashkent⟩ on Thursday": a visit announced is a position, aimed at no one.
    else if (ANNOUNCEMENT.test(words)) readings.push({ kind: 'STATE', target: null, span: partSpan, aimless: true });
    // "⟨Place⟩ is an integral part of ⟨A⟩", "remains committed to dialogue": a position told as fact, aimed at no one.
    else if (TITLE.test(words) || STANDING.test(words))
      readings.push({ kind: 'STATE', target: null, span: partSpan, aimless: true });
    // "thanks ⟨A⟩ and ⟨B⟩ for ..., and asks them to speed up deliveries": a demand of the parties the sentence named.
    if (/^(?:and|but)\s/i.test(part.text) && THEM_ASKED.test(words) && !readings.slice(before).length)
      for (const t of listUnits(said.slice(0, part.start - offset)))
        if (!ownUnit(t) && ['State', 'Organization'].includes(sides.entities.get(units[t]!.mention.key)?.type ?? ''))
          readings.push({ kind: 'DEMAND', target: t, span: partSpan });
    // "..., which had killed thousands": a wrong told of a party in passing, whatever the clause says besides.
    const relative = RELATIVE_WRONG.exec(words);
    if (relative)
      for (const t of listUnits(relative[2] ?? relative[1]!))
        if (!own.has(units[t]!.mention.key) && !readings.some((r) => r.kind === 'ACCUSE' && r.target === t))
          read('ACCUSE', t);
    // "a patrol boat of the ⟨B⟩ Navy stopped three canoes": a hostile act told by a party accuses its doer (hostile.ts);
    // the UN's or a monitor's account of one is a finding, read above.
    if (
      !readings.slice(before).some((r) => r.kind === 'ACCUSE') &&
      !speakers.some((s) => sides.unSystem(s) || sides.monitors(s))
    )
      readings.push(...readHostileAct(sides, words, units, own, partSpan));
    // The UN's or a monitor's account of a party's act is a finding aimed at the doer (briefed.ts).
    else if (briefers(sides, speakers))
      readings.push(...readBriefedAct(sides, words, units, own, partSpan, readings.splice(before)));
    // "kills civilians with drones supplied by ⟨C⟩": a party tells the supplier of a wrong's means as a party to it too.
    if (!speakers.some((s) => sides.unSystem(s) || sides.monitors(s)))
      for (const t of suppliersOfMeans(sides.entities, words, units, (k) => own.has(k) || own.has(sides.sideOf(k))))
        if (!readings.slice(before).some((r) => r.kind === 'ACCUSE' && r.target === t))
          readings.push({ kind: 'ACCUSE', target: t, span: partSpan });
    // "which the ⟨Council⟩ had failed even to condemn": a party's failure to act, whatever else the clause tells.
    const failed = FAILED_TO_ACT.exec(words);
    if (failed && !own.has(units[Number(failed[1])]!.mention.key)) {
      const party = Number(failed[1]);
      const at = part.text.lastIndexOf(words.slice(failed.index));
      const from = at < 0 ? part.start : part.start + at;
      // What the clause tells before the failure ("his country had acted in self-defence, ..., which ...") stays the
      // position it was, when nothing else in the clause was read.
      if (readings.length === before && from > part.start)
        readings.push({ kind: 'STATE', target: null, span: { start: part.start, end: from }, aimless: true });
      if (!readings.slice(before).some((r) => r.kind === 'CRITICIZE' && r.target === party))
        readings.push({ kind: 'CRITICIZE', target: party, span: { start: from, end: partSpan.end } });
    }
    // "from which ⟨A⟩ was removed unjustly": an act judged by its adverb, whatever else the clause asks or tells.
    readings.push(...readWrongful(sides.entities, words, units, own, partSpan, readings.slice(before)));
    // "Instead it imposed illegal sanctions on ⟨C⟩" opening a sentence: "it" is the last party the sentence before told
    // doing something, other than the speaker's own side.
    // "It has also violated the ceasefire": a wrong it did is an accusation of that party.
    const opened = OPENS_SENTENCE.test(masked.text.slice(0, part.start)) ? sides.subjectBefore(own) : null;
    if (opened && !own.has(opened) && opensOnPronounDoer(part.text)) {
      const made = readings.slice(before);
      for (const r of made)
        if ((r.kind === 'ACCUSE' || r.kind === 'CRITICIZE') && r.target === null && !r.targetKeys?.length && !r.aimless)
          r.targetKeys = [opened];
      if (!made.length && opensOnPronounWrong(part.text))
        readings.push({ kind: 'ACCUSE', target: null, span: partSpan, targetKeys: [opened] });
    }
  }
  return readings;
}
