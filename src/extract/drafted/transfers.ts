import type { TransferStatus } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { clearTopic, datelineState } from '../mentions.js';
import { slug } from '../text.js';
import { makeKey } from '../entities.js';
import type { Span } from '../types.js';
import {
  ARRIVE,
  BROAD_SUPPLY,
  COMPANY_NOUN,
  FLEET_SUPPORT,
  PACKAGE_NOUN,
  COMMANDED,
  COUNTER_CLAUSE,
  DEAL_NOUN,
  FIGHT_WITH,
  GENERIC_WEAPON_NOUNS,
  GOVERNMENT_NOUN,
  GROUP_NOUN,
  ONWARD_VERB,
  OPERATE,
  PURCHASE_NOUN,
  QUANTITY,
  RECEIVE,
  RECEIVED,
  RECEIVING,
  SERVICE_NOUN,
  SUPPLIED,
  SUPPLIER_NOUN,
  SUPPLIER_RANK,
  SUPPLY,
  SUPPLYING,
  supplyVerb,
  TRANSFER_NOUN,
  UNNAMED_GROUP,
  WEAPON_MODIFIER,
  WEAPON_NOUN,
} from './arms.js';
import { periodsIn, type Period } from './period.js';

/**
 * Weapons transfers, drafted as `WeaponsTransfer` entities with
 * SUPPLIED_BY, RECEIVED_BY and OF_WEAPON relationships, from the ways news
 * says weapons moved: "⟨A⟩ supplied ⟨B⟩ with ⟨W⟩", "⟨A⟩ delivered ⟨W⟩ to
 * ⟨B⟩", "⟨B⟩ received ⟨W⟩ from ⟨A⟩", "⟨W⟩ delivered to ⟨B⟩ by ⟨A⟩", "the
 * transfer by ⟨A⟩ of ⟨W⟩ to ⟨B⟩", "⟨A⟩ approved the sale of ⟨W⟩ to ⟨B⟩";
 * with the weapon, quantity and period as said. A supplier or recipient
 * named by its armed service is its state, so that a dataset's record of
 * the same transfer (by supplier, recipient, weapon and period) can be
 * found. A transfer said not to have happened ("had not supplied") is not
 * drafted.
 */

/**
 * The parties after "from", "to" or "by": a list of them, but not one whose last member opens a clause of its own
 * ("ordered ⟨W⟩ from ⟨A⟩, and ⟨C⟩ threatened to strike them", "and ⟨C⟩ later sent ...": ⟨C⟩ is the next clause's
 * subject, an adverb before its verb or not, not a supplier).
 */
const NEW_CLAUSE = String.raw`(?!\s+(?:(?:later|then|also|now|soon|since|subsequently|itself|quietly|reportedly|allegedly)\s+)?(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|do|said|says|say|told|sent|took|made|began|struck|bought|sold|gave|got|built|paid|[a-z]+ed)\b)`;
/**
 * A name that opens a weapon phrase ("and ⟨W⟩ air defence systems from ⟨C⟩"), or is itself bought from someone ("⟨W1⟩s
 * bought from ⟨A1⟩ and ⟨W2⟩s from ⟨A2⟩"): the next item of a list of purchases, no party.
 */
const WEAPON_NEXT = String.raw`(?![ -](?:(?:${WEAPON_MODIFIER})[ -])*${WEAPON_NOUN}\b)(?!s? from (?:the )?⟨)`;
const OBJECTS = String.raw`(?:[Bb]oth (?:the )?)?⟨\d+⟩(?:(?:, (?:the )?⟨\d+⟩)*,? (?:and|or|as well as) (?:the )?⟨\d+⟩${NEW_CLAUSE}${WEAPON_NEXT})?`;
/**
 * A name in a list of weapons, not the subject of a verb of moving them: "sold it ⟨W1⟩ and ⟨W2⟩, and ⟨C⟩ supplied ⟨W3⟩"
 * ends the list at ⟨W2⟩, the second clause a transfer of its own. (Checked after a name only, the verbs being many.)
 */
const LISTED_NAME = String.raw`⟨\d+⟩(?! (?:${SUPPLY}|${RECEIVE})\b)`;
/** A system named after the word for what it is: "the carrier ⟨INS Vikramaditya⟩", "the helicopter carrier ⟨W⟩". */
const NAMED_AFTER = String.raw`(?:(?!(?:to|from|by|with|that|which|who|in|on|at|for|of)\b)[\w-]+ ){0,2}?${WEAPON_NOUN} ⟨\d+⟩`;
/** A system's name made plural outside its mention: "⟨Rafale⟩s", "80 ⟨W⟩s". */
const PLURAL = String.raw`(?:(?<=⟩)s)?`;
/** "⟨W⟩, most of which were supplied ...": a share of the weapons before a passive of their own. */
const SHARE_OF = String.raw`,? (?:most|many|some|all|several|half|part|one|two|three|four|five|six|\d+) of which`;
/** "its first ⟨W⟩s", "the last two ⟨W⟩ frigates": which of a buyer's deliveries, before the weapon. */
const ORDINAL = String.raw`(?:first|second|third|last|latest|initial|remaining|final)`;
/** A weapon phrase: "six ⟨Yak-130⟩ light attack aircraft", "armoured vehicles and air defence systems". */
const WEAPON = String.raw`(?:(?<quantity>${QUANTITY})\s+)?(?:(?:the|its|their|these|those|such|new|more|additional|further|${ORDINAL})\s+)*(?<![\w-])(?<what>${NAMED_AFTER}|(?:(?:⟨\d+⟩|(?!(?:to|from|by|with|that|which|who|in|on|at|for|of)\b)[\w-]+)[ -]){0,6}?(?:(?:${WEAPON_MODIFIER}) )*${WEAPON_NOUN}(?:(?:,? and(?! (?:also )?with\b)| or|,) (?:${QUANTITY}\s+)?(?:(?:${WEAPON_MODIFIER}|${LISTED_NAME}|(?!(?:to|from|by|for)\b)[\w-]+) ){0,4}${WEAPON_NOUN}){0,3}|⟨\d+⟩)${PLURAL}(?![\w-])`;
/**
 * Words between a subject and its verb: auxiliaries, adverbs, "is expected to", "signed a deal to", "accused ⟨A⟩ of
 * (supplying)", a supply told as going on ("will keep sending", "went on selling"), and a decision dated between its verb and what was decided ("agreed in 2024 to buy", "decided last
 * month to sell"), a supply dated by an adverb ("later supplied", "now planned to sell"); a supply agreed or allowed before it is made ("was to build", "has begun receiving", "was cleared,
 * in January, to buy"), which analysts record as a transfer as they do an order; and a purchase a government authorizes
 * one of its organs to make ("today authorized the ⟨Ministry of Defence⟩ to buy"), the government's state's.
 */
const AUX = String.raw`(?:(?:of [a-z]+ing\b[^;,]{0,60}? by|(?:answered|responded|reacted|replied|retaliated|began|started|helped|began|continued) by(?= [a-z]+ing\b)|of|for|on \w+|last \w+|has|have|had|is|are|was|were|will|would|also|itself|themselves|reportedly|allegedly|secretly|already|recently|since|later|now|then|first|once|again|soon|still|instead|so far|subsequently|eventually|ultimately|finally|quietly|openly|been|repeatedly|continues to|continued to|(?:keeps?|kept|go(?:es)? on|went on|continues|continued|continue)(?= [a-z]+ing\b)|(?:agreed|decided|planned|voted) (?:in|on|last|this|earlier this) (?:\d{1,2} )?\w+(?: \d{1,2},?)?(?: (?:1[89]|20)\d\d)? to|agreed to|decided to|plans to|planned to|intends to|began to|(?:is|was|are|were) to(?= [a-z]+\b)|(?:begun|began|started)(?= [a-z]+ing\b)|(?:cleared|approved|authori[sz]ed|allowed|permitted)(?:,[^,;⟨]{1,30},)? to|(?:authori[sz]ed|allowed|permitted|instructed|mandated|tasked) (?:the |its )?⟨\d+⟩ to|today|yesterday|(?:is|was|are|were) expected to|(?:is|was|are|were) due to|(?:signed|struck|agreed|reached|concluded|inked) (?:a |an )?(?:[^\s⟨]+ ){0,3}?(?:deal|contract|agreement)(?: (?:in|on) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2},?)?(?: (?:1[89]|20)\d\d)?)? to|did|does|not|never|no longer)\s+)*`;
/** Words set off by commas after a subject, a number's thousands comma among them (", which has about 5,000 troops,"). */
const ASIDE = String.raw`,(?:[^,]|(?<=\d),(?=\d{3}\b)){1,80},`;
/** A relative clause opening on its subject: "⟨B⟩, which received ...", "⟨A⟩, which had supplied ...". */
const WHICH = String.raw`,\s+(?:which|who)`;
/**
 * A relative clause of its own between a subject and its verb: "⟨A⟩, which with ⟨C⟩ and ⟨D⟩ was bound to keep the peace,
 * had shipped ...": the subject is the one before it, not a party named inside it.
 */
const RELATIVE_ASIDE = String.raw`,\s+(?:which|who)\b[^;,]{1,100}?(?:,[^;,]{1,60}?){0,2},`;
/**
 * "to" that closes a phrase of its own ("according to ⟨C⟩", "in response to ⟨C⟩", "next to ⟨C⟩"): what follows is the
 * source of a report or what was answered, not whom the weapons went to.
 */
const TO_CLOSING = String.raw`(?:according|owing|due|next|close|prior|thanks|contrary|compared|similar|addition|response|reference|regard|relation|respect)`;
const NOT_TO = String.raw`(?<!\b${TO_CLOSING})`;
const PLACE_WORDS =
  '(?:the )?(?:(?:eastern|western|northern|southern|north-eastern|north-western|south-eastern|south-western) )?';

/** "from ⟨Airbus⟩ in ⟨Spain⟩": a maker of no one state, named with where it made the weapons, sells from there. */
const MAKER_IN = String.raw`(?: in (?:the )?(?<makerin>⟨\d+⟩))?`;

/** "his country had supplied ...", "whose country supplied ...": the speaker's own state, in UN coverage. */
const OWN_COUNTRY = String.raw`(?<own>\b(?:[Hh]is|[Hh]er|[Ww]hose) country)`;
/** "It handed over ...", "when it sold ...": a supplier named by a pronoun, the actor it stands for found before it. */
const PRONOUN = String.raw`(?<pronoun>\b(?:[Ii]t|[Tt]hey)(?= ))`;
/**
 * "We have delivered three ⟨W⟩ systems": a supplier's own account, in a briefing or a statement, for the state the text
 * speaks for; whom it went to, when the clause does not say, is whom the sentence before named.
 */
const WE_SUPPLY = String.raw`(?<swe>\b[Ww]e(?= ))`;
/**
 * "the country gave Ukraine ...", "Israel had delivered ⟨W⟩ to the island": a state named by what it is, as a text
 * about it calls it again; the state the text is about, else the one "it" would stand for.
 */
const DESCRIBED = String.raw`\b[Tt]he (?:country|island|kingdom|archipelago|republic|emirate)\b`;
/**
 * "the ⟨Iranian⟩ side", "the ⟨Ukrainian⟩ forces": a state named by its demonym and a word for it as a party, or for its
 * forces (a recipient's), after the demonym's mention.
 */
const SIDE = String.raw` side\b`;
const SUPPLIER_VERB = new RegExp(
  String.raw`(?:(?<supplier>${LIST})(?:[’']s (?:forces|army|military|government|navy|air force)|${SIDE})?|${OWN_COUNTRY}|${PRONOUN}|${WE_SUPPLY}|(?<described>${DESCRIBED})|(?<firm>\b[Tt]he ${COMPANY_NOUN}\b)|(?:[\w-]+ ){1,3}from (?:the )?(?<from>${OBJECTS}))(?:${ASIDE}|${RELATIVE_ASIDE}|${WHICH})?\s+(?<aux>${AUX})(?<verb>${SUPPLY})\b`,
  'gu',
);
/**
 * A buyer named by what it is or by its government: "The country has bought ...", "the transitional government has
 * bought ...", "his country had received ..."; a state's or its army's government is the state ("⟨Mali⟩'s
 * government", "the ⟨military⟩ government").
 */
const BUYER_DESCRIBED = String.raw`(?<rdescribed>${DESCRIBED}|\b[Tt]he (?:${GOVERNMENT_NOUN}|${SERVICE_NOUN})\b)|${OWN_COUNTRY}`;
/** "⟨B⟩, whose small navy received ...": a buyer's service in a relative clause is its antecedent's. */
const WHOSE_SERVICE = String.raw`(?<=(?<whose>⟨\d+⟩),\s+)[Ww]hose (?:[a-z]+ )?(?:${SERVICE_NOUN}|${GOVERNMENT_NOUN})\b`;
const RECIPIENT_VERB = new RegExp(
  String.raw`(?:(?<recipient>${LIST})(?:[’']s)?(?: (?:${GOVERNMENT_NOUN}|${SERVICE_NOUN}|forces|troops)|${SIDE})?|(?<rpronoun>\b(?:[Ii]t|[Tt]hey)(?= ))|(?<rwe>\b[Ww]e(?= ))|${BUYER_DESCRIBED}|${WHOSE_SERVICE})(?:${ASIDE}|${RELATIVE_ASIDE}|${WHICH})?\s+(?<aux>${AUX})(?<verb>${RECEIVE})\b\s+(?:of\s+)?${WEAPON}(?<tail>[^;]*)`,
  'gu',
);
/**
 * "⟨A⟩'s ⟨W⟩ were sold to ⟨B⟩", "Its older ⟨W⟩s were sold to ⟨B⟩" (a word or two before the system's name): the owner of weapons handed on in a passive with no
 * "by" is who handed them on (a pronoun standing for the subject it refers to).
 */
const OWNER = String.raw`(?:(?:(?<owner>⟨\d+⟩)[’']s|(?<ownpro>\b(?:[Ii]ts|[Tt]heir)))\s+(?:[a-z-]+\s+){0,2}?)?`;
/**
 * The way weapons went, between the verb of sending and whom they went to: "sent across the border to ⟨B⟩", "shipped by
 * sea to ⟨B⟩", "smuggled through ⟨C⟩ to ⟨B⟩".
 */
const PATH = String.raw`(?: (?:across|over) the (?:border|frontier|sea|lake|river)| by (?:sea|air|land|road|rail|truck|ship|boat)| overland| (?:through|via) (?:the )?⟨\d+⟩)?`;
/**
 * "⟨Chinese⟩-made ⟨W⟩ sold to ⟨B⟩", "⟨W⟩, which had been delivered to ⟨B⟩, ...": a weapon with its recipient in a
 * passive, the weapon's maker or the "by" after it the supplier; a relative clause between them is the weapon's own.
 */
/**
 * "supplied to ⟨B⟩ under a programme backed by ⟨A⟩": the state behind the programme a supply was made under supplies.
 */
const UNDER = String.raw`(?: under (?:a|an|the) (?:[\w-]+ ){0,2}?(?:programme|program|scheme|arrangement|plan) (?:backed|run|funded|financed|led|overseen|organi[sz]ed|set up) by (?:the )?(?<by3>${OBJECTS}))?`;
const PASSIVE = new RegExp(
  String.raw`${OWNER}${WEAPON}(?:(?:${SHARE_OF}|,? (?:which|that))(?: (?:had|have|has|were|was|are|is|been|reportedly|allegedly|also|later|since))*| [^⟨;,]{0,30}?)? (?<verb>${SUPPLIED})${PATH}(?: (?:by|from) (?:the )?(?<by>${OBJECTS}))?${PATH}(?:${NOT_TO} (?:to|for) ${PLACE_WORDS}(?:(?<to>${OBJECTS})|(?<tonoun>${UNNAMED_GROUP})))(?: (?:by|from) (?:the )?(?<by2>${OBJECTS}))?${UNDER}`,
  'gu',
);
const NOMINAL = new RegExp(
  String.raw`(?:(?<owner>⟨\d+⟩)[’']s )?(?:[\w-]+ ){0,2}?(?:${TRANSFER_NOUN})(?: by (?:the )?(?<by>${OBJECTS}))?(?: of ${WEAPON})?(?: (?:by|from) (?:the )?(?<from>${OBJECTS}))?(?: [^⟨;,]{0,20}?)?${NOT_TO} to ${PLACE_WORDS}(?<to>${OBJECTS})`,
  'gu',
);
/**
 * "⟨W⟩ sold to ⟨B⟩ ended up with ⟨C⟩", "..., which had been sold to ⟨B⟩, were found in the hands of ⟨C⟩": weapons passed
 * on by the recipient of a first transfer, a second transfer from it.
 */
const ONWARD = new RegExp(
  String.raw`^(?: [^⟨;,]{0,30}?)?,?\s+(?:(?:have|has|had|were|was|been|later|since|then|reportedly|allegedly|also)\s+)*(?:${ONWARD_VERB})\s+(?:the )?(?:(?:fighters|forces|members|units|hands) of (?:the )?)?(?<to>${OBJECTS})`,
  'u',
);
/**
 * "⟨A⟩ approved the sale of ⟨W⟩ to ⟨B⟩", "⟨A⟩ will go ahead with the delivery of ⟨W⟩ to ⟨B⟩", "... to the island": the
 * subject supplies.
 */
/** A sale cleared by the supplier's authorities: the verbs of the approvals below that need no more words. */
const CLEARED = String.raw`(?:approved|authorized|authorised|cleared)`;
const APPROVAL_VERB = String.raw`(?:${CLEARED}|agreed|signed off on|go(?:es)? ahead with|went ahead with|proceed(?:s|ed)? with|completed?|resumed?|finali[sz]ed?|confirmed)`;
const APPROVED = new RegExp(
  String.raw`(?<supplier>${LIST})(?:${ASIDE})?\s+(?:${AUX})${APPROVAL_VERB} (?:the |a )?(?:[\w-]+ )?(?:${TRANSFER_NOUN}) of ${WEAPON}(?: [^⟨;,]{0,20}?)? to (?:${PLACE_WORDS}(?<to>${OBJECTS})|(?<tothe>${DESCRIBED}))`,
  'gu',
);
/**
 * "⟨A⟩ approved the sale of 66 ⟨W⟩ fighters in August 2019", in a story about the buyer: a sale approved with no buyer
 * named goes to the state the text is about. Only a sale, an export or a delivery: a purchase approved is the buyer's.
 */
const APPROVED_UNTOLD = new RegExp(
  String.raw`(?<supplier>${LIST})(?:${ASIDE})?\s+(?:${AUX})${CLEARED} (?:the |a )?(?:[\w-]+ )?(?:sale|sales|export|exports|delivery|deliveries|transfer) of ${WEAPON}(?<untold>)(?!(?: [^⟨;,]{0,20}?)? (?:to|for|by) )`,
  'gu',
);
/** "..., and has since cleared ⟨W2⟩ and ⟨W3⟩": a further approval of the same supplier, for the same buyer. */
const APPROVED_MORE = new RegExp(
  String.raw`^[^;]{0,80}?,? and (?:${AUX})${CLEARED} (?:the (?:sale|sales|export|exports) of )?${WEAPON}`,
  'u',
);
/**
 * "⟨B⟩ signed a $2 billion contract with ⟨A⟩ for ⟨W⟩", "⟨B⟩ placed an order for ⟨W⟩ from ⟨A⟩", "It signed a contract in
 * 2022 for ⟨W⟩ from ⟨A⟩", "⟨B⟩ has finalized an agreement with ⟨A⟩ for the purchase of ⟨W⟩": the subject buys, a
 * pronoun standing for whom it would as a supplier.
 */
/**
 * "the Minister of National Defence signed the letter of acceptance for ⟨W⟩": a buyer's office named with no state, in a
 * text that speaks for one (a briefing, a statement), is that state's.
 */
const OFFICE = String.raw`(?<office>\b[Tt]he (?:[A-Z][a-z]+ )?(?:Minister|Ministry|Secretary|Department)(?: (?:of|for)(?: (?:[A-Z][a-z]+|and)){1,4})?)`;
/** When a deal was signed, told between it and what it is for: "a contract in 2022 for", "two deals on 3 March with". */
const DEAL_DATE = String.raw`(?:,? (?:in|on) (?:\d{1,2} )?[A-Z]?[a-z]+(?: \d{1,2},?)?(?: (?:1[89]|20)\d\d)?|,? in (?:1[89]|20)\d\d|,? (?:last|this|earlier this) (?:year|month|week))?`;
/**
 * "⟨B⟩ threatened to cancel its order for ⟨W⟩ from ⟨A⟩", "⟨B⟩ cancelled a contract for ⟨W⟩ with ⟨A⟩": an order a buyer
 * would cancel, or has, was agreed, which analysts record as a transfer.
 */
const CANCELLED = String.raw`(?:(?:threatened|decided|moved|voted|refused|planned|plans|threatens) to (?:cancel|scrap|suspend|freeze|review)|cancell?ed|scrapped|suspended|froze)`;
const DEAL = new RegExp(
  String.raw`(?:(?<to>${LIST})|${PRONOUN}|${OFFICE})(?:${ASIDE})?\s+(?:${AUX})(?:signed|struck|reached|concluded|agreed|inked|finali[sz]ed|placed|announced|${CANCELLED}) (?:a |an |its |the )?(?:[^\s⟨]+ ){0,4}?${DEAL_NOUN}${DEAL_DATE}(?: with (?:the )?(?:⟨\d+⟩ (?:${COMPANY_NOUN}) )?(?<by>(?:the )?⟨\d+⟩(?: government)?(?:(?:,| and|, and) (?:the )?⟨\d+⟩(?: government)?)*))?${DEAL_DATE} (?:for|to buy|to purchase|to acquire|for the ${PURCHASE_NOUN} of) ${WEAPON}(?:(?: [^⟨;]{0,30}?)? (?:from|with) (?:the )?(?:(?:[a-z-]+ )?(?:${COMPANY_NOUN}) )?(?<from>${OBJECTS}))?`,
  'gu',
);
/**
 * "⟨A⟩ was ⟨B⟩'s largest arms supplier", "⟨A⟩, ⟨B⟩'s second largest supplier, halted ...", "⟨A⟩ remains one of
 * ⟨B⟩'s main suppliers": a state named by its rank among another's suppliers has supplied it, weapons unnamed. A rank
 * is needed ("⟨B⟩'s suppliers" alone are often whom it has not yet bought from), and the supplier must be the subject
 * of "is" or stand in apposition, not an object ("turned to ⟨B⟩'s main supplier"). "⟨A⟩ ranks among ⟨B⟩'s largest
 * European arms suppliers, along with ⟨C⟩ and ⟨D⟩": each state named with it is one too.
 */
const SUPPLIER_OF = new RegExp(
  String.raw`(?<!\b(?:to|from|with|of|by|for|on|at|than|as|against) (?:the )?)(?<supplier>${LIST})(?:,\s+|\s+(?:(?:is|was|has|had|been|remains|remained|became|become|now|still|long|also|once|already|by far|ranks?|ranked|ranking|counts?|counted)\s+)+)(?:(?:one of|among)\s+)?(?<to>⟨\d+⟩)[’']s\s+(?:(?:${SUPPLIER_RANK})\s+){1,2}(?:(?:[A-Z][a-z]+|foreign|overseas|Western|Eastern)\s+)?${SUPPLIER_NOUN}\b(?:,? (?:along with|together with|alongside|as (?:are|were|is|was)) (?:the )?(?<also>${OBJECTS}))?`,
  'gu',
);
/**
 * "⟨B⟩'s purchase of ⟨W⟩ from ⟨A⟩", "⟨B⟩'s planned acquisition of ⟨W⟩ from ⟨A⟩", "sanctions on ⟨B⟩ over its purchase of
 * ⟨W⟩ from ⟨A⟩": the owner of the buying receives, a pronoun standing for the party it refers to.
 */
const PURCHASE = new RegExp(
  String.raw`(?:(?<to>⟨\d+⟩)[’']s|(?<topro>\b(?:[Ii]ts|[Tt]heir))) (?:[\w-]+ )?(?:purchase|purchases|acquisition|acquisitions|procurement|imports?|orders?) (?:of|for) ${WEAPON}(?: [^⟨;,]{0,20}?)? from (?:the )?(?<from>${OBJECTS})`,
  'gu',
);
/**
 * "a ⟨W⟩, one of several that ⟨A⟩ sold to ⟨B⟩", "the ⟨W⟩ which ⟨A⟩ delivered to ⟨B⟩", "the ⟨W⟩ ⟨A⟩ agreed to give ⟨B⟩",
 * "the ⟨W⟩s it has delivered to ⟨B⟩": the weapon before its clause, "that" or "which" left out as often as said, the
 * supplier a pronoun standing for the subject it refers to; two objects ("give ⟨B⟩") only after a verb that takes them.
 */
const RELATIVE = new RegExp(
  String.raw`${WEAPON}(?:, one of [^⟨;,]{0,30}?)?(?:,? (?:that|which))? (?:the )?(?:(?<supplier>${LIST})|(?<spronoun>\b(?:it|they)))\s+(?:${AUX})(?<verb>${SUPPLY})(?: (?:to|for) ${PLACE_WORDS}|(?<direct> ))(?<to>${OBJECTS})`,
  'gu',
);
/**
 * "thanks ⟨A⟩ for the ⟨W⟩ they have provided", "the ⟨W⟩ ⟨A⟩ has delivered so far": weapons handed over with no recipient
 * named, in a text that speaks for a state, are that state's.
 */
const RELATIVE_UNTOLD = new RegExp(
  String.raw`${WEAPON},? (?:(?:that|which) )?(?:the )?(?:(?<supplier>${LIST})|(?<spronoun>\b(?:it|they)))\s+(?:${AUX})(?<verb>${SUPPLY})\b(?! (?:to|for|with|in)\b)(?! (?:the )?⟨)`,
  'gu',
);
/** "⟨B⟩, ..., after buying ⟨W⟩ from ⟨A⟩": a clause of receiving hung on the sentence's subject. */
const RECEIVING_CLAUSE = new RegExp(
  String.raw`^(?:[A-Z][\w-]* ){0,2}?(?:the )?(?<to>${LIST})(?<mid>[^;]{0,200}?)(?<clause>\b(?:after|before|while|since|by) ${RECEIVING}\s+${WEAPON}(?: [^⟨;]{0,40}?)? from (?:the )?(?<from>${OBJECTS}))`,
  'u',
);
/**
 * "⟨B⟩, which also flies ⟨Israeli⟩ Harop and ⟨Turkish⟩ ⟨W⟩ drones", "⟨B⟩ operates ⟨Russian⟩-made ⟨W⟩ fighters", "⟨B⟩'s
 * army had used ⟨Israeli⟩-made drones", "the air force uses ⟨Russian⟩ and ⟨Chinese⟩ jets": weapons in a force's service,
 * each item of the list opening on the demonym of the state that made them (two demonyms sharing one noun each a maker);
 * a service named by what it is serves the state serviceUser finds.
 */
const OPERATED = new RegExp(
  String.raw`(?:(?<to>⟨\d+⟩)(?:(?:[’']s)? (?:${SERVICE_NOUN}|forces|troops))?|(?<service>\b(?:[Tt]he|[Oo]ur|[Ii]ts) (?:${SERVICE_NOUN})\b))(?:${ASIDE}|${WHICH})?\s+(?:(?:also|already|still|now|has|have|had|long)\s+)*${OPERATE}\s+(?<list>⟨\d+⟩(?:-(?:made|built))?\s(?:(?! (?:to|in order to) [a-z]+\b)[^;.,]|,\s(?:and\s)?(?=⟨)){0,120}${WEAPON_NOUN})\b`,
  'gu',
);
/** One item of such a list, between its commas and "and": a demonym and what it made. */
const OPERATED_ITEM =
  /(?:^|,\s+(?:and\s+)?|\s+(?:and|or)\s+)⟨(?<maker>\d+)⟩(?:-(?:made|built))?(?:\s(?:and|or)\s⟨(?<maker2>\d+)⟩(?:-(?:made|built))?)?\s(?<what>(?:(?!,\s|\s(?:and|or)\s).)+)/gu;
/** "⟨B⟩ still operates the 247 ⟨W⟩ tanks it bought from ⟨A⟩": a receiving clause whose "it" is the sentence's subject. */
const RECEIVED_RELATIVE = new RegExp(
  String.raw`^(?:[A-Z][\w-]* ){0,2}?(?:the )?(?<to>${LIST})(?<mid>[^;]{0,200}?)(?<clause>${WEAPON},? (?:that |which )?(?:it|they) (?:${AUX})(?:${RECEIVE})(?: [^⟨;]{0,40}?)? from (?:the )?(?<from>${OBJECTS}))`,
  'u',
);
/**
 * "⟨W⟩ delivered by ⟨A⟩", "the ⟨W⟩ bought from ⟨A⟩", "the helicopters we purchased from ⟨A⟩": a weapon with its
 * supplier and no recipient named beside it (unless the clause names its buyer: "the ⟨W⟩ that ⟨B⟩ ordered from ⟨A⟩"), who is the subject of its clause or the state the text speaks for.
 * The weapon's words are a few, none a verb's, so that the clause's subject and verb stay out of them ("the ⟨B⟩ use
 * drones supplied by ⟨A⟩": who uses weapons another supplied received them).
 */
const NEAR_WEAPON = String.raw`(?:(?<quantity>${QUANTITY})\s+)?(?:(?:the|its|their|these|those|new|more|additional|further|${ORDINAL})\s+)*(?<![\w-])(?<what>(?:(?:⟨\d+⟩|(?!(?:to|from|by|with|that|which|who|in|on|at|for|of|has|have|had|is|are|was|were)\b)(?!(?:${OPERATE}|${FIGHT_WITH})\b)(?![\w-]+ed\b)[\w-]+)[ -]){0,3}?(?:(?:${WEAPON_MODIFIER}) )*${WEAPON_NOUN}|⟨\d+⟩)${PLURAL}(?![\w-])`;
/**
 * "to" or "for" opening what the weapons were for, not whom they went to: "supplied by ⟨A⟩ to shell the town", "sold by
 * ⟨A⟩ for use against ...": a word after it that is no article, pronoun, name or armed group.
 */
const PURPOSE = String.raw`(?!(?:the|a|an|its|their|his|her|them|it|both|all|each|either|another|other|several|some|many|rebels?|militias?|insurgents?|fighters|forces|groups?|proxies|separatists)\b)[a-z]+\b`;
const SUPPLIED_BY = new RegExp(
  String.raw`${NEAR_WEAPON}(?:${SHARE_OF})?(?: [^⟨;,]{0,30}?)? (?:(?:has|have|had|was|were|are|is) )?(?:(?:not|never|already|recently|reportedly|allegedly|been) )*(?<verb>${SUPPLIED})(?: in)? by (?:the )?(?<by>${OBJECTS})(?! (?:to|for) (?!${PURPOSE}))`,
  'gu',
);
/** "the aircraft we are acquiring from ⟨A⟩": a purchase under way, its -ing form after "are" or "is". */
const BEING_RECEIVED = String.raw`(?<=\b(?:are|is|was|were) )${RECEIVING}`;
const BOUGHT_FROM = new RegExp(
  String.raw`${NEAR_WEAPON},? (?:(?:that|which) )?(?:(?:(?<we>we|it|they)|(?<thebuyer>the )?(?<buyer>⟨\d+⟩)|(?<service>the (?:${SERVICE_NOUN}))) )?(?<aux>${AUX})(?:${RECEIVED}|${BEING_RECEIVED}) (?:[^⟨;,]{0,30}? )?from (?:the )?(?<from>${OBJECTS})${MAKER_IN}`,
  'gu',
);
/**
 * A further object and its recipient after a first: "... to ⟨B1⟩ in 2025 and 12 ⟨W2⟩ to ⟨B2⟩", "sold ⟨W1⟩ to ⟨B1⟩ and, in
 * the same years, ⟨W2⟩ to ⟨B2⟩" (a short aside of time or manner set off by commas after "and").
 */
const AND_TO = new RegExp(
  String.raw`^(?: [^⟨;,]{0,30}?)?,? and(?:,[^⟨;,]{1,40},)? ${WEAPON}(?: [^⟨;]{0,40}?)?${NOT_TO} (?:to|for) ${PLACE_WORDS}(?<to>${OBJECTS})`,
  'u',
);
/** A second verb of receiving after a first, its subject the same: "... and is buying ⟨W2⟩ from ⟨A2⟩". */
const AND_RECEIVED = new RegExp(
  String.raw`^,? and (?<aux>${AUX})(?:${RECEIVE})\s+(?:of\s+)?${WEAPON}(?: [^⟨;,]{0,40}?)? from (?:the )?(?<from>${OBJECTS})`,
  'u',
);
/**
 * A further object of the same buying with a seller of its own: "bought ⟨W1⟩ from ⟨A1⟩, ⟨W2⟩ from ⟨A2⟩ and ⟨W3⟩ from
 * ⟨A3⟩", "the ⟨W1⟩ we bought from ⟨A1⟩, 36 of them, and the ⟨W2⟩ from ⟨A2⟩": a list of purchases names each seller
 * after its weapon, the buyer once. The words before the next item stay in the first item's clause (no comma), or are a
 * short aside set off by commas.
 */
const AND_FROM = new RegExp(
  String.raw`^(?: [^;,]{0,40}?)?(?:,[^⟨;,]{1,40})?(?:,| and|, and) (?:(?:later|then|also|afterwards|subsequently|since|again) )?(?:${WEAPON}|(?<alone>${QUANTITY}))(?: [^⟨;,]{0,30}?)? from (?:the )?(?<from>${OBJECTS})${MAKER_IN}`,
  'u',
);
/**
 * "From ⟨A⟩ it received ⟨W⟩", "From ⟨A⟩, ⟨B⟩ bought ⟨W⟩", "From ⟨A⟩ came ⟨W⟩", "..., and from ⟨C⟩ the frigate ⟨W2⟩": a
 * buyer's arsenal told seller by seller, each seller put first. The buyer is the clause's subject, else whom the list
 * began with or the state the text is about; an item with no verb of its own ("and from ⟨C⟩ ⟨W⟩") goes on a list.
 */
const FRONTED_FROM = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+and\s+|\band\s+)(?<lead>[Ff]rom) (?:the )?(?<from>${OBJECTS}),?\s+(?:(?:(?:the )?(?<recipient>⟨\d+⟩)|(?<rpronoun>\b(?:it|they)\b)|(?<rwe>\b[Ww]e\b))\s+(?<aux>${AUX})(?:${RECEIVE})\s+|(?:(?:has|have|had|also)\s+)*(?:${ARRIVE})\s+|(?<bare>))${WEAPON}(?<vessel> ⟨\d+⟩)?(?:(?: [^⟨;,]{0,30}?)? (?:for|to) ${PLACE_WORDS}(?<to>${OBJECTS}))?`,
  'gu',
);
/** The systems a deal is said to include, past an aside: "a deal for ⟨Czechoslovak⟩ arms, in fact ⟨Soviet⟩ ones, including ⟨W1⟩ fighters and ⟨W2⟩ tanks". */
const DEAL_INCLUDING = new RegExp(
  String.raw`^(?:,[^;,]{1,40})?,? (?:including|among them|such as|notably|comprising) ${WEAPON}`,
  'u',
);
/**
 * "Allies have delivered air defence systems to ⟨B⟩, such as ⟨W1⟩ from ⟨A1⟩ and ⟨W2⟩ from ⟨A2⟩": weapons handed to a
 * recipient by suppliers named together, each system then named with its own supplier, as a list of purchases is.
 */
const SUCH_AS_FROM = new RegExp(
  String.raw`\b(?:${SUPPLY}|${SUPPLIED})\b[^;⟨]{0,60}?${NOT_TO} (?:to|for) ${PLACE_WORDS}(?<to>${OBJECTS})[^;⟨]{0,40}?,? (?:such as|including|among them|notably) ${WEAPON} from (?:the )?(?<from>${OBJECTS})`,
  'gu',
);
/** Named parts of a whole received: "..., including ⟨W⟩ fighters", "among them ⟨W⟩". */
const INCLUDING = new RegExp(
  String.raw`^(?: [^⟨;,]{0,20}?)?,? (?:including|among them|such as|notably) ${WEAPON}`,
  'u',
);
/** A second verb of supplying after a first, its subject the first's: ", and sold ⟨W⟩ to ⟨B⟩", the verb right after "and". */
const AND_SUPPLY = new RegExp(String.raw`^[^;]{0,120}?,? and (?<aux>${AUX})(?<verb>${SUPPLY})\b`, 'u');
/** Words that open a clause with a subject of its own between two verbs: "..., which ⟨B⟩ ... and sent". */
const CLAUSE_WORD = /\b(?:which|who|whom|whose|that|said|says|while|whereas|but)\b/;
/** "from" or "by" right before a name: a seller or a supplier, not whom a later weapon went to. */
const SELLER_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/;
/** "according to" right before a name: the source of a report. */
const SOURCE_BEFORE = /\baccording to\s+(?:the\s+)?$/i;
/** A preposition right before a name: the name is its object, not a clause's subject. */
const OBJECT_BEFORE = /\b(?:to|from|with|for|by|of|in)\s+(?:the\s+)?$/;
/**
 * A verb inside what would be a listed weapon: the list has ended and a clause of its own begun. Not a word of a
 * compound ("anti-ship missiles": "ship" there is no verb of sending).
 */
const LIST_VERB = new RegExp(String.raw`(?<![\w-])(?:${SUPPLY}|${RECEIVE})(?![\w-])`, 'u');
/** A character of the same clause: not past a semicolon, nor into a clause of its own (", and ⟨B⟩ defends ... with"). */
const IN_CLAUSE = String.raw`(?:(?!,\s+(?:and|but|while|whereas)\b)[^;])`;
/**
 * A share of weapons just said to be handed over, handed to another recipient: "..., and some were pledged to ⟨C⟩",
 * "while the remaining six went to ⟨C⟩".
 */
const SHARE_TO = new RegExp(
  String.raw`^(?: ?[^;]{0,60}?)?,? (?:and|while|but|whereas) (?:some|most|many|others|the rest|the others|the remaining(?: \d+| [a-z]+)?|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|a dozen)(?: (?:more|others|of them|of the rest))? (?:(?:were|was|have been|had been|has been|are|will be|would be|are to be|were to be) (?:also |later |then )?(?:${SUPPLIED})|went|go|will go) (?:to|for) ${PLACE_WORDS}(?<to>${OBJECTS})`,
  'u',
);
/** A further object for the same recipient after a first: "delivered 24 ⟨W1⟩ between 2006 and 2008 and ⟨W2⟩ systems in 2013". */
const AND_MORE = new RegExp(String.raw`^(?: [^⟨;,]{0,30}?)? and ${WEAPON}(?![^;]{0,60}\b(?:to|for|with)\s)`, 'u');
/**
 * Further objects joined to a first by "along with", "as well as", "together with": "delivered 50 ⟨W1⟩ to ⟨B⟩ in 2016,
 * along with patrol boats", "bought ⟨W1⟩ from ⟨A⟩ together with two ⟨W2⟩": they went the same way as the first.
 */
const ALONG_WITH = new RegExp(
  String.raw`^(?: [^⟨;,]{0,40}?)?,? (?:along with|together with|as well as|alongside|plus) ${WEAPON}`,
  'u',
);
/** Words that end a clause's subject: what comes after them is said, not done, by it. */
const REPORTED = /\b(?:said|says|say|told|announced|stated|reported|added|that|who|which)\b|[;:]/;
/**
 * The state a story is datelined in: its capital ("QUITO, Aug 19 -") or a city and the state's name ("GUAYAQUIL, Ecuador,
 * Aug 19 -").
 */
function datelinedIn(text: string): string | undefined {
  const named =
    /^\p{Lu}[\p{Lu}’'. -]*, (?<state>\p{Lu}[\p{L} -]{2,40}?), (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)\b/mu.exec(
      text.slice(0, 600),
    );
  const form = named ? STATE_FORMS.get(named.groups!.state!) : undefined;
  return datelineState(text) ?? (form?.role === 'name' ? form.code : undefined);
}
/** The same words, each one a place to cut a sentence at: what comes after the last is a clause of its own. */
const REPORTED_ALL = new RegExp(REPORTED.source, 'g');
/** The categories of an armed group's organization, which "the group" names again. */
const ARMED = new Set(['ARMED_GROUP', 'MILITARY']);
/** A relative clause opening right after its antecedent: ", which", ", who". */
const RELATIVE_OPENING = /^,\s+(?:which|who)\b/;
const NEGATED = /\b(?:not|never|no longer)\b/;
/** What a party denying a charge says in its turn, to the end of the sentence so far. */
const COUNTER = new RegExp(String.raw`(?:,\s+|\s+and\s+)${COUNTER_CLAUSE}\b(?<said>[^.;]*)$`, 'u');
/** Words that deny in a clause of their own. */
const DENYING = /\b(?:no|not|never|neither|nor|none|den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b|n[’']t\b/;
/** "had supplied it with ⟨W⟩", "sold it ⟨W⟩", "delivered ⟨W⟩ to it": a recipient named by a pronoun too. */
/** "supplied the group with ⟨W⟩": an armed group named again by what it is. */
const GROUP = String.raw`\b[Tt]he (?:${GROUP_NOUN})\b`;
/** A sentence opening on an armed group named by what it is: "The militia continues to ...". */
const GROUP_SUBJECT = new RegExp(String.raw`^${GROUP}(?!,? (?:which|who|of)\b)`, 'u');
/** The words of an armed group with no name, out of the phrase a transfer's pattern took for its recipient. */
const UNNAMED_GROUP_WORDS = new RegExp(UNNAMED_GROUP, 'u');
const RECIPIENT = String.raw`(?:(?<to>${OBJECTS})|(?<toit>\b(?:it|them)\b)|(?<tothe>${DESCRIBED}|\b[Tt]he (?:${SERVICE_NOUN})\b(?! of))|(?<togroup>${GROUP})|(?<tonoun>${UNNAMED_GROUP}))`;
/** How each supply verb names its recipient after it (SupplyVerb.recipient): "⟨B⟩ with ⟨W⟩", "⟨W⟩ to ⟨B⟩", ... */
const RECIPIENT_WITH = new RegExp(String.raw`^\s+(?:the )?${RECIPIENT} with ${WEAPON}`, 'u');
const RECIPIENT_TO = new RegExp(
  String.raw`^\s+${WEAPON}(?: [^⟨;]{0,40}?)?${NOT_TO} (?:to|for) (?:${PLACE_WORDS}${RECIPIENT})`,
  'u',
);
const RECIPIENT_DOUBLE = new RegExp(String.raw`^\s+(?:the )?${RECIPIENT} ${WEAPON}`, 'u');
const RECIPIENT_OBJECT = new RegExp(String.raw`^\s+(?:the )?(?<to>${OBJECTS})`, 'u');
const RECIPIENT_FOR = new RegExp(String.raw`^\s+${WEAPON}(?: [^⟨;]{0,40}?)? for (?:${PLACE_WORDS}${RECIPIENT})`, 'u');
const RECIPIENT_IN = new RegExp(
  String.raw`^\s+${WEAPON}(?: [^⟨;]{0,20}?)? (?:in|on the territory of) (?:${PLACE_WORDS}${RECIPIENT})`,
  'u',
);
/**
 * "received ⟨W⟩ from ⟨A⟩", "received ⟨W⟩ built in ⟨A⟩": where the weapons were made is where they came from; "receiving
 * weapons flown in through ⟨C⟩ by ⟨A⟩", "received ⟨W⟩ supplied by ⟨A⟩": who handed them over, by a passive of its own.
 */
const MADE_FROM = new RegExp(
  String.raw`^(?: [^⟨;]{0,60}?)? (?:from|(?:built|made|manufactured) in|${SUPPLIED}(?: in| over)?(?: (?:through|via) (?:the )?⟨\d+⟩)? by) (?:the )?(?<from>${OBJECTS})${MAKER_IN}`,
  'u',
);
/**
 * "⟨A⟩ has approved a sale of spare parts for our ⟨W⟩ fleet", "⟨A⟩ sold munitions for ⟨B⟩'s ⟨W⟩ fighters": what keeps a
 * fleet flying is a transfer for its system, to the fleet's owner ("our": the state the text speaks for).
 */
const FLEET_PARTS = new RegExp(
  String.raw`(?<supplier>${LIST})(?:${ASIDE})?\s+(?:${AUX})(?:(?:approved|authorized|authorised|cleared|agreed|announced|signed off on) (?:the |a |an )?(?:[\w-]+ )?(?:${TRANSFER_NOUN}) of |(?:${SUPPLY}) )(?<what>(?:${FLEET_SUPPORT}) for (?:(?:the )?(?<to>⟨\d+⟩)[’']s|(?<our>our)) ⟨\d+⟩(?: (?:${WEAPON_NOUN}))?(?: fleets?)?)`,
  'gu',
);
/**
 * "The package approved in February also includes 170 ⟨W⟩ missiles": a further system in a sale named before, between the
 * same parties as the transfer the text named last.
 */
const PACKAGE_INCLUDES = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ ){0,2}?(?:${PACKAGE_NOUN})\b(?:[^;.⟨]|⟨\d+⟩){0,60}? (?:also |further )?(?:includes|included|will include|would include|comprises|comprised|covers|covered) ${WEAPON}`,
  'gu',
);
/**
 * "⟨A⟩ has been its main supplier for two decades, and delivered two submarines to ⟨B⟩": a verb of supplying after
 * "and" whose subject is the sentence's, the first verb not one of supplying, with no party
 * and no words of saying or of a clause of its own between them.
 */
const SUBJECT_AND_SUPPLY = new RegExp(
  String.raw`^(?:(?:After|Before|When|In|By|From|Since|Until|During|Once|Later|Then)\b[^;]{0,120}?,\s+)?(?:[A-Z][\w-]* ){0,2}?(?:the )?(?<supplier>${LIST})(?<mid>[^;⟨]{0,150}?),? and (?<aux>${AUX})(?<verb>${SUPPLY})\b`,
  'u',
);
/**
 * "⟨A⟩ became its main supplier, selling ⟨W1⟩ and ⟨W2⟩ to the army", "In 1977, when ..., ⟨A⟩ stepped in, flying arms to
 * ⟨B⟩": a participle of supplying hung on the sentence's subject (after an opening clause of time), with no other party
 * and no words of saying between them.
 */
const SUPPLYING_CLAUSE = new RegExp(
  String.raw`^(?:(?:After|Before|When|In|By|From|Since|Until|During|Once|Later|Then)\b[^;]{0,120}?,\s+)?(?:[A-Z][\w-]* ){0,2}?(?:the )?(?<supplier>${LIST})(?<mid>[^;⟨]{0,80}?),\s+(?<verb>${SUPPLYING})\b`,
  'u',
);
/** A further object of "supplied ⟨B⟩ with ⟨W1⟩": "... and with ⟨W2⟩ ballistic missiles", the same recipient's. */
const AND_WITH = new RegExp(String.raw`^(?: [^⟨;,]{0,30}?)?,? and (?:also )?with ${WEAPON}`, 'u');
/**
 * A count with no weapon after it, handed over: "⟨C⟩ has agreed to give one", "⟨A⟩ will deliver six more", "⟨B⟩ has
 * promised 30 by 2028", "have pledged more than 40 of them": the system named last before (`lastSystem`).
 */
const COUNTED = new RegExp(
  String.raw`^\s+(?<quantity>(?:(?:more than|at least|another|a further|up to|some) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?: more| others| of them)?)(?: (?:to|for) ${PLACE_WORDS}(?<to>${OBJECTS}))?(?![\w-]| ?⟨| of\b| (?:[\w-]+ ){0,3}?${WEAPON_NOUN}\b)`,
  'u',
);
/** A weapon handed over with no recipient in its clause. */
const UNTOLD = new RegExp(String.raw`^\s+${WEAPON}(?!${IN_CLAUSE}{0,60}(?<!\b${TO_CLOSING} )\b(?:to|for|with)\s)`, 'u');

/** "the transfer", "these deliveries": the transfer named last. */
const ANAPHORA = new RegExp(
  String.raw`\b(?:the|these|those|this|such|that) (?:(?:⟨\d+⟩|[\w-]+) ){0,2}(?:${TRANSFER_NOUN})\b`,
  'gi',
);
/** "Chinese-made", "Israeli-built", "Turkish": who made or sent the weapons, named in their phrase. */
const MAKER = /⟨(\d+)⟩(?:-(?:made|built|supplied|designed|manufactured))?/g;

/** How far back, in characters, a kind named alone looks for the system last named with it: about a sentence. */
const KIND_REACH = 250;
/** A system and a few words of its, set off by a comma (and a word of a programme's) before a weapon named by its kind. */
const APPOSED =
  /⟨(\d+)⟩(?:[ -][\w-]+){0,3}(?: (?:programme|program|project|contract|deal|order)(?:, (?:under|by|for) which (?:the )?⟨\d+⟩ [^⟨;,]{0,40}?)?)?,?\s*(?:a |an |the |one )?$/u;
/** How far back a count alone looks for the system it counts: about two sentences. */
const COUNT_REACH = 400;
const KIND_NOUN = new RegExp(`^(?:${WEAPON_NOUN})$`, 'u');
/** The first list unless it is empty, else the second. */
const or = (first: string[], second: () => string[]) => (first.length ? first : second());

/** The matches of a global pattern, each one that `skip` refuses looked for again from its next character. */
function* matchesPast(re: RegExp, text: string, skip: (m: RegExpExecArray) => boolean): Generator<RegExpExecArray> {
  const scan = new RegExp(re.source, re.flags);
  for (let m; (m = scan.exec(text));) {
    if (skip(m)) {
      scan.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    scan.lastIndex = Math.max(m.index + m[0].length, m.index + 1);
  }
}

/** A listed item of weapons of no one kind: "ammunition", "other weapons", "spare parts". */
const GENERIC_ITEM = new RegExp(String.raw`^(?:[\w-]+ ){0,2}(?:${WEAPON_NOUN})$`, 'u');

/** The kind of weapon a phrase names, by its head noun in the singular ("patrol boats": "boat"); none for "weapons". */
function weaponKind(words: string): string | undefined {
  const head = /([\p{L}-]+)\s*$/u.exec(words.toLowerCase())?.[1];
  if (!head || GENERIC_WEAPON_NOUNS.has(head) || !KIND_NOUN.test(head)) return undefined;
  return head.replace(/(?<=[^s])s$/, '');
}

export interface FoundTransfer {
  key: string;
  span: Span;
}

/** A verb of supplying found, and the suppliers it has from the verb it is coordinated with. */
interface Hit {
  index: number;
  length: number;
  groups: Record<string, string | undefined>;
  inherited?: string[];
}

interface Parsed {
  suppliers: string[];
  recipients: string[];
  weapon: RegExpMatchArray['groups'];
  /** Where the transfer's words are, in the masked sentence. */
  at: number;
  end: number;
  negated: boolean;
  /** A supplier's whole trade with the recipient ("⟨A⟩ is ⟨B⟩'s largest supplier"), not one delivery of it. */
  whole?: boolean;
  /** Told seller first ("From ⟨A⟩ it bought ⟨W⟩"): the verb is this reading's, whatever "from" follows it. */
  fronted?: boolean;
  /** The system a count alone stands for ("⟨C⟩ has agreed to give one"), named before its words. */
  system?: string;
  /** Weapons listed by their kind beside a system named ("⟨W⟩ tanks and armoured personnel carriers"): not the system's transfer. */
  beside?: boolean;
}

export class TransferFinder {
  /** For "these deliveries": the transfers the last sentence naming any named: "the US arms sales" after a sale of two systems is both. */
  private lastNamed: string[] = [];
  /** Who bought in the last list told seller first ("From ⟨A⟩ it received ..."), for the next sentence of it. */
  private lastFronted: string[] = [];
  /** The first state or body the last sentence named, for a sentence opening on "It supplied ...". */
  private lastSubject: string | undefined;
  /** The states and bodies the last sentence named. */
  private lastActors: string[] = [];
  /** The transfers that are a supplier's whole trade with a recipient, kept apart from its deliveries of one weapon. */
  private readonly wholeTrade = new Set<string>();
  /** The transfers of weapons listed by their kind beside a system named, kept apart from the system's. */
  private readonly beside = new Set<string>();
  /** The kinds of weapon each transfer was named with ("tank", "patrol boat"), to tell a second kind from the first. */
  private readonly kinds = new Map<string, Set<string>>();
  /**
   * The transfers told as a whole supply ("weapons for years") in a sentence before, which a system named later does not
   * join; in their own sentence (`broadNow`) the systems named are their parts ("a deal for ⟨Soviet⟩ arms, including ...").
   */
  private readonly broad = new Set<string>();
  private readonly broadNow = new Set<string>();
  /** The state the text is about, once worked out (undefined when none clearly is). */
  private topicKey: string | undefined | null = null;

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
    private readonly publishedOn: string,
    /** The code of the state the text speaks for (a statement's, a briefing's), who receives what "we" bought. */
    private readonly homeState?: string,
  ) {}

  /** The transfers a sentence names or refers back to; `status` is what the sentence's claims make of them. */
  read(
    masked: Masked,
    status: (suppliers: string[], recipients: string[]) => TransferStatus,
    /** The state whose delegate is speaking, for "his country". */
    speakerState?: string,
  ): FoundTransfer[] {
    const found: FoundTransfer[] = [];
    for (const p of this.parse(masked, speakerState)) {
      if (p.negated) continue;
      // One transfer per supplier, recipient and weapon system: "⟨W1⟩ systems and 40 ⟨W2⟩ launchers" are two.
      const named = this.systems(masked, p.weapon?.what ?? '');
      const again = named.length
        ? undefined
        : (this.systemOfKind(masked, p.weapon?.what ?? '', p.at) ?? this.apposed(masked, p.at));
      const systems = p.system ? [p.system] : again ? [again] : named;
      // "donated air defence missiles and ⟨M109⟩ howitzers", "⟨W⟩ launchers, anti-tank rockets and ammunition": weapons
      // listed by their kind beside systems named went too, a transfer of their own between the same parties (drafted
      // before the systems' own, as the weapons of no system are the ones to tell apart).
      const kinds = named.length && !p.system ? this.unnamedItems(masked, p.weapon?.what ?? '') : undefined;
      if (kinds)
        for (const supplier of p.suppliers)
          for (const recipient of p.recipients) {
            if (supplier === recipient) continue;
            const span = masked.original(p.at, p.end);
            const listed = { ...p, weapon: { ...p.weapon, what: kinds, quantity: '' }, beside: true };
            const key = this.record(
              masked,
              listed,
              supplier,
              recipient,
              span,
              status([supplier], [recipient]),
              undefined,
            );
            found.push({ key, span });
          }
      for (const supplier of p.suppliers)
        for (const recipient of p.recipients)
          for (const system of systems.length ? systems : [undefined]) {
            if (supplier === recipient) continue;
            const span = masked.original(p.at, p.end);
            const key = this.record(masked, p, supplier, recipient, span, status([supplier], [recipient]), system);
            found.push({ key, span });
          }
    }
    for (const key of this.broadNow) this.broad.add(key);
    this.broadNow.clear();
    this.lastActors = this.actors(masked, listUnits(masked.text));
    this.lastSubject = listUnits(masked.text)
      .map((i) => this.actors(masked, [i])[0])
      .find((k) => k && this.entities.get(k)?.type !== 'Place');
    if (found.length) this.lastNamed = [...new Set(found.map((f) => f.key))];
    else if (this.lastNamed.length)
      for (const m of masked.text.matchAll(ANAPHORA))
        for (const key of this.lastNamed) found.push({ key, span: masked.original(m.index!, m.index! + m[0].length) });
    return found;
  }

  /**
   * The state a text is about, when one clearly is: the state named at least three times and twice as often as any
   * other (its mentions counted over the whole text); or, in a story datelined in a state's capital, that state when
   * the text names it most ("CARACAS, February 28 - ..." on Venezuela's arms, where its suppliers are named often too).
   */
  private topic(): string | undefined {
    if (this.topicKey !== null) return this.topicKey;
    const counts = [...this.entities.byKey.values()]
      .filter((r) => r.type === 'State')
      .map((r) => [r.key, r.mentions.length] as const);
    const dateline = datelineState(this.text);
    this.topicKey = clearTopic(counts, dateline && `state:${dateline}`);
    return this.topicKey;
  }

  private parse(masked: Masked, speakerState?: string): Parsed[] {
    const out: Parsed[] = [];
    const text = masked.text;
    const keys = (list: string | undefined) => this.parties(masked, list);
    const hits: Hit[] = [...text.matchAll(SUPPLIER_VERB)].map((m) => ({
      index: m.index!,
      length: m[0].length,
      groups: m.groups!,
    }));
    const hung = SUPPLYING_CLAUSE.exec(text);
    if (hung && !REPORTED.test(hung.groups!.mid!) && !hits.some((h) => h.index === hung.index))
      hits.push({
        index: hung.index + hung[0].length - hung.groups!.verb!.length,
        length: hung.groups!.verb!.length,
        groups: { verb: hung.groups!.verb },
        inherited: keys(hung.groups!.supplier),
      });
    const and = SUBJECT_AND_SUPPLY.exec(text);
    const verbAt = and ? and.index + and[0].length - and.groups!.verb!.length : -1;
    if (
      and &&
      !REPORTED.test(and.groups!.mid!) &&
      !CLAUSE_WORD.test(and.groups!.mid!) &&
      !hits.some((h) => h.index + h.length >= verbAt && h.index <= verbAt)
    )
      hits.push({
        index: verbAt - and.groups!.aux!.length,
        length: and.groups!.aux!.length + and.groups!.verb!.length,
        groups: { verb: and.groups!.verb, aux: and.groups!.aux },
        inherited: keys(and.groups!.supplier),
      });
    for (let m; (m = hits.shift());) {
      const g = m.groups;
      const verb = supplyVerb(g.verb!);
      if (!verb) continue;
      const rest = text.slice(m.index + m.length);
      const ways = [
        verb.recipient.with && RECIPIENT_WITH.exec(rest),
        verb.recipient.to && RECIPIENT_TO.exec(rest),
        // "sold ⟨W⟩ trainer jets": a system's name right after the verb is what was sold, not whom to.
        verb.recipient.double && this.toParty(masked, RECIPIENT_DOUBLE.exec(rest)),
        verb.recipient.object && RECIPIENT_OBJECT.exec(rest),
        verb.recipient.for && RECIPIENT_FOR.exec(rest),
        verb.recipient.in && RECIPIENT_IN.exec(rest),
      ];
      // "Moscow delivered 24 ⟨W⟩ between 2006 and 2008", "⟨A⟩ has supplied ⟨W⟩ since 2015": a weapon handed over to no
      // one named goes to the state the text is about, when one clearly is and it is not the supplier.
      const topic = this.topic();
      // "⟨A⟩ sold it ⟨W1⟩, and ⟨C⟩ supplied ⟨W2⟩": a second supplier of the sentence with no recipient of its own
      // supplied the one the first did.
      const before = out.findLast((p) => p.recipients.length)?.recipients;
      const home = this.home();
      // "We have delivered ⟨W⟩" after "⟨A⟩ is the largest supporter of ⟨B⟩": the party named before, not the speaker's.
      const told = g.swe ? this.lastActors.filter((k) => k !== home && this.entities.get(k)?.type === 'State') : [];
      // "⟨A⟩ has also donated a patrol vessel", in a briefing or a statement: a gift with no recipient named is to the
      // state the text speaks for.
      const gift = verb.gift && home ? [home] : [];
      const untold =
        verb.recipient.to &&
        (topic || before || told.length || gift.length || home) &&
        !g.own &&
        !g.pronoun &&
        !g.described &&
        !g.firm
          ? UNTOLD.exec(rest)
          : null;
      // "gave it 14 ⟨W⟩ in exchange for the armour sent to ⟨C⟩": a pronoun right after the verb, a weapon after it, is
      // whom the weapon went to, whatever "to" comes later.
      const double = ways[2] && (ways[2].groups?.toit || ways[2].groups?.tothe) ? ways[2] : undefined;
      // "⟨C⟩ has agreed to give one", "⟨A⟩ will deliver six more": a count alone stands for the system named last before.
      const counted =
        !untold && verb.recipient.to && !g.own && !g.pronoun && !g.described && !g.firm ? COUNTED.exec(rest) : null;
      const system = counted ? this.lastSystem(masked, m.index) : undefined;
      const way = double ?? ways.find((w): w is RegExpExecArray => !!w) ?? untold ?? (system ? counted : null);
      const suppliers = m.inherited
        ? m.inherited
        : g.own
          ? speakerState
            ? [speakerState]
            : []
          : g.swe
            ? this.homeParty()
            : g.pronoun
              ? this.referent(masked, m.index)
              : g.described
                ? this.describedState(masked, m.index, [])
                : g.firm
                  ? this.lastMaker(masked, m.index)
                  : g.supplier && OBJECT_BEFORE.test(text.slice(0, m.index))
                    ? // "sold ⟨W⟩ to ⟨B⟩, and ⟨C⟩ supplied ...": a list that opens as the object before is one subject, its last.
                      this.actors(masked, listUnits(g.supplier).slice(-1))
                    : keys(g.supplier ?? g.from);
      // "⟨A⟩ delivered ⟨W1⟩ to ⟨B1⟩ under a contract of 2016, and sold ⟨W2⟩ to ⟨B2⟩": a second verb of supplying with no
      // subject of its own is the same supplier's, whether or not the first verb's objects were read.
      const after = m.index + m.length + (way ? way[0].length : 0);
      const and = AND_SUPPLY.exec(text.slice(after));
      if (and && !CLAUSE_WORD.test(and[0]))
        hits.unshift({
          index: after + and[0].length - and.groups!.verb!.length - and.groups!.aux!.length,
          length: and.groups!.aux!.length + and.groups!.verb!.length,
          groups: and.groups!,
          inherited: suppliers,
        });
      if (!way) continue;
      const negated = NEGATED.test(g.aux ?? '') || this.denied(text, m.index);
      let end = m.index + m.length + way[0].length;
      const recipients =
        way === untold || (way === counted && !counted.groups!.to)
          ? before && !before.some((k) => suppliers.includes(k))
            ? before
            : topic && suppliers.every((k) => k.startsWith('state:') && k !== topic)
              ? [topic]
              : told.length === 1
                ? told
                : or(
                    gift.filter((k) => !suppliers.includes(k)),
                    () => this.handedHome(masked, suppliers),
                  )
          : way.groups!.toit
            ? this.recipientReferent(masked, m.index, suppliers)
            : way.groups!.togroup
              ? or(this.lastGroup(masked, m.index), () => this.unnamedGroup(masked, m.index, way.groups!.togroup!))
              : way.groups!.tonoun
                ? this.unnamedGroup(masked, m.index, way.groups!.tonoun)
                : way.groups!.tothe
                  ? this.describedState(masked, m.index, suppliers)
                  : keys(way.groups!.to);
      out.push({
        suppliers,
        recipients,
        weapon: way.groups,
        at: m.index,
        end,
        negated,
        system: way === counted ? system : undefined,
      });
      // "delivered 24 ⟨W1⟩ between 2006 and 2008 and ⟨W2⟩ systems in 2013": a second object goes where the first went;
      // a state or a body after "and" is no object.
      const more = way === untold ? AND_MORE.exec(text.slice(end)) : null;
      if (more && !this.namesNoWeapon(masked, more.groups!.what))
        out.push({
          suppliers,
          recipients,
          weapon: more.groups,
          // Its words start at its "and", so that its period is its own ("in 2013"), not the first object's.
          at: end + more[0].lastIndexOf(' and ', more[0].indexOf(more.groups!.what!)),
          end: end + more[0].length,
          negated,
        });
      const along = this.along(masked, end, suppliers, recipients, negated);
      if (along) out.push(along);
      // "supplied ⟨B⟩ with millions of shells and with ⟨W⟩ missiles": each object its own transfer to the same recipient.
      const withMore = way === ways[0] ? AND_WITH.exec(text.slice(end)) : null;
      if (withMore)
        out.push({ suppliers, recipients, weapon: withMore.groups, at: end, end: end + withMore[0].length, negated });
      // "handed over two ⟨W1⟩ to ⟨B1⟩ in 2025 and 12 ⟨W2⟩ to ⟨B2⟩": each object with its own recipient.
      if (way === ways[1])
        for (let next; (next = AND_TO.exec(text.slice(end))); end += next[0].length) {
          // "..., and sold ⟨W2⟩ to ⟨B2⟩": a verb of its own, read as one (AND_SUPPLY), not as the weapon's words.
          if (LIST_VERB.test(next.groups!.what ?? '')) break;
          out.push({
            suppliers,
            recipients: keys(next.groups!.to),
            weapon: next.groups,
            at: end,
            end: end + next[0].length,
            negated,
          });
        }
    }
    // Each reading goes on from where its own words end, its tail being the rest of the sentence ("⟨B⟩ signed for ⟨W1⟩
    // from ⟨A1⟩ ..., and it bought ⟨W2⟩ from ⟨A2⟩" is read twice).
    const receiving = new RegExp(RECIPIENT_VERB.source, 'gu');
    for (let m; (m = receiving.exec(text));) {
      const g = m.groups!;
      if (COMMANDED.test(g.tail ?? '')) continue;
      const from = MADE_FROM.exec(g.tail ?? '');
      const suppliers = from
        ? this.sellers(masked, from.groups!)
        : or(this.makers(masked, g.what ?? ''), () => this.knownSuppliers(masked, g.what ?? ''));
      const end = m.index! + m[0].length - (g.tail ?? '').length + (from ? from[0].length : 0);
      // "has received ⟨W1⟩ from ⟨A1⟩ and is buying ⟨W2⟩ from ⟨A2⟩": a second verb of receiving, the same recipient.
      const again = from ? AND_RECEIVED.exec(text.slice(end)) : null;
      if (again && !g.rwe && !g.rpronoun)
        out.push({
          suppliers: keys(again.groups!.from),
          recipients: keys(g.recipient),
          weapon: again.groups,
          at: end + again[0].indexOf(' and ') + 1,
          end: end + again[0].length,
          negated: NEGATED.test(again.groups!.aux ?? '') || this.denied(text, m.index!),
        });
      const received = {
        suppliers,
        // "It took delivery of ⟨W⟩ from ⟨A⟩": the actor "it" stands for receives.
        // "we are acquiring ⟨W⟩ from ⟨A⟩": the state the text speaks for receives.
        recipients: g.rwe
          ? this.homeParty()
          : g.rpronoun
            ? this.subjectReferent(masked, m.index!)
            : g.rdescribed
              ? this.describedState(masked, m.index!, suppliers)
              : g.own
                ? speakerState && !suppliers.includes(speakerState)
                  ? [speakerState]
                  : []
                : keys(g.recipient ?? g.whose),
        weapon: g,
        at: m.index!,
        end,
        negated: NEGATED.test(g.aux ?? '') || this.denied(text, m.index!),
      };
      out.push(received);
      // "received ⟨American⟩ aid, including ⟨W⟩ fighters": the systems a received whole is said to include came the same way.
      const included = INCLUDING.exec(text.slice(end));
      if (included && this.systems(masked, included.groups!.what ?? '').length)
        out.push({ ...received, weapon: included.groups, at: end, end: end + included[0].length });
      receiving.lastIndex = Math.max(end, m.index! + 1);
      const along = this.along(masked, end, received.suppliers, received.recipients, received.negated);
      if (along) out.push(along);
      if (from) out.push(...this.andFrom(masked, end, received.recipients, received.negated, g));
    }
    // Clauses of receiving hung on the sentence's subject: "after buying ⟨W⟩ from ⟨A⟩", "the ⟨W⟩ it bought from ⟨A⟩".
    for (const re of [RECEIVING_CLAUSE, RECEIVED_RELATIVE]) {
      const clause = re.exec(text);
      if (!clause) continue;
      const g = clause.groups!;
      out.push({
        suppliers: keys(g.from),
        recipients: keys(g.to),
        weapon: g,
        at: clause.index + clause[0].length - g.clause!.length,
        end: clause.index + clause[0].length,
        negated: NEGATED.test(g.mid ?? ''),
      });
    }
    out.push(...this.fronted(masked));
    for (const m of text.matchAll(SUCH_AS_FROM)) {
      const g = m.groups!;
      if (this.namesNoWeapon(masked, g.what)) continue;
      const first = {
        suppliers: keys(g.from),
        recipients: keys(g.to),
        weapon: g,
        at: m.index!,
        end: m.index! + m[0].length,
        negated: NEGATED.test(m[0]) || this.denied(text, m.index!),
      };
      out.push(first, ...this.andFrom(masked, first.end, first.recipients, first.negated, g));
    }
    out.push(...this.operated(masked));
    for (const m of text.matchAll(FLEET_PARTS)) {
      const g = m.groups!;
      const recipients = g.our ? this.homeParty() : keys(g.to);
      out.push({
        suppliers: keys(g.supplier),
        recipients,
        weapon: g,
        at: m.index!,
        end: m.index! + m[0].length,
        negated: this.denied(text, m.index!),
      });
    }
    out.push(...this.included(masked));
    // A supplier with no recipient beside it: the subject of the weapon's clause receives, or the state the text
    // speaks for ("we purchased", a ministry's statement, a briefing placed in its capital).
    for (const re of [SUPPLIED_BY, BOUGHT_FROM]) {
      // "the ⟨Somali army⟩, which had received two patrol boats from ⟨A⟩": a state or a body where the weapon would
      // stand is who receives, read with the words of receiving (RECIPIENT_VERB); the weapon is looked for after it
      // ("kill civilians in ⟨C⟩ with weapons and drones supplied by ⟨A⟩").
      for (const m of matchesPast(re, text, (found) => this.namesNoWeapon(masked, found.groups!.what))) {
        const g = m.groups!;
        const suppliers = g.by ? keys(g.by) : this.sellers(masked, g);
        const home = this.home();
        // "the frigates that the navy received": a service named with its article; a state named by its name so is left
        // to the patterns of receiving.
        const unit = g.thebuyer ? masked.units[listUnits(g.buyer!)[0]!]?.mention : undefined;
        if (unit && unit.form !== 'phrase' && this.entities.get(unit.key)?.type !== 'Organization') continue;
        // "the 42 ⟨W⟩ that ⟨B⟩ ordered from ⟨A⟩": the buyer named in the clause receives.
        const buyer = g.buyer ? keys(g.buyer)[0] : undefined;
        // Failing those, the state named after it in its clause ("⟨W⟩ handed over by ⟨A⟩ were the first the ⟨B⟩ navy
        // has operated"); not whoever says so ("Uganda said the weapons were supplied by ⟨A⟩").
        // "the frigates that the navy received from ⟨A⟩": a service named by what it is serves the state the text speaks
        // for, else the one it is about.
        const service = g.service ? (home ?? this.topic()) : undefined;
        const recipient =
          buyer ??
          service ??
          (g.we === 'we' || g.service
            ? home
            : (this.subjectOf(masked, m.index!, suppliers) ??
              // "The militia continues to kill civilians with weapons supplied by ⟨A⟩": an armed group named again by what
              // it is, opening the sentence, receives.
              (GROUP_SUBJECT.test(text) ? this.lastGroup(masked, m.index!)[0] : undefined) ??
              home ??
              this.serviceUser(masked, m.index!, suppliers) ??
              this.actorAfter(masked, m.index! + m[0].length, suppliers) ??
              // "Wing 7 ..., which already flies 11 ⟨W⟩ fighters bought from ⟨A⟩", in a story about ⟨B⟩: its buyer.
              [this.topic()].find((k) => k && !suppliers.includes(k))));
        const negated = NEGATED.test(m[0]) || this.denied(text, m.index!);
        out.push({
          suppliers,
          recipients: recipient ? [recipient] : [],
          weapon: g,
          at: m.index!,
          end: m.index! + m[0].length,
          negated,
        });
        if (re === BOUGHT_FROM && recipient)
          out.push(...this.andFrom(masked, m.index! + m[0].length, [recipient], negated, g));
      }
    }
    for (const re of [PASSIVE, NOMINAL, APPROVED, APPROVED_UNTOLD, DEAL, RELATIVE, PURCHASE, SUPPLIER_OF]) {
      for (const m of text.matchAll(re)) {
        const g = m.groups!;
        // "the ⟨W⟩ ⟨A⟩ sent ⟨B⟩": two objects only after a verb that takes them ("give", "sell"), not "delivered ⟨B⟩".
        if (g.direct !== undefined && !supplyVerb(g.verb ?? '')?.recipient.double) continue;
        const spoken = g.spronoun ?? g.ownpro;
        const suppliers = spoken
          ? this.pronounParty(masked, m.index!, spoken)
          : [...keys(g.supplier ?? g.by ?? g.by2 ?? g.by3 ?? g.from ?? g.owner), ...keys(g.also)];
        const topic = this.topic();
        out.push({
          suppliers: suppliers.length ? suppliers : this.makers(masked, g.what ?? ''),
          recipients: g.pronoun
            ? this.referent(masked, m.index!, suppliers)
            : g.tothe
              ? this.describedState(masked, m.index!, suppliers)
              : g.untold !== undefined
                ? [topic].filter((k): k is string => !!k && !suppliers.includes(k))
                : g.topro
                  ? this.referent(masked, m.index!, suppliers)
                  : g.office
                    ? this.homeParty().filter((k) => !suppliers.includes(k))
                    : g.tonoun
                      ? this.unnamedGroup(masked, m.index!, g.tonoun)
                      : keys(g.to),
          weapon: g,
          at: m.index!,
          end: m.index! + m[0].length,
          negated: this.denied(text, m.index!),
          whole: re === SUPPLIER_OF,
        });
        const approved =
          re === APPROVED || re === APPROVED_UNTOLD ? APPROVED_MORE.exec(text.slice(m.index! + m[0].length)) : null;
        if (approved)
          out.push({
            ...out.at(-1)!,
            weapon: approved.groups,
            at: m.index! + m[0].length,
            end: m.index! + m[0].length + approved[0].length,
          });
        const included = re === DEAL ? DEAL_INCLUDING.exec(text.slice(m.index! + m[0].length)) : null;
        if (included && this.systems(masked, included.groups!.what ?? '').length)
          out.push({
            ...out.at(-1)!,
            weapon: included.groups,
            at: m.index! + m[0].length,
            end: m.index! + m[0].length + included[0].length,
          });
        // "⟨W⟩ were sold to ⟨B⟩, 32 of them under a 2022 agreement, and some were pledged to ⟨C⟩": a share of the same
        // weapons handed on by the same supplier to another recipient.
        const share = re === PASSIVE ? SHARE_TO.exec(text.slice(m.index! + m[0].length)) : null;
        if (share)
          out.push({
            ...out.at(-1)!,
            recipients: keys(share.groups!.to),
            at: m.index! + m[0].length,
            end: m.index! + m[0].length + share[0].length,
          });
        const onward = re === PASSIVE ? ONWARD.exec(text.slice(m.index! + m[0].length)) : null;
        // A place reached ("reached ⟨Kyiv⟩") is where the weapons went, not who got them.
        const places = listUnits(onward?.groups!.to ?? '').some(
          (i) => this.entities.get(masked.units[i]?.mention.key ?? '')?.type === 'Place',
        );
        if (onward && !places)
          out.push({
            suppliers: keys(g.to),
            recipients: keys(onward.groups!.to),
            weapon: g,
            at: m.index! + m[0].length,
            end: m.index! + m[0].length + onward[0].length,
            negated: this.denied(text, m.index!),
          });
      }
    }
    // "the ⟨W⟩ they have provided": to the state the text speaks for, when it names no recipient.
    const home = this.home();
    if (home)
      for (const m of text.matchAll(RELATIVE_UNTOLD)) {
        const g = m.groups!;
        const suppliers = g.spronoun ? this.pronounParty(masked, m.index!, g.spronoun) : keys(g.supplier);
        if (!suppliers.length || suppliers.includes(home) || this.namesNoWeapon(masked, g.what)) continue;
        out.push({
          suppliers,
          recipients: [home],
          weapon: g,
          at: m.index!,
          end: m.index! + m[0].length,
          negated: NEGATED.test(m[0]) || this.denied(text, m.index!),
        });
      }
    // A transfer read by two patterns is one: the longer reading stands.
    const fronted = out.filter((p) => p.fronted);
    return (
      out
        .filter((p) => p.suppliers.length && p.recipients.length)
        // "From ⟨A⟩ it bought ⟨W1⟩, and from ⟨C⟩ ⟨W2⟩": the next item's "from" is not the first verb's seller.
        .filter((p) => p.fronted || !fronted.some((f) => f.at < p.at && p.at < f.end))
        .filter(
          (p, i, all) =>
            !all.some((q, j) => j !== i && q.at <= p.at && q.end >= p.end && (q.at < p.at || q.end > p.end || j < i)),
        )
    );
  }

  /** The state the text speaks for (a ministry's statement, a briefing placed in its capital), drafted. */
  private home(): string | undefined {
    return this.homeState ? this.entities.state(this.homeState).key : undefined;
  }

  /**
   * Whom weapons handed over with no recipient named went to, in a text that speaks for a state ("⟨A⟩ has delivered a
   * third ⟨W⟩ system, and ⟨C⟩ has agreed to give one", in the recipient's briefing): that state, when the sentence names
   * no party but it and states that supply.
   */
  private handedHome(masked: Masked, suppliers: string[]): string[] {
    const home = this.home();
    if (!home || !suppliers.length || suppliers.some((k) => k === home || !k.startsWith('state:'))) return [];
    // Each party named is home or supplies in a clause of its own ("..., and ⟨C⟩ has agreed to give one"); the outlet
    // of a question's label ("Q (⟨Mizzima⟩): ⟨A⟩ delivered ...") is no party to it.
    const label = /^\s*Q\b[^:⟨]{0,40}(?:\(⟨\d+⟩\))?:/u.exec(masked.text)?.[0] ?? '';
    const others = listUnits(masked.text.slice(label.length)).filter((i) => {
      const side = this.actors(masked, [i])[0];
      if (!side || side === home || suppliers.includes(side)) return false;
      return this.entities.get(side)?.type !== 'Place';
    });
    return others.every((i) => new RegExp(String.raw`⟨${i}⟩\s+${AUX}${SUPPLY}\b`, 'u').test(masked.text)) ? [home] : [];
  }

  /** A reading whose recipient, when it names one by name, is a party: not a weapon system's name. */
  private toParty(masked: Masked, way: RegExpExecArray | null): RegExpExecArray | null {
    const to = way?.groups?.to;
    return to && !this.parties(masked, to).length && this.systems(masked, to).length ? null : way;
  }

  /** The same as a list of parties: none when the text speaks for no state. */
  private homeParty(): string[] {
    const home = this.home();
    return home ? [home] : [];
  }

  /** The states and bodies a list of masked units names ("⟨1⟩, ⟨2⟩ and ⟨3⟩"). */
  private parties(masked: Masked, list: string | undefined): string[] {
    return list ? this.actors(masked, listUnits(list)) : [];
  }

  /** Systems a sale named before includes (PACKAGE_INCLUDES): the ends of the transfer the text named last. */
  private included(masked: Masked): Parsed[] {
    const last = this.lastNamed.map((k) => this.entities.get(k)).find((r) => r?.type === 'WeaponsTransfer');
    if (!last) return [];
    const end = (type: string) =>
      this.entities.links.filter((l) => l.from === last.key && l.type === type).map((l) => l.to);
    return [...masked.text.matchAll(PACKAGE_INCLUDES)]
      .filter((m) => this.systems(masked, m.groups!.what ?? '').length)
      .map((m) => ({
        suppliers: end('SUPPLIED_BY'),
        recipients: end('RECEIVED_BY'),
        weapon: m.groups!,
        at: m.index!,
        end: m.index! + m[0].length,
        negated: this.denied(masked.text, m.index!),
      }));
  }

  /** Weapons in a force's service, each from the state its demonym names (OPERATED). */
  private operated(masked: Masked): Parsed[] {
    const out: Parsed[] = [];
    for (const m of masked.text.matchAll(OPERATED)) {
      const list = m.groups!.list!;
      const at = m.index! + m[0].length - list.length;
      const makers = [...list.matchAll(OPERATED_ITEM)].flatMap((item) =>
        [item.groups!.maker, item.groups!.maker2]
          .map((i) => (i === undefined ? undefined : masked.units[Number(i)]?.mention))
          .map((unit, n) => ({ unit, n }))
          .filter(({ unit }) => unit?.form === 'demonym' && this.entities.get(unit.key)?.type === 'State')
          // Each maker's words are its own demonym's, the last one's to the noun they share, so that two are two readings.
          .map(({ unit, n }) => {
            const own = `⟨${n ? item.groups!.maker2 : item.groups!.maker}⟩`;
            const from = item[0].indexOf(own);
            return {
              item,
              supplier: unit!.key,
              from,
              to: !n && item.groups!.maker2 ? from + own.length : item[0].length,
            };
          }),
      );
      const service = m.groups!.service;
      const user = service
        ? this.serviceUser(
            masked,
            m.index! + service.length,
            makers.map((k) => k.supplier),
          )
        : undefined;
      const recipients = service ? (user ? [user] : []) : this.parties(masked, m.groups!.to);
      if (!recipients.length) continue;
      for (const { item, supplier, from, to } of makers)
        out.push({
          suppliers: [supplier],
          recipients,
          weapon: { what: item.groups!.what!.trim() },
          at: at + item.index! + from,
          end: at + item.index! + to,
          negated: this.denied(masked.text, m.index!),
        });
    }
    return out;
  }

  /** Transfers told seller first ("From ⟨A⟩ came ⟨W⟩"), each buyer read as FRONTED_FROM says. */
  private fronted(masked: Masked): Parsed[] {
    const out: Parsed[] = [];
    const keys = (list: string | undefined) => this.parties(masked, list);
    let listed: string[] = [];
    for (const m of masked.text.matchAll(FRONTED_FROM)) {
      const g = m.groups!;
      const suppliers = this.sellers(masked, g);
      if (g.bare !== undefined && !listed.length) continue;
      if (this.namesNoWeapon(masked, g.what)) continue;
      const recipients = g.to
        ? keys(g.to)
        : g.recipient
          ? keys(g.recipient)
          : g.rwe
            ? this.homeParty()
            : listed.length
              ? listed
              : this.buyer(masked, m.index!, suppliers);
      if (!recipients.length) continue;
      listed = recipients;
      this.lastFronted = recipients;
      const at = m.index! + m[0].indexOf(g.lead!);
      // "the amphibious ship ⟨W⟩": the vessel's name after what it is names the system.
      const what = g.vessel ? `${g.what}${g.vessel}` : g.what;
      out.push({
        suppliers,
        recipients,
        weapon: { ...g, what },
        at,
        end: m.index! + m[0].length,
        negated: NEGATED.test(g.aux ?? '') || this.denied(masked.text, m.index!),
        fronted: true,
      });
      const along = this.along(masked, m.index! + m[0].length, suppliers, recipients, out.at(-1)!.negated);
      if (along) out.push({ ...along, fronted: true });
    }
    return out;
  }

  /**
   * Who buys in a list told seller first when its clause names no one: whom the list's sentences before bought for,
   * the state the text is about or is datelined in, the state it speaks for, else what "it" would stand for.
   */
  private buyer(masked: Masked, at: number, suppliers: string[]): string[] {
    const dateline = datelineState(this.text);
    const home = this.home();
    const candidates = [
      ...this.lastFronted,
      this.topic(),
      dateline && this.entities.byKey.has(`state:${dateline}`) ? `state:${dateline}` : undefined,
      home,
    ];
    const found = candidates.find((k): k is string => !!k && !suppliers.includes(k));
    return found ? [found] : this.referent(masked, at, suppliers);
  }

  /** Further purchases of a list after the first, each from its own seller, bought by the same recipients. */
  private andFrom(
    masked: Masked,
    end: number,
    recipients: string[],
    negated: boolean,
    first?: Record<string, string | undefined>,
  ): Parsed[] {
    const out: Parsed[] = [];
    for (let next; (next = AND_FROM.exec(masked.text.slice(end))); end += next[0].length) {
      // "bought ⟨W⟩s: 17 from ⟨A1⟩ ... and 32 from ⟨A2⟩": a number alone counts more of the first item's weapon.
      if (next.groups!.alone && !first?.what) break;
      const weapon = next.groups!.alone
        ? { ...next.groups, quantity: next.groups!.alone, what: first!.what! }
        : next.groups!;
      const what = next.groups!.alone ? '' : (next.groups!.what ?? '');
      // "..., and ⟨C⟩ bought ⟨W⟩ from ⟨D⟩": a clause of its own, its subject no weapon.
      if (
        this.namesNoWeapon(masked, what) ||
        LIST_VERB.test(what) ||
        (/^⟨(\d+)⟩/.test(what) && this.actors(masked, [Number(/^⟨(\d+)⟩/.exec(what)![1])]).length)
      )
        break;
      const at = end + next[0].indexOf(next.groups!.quantity ?? next.groups!.alone ?? what);
      out.push({
        suppliers: this.sellers(masked, next.groups!),
        recipients,
        weapon,
        at,
        end: end + next[0].length,
        negated,
      });
    }
    return out;
  }

  /** What "the group" receiving stands for: the armed group named last before it, in its sentence or before. */
  private lastGroup(masked: Masked, at: number): string[] {
    const armed = (key: string | undefined) => {
      const record = key ? this.entities.get(key) : undefined;
      return (
        record?.type === 'Organization' &&
        ARMED.has(String(record.props.category)) &&
        !this.entities.partOf.some((p) => p.from === record.key && this.entities.get(p.to)?.type === 'State')
      );
    };
    const group = this.entities.lastNamedBefore(masked.original(at, at).start, (e) => armed(e.key));
    return group ? [group] : [];
  }

  /**
   * An armed group a transfer goes to, named by no name ("to the separatists", "to terrorist groups", "to its proxies"):
   * an organization of the text's words, the one drafted before under them if any.
   */
  private unnamedGroup(masked: Masked, at: number, phrase: string): string[] {
    const words = UNNAMED_GROUP_WORDS.exec(phrase)?.groups?.groupwords;
    const from = masked.text.indexOf(phrase, at);
    if (!words || from < 0) return [];
    const start = from + phrase.length - words.length;
    const span = masked.original(start, from + phrase.length);
    const name = this.text.slice(span.start, span.end);
    const key = makeKey('org', name.toLowerCase());
    this.entities.add(key, 'Organization', name, { category: 'ARMED_GROUP' });
    this.entities.mention(key, span, this.text, false);
    return [key];
  }

  /** What "the company" supplying stands for: the arms maker named last before it, as the state it is based in. */
  private lastMaker(masked: Masked, at: number): string[] {
    const maker = this.entities.lastNamedBefore(
      masked.original(at, at).start,
      (e) => e.type === 'Organization' && this.entities.locatedIn.some((l) => l.from === e.key),
    );
    const state = maker ? this.entities.locatedIn.find((l) => l.from === maker)?.to : undefined;
    return state && this.entities.get(state)?.type === 'State' ? [state] : [];
  }

  /** Who sold, as "from ⟨A⟩" names it: a maker of no one state by where it made them ("from ⟨Airbus⟩ in ⟨Spain⟩"). */
  private sellers(masked: Masked, g: Record<string, string | undefined>): string[] {
    const from = g.from ? this.actors(masked, listUnits(g.from)) : [];
    const made = g.makerin ? this.actors(masked, listUnits(g.makerin)) : [];
    const stateless = from.length === 1 && !from[0]!.startsWith('state:');
    return stateless && made.length === 1 && made[0]!.startsWith('state:') ? made : from;
  }

  /** A further object after "along with" where a transfer's words end, moved by the same parties. */
  private along(masked: Masked, end: number, suppliers: string[], recipients: string[], negated: boolean) {
    const next = ALONG_WITH.exec(masked.text.slice(end));
    if (!next || this.namesNoWeapon(masked, next.groups!.what)) return undefined;
    return { suppliers, recipients, weapon: next.groups, at: end, end: end + next[0].length, negated };
  }

  /**
   * What "it" receiving stands for: the subject the sentence opened with ("the Maldives had signed ... with China,
   * and ... it had received"), else the first the sentence before named.
   */
  private subjectReferent(masked: Masked, at: number): string[] {
    for (const u of masked.text.slice(0, at).matchAll(/⟨(\d+)⟩/g)) {
      const side = this.actors(masked, [Number(u[1])])[0];
      if (side && this.entities.get(side)?.type !== 'Place') return [side];
    }
    return this.lastSubject ? [this.lastSubject] : [];
  }

  /**
   * What "it" receiving stands for when its sentence names no one before it: of the parties the sentence before named,
   * the state the text is about ("⟨C⟩ invaded ⟨B⟩, and ⟨B's capital⟩ ... looked for arms. ⟨A⟩ sold it ..."), else
   * as `referent` reads it.
   */
  private recipientReferent(masked: Masked, at: number, besides: string[]): string[] {
    const topic = this.topic();
    const named = this.actors(
      masked,
      [...masked.text.slice(0, at).matchAll(/⟨(\d+)⟩/g)].map((u) => Number(u[1])),
    );
    if (topic && !named.length && this.lastActors.includes(topic) && !besides.includes(topic)) return [topic];
    return this.referent(masked, at, besides);
  }

  /** What "the country" or "the island" stands for: the state the text is about, else what "it" would stand for. */
  private describedState(masked: Masked, at: number, besides: string[]): string[] {
    const topic = this.topic();
    if (topic && !besides.includes(topic)) return [topic];
    const before = [...masked.text.slice(0, at).matchAll(/⟨(\d+)⟩/g)].reverse();
    for (const u of before) {
      const side = this.actors(masked, [Number(u[1])])[0];
      if (side?.startsWith('state:') && !besides.includes(side)) return [side];
    }
    if (this.lastSubject?.startsWith('state:') && !besides.includes(this.lastSubject)) return [this.lastSubject];
    // "I will start with ⟨B⟩. ... The military government has bought ...": the state the text named last.
    const last = this.entities.lastNamedBefore(
      masked.original(at, at).start,
      (e) => e.type === 'State' && !besides.includes(e.key),
    );
    return last ? [last] : [];
  }

  /**
   * Whose the service named by what it is in a weapon's clause is ("the navy would patrol with the vessel donated by
   * ⟨A⟩", "the air force flies the jets bought from ⟨A⟩"): the state the text named with that service before ("the
   * ⟨Ecuadorian⟩ navy", "⟨B⟩'s air force"), else the state the text is about or is datelined in; never a supplier.
   */
  private serviceUser(masked: Masked, at: number, suppliers: string[]): string | undefined {
    // "... with the vessel donated by ⟨A⟩ and with two aircraft bought from ⟨C⟩": a seller between them is no user.
    const clause = masked.text
      .slice(0, at)
      .split(REPORTED_ALL)
      .at(-1)!
      .replace(/\b(?:by|from) (?:the )?⟨\d+⟩/gu, '');
    const named = new RegExp(
      String.raw`\b(?:[Tt]he|[Ii]ts|[Oo]ur) (?<service>${SERVICE_NOUN})\b(?! of)(?!.*⟨)`,
      'u',
    ).exec(clause);
    if (!named) return undefined;
    const before = this.text.slice(0, masked.original(at, at).start);
    const owned = new RegExp(
      String.raw`(?<name>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})(?:[’']s)? ${named.groups!.service}\b`,
      'gu',
    );
    const owners = [...before.matchAll(owned)]
      .map((m) => STATE_FORMS.get(m.groups!.name!.replace(/^The /, ''))?.code)
      .filter((code): code is string => !!code && !suppliers.includes(`state:${code}`));
    const code = owners.at(-1) ?? datelinedIn(this.text);
    const key = code ? this.entities.state(code).key : this.topic();
    return key && !suppliers.includes(key) ? key : undefined;
  }

  /** The first state (or a state's service) after a point of its clause that is not one of `not`, before anything said. */
  private actorAfter(masked: Masked, at: number, not: string[]): string | undefined {
    const rest = masked.text.slice(at);
    // "supplied by ⟨A⟩ and ⟨B⟩": a list going on names more suppliers, not whom they supplied.
    if (/^\s*(?:,|and|or)\s/.test(rest)) return undefined;
    const clause = rest.slice(
      0,
      /[,;]|\b(?:said|says|say|told|announced|stated|reported|added|according)\b/.exec(rest)?.index,
    );
    for (const u of clause.matchAll(/⟨(\d+)⟩/g)) {
      // "... donated by ⟨A⟩ in July and with two aircraft bought from ⟨C⟩": a seller of the next item buys nothing.
      if (SELLER_BEFORE.test(clause.slice(0, u.index))) continue;
      const side = this.actors(masked, [Number(u[1])])[0];
      if (side && !not.includes(side) && this.entities.get(side)?.type === 'State') return side;
    }
    return undefined;
  }

  /**
   * What a pronoun supplying stands for ("the ⟨W⟩ it has delivered", "Its ⟨W⟩s were sold to ⟨B⟩"): the subject of the
   * sentence before when its own sentence opens on a pronoun ("It will work with ⟨C⟩ ..., and the ⟨W⟩ it has delivered
   * ..."); "they" the parties named together last before it ("thanks ⟨A⟩ and ⟨B⟩ for the ⟨W⟩ they have provided"); else
   * the party nearest before it.
   */
  private pronounParty(masked: Masked, at: number, word: string): string[] {
    const before = masked.text.slice(0, at);
    if (/^\W*(?:It|They|Its|Their)\b/.test(masked.text) && !/⟨\d+⟩/.test(before)) {
      return this.lastSubject ? [this.lastSubject] : [];
    }
    if (/^the/i.test(word)) {
      const lists = [...before.matchAll(new RegExp(OBJECTS, 'gu'))].filter((l) => listUnits(l[0]).length > 1);
      const last = lists.at(-1);
      if (last) return this.parties(masked, last[0]);
    }
    if (/^\W*(?:It|They|Its|Their)\b/.test(masked.text)) return this.lastSubject ? [this.lastSubject] : [];
    return this.referent(masked, at);
  }

  /** The actor nearest before a point of the sentence with nothing said between them: the subject of its clause. */
  private subjectOf(masked: Masked, at: number, not: string[] = []): string | undefined {
    const before = masked.text.slice(0, at);
    const units = [...before.matchAll(/⟨(\d+)⟩/g)].reverse();
    for (const u of units) {
      const between = before.slice(u.index! + u[0].length);
      // "the ⟨B⟩, which still waits for two corvettes ordered from ⟨A⟩": the relative clause's subject is its antecedent.
      const relative = RELATIVE_OPENING.test(between) && !REPORTED.test(between.replace(RELATIVE_OPENING, ''));
      if (REPORTED.test(between) && !relative) return undefined;
      // "replaced two ships from ⟨C⟩, and the ⟨W⟩ bought from ⟨A⟩": a seller named before is no buyer; nor is the source
      // of the report ("according to ⟨C⟩ media, the first jets arrived from ⟨A⟩").
      if (!relative && (SELLER_BEFORE.test(before.slice(0, u.index)) || SOURCE_BEFORE.test(before.slice(0, u.index))))
        continue;
      const side = this.actors(masked, [Number(u[1])])[0];
      // "⟨B⟩, whose base hosted ⟨American⟩ aircraft, now flies ⟨W⟩ bought from ⟨A⟩": the seller is no buyer.
      if (side && not.includes(side)) continue;
      if (side && this.entities.get(side)?.type !== 'Place') return side;
    }
    return undefined;
  }

  /**
   * What "it" or "they" supplying stands for: the nearest state or body before it in its sentence ("Switzerland
   * abandoned its neutrality when it sold ..."), else the first the sentence before named ("France remains ...'s main
   * partner. It handed over ..."). What "it" or "them" receiving stands for likewise, the suppliers aside (`besides`:
   * "Ukraine was using its ports ..., and ⟨A⟩ had supplied it with ...").
   */
  private referent(masked: Masked, at: number, besides: string[] = []): string[] {
    const before = [...masked.text.slice(0, at).matchAll(/⟨(\d+)⟩/g)].reverse();
    for (const u of before) {
      const side = this.actors(masked, [Number(u[1])])[0];
      if (side && !besides.includes(side) && this.entities.get(side)?.type !== 'Place') return [side];
    }
    return this.lastSubject && !besides.includes(this.lastSubject) ? [this.lastSubject] : [];
  }

  /**
   * The items of a list of weapons named by their kind alone, beside items naming a system ("air defence missiles" in
   * "air defence missiles and ⟨W⟩ howitzers"): the stretch from the first such item to the last one next to it. Only
   * short items ending on a word for a weapon, so that a clause's words caught in the phrase are no weapon.
   */
  private unnamedItems(masked: Masked, what: string): string | undefined {
    const items = [...what.matchAll(/(?:^|,\s+(?:and\s+)?|\s+(?:and|or)\s+)((?:(?!,\s|\s(?:and|or)\s).)+)/gu)];
    // "a ⟨W⟩ missile, a weapon delivered to ...": items set off by commas alone, or one opening on "a", stand in
    // apposition to the system, no list.
    if (items.length < 2 || !/\s(?:and|or)\s/.test(what)) return undefined;
    const unnamed = items.map((m) => {
      const item = m[1]!;
      if (this.systems(masked, item).length || /⟨\d+⟩|^(?:a|an|one) /.test(item) || item.split(' ').length > 4)
        return false;
      return !!weaponKind(item) || GENERIC_ITEM.test(item);
    });
    const first = unnamed.indexOf(true);
    if (first < 0 || !unnamed.includes(false)) return undefined;
    let last = first;
    while (unnamed[last + 1]) last++;
    const start = items[first]!.index! + items[first]![0].indexOf(items[first]![1]!);
    const end = items[last]!.index! + items[last]![0].length;
    return what.slice(start, end);
  }

  /** Whether what stands where the weapon would is one mention of something else: a state, a body ("the ⟨Somali army⟩"). */
  private namesNoWeapon(masked: Masked, what: string | undefined): boolean {
    const alone = /^⟨(\d+)⟩$/.exec(what ?? '');
    return !!alone && this.entities.get(masked.units[Number(alone[1])]?.mention.key ?? '')?.type !== 'WeaponSystem';
  }

  /** "denied that it had supplied ...", "rejected claims that ... delivered": a transfer said not to have happened. */
  private denied(text: string, at: number): boolean {
    const before = text.slice(0, at);
    const denial = /\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b[^.;]*$/.exec(before);
    // "rejected the charge, saying ⟨B⟩ had itself bought ⟨W⟩ from ⟨A⟩": what the denier says in its turn is a charge of
    // its own, denied only when its own words deny it ("saying no weapons had been sold").
    const counter = denial ? COUNTER.exec(denial[0]) : null;
    return (!!denial && (!counter || DENYING.test(counter.groups!.said!))) || /\bnever\b[^.;⟨]*$/.test(before);
  }

  /** States and bodies of a list of units; an armed service or a ministry stands for its state, a person for whom they serve. */
  private actors(masked: Masked, indices: number[]): string[] {
    const out: string[] = [];
    for (const i of indices) {
      const key = masked.units[i]?.mention.key;
      const record = key ? this.entities.get(key) : undefined;
      if (!record) continue;
      let side: string | undefined;
      if (record.type === 'State') side = record.key;
      // "bought ⟨W⟩ from Moscow": a capital a transfer comes from or goes to is its state.
      else if (record.type === 'Place')
        side = this.entities.locatedIn.find(
          (l) => l.from === record.key && STATE_FORMS.get(record.name)?.role === 'capital',
        )?.to;
      else if (record.type === 'Organization')
        // A ministry or an armed service is its state; an arms maker stands for the state it is based in.
        side =
          this.entities.partOf.find((p) => p.from === record.key && this.entities.get(p.to)?.type === 'State')?.to ??
          this.entities.locatedIn.find((p) => p.from === record.key && this.entities.get(p.to)?.type === 'State')?.to ??
          record.key;
      else if (record.type === 'Person') {
        const post = this.entities.positions.find((p) => p.person === record.key && !p.former);
        const holder = post ? this.entities.get(post.holder) : undefined;
        side =
          holder?.type === 'State'
            ? holder.key
            : (this.entities.partOf.find((p) => p.from === holder?.key && this.entities.get(p.to)?.type === 'State')
                ?.to ?? undefined);
      }
      if (side && !out.includes(side)) out.push(side);
    }
    return out;
  }

  /**
   * Who sold a system received with no seller named ("The ⟨B⟩ ordered 80 ⟨W⟩s in 2021"): the one seller the text has
   * named for that system before, as an article tells a system's first sale with its seller and the next buyers without.
   */
  private knownSuppliers(masked: Masked, what: string): string[] {
    const systems = this.systems(masked, what);
    if (systems.length !== 1) return [];
    const sold = this.entities.links
      .filter((l) => l.type === 'OF_WEAPON' && l.to === systems[0] && !this.wholeTrade.has(l.from))
      .flatMap((l) =>
        this.entities.links.filter((s) => s.from === l.from && s.type === 'SUPPLIED_BY').map((s) => s.to),
      );
    const sellers = [...new Set(sold)];
    return sellers.length === 1 ? sellers : [];
  }

  /** Who made or sent the weapons, when their phrase names a state by its demonym ("Chinese-made"). */
  private makers(masked: Masked, what: string): string[] {
    // A state by its name inside a long phrase ("⟨Germany⟩ gave it 14 ⟨W⟩ tanks") is a clause's subject, not a maker.
    const states = [...what.matchAll(MAKER)]
      .filter((m) => m[0].includes('-') || masked.units[Number(m[1])]?.mention.form === 'demonym')
      .map((m) => masked.units[Number(m[1])]?.mention)
      .filter((m) => m && this.entities.get(m.key)?.type === 'State');
    return states.length ? [states[0]!.key] : [];
  }

  private record(
    masked: Masked,
    p: Parsed,
    supplier: string,
    recipient: string,
    span: Span,
    status: TransferStatus,
    weaponKey: string | undefined,
  ): string {
    const what = p.weapon?.what ?? '';
    const words = this.words(masked, what);
    const quantity = p.weapon?.quantity ? this.words(masked, p.weapon.quantity).replace(/\s+of$/, '') : null;
    // The period is the transfer's own: in its words or the rest of its clause, not in a clause after it.
    const after = masked.text.slice(p.end);
    const stop = /,\s+(?:which|who|while|and|but|after|before|when|as)\b|;|\.\s/.exec(after);
    const clause = masked.original(p.at, p.end + (stop ? stop.index : after.length));
    const period: Period | undefined = periodsIn(
      this.text.slice(clause.start, clause.end),
      clause.start,
      this.publishedOn,
    )[0];
    const code = (k: string) => (k.startsWith('state:') ? k.slice(6).toLowerCase() : k.slice(k.indexOf(':') + 1));
    const weaponName = weaponKey ? this.entities.get(weaponKey)!.name : words || 'weapons';
    // The same supplier, recipient and weapon named again is the transfer named before; a supplier's whole trade and
    // its deliveries of one weapon are apart ("⟨A⟩ is ⟨B⟩'s largest supplier" and "⟨A⟩ delivered ⟨W⟩ to ⟨B⟩").
    const kind = weaponKind(words);
    const prior = [...this.entities.byKey.values()].find(
      (r) =>
        r.type === 'WeaponsTransfer' &&
        this.wholeTrade.has(r.key) === !!p.whole &&
        // Weapons listed by kind beside a system are never that system's transfer, nor it theirs.
        !(p.beside && this.entities.links.some((l) => l.from === r.key && l.type === 'OF_WEAPON')) &&
        !(weaponKey && this.beside.has(r.key)) &&
        this.entities.links.some((l) => l.from === r.key && l.type === 'SUPPLIED_BY' && l.to === supplier) &&
        this.entities.links.some((l) => l.from === r.key && l.type === 'RECEIVED_BY' && l.to === recipient) &&
        (!weaponKey ||
          // "had supplied ⟨B⟩ with weapons for years" and, later, "⟨W⟩ rockets sent from ⟨A⟩ to ⟨B⟩": a system named is a
          // shipment of its own, not the whole supply told in general terms before it.
          (!this.entities.links.some((l) => l.from === r.key && l.type === 'OF_WEAPON') && !this.broad.has(r.key)) ||
          this.entities.links.some((l) => l.from === r.key && l.type === 'OF_WEAPON' && l.to === weaponKey)) &&
        (!period || !r.props.periodStart || r.props.periodStart === period.start) &&
        // "50 tanks ..., along with patrol boats", "millions of shells and ⟨W⟩ missiles": a weapon of another kind between
        // the same parties is another transfer, named or not.
        (!kind ||
          !this.kinds.get(r.key)?.size ||
          this.kinds.get(r.key)!.has(kind) ||
          (!!weaponKey &&
            this.entities.links.some((l) => l.from === r.key && l.type === 'OF_WEAPON' && l.to === weaponKey))),
    );
    const key =
      prior?.key ??
      `transfer:${slug([code(supplier), code(recipient), weaponKey ? weaponKey.slice(7) : p.whole ? 'arms' : slug(words || 'weapons'), period?.start ?? ''].join(' '))}`;
    const name = `${weaponName} from ${this.entities.get(supplier)?.name ?? code(supplier)} to ${this.entities.get(recipient)?.name ?? code(recipient)}`;
    const record = this.entities.add(key, 'WeaponsTransfer', prior?.name ?? name, { status });
    if (p.whole) this.wholeTrade.add(key);
    if (p.beside) this.beside.add(key);
    if (kind) this.kinds.set(key, (this.kinds.get(key) ?? new Set()).add(kind));
    if (!prior && !weaponKey && BROAD_SUPPLY.test(words)) this.broadNow.add(key);
    const props = record.props;
    if (quantity && !props.quantity) props.quantity = quantity;
    if (period && !props.periodStart) {
      props.period = period.words;
      props.periodStart = period.start;
      if (period.end) props.periodEnd = period.end;
    }
    // What a party says of its own transfer, or a monitor finds, outweighs an allegation.
    if (props.status === 'ALLEGED' && status !== 'ALLEGED') props.status = status;
    this.entities.mention(key, span, this.text, false);
    this.entities.relate('SUPPLIED_BY', key, supplier);
    this.entities.relate('RECEIVED_BY', key, recipient);
    if (weaponKey) this.entities.relate('OF_WEAPON', key, weaponKey);
    return key;
  }

  /**
   * The system a weapon named by its kind stands in apposition to ("a ⟨TOW⟩ anti-tank missile, a weapon supplied to ...",
   * "the ⟨W⟩ programme, under which ⟨A⟩ was to build twelve submarines"): the system just before it.
   */
  private apposed(masked: Masked, at: number): string | undefined {
    const before = APPOSED.exec(masked.text.slice(0, at));
    const key = before ? masked.units[Number(before[1])]?.mention.key : undefined;
    return key && this.entities.get(key)?.type === 'WeaponSystem' ? key : undefined;
  }

  /** The system a count alone stands for: the one named last, in the sentence or the two before it. */
  private lastSystem(masked: Masked, at: number): string | undefined {
    return (
      this.entities.lastNamedBefore(masked.original(at, at).start, (e) => e.type === 'WeaponSystem', COUNT_REACH) ??
      undefined
    );
  }

  /** The weapon systems a weapon phrase names, in order. */
  private systems(masked: Masked, what: string): string[] {
    const keys = [...what.matchAll(/⟨(\d+)⟩/g)]
      .map((m) => masked.units[Number(m[1])]?.mention.key)
      .filter((k): k is string => !!k && this.entities.get(k)?.type === 'WeaponSystem');
    return [...new Set(keys)];
  }

  /**
   * "the first 38 ⟨W⟩ tanks arrived ... They are the first batch of 108 tanks that we ordered from ⟨A⟩": weapons named by
   * their kind alone are the system last named with that kind, in the same sentence or the one before.
   */
  private systemOfKind(masked: Masked, what: string, at: number): string | undefined {
    const kind = weaponKind(this.words(masked, what));
    if (!kind) return undefined;
    const start = masked.original(at, at).start;
    return (
      this.entities.lastNamedBefore(
        start,
        (e) => e.type === 'WeaponSystem' && [...e.aliases].some((a) => a.endsWith(` ${kind}`)),
        KIND_REACH,
      ) ?? undefined
    );
  }

  /** The text's own words for a stretch of the masked sentence. */
  private words(masked: Masked, stretch: string): string {
    const at = masked.text.indexOf(stretch);
    if (!stretch || at < 0) return '';
    const span = masked.original(at, at + stretch.length);
    return this.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }
}
