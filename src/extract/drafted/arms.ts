import { z } from 'zod';
import { alternation } from '../text.js';
import { conjugate, spellings } from '../verbs.js';
import { dataTable } from '../tables.js';
import { COMMON_GROUP_NOUNS, COMMON_GROUP_WORDS } from '../fighters.js';

/**
 * The vocabulary of weapons and of moving them (arms.json): nouns for
 * kinds of weapon and the words qualifying them, the verbs of supplying
 * and receiving with every form conjugated, and the nouns for a transfer.
 * Patterns over masked sentences are built here, so that a word added to
 * the table is read everywhere weapons are.
 */

const table = z
  .object({
    weaponNouns: z.array(z.string()),
    weaponModifiers: z.array(z.string()),
    notSystemNames: z.array(z.string()),
    notSystemCodes: z.array(z.string()),
    notWeaponHeads: z.array(z.string()),
    countWords: z.array(z.string()),
    supplyVerbs: z.array(z.strictObject({ lemma: z.string(), recipient: z.string(), gift: z.boolean().optional() })),
    receiveVerbs: z.array(z.strictObject({ lemma: z.string() })),
    arrivalVerbs: z.array(z.string()),
    commandVerbs: z.array(z.string()),
    transferNouns: z.array(z.string()),
    dealNouns: z.array(z.string()),
    purchaseNouns: z.array(z.string()),
    onwardVerbs: z.array(z.string()),
    quantityUnits: z.array(z.string()),
    governmentNouns: z.array(z.string()),
    serviceNouns: z.array(z.string()),
    supplierRanks: z.array(z.string()),
    supplierNouns: z.array(z.string()),
    counterClauses: z.array(z.string()),
    groupNouns: z.array(z.string()),
    operateVerbs: z.array(z.string()),
    fightWithVerbs: z.array(z.string()),
    genericWeaponNouns: z.array(z.string()),
    broadSupplyNouns: z.array(z.string()),
    companyNouns: z.array(z.string()),
    vesselNouns: z.array(z.string()),
    hullPrefixes: z.array(z.string()),
    acronymHeads: z.array(z.string()),
    epithets: z.array(z.string()),
    fleetSupport: z.array(z.string()),
    packageNouns: z.array(z.string()),
    notMakers: z.array(z.string()),
  })
  .parse(dataTable('arms.json'));

/** A kind of weapon: "ballistic missiles", "armoured personnel carriers", "rifles". */
export const WEAPON_NOUN = `(?:${alternation(table.weaponNouns)})`;
export const WEAPON_MODIFIER = `(?:${alternation(table.weaponModifiers)})`;
/** Capitalised words that qualify weapons without naming a system: "Western weapons", "Soviet-era tanks". */
export const NOT_SYSTEM_NAMES = new Set(table.notSystemNames);
/** Codes of letters and a number that name no weapon: "G-20", "COP-28", "U-17". */
export const NOT_SYSTEM_CODE = new RegExp(`^(?:${table.notSystemCodes.join('|')})$`, 'u');
/** Nouns a weapon noun qualifies ("arms depot", "arms fair"), which make the name before it a place's or a body's. */
export const NOT_WEAPON_HEAD = `(?:${alternation(table.notWeaponHeads)})`;
/** Nouns for weapons of no kind ("weapons", "equipment"), whose transfer named again is the one named before. */
export const GENERIC_WEAPON_NOUNS = new Set(table.genericWeaponNouns);
/** Words that tell a supply as a whole ("weapons", "arms", "military aid"), kept apart from a system named after it. */
export const BROAD_SUPPLY = new RegExp(`(?:^|\\s)(?:${alternation(table.broadSupplyNouns)})$`, 'iu');
/** What a vessel is ("the frigate", "a cargo ship") and its navy's prefix ("HMAS"), before the vessel's name. */
export const VESSEL_NOUN = `(?:${alternation(table.vesselNouns)})`;
export const HULL_PREFIX = `(?:${alternation(table.hullPrefixes)})`;
/** What three capitals name a system of ("FDI frigates"), not a group's men ("RSF fighters"). */
export const ACRONYM_HEAD = `(?:${alternation(table.acronymHeads)})`;
/** The epithet ending a ruler's name that a vessel bears: "the destroyer Gwanggaeto the Great". */
export const EPITHET = `(?:${alternation(table.epithets)})`;
/** What is sold for a fleet a buyer has: "spare parts for ⟨B⟩'s ⟨W⟩ fleet". */
export const FLEET_SUPPORT = `(?:${alternation(table.fleetSupport)})`;
/** A sale told before, said to include more: "the package ... also includes ⟨W⟩". */
export const PACKAGE_NOUN = `(?:${alternation(table.packageNouns)})`;
/** Capitalised words before a code that are no maker's name: "Two F-16s", "General F-16 pilots". */
export const NOT_MAKERS = new Set(table.notMakers);
/** Capitalised words that count weapons, opening a sentence: "Three ANKA drones" names the ANKA. */
export const COUNT_WORD = `(?:${alternation(table.countWords)})`;

/** What weapons are counted in: "1,000 containers of", "two shiploads of". */
const QUANTITY_UNIT = `(?:${alternation(table.quantityUnits)})`;
const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a dozen|[Dd]ozens|[Hh]undreds|[Tt]housands|[Ss]everal|a few|a handful|a number|a batch|batch|battalion|shipment|consignment|squadron|a stock|stock|a consignment|a shipment|a battery|battery|a squadron|[Mm]illions|[Tt]ens of thousands)(?: (?:million|thousand|hundred))?(?:\s+(?:of\s+)?${QUANTITY_UNIT})?`;
/** How many, as said: "six", "about 50", "dozens of", "a further battalion of", "its first shipment of", "the last of 44", "the first six of the 36". */
export const QUANTITY = String.raw`(?<![\w-])(?:(?:[Tt]he|[Ii]ts) (?:first|last|final|remaining)(?: ${COUNT})? of (?:the |its )?)?(?:(?:[Aa]bout|[Aa]round|around|roughly|nearly|almost|more than|at least|some|up to|over|another|a further|an additional|its first|a new|a second|the first)\s+)?${COUNT}(?:\s+(?:more\s+)?of)?`;

interface Forms {
  /** Every form, for the pattern. */
  words: string[];
  /** Its past participle, for the passive ("delivered to ⟨B⟩"). */
  participle: string;
  /** Its -ing form, for a clause hung on the sentence's subject ("..., after buying ⟨W⟩ from ⟨A⟩"). */
  gerund: string;
}

function forms(lemma: string): Forms {
  const c = conjugate(lemma);
  return {
    words: [c.Infinitive, c.PresentTense, c.PastTense, c.Gerund, c.Participle].flatMap(spellings),
    participle: c.Participle,
    gerund: c.Gerund,
  };
}

export interface SupplyVerb extends Forms {
  lemma: string;
  /**
   * How the recipient is named: "to ⟨B⟩", "⟨B⟩ with", "⟨B⟩ ..." (two objects), as the object ("arming ⟨B⟩"), only
   * "for ⟨B⟩" (what is built for a state: "is building five vessels for ⟨B⟩") or only "in ⟨B⟩" (what a state places on
   * another's soil: "stationed ⟨W⟩ in ⟨B⟩"). A verb of the last two moves nothing without its recipient said.
   */
  recipient: { to: boolean; with: boolean; double: boolean; object: boolean; for: boolean; in: boolean };
  /** A gift ("donated", "lent"): told in a text that speaks for a state with no recipient named, it is to that state. */
  gift: boolean;
}

export const SUPPLY_VERBS: SupplyVerb[] = table.supplyVerbs.map((v) => {
  const ways = new Set(v.recipient.split('|'));
  return {
    lemma: v.lemma,
    gift: !!v.gift,
    ...forms(v.lemma),
    recipient: {
      to: ways.has('to'),
      with: ways.has('with'),
      double: ways.has('double'),
      object: ways.has('object'),
      for: ways.has('for'),
      in: ways.has('in'),
    },
  };
});

export const RECEIVE_VERBS = table.receiveVerbs.map((v) => ({ lemma: v.lemma, ...forms(v.lemma) }));

/** Any form of a verb of weapons coming to a buyer: "From ⟨A⟩ came ⟨W⟩". */
export const ARRIVE = `(?:${alternation(table.arrivalVerbs.flatMap((v) => forms(v).words))})`;

/** "ordered a ⟨Chinese⟩ research vessel to leave": what follows the object of an order given to it, no purchase. */
// The object's last words may be left to the tail ("ordered the ⟨Russian⟩ trawler to stop").
export const COMMANDED = new RegExp(
  String.raw`^(?:\s+[a-z-]+){0,3}?,?\s+to (?:${alternation(table.commandVerbs)})\b`,
  'u',
);

/** Any form of a verb of supplying, of receiving; past participles of supplying (for "⟨W⟩ supplied by ⟨A⟩"). */
export const SUPPLY = `(?:${alternation(SUPPLY_VERBS.flatMap((v) => v.words))})`;
export const RECEIVE = `(?:${alternation(RECEIVE_VERBS.flatMap((v) => v.words))})`;
// "⟨W⟩ built by ⟨A⟩" names its maker, not a supplier: only verbs that hand over make the passive of a transfer.
export const SUPPLIED = `(?:${alternation(
  SUPPLY_VERBS.filter((v) => v.recipient.to || v.recipient.with || v.recipient.double).map((v) => v.participle),
)})`;
/** Past participles of receiving, one word each: "⟨W⟩ bought from ⟨A⟩", "⟨W⟩ we purchased from ⟨A⟩". */
export const RECEIVED = `(?:${alternation(RECEIVE_VERBS.filter((v) => !v.lemma.includes(' ')).map((v) => v.participle))})`;
/** The -ing forms of receiving: "after buying", "before receiving". */
/** The -ing forms of supplying: "..., selling ⟨W⟩ to ⟨B⟩". */
export const SUPPLYING = `(?:${alternation(SUPPLY_VERBS.map((v) => v.gerund))})`;
export const RECEIVING = `(?:${alternation(RECEIVE_VERBS.map((v) => v.gerund))})`;
export const TRANSFER_NOUN = `(?:${alternation(table.transferNouns)})`;
/** What a buyer signs ("a contract", "two deals") and what it is for ("for the purchase of ⟨W⟩"). */
export const DEAL_NOUN = `(?:${alternation(table.dealNouns)})`;
export const PURCHASE_NOUN = `(?:${alternation(table.purchaseNouns)})`;
/** A state named by its government, as a buyer: "the military government", "the junta". */
export const GOVERNMENT_NOUN = `(?:${alternation(table.governmentNouns)})`;
/** A state's armed service named by what it is, as a buyer: "the frigates that the navy received from ⟨A⟩". */
export const SERVICE_NOUN = `(?:${alternation(table.serviceNouns)})`;
/** How weapons a recipient got reached a third party: "ended up with", "were diverted to", "found in the hands of". */
export const ONWARD_VERB = `(?:${alternation(table.onwardVerbs)})`;
/** An arms maker named again by what it is: "the company", "the shipyard". */
export const COMPANY_NOUN = `(?:${alternation(table.companyNouns)})`;
/** Any form of a verb of operating weapons: "flies", "operated", "fields". */
export const OPERATE = `(?:${alternation(table.operateVerbs.flatMap((v) => forms(v).words))})`;
/** Any form of a verb of using weapons in a fight: "fires", "launched", "deployed". */
export const FIGHT_WITH = `(?:${alternation(table.fightWithVerbs.flatMap((v) => forms(v).words))})`;
/** An armed group named again by what it is: "the group", "the militia". */
export const GROUP_NOUN = `(?:${alternation(table.groupNouns)})`;
/**
 * Armed groups a transfer goes to, named by no name: "the separatists", "terrorist groups", "its proxies", "vetted rebel
 * groups" (the words, without the article or the possessive, in `groupwords`); the nouns and the words qualifying them
 * are fighters.json's, the one table of armed groups named by what they are.
 */
const GROUP_WORD = `(?:${alternation(COMMON_GROUP_WORDS)})`;
/** The last word of a noun of two ("armed groups": "groups"), a group only after a word qualifying it ("opposition groups"). */
const GROUP_HEAD = alternation(COMMON_GROUP_NOUNS.filter((n) => n.includes(' ')).map((n) => n.split(' ').at(-1)!));
export const UNNAMED_GROUP = String.raw`(?:(?:the|its|their|⟨\d+⟩[’']s) )?(?<groupwords>(?:${GROUP_WORD}[ -]){0,2}(?:${alternation(COMMON_GROUP_NOUNS)})|(?:${GROUP_WORD}[ -]){1,2}(?:${GROUP_HEAD}))\b`;
/** What a party denying a charge says in its turn: "rejected the charge, saying ...". */
export const COUNTER_CLAUSE = `(?:${alternation(table.counterClauses)})`;
/** A supplier by its rank among a state's: "largest", "second largest", "main". */
export const SUPPLIER_RANK = `(?:${alternation(table.supplierRanks)})`;
/** A supplier named as one: "arms supplier", "supplier of weapons". */
export const SUPPLIER_NOUN = `(?:${alternation(table.supplierNouns)})`;

/** The supply verb a matched form belongs to. */
export function supplyVerb(word: string): SupplyVerb | undefined {
  const w = word.toLowerCase();
  return SUPPLY_VERBS.find((v) => v.words.includes(w));
}
