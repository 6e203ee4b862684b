import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ORGANIZATION_CATEGORIES, type OrganizationCategory } from '../domain/index.js';
import { dataTable } from './tables.js';

/**
 * What the extractor knows without a graph: the world's states (from the
 * world-countries package: names, official names, other spellings,
 * demonyms, capitals) with their Wikidata ids, the states that no longer
 * exist (from the importers' table of states), and the international
 * bodies, agencies and news organisations that news about states names
 * most. A graph, when there is one, knows more (src/extract/resolve.ts).
 */

/** The importers' table of states (data/import/states.csv): the names datasets use, and the states that no longer exist. */
export const STATES_TABLE = fileURLToPath(new URL('../../data/import/states.csv', import.meta.url));

// The package's ESM entry imports JSON, which Node 20 needs an import attribute for; its data file loads as is.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

export interface StateInfo {
  code: string;
  name: string;
  officialName: string;
  wikidataId: string | null;
  unMember: boolean;
}

export type SurfaceRole = 'name' | 'demonym' | 'capital';

export interface StateForm {
  code: string;
  role: SurfaceRole;
}

/**
 * Wikidata ids of states. No npm package carries them, so this table holds
 * those of the states news about international affairs names most.
 */
const WIKIDATA: Record<string, string> = {
  AFG: 'Q889',
  ALB: 'Q222',
  DZA: 'Q262',
  ARG: 'Q414',
  ARM: 'Q399',
  AUS: 'Q408',
  AUT: 'Q40',
  AZE: 'Q227',
  BHR: 'Q398',
  BGD: 'Q902',
  BLR: 'Q184',
  BEL: 'Q31',
  BIH: 'Q225',
  BRA: 'Q155',
  BGR: 'Q219',
  CAN: 'Q16',
  CHL: 'Q298',
  CHN: 'Q148',
  COL: 'Q739',
  COD: 'Q974',
  HRV: 'Q224',
  CUB: 'Q241',
  CYP: 'Q229',
  CZE: 'Q213',
  DNK: 'Q35',
  ECU: 'Q736',
  EGY: 'Q79',
  EST: 'Q191',
  ETH: 'Q115',
  FIN: 'Q33',
  FRA: 'Q142',
  GEO: 'Q230',
  DEU: 'Q183',
  GHA: 'Q117',
  GRC: 'Q41',
  GUY: 'Q734',
  HUN: 'Q28',
  ISL: 'Q189',
  IND: 'Q668',
  IDN: 'Q252',
  IRN: 'Q794',
  IRQ: 'Q796',
  IRL: 'Q27',
  ISR: 'Q801',
  ITA: 'Q38',
  JPN: 'Q17',
  JOR: 'Q810',
  KAZ: 'Q232',
  KEN: 'Q114',
  KWT: 'Q817',
  LVA: 'Q211',
  LBN: 'Q822',
  LBY: 'Q1016',
  LTU: 'Q37',
  LUX: 'Q32',
  MYS: 'Q833',
  MLI: 'Q912',
  MLT: 'Q233',
  MEX: 'Q96',
  MDA: 'Q217',
  MNG: 'Q711',
  MAR: 'Q1028',
  MOZ: 'Q1029',
  MMR: 'Q836',
  NLD: 'Q55',
  NZL: 'Q664',
  NGA: 'Q1033',
  PRK: 'Q423',
  MKD: 'Q221',
  NOR: 'Q20',
  OMN: 'Q842',
  PAK: 'Q843',
  PER: 'Q419',
  PHL: 'Q928',
  POL: 'Q36',
  PRT: 'Q45',
  QAT: 'Q846',
  ROU: 'Q218',
  RUS: 'Q159',
  SAU: 'Q851',
  SRB: 'Q403',
  SLE: 'Q1044',
  SGP: 'Q334',
  SVK: 'Q214',
  SVN: 'Q215',
  SOM: 'Q1045',
  ZAF: 'Q258',
  KOR: 'Q884',
  SSD: 'Q958',
  ESP: 'Q29',
  SDN: 'Q1049',
  SWE: 'Q34',
  CHE: 'Q39',
  SYR: 'Q858',
  TWN: 'Q865',
  THA: 'Q869',
  TUN: 'Q948',
  TUR: 'Q43',
  UKR: 'Q212',
  ARE: 'Q878',
  GBR: 'Q145',
  USA: 'Q30',
  VEN: 'Q717',
  VNM: 'Q881',
  YEM: 'Q805',
};

/** Names news uses that the package does not list, or lists in another form. */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['Britain', 'U.K.', 'Great Britain'],
  PRK: ['DPRK', 'D.P.R.K.'],
  KOR: ['ROK', 'Republic of Korea'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['Burma'],
  ARE: ['UAE', 'U.A.E.'],
  SYR: ['Syrian Arab Republic'],
  VAT: ['Holy See'],
  PSE: ['Palestine', 'State of Palestine'],
  // The Federal Republic before 1990, one state with Germany as the importers' table has it (data/import/states.csv).
  DEU: ['West Germany'],
  // A state by the name it held before, as histories write it of those years ("a draft tabled by Ceylon and Tunisia",
  // "withdrawal from Kampuchea"): the same state, one node, as the corpus records it.
  LKA: ['Ceylon'],
  KHM: ['Kampuchea'],
  COD: ['Zaire'],
  BEN: ['Dahomey'],
  BFA: ['Upper Volta'],
  THA: ['Siam'],
  SWZ: ['Swaziland'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['U.S.', 'US'],
  GBR: ['UK', 'U.K.'],
  ARE: ['Emirati'],
  PRK: ['North Korean'],
  KOR: ['South Korean'],
  PHL: ['Philippine'],
  // The dataset's demonyms for these are old spellings ("Kirghiz", "Tadzhik") or compounds ("Bosnian, Herzegovinian").
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  SAU: ['Saudi'],
  BIH: ['Bosnian'],
  BFA: ['Burkinabè'],
  MDV: ['Maldivian'],
  // The dataset's spellings are rarer in news than these ("the Comorian coast guard", "a Cabo Verdean vessel").
  COM: ['Comorian'],
  CPV: ['Cabo Verdean', 'Cape Verdean'],
  BWA: ['Botswanan'],
  // "the West German government": the whole demonym, so that the organ is named as the text names it.
  DEU: ['West German'],
  // The spellings news writes where the dataset has a rarer one ("Ecuadorean", "Surinamer", "Slovene", "Nepalese") or
  // only the name ("Djibouti"): "the Ecuadorian navy", "Surinamese soldiers", "the Icelandic coast guard".
  ECU: ['Ecuadorian'],
  SUR: ['Surinamese'],
  SVN: ['Slovenian'],
  NPL: ['Nepali'],
  DJI: ['Djiboutian'],
  ISL: ['Icelandic'],
  GNQ: ['Equatoguinean'],
  ARG: ['Argentinian'],
  GNB: ['Bissau-Guinean'],
  MKD: ['North Macedonian'],
  LUX: ['Luxembourgish'],
  TLS: ['Timorese'],
};

/**
 * Capitals that do not stand for a government in news (a person's name, a
 * seat of other bodies, contested), and capitals named like their state.
 */
const NOT_METONYMS = new Set([
  'Brussels',
  'Jerusalem',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Washington D.C.',
  'Amsterdam',
  'City of Victoria',
]);
// Spellings news uses beside the dataset's ("Ulaanbaatar" for its "Ulan Bator").
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington'],
  NLD: ['The Hague'],
  ISR: [],
  MNG: ['Ulaanbaatar'],
  // The government's own spelling, in its briefings' headings.
  MMR: ['Nay Pyi Taw'],
  // West Germany's seat until 1990: "accused Bonn of ..." in history is the state, as "Moscow" is.
  DEU: ['Bonn'],
};

/** Spellings too short or too common to trust as names: two-letter codes except the ones news uses. */
const KEEP_SHORT = new Set(['US', 'UK']);

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;

export const STATES = new Map<string, StateInfo>();
/** Surface form (as written, case kept) to the state and how it names it. */
export const STATE_FORMS = new Map<string, StateForm>();
/** States whose capital bears the state's own name ("Djibouti", "Singapore"), by that name. */
export const NAMESAKE_CAPITALS = new Map<string, string>();
/**
 * Names a state's tables also give as its demonym ("Thai", "Saudi", "U.S.", "UK"): held as names, since they stand
 * for the state alone too, but before an organ's noun they qualify it as a demonym does ("the Thai foreign ministry").
 */
export const ADJECTIVAL_NAMES = new Set<string>();

function addForm(form: string, code: string, role: SurfaceRole) {
  if (!form || !LATIN.test(form)) return;
  if (form.length <= 2 && !KEEP_SHORT.has(form)) return;
  // "Congolese" names two states: a form shared by two states names neither.
  const known = STATE_FORMS.get(form);
  if (known && known.code === code && known.role === 'name' && role === 'demonym') ADJECTIVAL_NAMES.add(form);
  if (known && known.code !== code) {
    if (known.role === 'name' && role !== 'name') return;
    if (role === 'name' && known.role !== 'name') {
      STATE_FORMS.set(form, { code, role });
      return;
    }
    STATE_FORMS.set(form, { code: '', role });
    return;
  }
  if (!known || (known.role !== 'name' && role === 'name')) STATE_FORMS.set(form, { code, role });
}

for (const c of countries) {
  // world-countries gives Kosovo the placeholder UNK; XKX is the code in common use (the EU's, the IMF's).
  if (!c.unMember && !['TWN', 'PSE', 'VAT', 'UNK'].includes(c.cca3)) continue;
  const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
  STATES.set(code, {
    code,
    name: c.name.common,
    officialName: c.name.official,
    wikidataId: WIKIDATA[code] ?? null,
    unMember: c.unMember,
  });
  for (const form of [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_NAMES[code] ?? [])]) {
    // "Korea, Republic of" is an index form, never a sentence's.
    if (!form.includes(',')) addForm(form, code, 'name');
  }
  const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  for (const d of [...demonyms, ...(EXTRA_DEMONYMS[code] ?? [])]) addForm(d, code, 'demonym');
  for (const capital of [...c.capital, ...(EXTRA_CAPITALS[code] ?? [])]) {
    if (!NOT_METONYMS.has(capital) && capital !== c.name.common) addForm(capital, code, 'capital');
    // Wire copy often drops a capital's accents ("Yaounde", "Bogota"): the plain spelling stands for the state too.
    const plain = capital.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== capital && !NOT_METONYMS.has(capital) && capital !== c.name.common) addForm(plain, code, 'capital');
    if (capital === c.name.common) NAMESAKE_CAPITALS.set(capital, code);
  }
}
// States that no longer exist, named as actors in history ("the Soviet Union vetoed", "Yugoslavia abstained"): the
// rows of the importers' table of states (data/import/states.csv) that have a date of dissolution, so that a former
// state is one state, under one key, whether a dataset or an article names it.
const list = (cell: string) =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
const formerStates = (
  parse(readFileSync(STATES_TABLE, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[]
).filter((row) => row.dissolved);
for (const row of formerStates) {
  const code = row.code!.toUpperCase();
  const aliases = list(row.aliases ?? '').filter((a) => !a.includes(','));
  STATES.set(code, {
    code,
    name: row.name!,
    // Its official name is the longest of its other names ("Union of Soviet Socialist Republics").
    officialName: aliases.reduce((longest, a) => (a.length > longest.length ? a : longest), row.name!),
    wikidataId: row.wikidata || null,
    unMember: false,
  });
  for (const form of [row.name!, ...aliases]) addForm(form, code, 'name');
  for (const d of list(row.demonyms ?? '')) addForm(d, code, 'demonym');
}
/** Forms two states share ("Congolese"): no state's in the tables, though a text's other words may tell (shared-names.ts). */
export const SHARED_STATE_FORMS = new Map<string, SurfaceRole>();
for (const [form, entry] of STATE_FORMS)
  if (!entry.code) {
    SHARED_STATE_FORMS.set(form, entry.role);
    STATE_FORMS.delete(form);
  }

export function stateName(code: string): string {
  return STATES.get(code)?.name ?? code;
}

// ---------------------------------------------------------------------------
// Organizations

export type { OrganizationCategory };

export interface KnownOrganization {
  key: string;
  name: string;
  aliases: string[];
  category: OrganizationCategory;
  /** The state it belongs to (a ministry, a presidency), as an alpha-3 code. */
  state?: string;
  /** The state a company is based in (an arms maker), which it does not speak for. */
  basedIn?: string;
  /** The organization it is part of. */
  partOf?: string;
  wikidataId?: string;
}

/** The bodies news names most (organizations.json), each with its aliases, category and the state or body it belongs to. */
const organizationTable = z
  .object({
    lowerHeads: z.array(z.string()),
    counting: z.array(z.string()),
    heads: z.array(z.string()).min(1),
    apposed: z.array(z.string()).min(1),
    led: z.array(z.string()).min(1),
    named: z.array(z.string()).min(1),
    partyNameWords: z.array(z.string()),
    organizations: z.array(
      z.strictObject({
        key: z.string(),
        name: z.string(),
        aliases: z.array(z.string()),
        category: z.enum(ORGANIZATION_CATEGORIES),
        state: z.string().optional(),
        basedIn: z.string().optional(),
        partOf: z.string().optional(),
        wikidataId: z.string().optional(),
      }),
    ),
  })
  .parse(dataTable('organizations.json'));
export const ORGANIZATIONS: KnownOrganization[] = organizationTable.organizations;
/** The last words of a known body's name that news also writes in lower case ("the Wagner group"). */
export const LOWER_HEADS = organizationTable.lowerHeads;
/** Words counting what follows, capitalised when they open a sentence before a body's name ("Two Indian Air Force ..."). */
export const COUNTING_WORDS = organizationTable.counting;
/** The words a capitalised name of a body is built on ("Ministry", "Council", "Campaign"), as regular expressions. */
export const ORGANIZATION_HEADS = organizationTable.heads;
/** Words for a body in an apposition after its name ("Piriou, a French shipbuilder"), as regular expressions. */
export const APPOSED_BODY_WORDS = organizationTable.apposed;
/** What a body led by another is called after "⟨leader⟩-led" ("the Saudi-led coalition"). */
export const LED_BODY_WORDS = organizationTable.led;
/** Words for a body written in lower case after its name ("the Los Lobos gang", "the Komeito party"). */
export const NAMED_BODY_WORDS = organizationTable.named;
/** Words of a body's kind that may be a party's name before "party" ("the Congress party"). */
export const PARTY_NAME_WORDS = new Set(organizationTable.partyNameWords);

// ---------------------------------------------------------------------------
// Places named without a word for what they are

export interface KnownPlace {
  name: string;
  aliases: string[];
  category: 'CITY' | 'REGION' | 'OTHER';
  /** The state it lies in, when that is not contested. */
  state?: string;
  /** Words that name it alone after "the": "the Gulf". */
  bare?: string[];
}

const placeTable = z
  .object({
    kinds: z.array(z.string()),
    qualifiers: z.array(z.string()),
    openers: z.array(z.string()),
    divisions: z.array(z.string()),
    openersOf: z.array(z.string()),
    closers: z.array(z.string()),
    facilities: z.array(z.string()),
    compass: z.array(z.string()),
    bareNotBefore: z.array(z.string()),
    capitalCues: z.array(z.string()),
    notOver: z.array(z.string()),
    namesakeCues: z.array(z.string()),
    shoreBefore: z.array(z.string()),
    shoreAfter: z.array(z.string()),
    places: z.array(
      z.strictObject({
        name: z.string(),
        aliases: z.array(z.string()),
        category: z.enum(['CITY', 'REGION', 'OTHER']),
        state: z.string().optional(),
        bare: z.array(z.string()).optional(),
      }),
    ),
  })
  .parse(dataTable('places.json'));

/** Regions, territories, cities and seas news names bare ("fighting in Tigray"), from places.json. */
export const KNOWN_PLACES: KnownPlace[] = placeTable.places;
/** Words for a place said before its name ("the island of ...") and the words that may qualify them ("border town"). */
export const PLACE_KINDS = placeTable.kinds;
export const PLACE_QUALIFIERS = placeTable.qualifiers;
/** Words a place's name opens with ("Lake Chad") or ends with, of either case ("the Panj river"). */
export const PLACE_OPENERS = placeTable.openers;
/** A state's divisions, named by a word after the name ("the Donbas region", "Cluj county", "Kaputa district"). */
export const PLACE_DIVISIONS = placeTable.divisions;
export const PLACE_CLOSERS = placeTable.closers;
/** Words for a site named after the place it stands at, in lower case after the name ("the Giwa barracks"). */
export const PLACE_FACILITIES = placeTable.facilities;
/** Words a place's name opens with when "of" and another name follow ("the Gulf of Guinea", "the Horn of Africa"). */
export const PLACE_OPENERS_OF = placeTable.openersOf;
/** Points of the compass that make a region of a name after them ("North Darfur", "Western Australia"). */
export const PLACE_COMPASS = placeTable.compass;
/** Nouns for the parties of a region, before which a place's bare word is no place ("the Gulf states"). */
export const PLACE_BARE_NOT_BEFORE = placeTable.bareNotBefore;
/** Words after which a capital is the city itself ("over Kyiv"), and the nouns after which "over" is no place's. */
export const CAPITAL_CUES = {
  cues: placeTable.capitalCues,
  notOver: placeTable.notOver,
  namesakes: placeTable.namesakeCues,
};
/** Words that make a name with a navy's prefix a shore base's ("opened HMS Jufair"), a place, not a vessel's. */
export const SHORE_CUES = { before: placeTable.shoreBefore, after: placeTable.shoreAfter };

// ---------------------------------------------------------------------------
// Treaties

/** Treaties and agreements known by name or acronym (treaties.json). */
const treatyTable = z
  .object({
    dated: z.object({ pacts: z.array(z.string()), statements: z.array(z.string()), joint: z.array(z.string()) }),
    described: z.object({
      pacts: z.array(z.string()),
      ofHeads: z.array(z.string()),
      ofWords: z.array(z.string()),
      signed: z.array(z.string()),
      groups: z.array(z.string()),
      generic: z.array(z.string()),
    }),
    treaties: z.array(
      z.strictObject({ name: z.string(), aliases: z.array(z.string()), bare: z.array(z.string()).optional() }),
    ),
  })
  .parse(dataTable('treaties.json'));
export const KNOWN_TREATIES: { name: string; aliases: string[]; bare?: string[] }[] = treatyTable.treaties;
/** The words of a pact named by its kind and date, with no proper name (treaties.json `dated`). */
export const DATED_PACTS = treatyTable.dated;
/** The words of a pact named by its kind and its parties or place, with no title (treaties.json `described`). */
export const DESCRIBED_PACTS = treatyTable.described;

// ---------------------------------------------------------------------------
// Ministries: "Ministry of Foreign Affairs", "foreign ministry", named for a state

export interface MinistryKind {
  /** The canonical name: "Ministry of Foreign Affairs". */
  name: string;
  slug: string;
  /** Words naming its field in "the <field> ministry" and "Ministry of <field>". */
  fields: string[];
  /** Other nouns for it after its field, in lower case: "Pakistan's foreign office". */
  nouns?: string[];
  /** The name a state gives it, when not the canonical one: India's foreign ministry is its Ministry of External Affairs. */
  ownNames?: Record<string, string>;
}

export const MINISTRIES: MinistryKind[] = [
  {
    name: 'Ministry of Foreign Affairs',
    slug: 'ministry-of-foreign-affairs',
    fields: ['Foreign Affairs', 'Foreign', 'External Affairs'],
    nouns: ['office'],
    ownNames: { IND: 'Ministry of External Affairs' },
  },
  {
    name: 'Ministry of Defence',
    slug: 'ministry-of-defence',
    fields: ['Defence', 'Defense', 'National Defense', 'National Defence'],
  },
  {
    name: 'Ministry of the Interior',
    slug: 'ministry-of-the-interior',
    fields: ['the Interior', 'Interior', 'Internal Affairs'],
  },
  { name: 'Ministry of Justice', slug: 'ministry-of-justice', fields: ['Justice'] },
  { name: 'Ministry of Finance', slug: 'ministry-of-finance', fields: ['Finance'] },
  { name: 'Ministry of Trade', slug: 'ministry-of-trade', fields: ['Trade', 'Commerce'] },
  { name: 'Ministry of Energy', slug: 'ministry-of-energy', fields: ['Energy'] },
  { name: 'Ministry of Health', slug: 'ministry-of-health', fields: ['Health'] },
  { name: 'Ministry of Unification', slug: 'ministry-of-unification', fields: ['Unification'] },
  { name: 'Ministry of Security', slug: 'ministry-of-security', fields: ['Security', 'Public Security'] },
];

/** A state's armed services, named with the state: "Israel's military", "the Sudanese army", "Ukraine's air force". */
export const MILITARY_BRANCHES = [
  'armed forces',
  'military intelligence service',
  'military intelligence',
  'military',
  'army',
  'navy',
  'air force',
  'coast guard',
  'border guard',
  'border guards',
  'border troops',
  'ground forces',
  'police',
  'border police',
  'gendarmerie',
  // "Russian aviation", "the Russian Northern Fleet": a state's air arm named by what it flies, a fleet by its sea.
  'aviation',
  'military aviation',
  'fleet',
  'northern fleet',
  'pacific fleet',
  'baltic fleet',
  'black sea fleet',
];

/**
 * Plural words for a state's men under arms: "Syrian troops", "Botswana's soldiers" are its armed forces, named by
 * the men rather than the service. "Forces" is left out: "⟨demonym⟩ forces" are as often a state's police or any
 * armed men of its side as its armed forces.
 */
export const MILITARY_MEN = ['troops', 'soldiers'];

/**
 * A state's forces named as a whole without a service: "the Somali security forces". A body of its own, but named,
 * like the men, for what their state does.
 */
export const STATE_FORCES = ['security forces'];

/** Craft a state's forces field, named after the state or its service: "Chinese drones", "a Nigerian army drone". */
const CRAFT = ['aircraft', 'helicopters?', 'jets?', 'planes?', 'drones?', 'vehicles?', 'vessels?', 'ships?', 'boats?'];

/**
 * Nouns after which a branch's name is an adjective, not the service: "Iran's military support", "the navy's
 * exercises" are what a state does, not a body speaking.
 */
export const MILITARY_ADJECTIVE_NOUNS = [
  'support',
  'aid',
  'assistance',
  'cooperation',
  'presence',
  'build-up',
  'buildup',
  'exercises?',
  'drills?',
  'equipment',
  'hardware',
  'spending',
  'budget',
  'ties',
  'relations',
  'expansion',
  'activities',
  'activity',
  'operations?',
  'action',
  'pressure',
  'threat',
  'capabilit(?:y|ies)',
  'doctrine',
  'bases?',
  'personnel',
  'escalation',
  'intervention',
  'posture',
  ...CRAFT,
  'convoys?',
  'units?',
];

/**
 * The craft of a state's service, named after it: "a Nigerian army drone", "a Guyanese coast guard ship". The
 * service is named as their owner, though the phrase is the craft's, not the service speaking or acting.
 */
export const MILITARY_CRAFT = [...CRAFT, 'patrol boats?', 'patrol vessels?', 'cutters?', 'frigates?'];

/** Capitalised words that are never a place's name: a sentence's first words, days, months, titles, bodies, a vote's words. */
export const NOT_PLACES = new Set(
  (
    'The A An This That These Those It He She They We I Its His Her Their Our But And Or If As When While After Before ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'President Minister Ambassador Secretary Secretary-General Under-Secretary-General Spokesman Spokeswoman Spokesperson Envoy Representative Delegate ' +
    'General Council Committee Commission Assembly Agency Ministry Department Office Government Parliament Congress Senate Court Mission Group Panel ' +
    'Commissioner Coordinator Treaty Charter Protocol Union Force Forces Army Navy Guard Party Movement Organization Organisation Alliance Coalition Federation Fund Bank Institute Watch ' +
    'Reuters Statement Comment Press Foreign Affairs Defence Defense State Federal National Military Human Rights ' +
    // Names of meetings: "the Six-Party Talks", "the Geneva Dialogue".
    'Talks Dialogue Session ' +
    // A UN meetings headline in title case: "Adopting Resolution 2837 (2026) by 14 Votes in Favour".
    'Favour Favor Votes Abstentions Abstaining'
  ).split(' '),
);

/** Words that make a capitalised place name: "the Gaza Strip", "the Red Sea", "Second Thomas Shoal". */
export const PLACE_WORDS = [
  'Strip',
  'Sea',
  'Shoal',
  'Peninsula',
  'Valley',
  'Heights',
  'Bank',
  'Gulf',
  'Strait',
  'Straits',
  'Island',
  'Islands',
  'Desert',
  'Basin',
  'Oblast',
  'Province',
  'Region',
  'Governorate',
  'Corridor',
  'Canal',
  'Voivodeship',
  'District',
  'County',
  'Prefecture',
  'Territory',
  'Bay',
];

// ---------------------------------------------------------------------------
// Titles of office

/** The head words of titles people hold ("deputy U.S. Ambassador", "UN director"). */
export const TITLE_HEADS = [
  'ambassador',
  'envoy',
  'representative',
  'permanent representative',
  'delegate',
  'president',
  'vice president',
  'vice-president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'minister',
  'secretary-general',
  'under-secretary-general',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'director',
  'director-general',
  'director general',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'head',
  'commander',
  'official',
  'diplomat',
  'negotiator',
  'chancellor',
  'king',
  'queen',
  'emir',
  'premier',
  'senator',
  'speaker',
  'adviser',
  'advisor',
  'counsellor',
  'coordinator',
  'rapporteur',
  'high commissioner',
  'commissioner',
  'prosecutor',
  'governor',
  'mayor',
  'analyst',
  'researcher',
  'expert',
  'professor',
  'fellow',
  'general',
  'admiral',
  'press secretary',
  'cabinet secretary',
  'chief cabinet secretary',
  'secretary general',
  'high representative',
  'foreign policy chief',
  'special envoy',
  'special representative',
];

/** Words that may come before a title's head: rank and field ("deputy", "foreign", "top"). */
export const TITLE_MODIFIERS = [
  'deputy',
  'acting',
  'former',
  'chief',
  'senior',
  'top',
  'permanent',
  'special',
  'first',
  'vice',
  'foreign',
  'defence',
  'defense',
  'prime',
  'interior',
  'trade',
  'finance',
  'state',
  'supreme',
  'assistant',
  'associate',
  'principal',
  'lead',
  'political',
  'military',
  'ministry',
  'foreign ministry',
  'government',
  'national security',
  'security',
  'un',
  'u.n.',
  'program',
  'programme',
  'research',
  'regional',
  'press',
  'cabinet',
  'foreign policy',
  // Portfolios: "the Norwegian fisheries minister", "Japan's economy minister".
  'fisheries',
  'agriculture',
  'economy',
  'economic',
  'energy',
  'health',
  'justice',
  'education',
  'transport',
  'environment',
  'climate',
  'labour',
  'labor',
  'industry',
  'development',
  'intelligence',
  'border',
  'migration',
  'immigration',
  'culture',
  'communications',
  'information',
  'european affairs',
  'home',
  'treasury',
  'oil',
];

/** Courtesy titles that mark the next words as a person's name. */
export const HONORIFICS = [
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Gen.',
  'Lt.',
  'Col.',
  'Adm.',
  'Sen.',
  'Rep.',
  'Gov.',
  'Prof.',
  'Sir',
  'Dame',
  'Shri',
  'Smt.',
  // Parliamentary and diplomatic styles: "the Hon Richard Marles MP", "the Rt Hon ...", "His Excellency Paul Biya".
  'Hon',
  'Hon.',
  'Honourable',
  'Honorable',
  'Excellency',
];
