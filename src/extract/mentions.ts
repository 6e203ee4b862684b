import { z } from 'zod';
import { MONTH_NAMES } from '../calendar.js';
import { SECURITY_COUNCIL_KEY } from '../domain/index.js';
import {
  MILITARY_ADJECTIVE_NOUNS,
  MILITARY_CRAFT,
  KNOWN_PLACES,
  KNOWN_TREATIES,
  LOWER_HEADS,
  COUNTING_WORDS,
  DATED_PACTS,
  MILITARY_BRANCHES,
  MILITARY_MEN,
  STATE_FORCES,
  MINISTRIES,
  NOT_PLACES,
  ORGANIZATIONS,
  CAPITAL_CUES,
  NAMESAKE_CAPITALS,
  ADJECTIVAL_NAMES,
  PLACE_BARE_NOT_BEFORE,
  ORGANIZATION_HEADS,
  APPOSED_BODY_WORDS,
  LED_BODY_WORDS,
  NAMED_BODY_WORDS,
  PARTY_NAME_WORDS,
  PLACE_CLOSERS,
  PLACE_DIVISIONS,
  PLACE_COMPASS,
  PLACE_FACILITIES,
  PLACE_KINDS,
  PLACE_OPENERS,
  PLACE_OPENERS_OF,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  SHARED_STATE_FORMS,
  SHORE_CUES,
  STATE_FORMS,
  STATES,
  stateName,
  type OrganizationCategory,
  type StateForm,
} from './gazetteer.js';
import { Entities, makeKey, type Mention, type MentionForm } from './entities.js';
import {
  ACRONYM_HEAD,
  COUNT_WORD,
  EPITHET,
  HULL_PREFIX,
  NOT_MAKERS,
  NOT_SYSTEM_CODE,
  NOT_SYSTEM_NAMES,
  NOT_WEAPON_HEAD,
  RECEIVE,
  RECEIVED,
  SUPPLIED,
  SUPPLY,
  VESSEL_NOUN,
  WEAPON_MODIFIER,
  WEAPON_NOUN,
} from './drafted/arms.js';
import { acronymGroups } from './acronym-groups.js';
import { committeesIn } from './committees.js';
import { COMPANY_HEAD, COMPANY_NAME, NOT_COMPANY } from './companies.js';
import { breakawayGroups, commonGroupsIn, namedFighters } from './fighters.js';
import { CAMPAIGN_GROUPS, FLEETS, INDEFINITE_VOICES, inquiriesIn, REGION_GOVERNMENTS, unheldPostsIn } from './posts.js';
import { LEADER_NOUNS, LEADER_TITLES, organsIn } from './organs.js';
import { describedPacts } from './pacts.js';
import { questionOutlets } from './outlets.js';
import { dataTable, phraseGroup } from './tables.js';
import { SHARED_NAMES, sharedNamesIn } from './shared-names.js';
import { namedSystemsIn } from './systems.js';
import { REPORTING_WORDS } from './verbs.js';
import { apposedPerson } from './people.js';
import { alternation, escapeRegExp, fold, lineAt, singular, slug, titleCaseWords } from './text.js';
import type { Span } from './types.js';

/**
 * Mentions of states, organizations, places, weapon systems and
 * resolutions, found with the gazetteers and a few patterns of news
 * writing ("the Ukrainian city of Kharkiv", "Russia's foreign ministry",
 * "UN sanctions monitors"). People are found afterwards (people.ts), in what
 * these leave over.
 */

interface Candidate extends Span {
  priority: number;
  /** Applies the mention: registers the entity and its mention. */
  apply(): Mention[];
}

const B = '(?<![\\p{L}\\p{N}])';
/** A capitalised word of a name: "Darfur", "El", "Al-Hudaydah". */
const PROPER = '\\p{Lu}[\\p{Ll}-]*[\\p{Ll}](?:-\\p{Lu}[\\p{Ll}]+)*';
const E = '(?![\\p{L}\\p{N}])';
/** A place's name without the state that owns it: "Kenya's Rift Valley" is the Rift Valley, "Qacha's Nek" one name. */
function ownedPlace(name: string): string {
  const owned = /^(?<owner>.+?)['’]s (?<place>.+)$/u.exec(name)?.groups;
  return owned && (STATE_FORMS.has(owned.owner!) || NOT_PLACES.has(owned.owner!)) ? owned.place! : name;
}
/**
 * A place's name of one to four capitalised words, joined as place names join them: by a particle ("Mocímboa da
 * Praia", "Tierra del Fuego", "Dar es Salaam"), an article bound by a hyphen ("Hawsh al-Sayyid Ali") or a
 * possessive ("Qacha's Nek", "Cox's Bazar").
 */
const PARTICLES = 'da|das|de|del|do|dos|du|di|es|la|le|el|al';
const PLACE_NAME = `${PROPER}(?:(?: (?:${PARTICLES}) | |['’]s | (?:al|el|ad|an|ar|as|ash|at)-)${PROPER}){0,3}`;
/**
 * A list of names joined as a list joins them, its last after "and": "Erbil, Sulaimaniyah and Duhok", "Fordow,
 * Natanz and Isfahan". One name alone is a list of one.
 */
const listOf = (name: string) => `${name}(?:(?:, ${name})*,? and ${name})?`;
/** The names of such a list. */
const namesIn = (list: string) => list.split(/,? and |, /);
/** The points of the compass a place is said to lie from another: "north of ⟨X⟩", "south-west of ⟨X⟩". */
const COMPASS = '(?:north|south)(?:-?(?:east|west))?|east|west';
/** A word shaped as a people's name: "Congolese", "Guatemalans", "Kurdish". */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ese|ans|ish)$/u;
/** Continents and regions a body's name may be for ("Co-operation in Europe"), not a city it sits in. */
const CONTINENTS =
  /^(?:Europe|Africa|Asia|America|Americas|Latin America|Oceania|Antarctica|Middle East|Caribbean|Pacific)$/;
const MONTH = `(?:${MONTH_NAMES.join('|')})`;

/** The forms two states share that a text's other words can settle ("Congolese" in a text about Goma). */
const SETTLED_FORMS = [...SHARED_STATE_FORMS].filter(([form]) => SHARED_NAMES.has(form));
const stateForms = alternation([...STATE_FORMS.keys(), ...SETTLED_FORMS.map(([form]) => form)]);
const STATE_RE = new RegExp(`${B}(?:${stateForms})(?:(?<=\\.)|${E})`, 'gu');
const demonyms = alternation(
  [...[...STATE_FORMS].map(([form, f]) => [form, f.role] as const), ...SETTLED_FORMS]
    .filter(([, role]) => role === 'demonym')
    .map(([form]) => form),
);
const names = alternation([...STATE_FORMS].filter(([, f]) => f.role === 'name').map(([form]) => form));
/** Words that open a noun phrase, not a name: "The K9 howitzers" names the K9. */
const ARTICLE = '(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her)';
/** A maker's name before a system's ("English Electric Canberra", "British Aerospace Hawk"), a company's by its head. */
const MAKER_NAME = `(?<maker>\\p{Lu}\\p{Ll}+ (?:${COMPANY_HEAD})) \\p{Lu}\\p{Ll}{2,}`;
/** A system's code: "F-35", "MiG-21", "P-8A", "Su-30MKA", "S-70i", "F/A-18E/F". */
const SYSTEM_CODE = '(?:[A-Z][A-Za-z]{0,2}|[A-Z]\\/[A-Z])-\\d{1,4}(?:[A-Z]{1,3}\\d?|[a-rt-z])?(?:\\/[A-Z])?';
/** A batch of a system, not its name: "F-16 Block 70", "Eurofighter Tranche 3". */
const BATCH = '(?:Block|Flight|Batch|Tranche|Increment)';
/** Words after a code that date it or count its batch, not name it: "the F-16 Monday", "the Su-30 in May". */
const NOT_NAME_AFTER_CODE = new RegExp(
  `^(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${BATCH})$`,
  'u',
);
/** A code opening a system's name: "S-199", "MiG-15", "F/A-18". */
const CODE_START = new RegExp(`^${SYSTEM_CODE}(?![\\p{L}\\p{N}])`, 'u');
/** Words that open a phrase or a date before a code, not a maker's name: "The F-16", "Monday F-16". */
const NOT_MAKER = new RegExp(`^(?:${ARTICLE}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`, 'u');
/** The code of a system named with its name ("F-35A Lightning II"), not with its batch ("F-16 Block 70"). */
const CODE_BEFORE_NAME = new RegExp(`^(${SYSTEM_CODE}) (?!${BATCH} )\\p{Lu}`, 'u');
const capitals = alternation([...STATE_FORMS].filter(([, f]) => f.role === 'capital').map(([form]) => form));
/** A sentence opening on a capital right before what follows: "In Islamabad, Foreign Office spokeswoman ...". */
const OPENING_SEAT = new RegExp(`^\\s*In (?<seat>${capitals}), (?:[Tt]he |[Aa] )?$`, 'u');
/** The capital a ministry sits in, after its name: "the Ministry of Defence in Harare" is Zimbabwe's. */
const SEAT = `(?: in (?<seat>${capitals})${E})?`;

/** A state's mission abroad: "the US embassy in ⟨City⟩", "the Kenyan High Commission", "the Embassy of Japan". */
const MISSION = '[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|High Commission';
/** Each name of a known body (the gazetteer's), without a leading "the", and the body it names. */
const LOWER_HEAD = new RegExp(` (${LOWER_HEADS.join('|')})$`);
const ORGANIZATION_FORMS = new Map(
  ORGANIZATIONS.flatMap((org) =>
    [org.name, ...org.aliases]
      .map((form) => form.replace(/^the /, ''))
      // "the Wagner group" for the Wagner Group: a name's last common noun in lower case.
      .flatMap((form) => [form, form.replace(LOWER_HEAD, (_, head: string) => ` ${head.toLowerCase()}`)])
      .map((form) => [form, org] as const),
  ),
);
/** A capitalised word inside a sentence right before a body's other name: "a National ⟨Security Council⟩ official". */
const NAME_WORD_BEFORE =
  /(?:[^.!?:"“\s]|[^.!?:"“\s] (?:a|an|the|its|their|our|his|her|whose)|^(?:A|An|The|Its|Their))\s+(?!(?:The|A|An|This|That|Its|Their|Our|His|Her|When|While|If|As|But|And|After|Before|In|On|At|By|For|From|With|Of|To)\b)\p{Lu}[\p{Ll}-]+ $/u;
/** Words counting what follows, opening a sentence before a body's name: "Two Indian Air Force C-17s". */
const COUNTED_BEFORE = new RegExp(`^(?:${COUNTING_WORDS.join('|')}) (?=\\p{Lu})`, 'u');
const organizationForms = alternation(ORGANIZATION_FORMS.keys());
/** "Russian", "Russia's", "the Russian Federation's": a state qualifying what follows. */
const STATE_QUALIFIER = `(?:(?<demonym>${demonyms})|(?<possessive>${names})[’']s)`;
/** A state's demonym, or a name of it written as one ("the Thai foreign ministry", "U.S. prosecutors"). */
const STATE_ADJECTIVE = `(?:${demonyms}|${alternation(ADJECTIVAL_NAMES)})`;
/** STATE_QUALIFIER with a name written as a demonym read as one. */
const STATE_ADJECTIVE_QUALIFIER = `(?:(?<demonym>${STATE_ADJECTIVE})|(?<possessive>${names})[’']s)`;

/** "the Chinese navy and coast guard", "our navy and coast guard": a second service joined to the first (joinedServices). */
const SERVICE_BRANCH = alternation(
  MILITARY_BRANCHES.flatMap((b) => [b, b.replace(/\b\p{L}/gu, (c) => c.toUpperCase())]),
);
const JOINED_SERVICES = new RegExp(
  `${B}(?:${STATE_ADJECTIVE_QUALIFIER}|(?<named>${names})|(?<our>[Oo]ur)) (?:${SERVICE_BRANCH}) and (?<second>${SERVICE_BRANCH})${E}(?!-)`,
  'gu',
);

/** "received some 60 Spitfires from", "Gripens leased from": a system named in the plural that is moved (pluralNames). */
const PLURAL_COUNT = `(?:(?:some|about|around|nearly|almost|more than|at least|up to|over|another|its|their|the|first|last|remaining|\\d[\\d,]*|${COUNT_WORD.toLowerCase()}) )*`;
const PLURAL_WORD = '(?<name>\\p{Lu}\\p{Ll}{3,})s';
const PLURAL_NAME = new RegExp(
  `${B}(?:(?<=${B}(?:${SUPPLY}|${RECEIVE}) ${PLURAL_COUNT})${PLURAL_WORD}(?= (?:from|to) )|${PLURAL_WORD.replace('name', 'moved')}(?= (?:${RECEIVED}|${SUPPLIED})(?: in)? (?:from|by|to) ))`,
  'gu',
);

/** The words for a state's armed or police services. */
const STATE_SERVICE =
  /\b(?:Army|Navy|Air Force|Armed Forces|Police|Police Force|Coast Guard|Gendarmerie|Defen[cs]e Forces?|National Guard)\b/;

/** Words for a body of a state's government or forces, which a state's name may stand bare before ("U.S. Africa Command"). */
const STATE_BODY_HEAD =
  /\b(?:Command|Ministry|Department|Agency|Embassy|Consulate|Forces|Army|Navy|Air Force|Coast Guard|Corps|Directorate)\b/;
/** A state's name right before what follows it, as a possessive ("India's Border Security Force") or bare ("U.S. Africa Command"). */
const POSSESSIVE_BEFORE = new RegExp(`(?:^|\\s)((${names})[’']s )$`, 'u');
const NAME_BEFORE = new RegExp(`(?:^|\\s)((${names}) )$`, 'u');

/** Words before or after a name with a navy's prefix that make it a shore base's (places.json `shoreBefore`). */
const SHORE_BEFORE = new RegExp(`\\b(?:${alternation(SHORE_CUES.before)}) $`);
const SHORE_AFTER = new RegExp(
  `^,? (?:(?:the|a|an|its|their)(?:(?: \\p{L}[\\p{L}-]*){1,3}[’']s)?(?: [a-z]+)? )?(?:${alternation(SHORE_CUES.after)})\\b`,
  'u',
);

/** Days and months, which follow "on" as a date, not as what a pact is on. */
const CALENDAR_WORDS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

/** The year a treaty's name is given with: "the ⟨Sugauli Treaty⟩ of 1816", "the 1984 ⟨Treaty of ...⟩". */
function datedBy(text: string, start: number, end: number): string | undefined {
  return (
    /^ of ((?:1[89]|20)\d\d)\b/.exec(text.slice(end, end + 9))?.[1] ??
    /\b((?:1[89]|20)\d\d) $/.exec(text.slice(Math.max(0, start - 5), start))?.[1]
  );
}

function matches(text: string, re: RegExp): RegExpMatchArray[] {
  return [...text.matchAll(re)];
}

/** What kind of body a name is, from the word it is built on. */
function categoryOf(phrase: string): OrganizationCategory {
  return /Ministry|Department/.test(phrase)
    ? 'MINISTRY'
    : /Front|Liberation|Militia|Brigades?\b|Movements?\b|Taliban/.test(phrase) && !/Non-Aligned/.test(phrase)
      ? 'ARMED_GROUP'
      : /Army|Navy|Forces?|Guard|Corps|Police|Gendarmerie|Command\b/.test(phrase)
        ? 'MILITARY'
        : /Institute|Foundation|Centre|Center|Group|Watch/.test(phrase) && !/Group of Experts/.test(phrase)
          ? 'THINK_TANK'
          : /Court|Tribunal|Prosecutor/.test(phrase)
            ? 'PROSECUTOR'
            : /Embassy|Government|Cabinet|Administration/.test(phrase)
              ? 'GOVERNMENT_BODY'
              : 'OTHER';
}

/** Words of a name that make it a state's own body: a ministry, an office, a federal or national service, a force. */
const HOME_BODY =
  /\b(?:Ministry|Department|Office|Federal|National|Presidency|Police|Armed Forces|Army|Navy|Air Force|Coast Guard)\b/;

/** Words that join the words of a name without starting it. */
const JOINERS = new Set(['of', 'for', 'the', 'and', 'de', 'des', 'du', 'la', 'le', 'on', 'in', 'al', 'wal', 'et']);
/** Capitalised words that open a sentence or a phrase rather than a name. */
const NOT_LEADING = new Set(
  'The A An But And In On At For After Before When While Its His Her Their Our This That Both Says Said'.split(' '),
);

/**
 * The name an acronym in brackets stands for, from the words before the
 * bracket: the longest run of capitalised words (joined by "of", "for",
 * "the" ..., perhaps ending in one word in lower case, as "the Multinational
 * Security Support mission") whose initials hold the acronym's capitals in
 * order, starting with its first.
 */
function expansion(before: string, acronym: string): string | undefined {
  const words = before.split(' ');
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!w || /[.,;:!?"“”()]$/.test(w) || /^["“(]/.test(w)) {
      if (/^["“(]/.test(w) && /^["“(][\p{Lu}]/u.test(w)) run.unshift(w.slice(1));
      break;
    }
    const capital = /^\p{Lu}/u.test(w);
    const last = run.length === 0;
    if (!capital && !JOINERS.has(w) && !(last && /^[a-z]+$/.test(w))) break;
    run.unshift(w);
  }
  const initials = (ws: string[]) =>
    ws
      .filter((w) => !JOINERS.has(w))
      .flatMap((w) => w.split('-'))
      .map((w) => w[0]!.toUpperCase())
      .join('');
  const capitals = acronym.replace(/[^A-Z]/g, '');
  const holds = (letters: string) => {
    let i = 0;
    for (const c of letters) if (c === capitals[i]) i++;
    return i === capitals.length;
  };
  for (let i = 0; i < run.length; i++) {
    const first = run[i]!;
    if (JOINERS.has(first) || NOT_LEADING.has(first) || !/^\p{Lu}/u.test(first)) continue;
    const rest = run.slice(i);
    const letters = initials(rest);
    if (!syllabic(rest, acronym) && (letters[0] !== capitals[0] || !holds(letters))) continue;
    // Too many words for the acronym: the run began before the name.
    if (rest.filter((w) => /^\p{Lu}/u.test(w)).length > capitals.length + 2) continue;
    return rest.join(' ');
  }
  return undefined;
}

/**
 * An acronym made of the first letters of each word of a name, a syllable or more of some ("CODECO" for the
 * "Cooperative for the Development of the Congo", "SENAFRONT"): every word but a joiner gives it its first letters,
 * in order, and together they spell it whole.
 */
function syllabic(words: string[], acronym: string): boolean {
  if (acronym.length < 4) return false;
  const target = fold(acronym).replace(/ /g, '');
  const spell = (i: number, at: number): boolean => {
    if (at === target.length) return i === words.length;
    if (i === words.length) return false;
    const word = fold(words[i]!).replace(/ /g, '');
    if (JOINERS.has(words[i]!) && spell(i + 1, at)) return true;
    for (let n = 1; n <= word.length && at + n <= target.length; n++) {
      if (word[n - 1] !== target[at + n - 1]) break;
      if (spell(i + 1, at + n)) return true;
    }
    return false;
  };
  return spell(0, 0);
}

/**
 * "the Straits Exchange Foundation and the Association for ...", "PAX and The Rights Forum", "the Libyan National Army
 * and the Africa Corps": names joined by "and the" are two bodies when each has its own word for a body (the first may
 * be an acronym alone), where "Ministry of Irrigation and Water Resources" is one. A word with none before "for the"
 * ("Tobruk for the Libyan National Army") is where or whom the body serves, outside its name.
 */
function bodiesJoined(phrase: string, start: number, head: string): { phrase: string; start: number }[] {
  const hasHead = new RegExp(`\\b(?:${head})\\b`);
  const own = (name: string) => hasHead.test(name) || (/^[A-Z]{2,}$/.test(name) && !STATE_FORMS.has(name));
  const pieces: { phrase: string; start: number }[] = [];
  let from = 0;
  for (const joint of phrase.matchAll(/ and [Tt]he (?=[A-Z])/g)) {
    const before = phrase.slice(from, joint.index);
    const after = phrase.slice(joint.index + joint[0].length);
    if (!own(before) || !hasHead.test(after)) continue;
    pieces.push({ phrase: before, start: start + from });
    from = joint.index + joint[0].length;
  }
  pieces.push({ phrase: phrase.slice(from), start: start + from });
  return pieces.map((piece) => {
    const served = / for the (?=[A-Z])/.exec(piece.phrase);
    if (!served || hasHead.test(piece.phrase.slice(0, served.index))) return piece;
    const rest = piece.phrase.slice(served.index + served[0].length);
    return hasHead.test(rest) ? { phrase: rest, start: piece.start + served.index + served[0].length } : piece;
  });
}

/** Whether the line holding `at` is a headline in title case: five words or more, nearly all long ones capitalised. */
function titleCase(text: string, at: number): boolean {
  const line = lineAt(text, at);
  // A statement's heading names its issuer, read by the heading's own rule.
  if (/^\s*(?:Joint |Press )?(?:Statement|Comment|Remarks|Readout|Declaration|Communiqu|Press)/.test(line))
    return false;
  const { words, capitalised } = titleCaseWords(line);
  if (words < 5 || /[.!?]["”]?\s*$/.test(line.trim())) return false;
  return capitalised >= 0.8 * words;
}

/** Bodies named in lower case by what they are (MentionFinder.describedBodies), and what kind each is. */
const DESCRIBED_BODIES: [RegExp, OrganizationCategory][] = [
  [
    /\b(?:joint|binational|bilateral|mixed|intergovernmental) (?:[a-z-]+ ){0,2}(?:commission|committee|working group|task force|council)(?: on (?:the )?[a-z-]+(?: (?!(?:with|to|in|at|and|of|for|on|over|will|would|has|had|is|was|were|said|met|that|which)\b)[a-z-]+)?)?(?![\p{L}])/gu,
    'GOVERNMENT_BODY',
  ],
  [
    /\b[Oo]pposition (?:leaders|politicians|senators|deputies|lawmakers|legislators|parties|figures|members of parliament|MPs)(?![\p{L}])/gu,
    'OTHER',
  ],
  [/\b(?:[Hh]uman )?[Rr]ights groups(?![\p{L}])/gu, 'OTHER'],
  // "Environmental groups", "civil society groups" (posts.json).
  [CAMPAIGN_GROUPS, 'OTHER'],
  // "Some politicians have claimed ...", "Many activists accuse ..." (posts.json): a group that speaks with no name.
  [INDEFINITE_VOICES, 'OTHER'],
  // "the Chinese distant-water fleet", "Russia's shadow fleet" (posts.json): vessels of a state's flag, no organ of it.
  [new RegExp(`${B}(?:(?:${demonyms})|(?:${names})[’']s) (?:${FLEETS})${E}`, 'gu'), 'OTHER'],
  // "Western governments accuse ...", "accused by several Pacific governments of ...": a region's governments together.
  [REGION_GOVERNMENTS, 'OTHER'],
  // "Liberation movements accused Bonn ...": the movements fighting a colonial or foreign rule, as a group.
  [/\b(?:[Ll]iberation|[Ii]ndependence|[Rr]esistance) movements(?![\p{L}])/gu, 'ARMED_GROUP'],
  [
    new RegExp(`${B}(?:${demonyms}) (?:lawmakers|legislators|senators|deputies|MPs|parliamentarians)${E}`, 'gu'),
    'OTHER',
  ],
  // "Russian state television", "state media": a state's own media, read as the state speaking (press()), are a
  // publisher of their own all the same.
  [
    new RegExp(
      `${B}(?:(?:${demonyms}) )?(?:[Ss]tate|[Ss]tate-run|[Ss]tate-owned) (?:media|television|TV|broadcaster|news agency|radio)${E}`,
      'gu',
    ),
    'NEWS_AGENCY',
  ],
];

/**
 * A reporting verb right after a group described (perhaps past "have long", or where the group is: "Civic groups in
 * Seoul warn ..."): "accuse", "have criticised", "say".
 */
const GROUP_REPORTS = new RegExp(
  `^(?: in \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)?(?: (?:have|had|also|long|repeatedly|again|for years|on \\w+))* (?:${REPORTING_WORDS.join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * A name of one to five capitalised words, joined as names of bodies join them ("Tren de Aragua", "Jaish al-Adl",
 * "Convention for the Popular Revolution", "RED-Tabara").
 */
const DESCRIBED_NAME =
  '(?:[Tt]he )?(?:\\p{Lu}[\\p{L}-]*|al-\\p{Lu}[\\p{L}-]*)(?: (?:(?:de|del|da|do|la|le|al|el|des|du|for|of|the|and) )*(?:\\p{Lu}[\\p{L}-]*|al-\\p{Lu}[\\p{L}-]*)){0,4}';
/**
 * Up to two words in lower case between "the" and a body's name, what the body is said to be ("the far-right Vox
 * party", "the ruling Likud party"): words that join phrases ("of", "by", "and") end another phrase instead.
 */
const MODIFIERS =
  '(?:(?!(?:of|by|and|or|in|on|at|to|for|from|with|against|between|after|before|than|as)\\b)[a-z][a-z]*(?:-[a-z]+)* ){0,2}';
/** What follows a government named by its head: "(the government) of Prime Minister ⟨P⟩". */
const LED = new RegExp(`^ of (?:${LEADER_TITLES}) \\p{Lu}`, 'u');
/** Small numbers in words, as a group of states is counted ("the three Baltic States"). */
/** What the members of a state's opposition ("deputies", "politicians") and its legislators are called, as groups (members.json). */
const MEMBERS = z
  .object({ opposition: phraseGroup, oppositionAsGroup: phraseGroup, legislators: phraseGroup, parties: phraseGroup })
  .parse(dataTable('members.json'));
const OPPOSITION_MEMBERS = alternation(MEMBERS.opposition.phrases);
const LEGISLATORS = alternation(MEMBERS.legislators.phrases);
const PARTIES = alternation(MEMBERS.parties.phrases);
/** "the opposition" named bare as a group: not before the words that make it qualify a noun or the act of opposing. */
const OPPOSITION_AS_GROUP = new RegExp(
  `${B}(?<=[Tt]he (?:(?<demonym>${demonyms}) )?)[Oo]pposition(?![\\p{L}-])(?![’'](?!s\\b))(?! (?:${MEMBERS.oppositionAsGroup.phrases.join('|')}|${OPPOSITION_MEMBERS})${E})(?! -?\\p{Lu})`,
  'gu',
);
const COUNTS = 'two|three|four|five|six|seven|eight|nine|ten';
/** A group of states a delegate speaks for, named by capitalised words and what its members are. */
const GROUP_SPOKEN_FOR = new RegExp(
  `(?<=\\b[Oo]n behalf of (?:the )?)(?:(?:${COUNTS}) )?\\p{Lu}[\\p{L}-]*(?:(?: and | )\\p{Lu}[\\p{L}-]*){0,4} (?:countries|States|states|members(?: of the Council)?|Group|Eight|Nine|Seven|Six|Five|Four|Three)(?![\\p{L}])`,
  'gu',
);
/** Who studies for a body and is named with where they work: "a security analyst at the Universidad de Chile". */
const SCHOLARS = 'analyst|researcher|research fellow|fellow|professor|lecturer|scholar|economist|expert|specialist';
const SCHOLAR = new RegExp(SCHOLARS);
/** Words for a body said before its name: "the French shipbuilder Piriou", "the armed group Hamas". */
const BODY_BEFORE_NAME =
  'shipbuilder|company|firm|manufacturer|arms maker|maker|contractor|conglomerate|newspaper|daily|broadcaster|news agency|militia|gang|group|cartel|faction|movement|party';
/** Words for a body in an apposition after its name: "Jaish al-Adl, the Sunni militant group". */
const BODY_AFTER_NAME = APPOSED_BODY_WORDS.join('|');

/** The names of the gazetteer's places ("Republika Srpska"), which are no weapon's. */
const KNOWN_PLACE_FORMS = new Set(KNOWN_PLACES.flatMap((p) => [p.name, ...p.aliases]));
/** The names and aliases of the bodies the tables know. */
const KNOWN_ORGANIZATION_NAMES = new Set(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]));
/** The words of those names: a body's word after a code is not the system's name. */
const KNOWN_ORGANIZATION_WORDS = new Set([...KNOWN_ORGANIZATION_NAMES].flatMap((n) => n.split(' ')));
/** A state's name after "on" or "against" ending a capitalised phrase: "... Council on the Democratic People's Republic of Korea". */
const STATE_AFTER_NAME = new RegExp(` (?:on|against) (?:the )?(?:${names})$`);

/** A state's armed service as it is keyed and named: "org:india-air-force", "Air Force of India". */
function serviceOf(stateName: string, words: string): { key: string; name: string } {
  return {
    key: `org:${slug(stateName)}-${slug(words)}`,
    name: `${words.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} of ${stateName}`,
  };
}

/** Words of the Security Council's voting: a text using them means that Council by "the Council". */
/** A text of parliaments and parties, where "the coalition" is one of parties, not a coalition at war. */
const PARTY_POLITICS =
  /\b(?:[Pp]arliament(?:ary)?|[Ee]lections?|[Ll]awmakers|[Ll]egislators|MPs|(?:political|opposition|ruling|governing) part(?:y|ies)|[Cc]oalition government|(?:[Rr]uling|[Gg]overning) coalition|[Pp]arliamentary majority)\b/;
/** "the coalition government", "the coalition partners": the word qualifying another, no body named. */
const COALITION_NOT_AFTER =
  /^ (?:government|governments|partners?|parties|talks|agreement|deal|negotiations|cabinet)\b/;
/** "the OSCE monitors", "AU observers": a body's acronym or name before the people it sends to watch. */
const BODY_MONITORS =
  /^ (?:(?:ceasefire|military|election|human rights) )?(?:monitors|observers|inspectors)(?![\p{L}-])/u;
/** "the situation in Syria", "the conflict in Yemen": the state a Council meeting is about. */
const SITUATION = new RegExp(
  `\\b(?:situation|conflict|civil war|war|crisis|fighting|question of|situation concerning) in (?:the )?(?<state>${stateForms})${E}`,
  'u',
);
const UN_VOTING = /\bvet(?:o|oes|oed|oing)\b|\bdraft resolution|\bresolution \d{3,4}\b/i;

/**
 * The state a text is about, from how often it names each: one named at least three times and twice as often as any
 * other, or, when it is `datelined` (the story's dateline names its capital), named most.
 */
export function clearTopic(counts: Iterable<readonly [string, number]>, datelined?: string): string | undefined {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && (first[1] >= 2 * (second?.[1] ?? 0) || first[0] === datelined)
    ? first[0]
    : undefined;
}

/** The state whose capital a wire story's dateline names: "ISLAMABAD, Feb 19 -", "DHAKA, December 5 -". */
export function datelineState(text: string): string | undefined {
  const head = text.slice(0, 600);
  const line = new RegExp(
    `^(?<place>\\p{Lu}[\\p{Lu}’'.-]*(?: \\p{Lu}[\\p{Lu}’'.-]*){0,2}), (?:${MONTH}|\\d{1,2} ${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2})`,
    'mu',
  ).exec(head);
  if (!line) return undefined;
  const place = fold(line.groups!.place!);
  const capital = [...STATE_FORMS].find(([form, f]) => f.role === 'capital' && fold(form) === place);
  return capital?.[1].code;
}

export class MentionFinder {
  private readonly candidates: Candidate[] = [];

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
    /** The state a bare "the Ministry of Foreign Affairs" belongs to: the publisher's, when it names one. */
    private readonly homeState?: string,
  ) {
    this.sharedNames = sharedNamesIn(text);
  }

  /** The names two states share ("Congo"), as this text's other words read them. */
  private readonly sharedNames: Map<string, string>;

  /** How a name, demonym or capital names its state in this text: a shared name as the text's other words read it. */
  private formOf(surface: string): StateForm | undefined {
    const form = STATE_FORMS.get(surface);
    const shared = this.sharedNames.get(surface);
    if (shared) {
      const role = form?.role ?? SHARED_STATE_FORMS.get(surface);
      return role ? { role, code: shared } : undefined;
    }
    return form;
  }

  /** The state a name, demonym or capital stands for in this text. */
  private stateOf(surface: string | undefined): string | undefined {
    return surface ? this.formOf(surface)?.code : undefined;
  }

  /** Every mention, overlaps settled: the higher priority wins, then the longer. */
  find(): Mention[] {
    this.resolutions();
    this.resolutionLists();
    this.organizations();
    this.acronyms();
    this.unBodies();
    this.outlets();
    this.secretaryGeneral();
    this.administrations();
    this.carriers();
    this.firms();
    this.ministries();
    this.militaries();
    this.embassies();
    this.committees();
    this.missions();
    this.press();
    this.namedGroups();
    this.acronymGroups();
    this.ledBodies();
    this.fighters();
    this.describedNames();
    this.governments();
    this.groups();
    this.oppositions();
    this.legislators();
    this.genericOrganizations();
    this.places();
    this.knownPlaces();
    this.compassRegions();
    this.facilities();
    this.treaties();
    this.weapons();
    this.vessels();
    this.states();
    const chosen: Candidate[] = [];
    const sorted = [...this.candidates].sort(
      (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    for (const c of sorted) {
      if (chosen.some((d) => c.start < d.end && d.start < c.end)) continue;
      chosen.push(c);
    }
    const mentions = this.listedPlaces(chosen.sort((a, b) => a.start - b.start).flatMap((c) => c.apply()));
    mentions.push(...this.describedBodies(mentions));
    mentions.sort((a, b) => a.start - b.start);
    this.groupsSpokenFor(mentions);
    this.legislatures(mentions);
    this.organs(mentions);
    this.commonGroups(mentions);
    this.posts(mentions);
    this.bodyMonitors(mentions);
    this.leaderGovernments(mentions);
    this.bareEmbassies(mentions);
    this.oppositionAsGroup(mentions);
    this.ministriesOfMinisters();
    return this.shortForms(mentions);
  }

  /**
   * "The Ministry" after a ministry has been named is that ministry, as
   * statements write it; "the Council" is the Security Council named before,
   * or named by the vetoes and draft resolutions of the text.
   */
  private shortForms(mentions: Mention[]): Mention[] {
    const out = [...mentions];
    for (const m of this.text.matchAll(
      // "Council members" (called on, told, thanked): the body named before, whose members they are.
      /\b(?:[Tt]he (?<word>Ministry|Department|Council|Committee|Commission|Group|Panel|Agency|Mission|council|army|military|navy|mission|panel|committee|coalition)(?! of)(?![\p{L}])|(?<=(?:on|urged|asked|told|of|thank(?:ed|s|ing)?|grateful to) )(?<member>Council)(?= members\b))/gu,
    )) {
      const start = m.index! + (m.groups!.member ? 0 : 4);
      const end = m.index! + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      const word = (m.groups!.word ?? m.groups!.member)!;
      const names = (o: Mention) => {
        const record = this.entities.get(o.key);
        if (record?.type !== 'Organization') return false;
        // "the council" in lower case is the Council named before; "the Council", only a body named Council.
        return word === word.toLowerCase() ? record.name.toLowerCase().includes(word) : record.name.includes(word);
      };
      let antecedent = [...out].filter((o) => o.end <= start && names(o)).pop();
      // "the Council" in a text of vetoes and draft resolutions that names no council is the Security Council.
      if (!antecedent && word === 'Council' && UN_VOTING.test(this.text) && !out.some(names)) {
        const council = ORGANIZATIONS.find((o) => o.key === SECURITY_COUNCIL_KEY)!;
        this.knownOrganization(council);
        antecedent = { start, end, key: council.key, form: 'phrase' };
      }
      // "criticized the coalition for air strikes": a coalition at war that the text does not name otherwise is a body
      // of its own, named by the word; not in a text of parliaments and parties, whose coalitions are of parties.
      if (
        !antecedent &&
        word === 'coalition' &&
        !COALITION_NOT_AFTER.test(this.text.slice(end)) &&
        !PARTY_POLITICS.test(this.text)
      ) {
        this.addOrganization('org:coalition', 'Coalition', 'MILITARY', ['coalition']);
        antecedent = { start, end, key: 'org:coalition', form: 'phrase' };
      }
      if (antecedent) out.push({ start, end, key: antecedent.key, form: 'phrase' });
      if (antecedent) this.entities.mention(antecedent.key, { start, end }, this.text, false);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private candidate(start: number, end: number, priority: number, apply: () => Mention[]) {
    this.candidates.push({ start, end, priority, apply });
  }

  /** A mention of a state inside a longer phrase, recorded for the state without being the phrase's mention. */
  private stateInside(code: string, m: RegExpMatchArray, group: string): Mention[] {
    const form = m.groups?.[group];
    if (!form) return [];
    const start = m.index! + m[0].indexOf(form);
    this.entities.state(code);
    this.entities.mention(`state:${code}`, { start, end: start + form.length }, this.text, group !== 'demonym');
    return [];
  }

  private resolutions() {
    const re =
      /\b(?:(?:(?:Security Council |UN |U\.N\. )?[Rr]esolution |UNSCR ?)(?<number>\d{3,4})(?:\s*\((?<year>\d{4})\))?|(?:General Assembly )?[Rr]esolution (?<session>\d{2})\/(?<gnumber>\d{1,4})|A\/RES\/(?<asession>\d{2})\/(?<anumber>\d{1,4})|S\/RES\/(?<rnumber>\d{3,4})\s*\((?<ryear>\d{4})\)|S\/(?<dyear>\d{4})\/(?<dnumber>\d{1,4}))/g;
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const number = g.number ?? g.rnumber;
      const year = g.year ?? g.ryear;
      let key: string;
      let name: string;
      const props: Record<string, unknown> = {};
      const session = g.session ?? g.asession;
      if (session) {
        // A General Assembly resolution: A/RES/76/262.
        const n = g.gnumber ?? g.anumber;
        key = `resolution:a-res-${session}-${n}`;
        name = `General Assembly resolution ${session}/${n}`;
        props.symbol = `A/RES/${session}/${n}`;
      } else if (number) {
        key = year ? `resolution:s-res-${number}-${year}` : `resolution:s-res-${number}`;
        name = year ? `Security Council resolution ${number} (${year})` : `Security Council resolution ${number}`;
        if (year) props.symbol = `S/RES/${number} (${year})`;
      } else {
        key = `resolution:s-${g.dyear}-${g.dnumber}`;
        name = `Draft resolution S/${g.dyear}/${g.dnumber}`;
        props.symbol = `S/${g.dyear}/${g.dnumber}`;
        props.status = 'DRAFT';
      }
      this.candidate(m.index!, m.index! + m[0].length, 90, () => {
        this.entities.add(key, 'Resolution', name, props);
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /** "resolutions 1718 (2006) and 2397 (2017)": each number of a list after the plural is a resolution of its own. */
  private resolutionLists() {
    const list =
      /\b(?:Security Council |UN |U\.N\. )?[Rr]esolutions (?<list>\d{3,4}(?:\s*\(\d{4}\))?(?:(?:,\s*|,? and\s+)\d{3,4}(?:\s*\(\d{4}\))?)+)/g;
    for (const m of matches(this.text, list)) {
      const at = m.index! + m[0].length - m.groups!.list!.length;
      for (const r of m.groups!.list!.matchAll(/(?<number>\d{3,4})(?:\s*\((?<year>\d{4})\))?/g)) {
        const { number, year } = r.groups as { number: string; year?: string };
        const key = year ? `resolution:s-res-${number}-${year}` : `resolution:s-res-${number}`;
        const name = year ? `Security Council resolution ${number} (${year})` : `Security Council resolution ${number}`;
        const start = at + r.index!;
        this.candidate(start, start + r[0].length, 90, () => {
          this.entities.add(key, 'Resolution', name, year ? { symbol: `S/RES/${number} (${year})` } : {});
          return [this.mentionOf(key, start, r[0].length, 'name')];
        });
      }
    }
  }

  private mentionOf(key: string, start: number, length: number, form: MentionForm): Mention {
    const span = { start, end: start + length };
    this.entities.mention(key, span, this.text, form === 'name' || form === 'capital');
    return { ...span, key, form };
  }

  /**
   * "Tehreek-e-Taliban Pakistan (TTP)", "the Multinational Security Support
   * mission (MSS)": a body named with its acronym in brackets, and the
   * acronym wherever the text uses it. The capitals of the acronym must be
   * the initials of the words before it, in order, so that a bracket of
   * another kind ("(Japan)", "(AP)") is not read as one. A state's name
   * with its acronym ("the Democratic Republic of the Congo (DRC)") makes
   * the acronym a name of the state.
   */
  private acronyms() {
    for (const m of this.text.matchAll(/ \((?<acronym>[A-Z][A-Za-z]{1,7})\)/g)) {
      const acronym = m.groups!.acronym!;
      if ((acronym.match(/[A-Z]/g) ?? []).length < 2 || ORGANIZATION_FORMS.has(acronym) || STATE_FORMS.has(acronym))
        continue;
      const full = expansion(this.text.slice(Math.max(0, m.index! - 120), m.index!), acronym);
      if (!full || ORGANIZATION_FORMS.has(full)) continue;
      const start = m.index! - full.length;
      const uses = matches(this.text, new RegExp(`${B}${escapeRegExp(acronym)}${E}`, 'gu'));
      const code = this.formOf(full)?.role === 'name' ? this.formOf(full)!.code : undefined;
      if (code) {
        for (const use of uses)
          this.candidate(use.index!, use.index! + acronym.length, 41, () => [
            this.mentionOf(this.entities.state(code).key, use.index!, acronym.length, 'name'),
          ]);
        continue;
      }
      if (STATE_FORMS.has(full)) continue;
      const key = makeKey('org', full);
      const category = categoryOf(full);
      // "the Uganda People's Defence Force (UPDF)": a state's forces named in full before their acronym are the state's,
      // as they are named without one, so that their spokesman speaks for the state.
      const state = [...full.matchAll(STATE_RE)].map((f) => this.stateOf(f[0])).find(Boolean);
      const owned = !!state && category !== 'ARMED_GROUP' && STATE_SERVICE.test(full);
      const add = () => {
        const record = this.addOrganization(key, full, category, [acronym]);
        if (owned) this.entities.link('partOf', key, this.entities.state(state).key);
        return record;
      };
      this.candidate(start, m.index!, 84, () => {
        add();
        return [this.mentionOf(key, start, full.length, 'name')];
      });
      for (const use of uses)
        this.candidate(use.index!, use.index! + acronym.length, 84, () => {
          add();
          return [this.mentionOf(key, use.index!, acronym.length, 'name')];
        });
    }
  }

  /**
   * "The Secretary-General condemns ...": the office of the UN's Secretary-General, as UN briefings name it, when no
   * name follows ("Secretary-General António Guterres" is the person) and no "of" makes it another body's.
   */
  private secretaryGeneral() {
    // "the United Nations Secretary-General": the office still, over the United Nations its name opens with. "Of" opens
    // another body's name ("the Secretary-General of NATO"), not what the office is told of ("informed the
    // Secretary-General of its decision").
    // "the Deputy Secretary-General said": the deputy's office, a post of its own.
    const re =
      /(?<![Oo]f |[Ff]or |[Tt]o |-)(?<=\b[Tt]he )(?<deputy>Deputy )?(?<un>(?:United Nations|UN|U\.N\.) )?Secretary-General(?<named>,? (?=[A-Z]))?(?!, [A-Z][a-z]+ (?:and|to|of)\b| of (?!(?:its|his|her|their|our|this|that|these|those|a|an)\b)|[’']s (?:Special|Personal) )/g;
    for (const m of matches(this.text, re)) {
      const office = ORGANIZATIONS.find(
        (o) => o.key === (m.groups!.deputy ? 'org:un-deputy-secretary-general' : 'org:un-secretary-general'),
      )!;
      const end = m.index! + m[0].length - (m.groups!.named?.length ?? 0);
      // "the Secretary-General, Dag Hammarskjöld, ...": the person named is who speaks and is spoken of; the office is
      // named all the same, recorded without being a mention claims are read from.
      if (m.groups!.named) {
        this.addOrganization(office.key, office.name, 'UN_BODY');
        this.entities.mentionAfterClaims(office.key, { start: m.index!, end });
        continue;
      }
      this.candidate(m.index!, end, m.groups?.un ? 85 : 60, () => {
        this.addOrganization(office.key, office.name, 'UN_BODY');
        return [this.mentionOf(office.key, m.index!, end - m.index!, 'phrase')];
      });
    }
  }

  /** The news outlets a briefing's questions are labelled with (outlets.ts). */
  private outlets() {
    for (const o of questionOutlets(this.text)) {
      const key = makeKey('org', o.name);
      this.candidate(o.start, o.start + o.name.length, 70, () => {
        this.addOrganization(key, o.name, 'NEWS_AGENCY');
        return [this.mentionOf(key, o.start, o.name.length, 'name')];
      });
    }
  }

  /** "the UN human rights office", "the U.N. refugee agency": a UN body named in lower case, part of the United Nations. */
  private unBodies() {
    const known = new Set(ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]));
    const re =
      /(?<![\p{L}])(?<un>UN|U\.N\.|United Nations)(?:[’']s)? (?<words>(?:[a-z-]+ ){0,3}(?:office|agency|mission|programme|program|fund|team|body))(?![\p{L}])/gu;
    // "the United Nations agencies in the country", "UN humanitarian agencies": its agencies as one party; only a word
    // of their field between, not a verb ("the United Nations said aid agencies ...").
    const agencies =
      /(?<![\p{L}])(?<un>UN|U\.N\.|United Nations) (?<words>(?:(?:humanitarian|aid|relief|specialized|specialised) )?agencies)(?![\p{L}])/gu;
    for (const m of [...matches(this.text, re), ...matches(this.text, agencies)]) {
      if (known.has(m[0])) continue;
      const name = `UN ${m.groups!.words!}`;
      const key = makeKey('org', name);
      this.candidate(m.index!, m.index! + m[0].length, 81, () => {
        this.addOrganization(key, name, 'UN_BODY', m[0] !== name ? [m[0]] : []);
        this.entities.link(
          'partOf',
          key,
          this.addOrganization('org:united-nations', 'United Nations', 'UN_BODY', ['UN', 'U.N.'], 'Q1065').key,
        );
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /** "Iran Air", "Ukraine International Airlines": a state's carrier is a company, not the state ("Myanmar Air Force" is not one). */
  private carriers() {
    const re = new RegExp(`${B}(?:${names})(?: International)? (?:Air|Airways|Airlines|Air Lines)${E}(?! [A-Z])`, 'gu');
    for (const m of matches(this.text, re)) {
      const key = makeKey('org', m[0]);
      this.candidate(m.index!, m.index! + m[0].length, 60, () => {
        this.addOrganization(key, m[0], 'OTHER');
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /**
   * "Pratt & Whitney", "Kongsberg Defence & Aerospace": capitalised names joined by an ampersand are a firm's, as
   * companies are named after their founders or their trades; not a state's ("Trinidad & Tobago") nor a known body's.
   */
  private firms() {
    const part = `${PROPER}(?: ${PROPER}){0,2}`;
    const re = new RegExp(`${B}${part} & ${part}${E}`, 'gu');
    for (const m of matches(this.text, re)) {
      // A sentence's or a question's first words are capitalised whatever follows ("Has ⟨A⟩ & ⟨B⟩ been told?").
      const lead =
        /^(?:(?:The|A|An|But|And|In|On|At|For|By|From|With|After|Before|When|While|Has|Have|Had|Does|Do|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Why|How) )+/.exec(
          m[0],
        );
      const name = m[0].slice(lead ? lead[0].length : 0);
      const start = m.index! + (lead ? lead[0].length : 0);
      if (!name.includes(' & ') || this.formOf(name.replace(' & ', ' and '))) continue;
      const key = makeKey('org', name);
      this.candidate(start, start + name.length, 75, () => {
        this.addOrganization(key, name, 'OTHER');
        return [this.mentionOf(key, start, name.length, 'name')];
      });
    }
  }

  /**
   * Who governs or polices a region that is not a state: "the
   * administration of Jubaland", "the Republika Srpska police", "the
   * Puntland authorities". A state's own ("the government of Syria") is the
   * state, read elsewhere.
   */
  private administrations() {
    const kinds = 'administration|authorities|regional government|government|police|security forces|forces';
    const placeForms = alternation(KNOWN_PLACES.flatMap((p) => [p.name, ...p.aliases]));
    const patterns = [
      new RegExp(`${B}[Tt]he (?<kind>${kinds}) (?:of|in) (?<place>${PROPER}(?: ${PROPER})?)${E}`, 'gu'),
      new RegExp(`${B}(?<place>${placeForms}) (?<kind>${kinds})${E}`, 'gu'),
    ];
    for (const re of patterns)
      for (const m of matches(this.text, re)) {
        const { kind, place } = m.groups as { kind: string; place: string };
        if (STATE_FORMS.has(place) || place.split(' ').some((w) => NOT_PLACES.has(w))) continue;
        const known = KNOWN_PLACES.find((p) => p.name === place || p.aliases.includes(place));
        const name = `${known?.name ?? place} ${kind}`;
        const key = makeKey('org', name);
        const start = m.index! + (/^[Tt]he /.test(m[0]) ? 4 : 0);
        const surface = this.text.slice(start, m.index! + m[0].length);
        this.candidate(start, m.index! + m[0].length, 74, () => {
          this.addOrganization(key, name, /police|forces/.test(kind) ? 'MILITARY' : 'GOVERNMENT_BODY', [
            ...(surface !== name ? [surface] : []),
            known?.name ?? place,
          ]);
          // "the authorities in Yangon", "the government in Tiraspol": the city the body sits in is a place the text
          // names too, recorded beside the body, as a capital is after such words.
          if (/ in \S+(?: \S+)?$/.test(m[0]) && m[0].endsWith(place)) {
            const city = makeKey('place', known?.name ?? place);
            this.entities.add(city, 'Place', known?.name ?? place, { category: known?.category ?? 'CITY' });
            if (known?.state) this.entities.link('locatedIn', city, this.entities.state(known.state).key);
            const at = m.index! + m[0].length - place.length;
            this.entities.mention(city, { start: at, end: at + place.length }, this.text, false);
          }
          return [this.mentionOf(key, start, surface.length, 'phrase')];
        });
      }
  }

  private organizations() {
    // "JNIM-2" is a name of its own, not JNIM's; "Houthi-run" and "pro-Houthi" are the Houthis'; "Abdulmalik
    // al-Houthi" is a person's family name.
    const re = new RegExp(
      `${B}(?<![\\p{Lu}\\p{N}]-)(?<!${B}[AaEe]l-)(?:${organizationForms})(?:(?<=\\.)|${E})(?!-[\\p{Lu}\\p{N}])`,
      'gu',
    );
    // "Russia's Security Council": a state's own council (organs.json), read there, not the United Nations'.
    const ownCouncils = organsIn(this.text, demonyms, names).filter(
      (f) => f.organ.slug === 'security-council' && f.form === 'qualified',
    );
    for (const m of matches(this.text, re)) {
      const org = ORGANIZATION_FORMS.get(m[0])!;
      if (org.key === SECURITY_COUNCIL_KEY && ownCouncils.some((f) => f.start < m.index! && m.index! < f.end)) continue;
      // "a National Security Council official", "the Russian Security Council": a short name of a body in a longer
      // capitalised one is another body's, read by its form.
      if (
        m[0] !== org.name &&
        m[0].includes(' ') &&
        NAME_WORD_BEFORE.test(this.text.slice(Math.max(0, m.index! - 30), m.index!)) &&
        // A headline capitalises every word: "Chair Tells Security Council".
        !titleCase(this.text, m.index!) &&
        !/(?:UN|U\.N\.|United Nations) $/.test(this.text.slice(Math.max(0, m.index! - 15), m.index!))
      )
        continue;
      // "the German Federal Office of Bundeswehr Equipment": a known one-word name inside a longer one after "of".
      if (
        !m[0].includes(' ') &&
        /\bof $/.test(this.text.slice(Math.max(0, m.index! - 3), m.index!)) &&
        /^ \p{Lu}\p{Ll}/u.test(this.text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))
      )
        continue;
      this.candidate(m.index!, m.index! + m[0].length, 80, () => {
        this.knownOrganization(org);
        return [this.mentionOf(org.key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /** A body of the table, with the state or body it belongs to. */
  private knownOrganization(org: (typeof ORGANIZATIONS)[number]) {
    this.addOrganization(org.key, org.name, org.category, org.aliases, org.wikidataId);
    if (org.state) this.entities.link('partOf', org.key, this.entities.state(org.state).key);
    if (org.basedIn) this.entities.link('locatedIn', org.key, this.entities.state(org.basedIn).key);
    if (org.partOf) {
      const parent = ORGANIZATIONS.find((o) => o.key === org.partOf)!;
      this.addOrganization(parent.key, parent.name, parent.category, parent.aliases, parent.wikidataId);
      this.entities.link('partOf', org.key, parent.key);
    }
  }

  private addOrganization(
    key: string,
    name: string,
    category: OrganizationCategory,
    aliases: string[] = [],
    wikidataId?: string,
  ) {
    return this.entities.add(key, 'Organization', name, { category, ...(wikidataId ? { wikidataId } : {}) }, aliases);
  }

  /** "the Chinese Ministry of Foreign Affairs", "Russia's foreign ministry", "the Ministry of Defence of Ukraine". */
  private ministries() {
    for (const ministry of MINISTRIES) {
      const field = alternation(ministry.fields);
      // A field widened by another ("Foreign Affairs and Trade", "Foreign and Diaspora Affairs", "Europe and Foreign
      // Affairs") is still the ministry's, and the name its state gives it.
      const other = '[A-Z][\\p{L}-]+';
      const affairs = ministry.fields
        .filter((f) => / Affairs$/.test(f))
        .map((f) => `${escapeRegExp(f.replace(/ Affairs$/, ''))} and ${other} Affairs|`)
        .join('');
      const own = `(?<own>${affairs}(?:${other} and )?(?:${field})(?: and (?:International )?${other})?)`;
      // Lower case only: a capitalised "Federal Foreign Office" is a name, read whole by the shape of one.
      const nouns = (ministry.nouns ?? []).map((n) => `|${n}`).join('');
      const patterns = [
        new RegExp(
          `(?:(?:${STATE_QUALIFIER}|(?<named>${names})) )?(?<federal>(?:Federal|National) )?(?<body>Ministry|Department) of ${own}(?: of (?:the )?(?<of>${names}))?${E}${SEAT}`,
          'gu',
        ),
        new RegExp(
          `(?:${STATE_ADJECTIVE_QUALIFIER} )?(?:${field.toLowerCase()}|${field}) (?:[Mm]inistry${nouns})(?: of (?:the )?(?<of>${names}))?${E}${SEAT}`,
          'gu',
        ),
      ];
      for (const re of patterns) {
        for (const m of matches(this.text, re)) {
          const g = m.groups!;
          const code =
            this.stateOf(g.demonym) ??
            this.stateOf(g.possessive) ??
            this.stateOf(g.of) ??
            this.stateOf(g.named) ??
            this.stateOf(g.seat) ??
            this.stateBefore(m.index!) ??
            this.homeState ??
            this.unqualifiedState(m.index!);
          const state = code ? STATES.get(code) : undefined;
          const key = state ? `org:${slug(state.name)}-${ministry.slug}` : `org:${ministry.slug}`;
          const canonical = state ? `${ministry.name} of ${state.name}` : ministry.name;
          // Its own name as written ("Ministry of External Affairs" of India), the usual one and the text's words
          // ("the French defence ministry") kept as names of it too.
          // "the Federal Department of Foreign Affairs": a federal state's word for its ministry is part of its name.
          const written = g.own ? `${g.federal ?? ''}${g.body!} of ${g.own}` : undefined;
          const own = state ? ministry.ownNames?.[state.code] : undefined;
          const name = written
            ? state
              ? `${written} of ${state.name}`
              : written
            : own
              ? `${own} of ${state!.name}`
              : canonical;
          // The capital it sits in stays out of its name, a place of its own.
          const length = m[0].length - (g.seat ? ` in ${g.seat}`.length : 0);
          // "South Korea's Ministry of National Defense": a state's own name for it, told apart from the usual one, is a
          // name of it without the state's word too, as a text goes on to write it.
          const distinct = written && fold(written) !== fold(ministry.name) ? [written] : [];
          const aliases = [canonical, m[0].slice(0, length), ...distinct];
          // "the U.S. Department of Defense": a known body's name, read as the table has it.
          if (g.named && ORGANIZATION_FORMS.has(m[0].slice(0, length))) continue;
          this.candidate(m.index!, m.index! + length, 85, () => {
            this.addOrganization(key, name, 'MINISTRY', aliases);
            if (code) this.entities.link('partOf', key, this.entities.state(code).key);
            if (code && g.demonym) this.stateInside(code, m, 'demonym');
            if (code && g.possessive) this.stateInside(code, m, 'possessive');
            if (code && g.of) this.stateInside(code, m, 'of');
            // "the United States Department of Defense": a state's name bare before its ministry is its owner's too.
            if (code && g.named) this.stateInside(code, m, 'named');
            return [this.mentionOf(key, m.index!, length, 'name')];
          });
        }
      }
    }
  }

  /**
   * A state's armed services: "Israel's military", "the Sudanese army",
   * "Ukraine's air force", each an organization PART_OF its state, which it
   * speaks for; "the army" after one has been named is that one.
   */
  private militaries() {
    const branch = alternation(
      [...MILITARY_BRANCHES, ...MILITARY_MEN, ...STATE_FORCES].flatMap((b) => [
        b,
        b.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
      ]),
    );
    // "Sudan's army-led government" is the government, qualified.
    const adjective = MILITARY_ADJECTIVE_NOUNS.join('|');
    // "the United States armed forces", "the Cameroon army": a state's name before the branch qualifies it too; not
    // inside a longer name ("the Royal Thai Navy", "Russian Military Aircraft").
    const re = new RegExp(
      `(?<!(?:Royal|Imperial|Revolutionary|National|Federal|People[’']s) )(?:${STATE_QUALIFIER}|(?<named>${names})) (?:own )?(?<branch>${branch})${E}(?!-)(?! (?:${adjective})${E})(?! \\p{Lu})`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym) ?? this.stateOf(g.possessive) ?? this.stateOf(g.named);
      if (!code) continue;
      const state = STATES.get(code)!;
      // "Syrian troops", "Dominican soldiers": the men of its armed forces, the text's words a name of them.
      const men = MILITARY_MEN.includes(g.branch!.toLowerCase());
      // "Kyrgyz border guards" are men too, of a service of their own.
      const guards = /^border guards$/i.test(g.branch!) || STATE_FORCES.includes(g.branch!.toLowerCase());
      const service = serviceOf(state.name, men ? 'armed forces' : g.branch!);
      const key = service.key;
      // "the Myanmar Air Force" is a proper name as written; "Tajik border troops" are named after their state.
      const name = /^\p{Lu}/u.test(g.branch!) && !men ? m[0] : service.name;
      this.candidate(m.index!, m.index! + m[0].length, 85, () => {
        // The text's own words for it ("Tajik border troops", "the Nigerian Army") are a name of it too.
        this.addOrganization(key, name, 'MILITARY', g.possessive && !men ? [] : [m[0]]);
        this.entities.link('partOf', key, this.entities.state(code).key);
        // The men are named, though, for what their state does: who accuses "Kyrgyz troops" accuses Kyrgyzstan.
        if (men || guards) {
          this.entities.mention(key, { start: m.index!, end: m.index! + m[0].length }, this.text, false);
          return [this.mentionOf(this.entities.state(code).key, m.index!, m[0].length, 'phrase')];
        }
        this.stateInside(code, m, g.demonym ? 'demonym' : g.named ? 'named' : 'possessive');
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
    this.pronounServices();
    this.joinedServices();
    this.craftOwners();
  }

  /**
   * "the Chinese navy and coast guard", "our navy and coast guard": a second service joined to one its state's word
   * qualifies is that state's too. Recorded beside the first, without being a mention claims are read from: what the
   * two did, their state did.
   */
  private joinedServices() {
    for (const m of matches(this.text, JOINED_SERVICES)) {
      const g = m.groups!;
      const code = g.our
        ? this.homeState
        : (this.stateOf(g.demonym) ?? this.stateOf(g.possessive) ?? this.stateOf(g.named));
      if (!code) continue;
      const state = STATES.get(code)!;
      const { key, name } = serviceOf(state.name, g.second!.toLowerCase());
      const start = m.index! + m[0].length - g.second!.length;
      this.addOrganization(key, name, 'MILITARY', [g.second!]);
      this.entities.link('partOf', key, this.entities.state(code).key);
      this.entities.mentionAfterClaims(key, { start, end: start + g.second!.length });
    }
  }

  /**
   * "A Nigerian army drone struck ...", "a Guyanese coast guard ship": the service owning the craft is named, and
   * recorded, without being the mention, which stays the state's demonym (what the craft did, its state did).
   */
  private craftOwners() {
    const branch = alternation(
      MILITARY_BRANCHES.filter((b) => !/military|border guards/.test(b)).flatMap((b) => [
        b,
        b.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
      ]),
    );
    const re = new RegExp(
      `(?<!(?:Royal|Imperial|Revolutionary|National|Federal|People[’']s) )(?:${STATE_QUALIFIER}|(?<named>${names})) (?<branch>${branch}) (?=(?:${MILITARY_CRAFT.join('|')})${E})`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym) ?? this.stateOf(g.possessive) ?? this.stateOf(g.named);
      if (!code) continue;
      const { key, name } = serviceOf(STATES.get(code)!.name, g.branch!.toLowerCase());
      const words = m[0].replace(/ $/, '');
      this.addOrganization(key, name, 'MILITARY', g.possessive ? [] : [words]);
      this.entities.link('partOf', key, this.entities.state(code).key);
      this.entities.mention(key, { start: m.index!, end: m.index! + words.length }, this.text, false);
    }
  }

  /**
   * "Its air force struck targets", "Santo Domingo has reinforced the frontier. Its army took delivery of ...": a
   * service named by a possessive pronoun is the service of the state the pronoun stands for, the same body as
   * "the Indian Air Force" named in full. "Military" is left out: after "its" it is nearly always an adjective
   * ("its military ties", "its military schools").
   */
  private pronounServices() {
    const branch = alternation(MILITARY_BRANCHES.filter((b) => !/military/.test(b)));
    const adjective = MILITARY_ADJECTIVE_NOUNS.join('|');
    const re = new RegExp(
      `${B}(?:[Ii]ts|[Tt]heir) (?<branch>${branch})${E}(?![-’'])(?! (?:${adjective})${E})(?! \\p{Lu})`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const code = this.pronounState(m.index!);
      if (!code) continue;
      const state = STATES.get(code)!;
      const words = m.groups!.branch!.toLowerCase();
      const { key, name } = serviceOf(state.name, words);
      const demonym = [...STATE_FORMS].find(([, f]) => f.code === code && f.role === 'demonym')?.[0];
      const start = m.index! + m[0].length - m.groups!.branch!.length;
      this.candidate(m.index!, m.index! + m[0].length, 84, () => {
        this.addOrganization(key, name, 'MILITARY', [words, ...(demonym ? [`${demonym} ${words}`] : [])]);
        this.entities.link('partOf', key, this.entities.state(code).key);
        return [this.mentionOf(key, start, m.index! + m[0].length - start, 'phrase')];
      });
    }
  }

  /**
   * The state a possessive pronoun at `at` stands for: the state named nearest before it in its sentence ("accused
   * Beijing of using its coast guard"), not as the object of a preposition, else the first the sentence before names, its subject ("India blamed
   * Pakistan ... . Its air force struck ..."). A state's capital names it too ("Santo Domingo has ...").
   */
  private pronounState(at: number): string | undefined {
    // Where the sentence holding a point begins: after the last full stop, question mark or line break before it.
    const boundaryBefore = (i: number) =>
      Math.max(
        this.text.lastIndexOf('. ', i - 1),
        this.text.lastIndexOf('\n', i - 1),
        this.text.lastIndexOf('? ', i - 1),
      );
    const sentenceStart = boundaryBefore(at);
    // A state after "from", "to", "with" is an object of the sentence ("India received jets from France and has
    // ordered more for its navy"), not whose "its" is.
    const sentence = this.text.slice(sentenceStart + 1, at);
    const own = matches(sentence, STATE_RE).filter(
      (m) => !/\b(?:from|to|with|by|against|than|for|into|over) (?:the )?$/.test(sentence.slice(0, m.index!)),
    );
    if (own.length) return this.stateOf(own[own.length - 1]![0]);
    if (sentenceStart < 0) return undefined;
    const previous = this.text.slice(boundaryBefore(sentenceStart) + 1, sentenceStart);
    const first = matches(previous, STATE_RE)[0];
    return first ? this.stateOf(first[0]) : undefined;
  }

  /** The Security Council's sanctions committees, named by their resolutions (committees.ts). */
  private committees() {
    for (const c of committeesIn(this.text))
      this.candidate(c.start, c.end, 87, () => {
        this.addOrganization(c.key, c.name, 'UN_BODY', c.aliases);
        return [this.mentionOf(c.key, c.start, c.end - c.start, 'phrase')];
      });
  }

  /**
   * "the Russian Embassy in Berlin", "Russia's embassy in Berlin", "the
   * Embassy of Japan": a mission that speaks for its state (PART_OF it), and
   * the city it sits in.
   */
  private embassies() {
    const re = new RegExp(
      `(?:(?:${STATE_QUALIFIER}|(?<named>${names})) (?<mission>${MISSION})|(?<mission2>${MISSION}) of (?:the )?(?<of>${names}))(?: in (?<city>${PROPER}(?: ${PROPER})?))?${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym) ?? this.stateOf(g.possessive) ?? this.stateOf(g.named) ?? this.stateOf(g.of);
      if (!code) continue;
      const state = STATES.get(code)!;
      const mission = (g.mission ?? g.mission2)!.replace(/^\p{L}/u, (c) => c.toUpperCase());
      const city =
        g.city && this.formOf(g.city)?.role !== 'name' && this.formOf(g.city)?.role !== 'demonym' ? g.city : undefined;
      const name = `${mission} of ${state.name}${city ? ` in ${city}` : ''}`;
      const surface = m[0].replace(/\b(?:embassy|consulate)\b/, (w) => w.replace(/^\p{L}/u, (c) => c.toUpperCase()));
      const aliases = [surface, surface.replace(/ in .*$/, '')];
      const key = makeKey('org', name);
      this.candidate(m.index!, m.index! + m[0].length, 87, () => {
        this.addOrganization(key, name, 'GOVERNMENT_BODY', aliases);
        this.entities.link('partOf', key, this.entities.state(code).key);
        this.stateInside(code, m, g.demonym ? 'demonym' : g.possessive ? 'possessive' : g.named ? 'named' : 'of');
        if (city) {
          const at = m.index! + m[0].lastIndexOf(city);
          const capital = this.formOf(city);
          const place = capital?.role === 'capital' ? this.place(city, 'CITY', capital.code) : makeKey('place', city);
          if (!capital) this.entities.add(place, 'Place', city, { category: 'CITY' });
          this.entities.mention(place, { start: at, end: at + city.length }, this.text);
        }
        return [this.mentionOf(key, m.index!, m[0].length, 'phrase')];
      });
    }
  }

  /**
   * Missions named by whose they are and where they serve: "Iran's mission to the United Nations", "its mission to
   * the UN" (the state named last before it), "the African Union's mission in Somalia", "its assistance mission in
   * Iraq", and a capitalised name closed by "mission" in lower case ("the Multinational Security Support mission").
   */
  private missions() {
    const toUn = new RegExp(
      `(?:${STATE_QUALIFIER}|(?<its>\\b[Ii]ts|\\b[Tt]heir)) (?:[Pp]ermanent )?[Mm]ission to the (?:United Nations|UN|U\\.N\\.)${E}`,
      'gu',
    );
    for (const m of matches(this.text, toUn)) {
      const g = m.groups!;
      const code =
        this.stateOf(g.demonym) ?? this.stateOf(g.possessive) ?? (g.its ? this.stateNamedBefore(m.index!) : undefined);
      if (!code) continue;
      const state = STATES.get(code)!;
      const name = `Permanent Mission of ${state.name} to the United Nations`;
      const key = makeKey('org', name);
      this.candidate(m.index!, m.index! + m[0].length, 88, () => {
        this.addOrganization(key, name, 'GOVERNMENT_BODY', g.its ? [] : [m[0]]);
        this.entities.link('partOf', key, this.entities.state(code).key);
        if (!g.its) this.stateInside(code, m, g.demonym ? 'demonym' : 'possessive');
        return [this.mentionOf(key, m.index!, m[0].length, 'phrase')];
      });
    }
    // "the African Union's mission in Somalia", "its assistance mission in Iraq": a body's mission where it serves.
    const served = new RegExp(
      `(?:(?<body>${organizationForms})[’']s|(?<its>\\b[Ii]ts)) (?<what>(?:[a-z-]+ )?mission (?:in|to|for) (?:the )?(?<where>${PROPER}(?: ${PROPER})?))${E}`,
      'gu',
    );
    for (const m of matches(this.text, served)) {
      const g = m.groups!;
      const owner = g.body ? ORGANIZATION_FORMS.get(g.body) : undefined;
      if (!owner && !g.its) continue;
      const name = owner ? `${owner.name}'s ${g.what!}` : g.what!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      const start = owner ? m.index! : m.index! + m[0].length - g.what!.length;
      const key = makeKey('org', name);
      this.candidate(start, m.index! + m[0].length, 86, () => {
        if (owner) this.knownOrganization(owner);
        this.addOrganization(key, name, 'OTHER', [g.what!, ...(owner ? [m[0]] : [])]);
        if (owner) this.entities.link('partOf', key, owner.key);
        return [this.mentionOf(key, start, m.index! + m[0].length - start, 'phrase')];
      });
    }
    // "the Multinational Security Support mission": a name of capitalised words that "mission" closes.
    for (const m of matches(this.text, /(?<=\b[Tt]he )(?:[A-Z][\p{L}-]+ ){2,4}mission(?![\p{L}])/gu)) {
      if (new RegExp(`^(?:${names}|${demonyms}|United Nations|UN|U\\.N\\.) `, 'u').test(m[0])) continue;
      const key = makeKey('org', m[0]);
      this.candidate(m.index!, m.index! + m[0].length, 81, () => {
        this.addOrganization(key, m[0], 'OTHER');
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /** The state named last in the few sentences before `at`: whose "its mission" is. */
  private stateNamedBefore(at: number): string | undefined {
    const found = matches(this.text.slice(Math.max(0, at - 400), at), STATE_RE);
    return found.length ? this.stateOf(found[found.length - 1]![0]) : undefined;
  }

  /**
   * "Russian state television", "Turkish press", "some French media": a state's press named by its demonym, a
   * publisher of its own (what it reports is not the state speaking); the state is still named inside it.
   */
  private press() {
    const re = new RegExp(
      // "Qatar's state news agency": a state's possessive, and one agency or broadcaster, name its media too.
      `${B}(?:(?<some>[Ss]ome) )?(?:(?<demonym>${demonyms})|(?<possessive>${names})[’']s) (?:(?:(?<owned>state|state-run|state-owned|official)|pro-government|independent|local|national) )?(?:media|press|newspapers|television|TV|broadcasters?|news agenc(?:y|ies))${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const code = this.stateOf(m.groups!.demonym) ?? this.stateOf(m.groups!.possessive);
      if (!code) continue;
      const some = m.groups!.some ? m.groups!.some.length + 1 : 0;
      const name = m[0].slice(some);
      const key = makeKey('org', name);
      this.candidate(m.index!, m.index! + m[0].length, 80, () => {
        this.addOrganization(key, name, 'NEWS_AGENCY', some ? [m[0]] : []);
        this.stateInside(code, m, m.groups!.demonym ? 'demonym' : 'possessive');
        // "Iranian state television claimed ...": a state's own media speak for it.
        if (m.groups!.owned) this.entities.link('partOf', key, `state:${code}`);
        return [this.mentionOf(key, m.index! + some, name.length, 'name')];
      });
    }
  }

  /**
   * A name the words around it say is a body's, though no table knows it: the word before it ("the French
   * shipbuilder Piriou", "the state trading company Yugoimport SDPR", "the dissident group known as the Estado
   * Mayor Central"), the word after it ("the Los Lobos gang", "the RED-Tabara rebel group") or an apposition after it
   * ("Jaish al-Adl, the Sunni militant group that ...", "the Inter-Services Public Relations, the military's media
   * wing"). What the word is says what kind of body it is.
   */
  private describedNames() {
    const name = `(?<name>${DESCRIBED_NAME})`;
    const kind = (word: string): OrganizationCategory =>
      SCHOLAR.test(word)
        ? 'THINK_TANK'
        : /gang|militia|rebel|armed|militant|cartel|insurgent|jihadist|faction/.test(word)
          ? 'ARMED_GROUP'
          : /newspaper|daily|broadcaster|news agency|media/.test(word)
            ? 'NEWS_AGENCY'
            : 'OTHER';
    const patterns = [
      new RegExp(
        `\\b(?:[Tt]he|[Aa]n?) (?:(?:${demonyms}|state|state-owned|state-run|private|dissident|rebel|militant|jihadist|separatist|insurgent|criminal|arms|defence|defense|trading|shipping|oil|energy|news) ){0,2}(?<word>${BODY_BEFORE_NAME})(?: known as| called)?(?: the)? ${name}${E}(?![’'])`,
        'gu',
      ),
      new RegExp(
        `\\b(?<=\\b[Tt]he ${MODIFIERS})${name} (?<word>(?:(?:rebel|armed|militant|criminal|jihadist|separatist|insurgent) )?(?:${NAMED_BODY_WORDS.join('|')}))${E}`,
        'gu',
      ),
      new RegExp(
        `(?<![\\p{L}-])(?<!\\p{Lu}[\\p{L}-]* )${name}, (?:the|an?) (?:(?!(?:of|for|in|at|on|with|to|and|who|which|that)\\b)[\\p{L}’'-]+ ){0,3}(?<word>${BODY_AFTER_NAME})${E}(?![’'])`,
        'gu',
      ), // "a security analyst at the Universidad de Chile in Santiago", "a researcher on the Sahel at the ...": where
      // someone who studies works is a body, whatever its name's words.
      new RegExp(
        `\\b(?<word>${SCHOLARS})s? (?:(?:on|of|in) (?:the )?[\\p{L} -]{1,30}? )?at (?:the )?${name}${E}(?![’']| \\p{Lu}| [a-z]+ of\\b)`,
        'gu',
      ),
    ];
    for (const re of patterns)
      for (const m of matches(this.text, re)) {
        const written = m.groups!.name!;
        const lead = /^(?:The |the )/.exec(written)?.[0] ?? '';
        const phrase = written.slice(lead.length);
        const words = phrase.split(' ');
        // "the Congress party": a word of a body's kind is a party's name before "party".
        const party = re === patterns[1] && m.groups!.word === 'party';
        if (
          STATE_FORMS.has(phrase) ||
          STATE_FORMS.has(words[0]!) ||
          words.some((w) => (NOT_PLACES.has(w) && !(party && PARTY_NAME_WORDS.has(w))) || NOT_LEADING.has(w)) ||
          ORGANIZATION_FORMS.has(phrase)
        )
          continue;
        // "the New York-based group", "the Iran-backed militia": where a body is based or who backs it, not its name.
        if (
          re === patterns[1] &&
          /-(?:based|led|backed|funded|linked|aligned|allied|affiliated|run|owned)$/.test(phrase)
        )
          continue;
        // Where someone works is a name of two words or more: "the Institut d'études ..." is not "Institut".
        if (re === patterns[3] && words.length < 2) continue;
        // "the Sunni militant group": one plain word before a qualified word for a body is more often an adjective.
        if (
          re === patterns[1] &&
          words.length === 1 &&
          / /.test(m.groups!.word!) &&
          !/[-\p{Lu}]/u.test(phrase.slice(1))
        )
          continue;
        const start = m.index! + m[0].indexOf(written) + lead.length;
        const key = makeKey('org', phrase);
        // "the Vox party accused ...": the word after the name is the body's too, so that the body is the subject.
        const length = re === patterns[1] ? m.index! + m[0].length - start : phrase.length;
        this.candidate(start, start + length, 63, () => {
          const written = this.text.slice(start, start + length);
          this.addOrganization(
            key,
            phrase,
            kind(m[0].replace(m.groups!.name!, '')),
            written === phrase ? [] : [written],
          );
          return [this.mentionOf(key, start, length, 'name')];
        });
      }
  }

  /** "the group APT28", "the hacker group Sandworm-2": a group named by a code after the word for it. */
  private namedGroups() {
    const re =
      /\b(?:hacker |hacking |cyber |militant |armed |rebel |extremist |terrorist |criminal |ransomware )?(?:group|militia|gang|collective|unit) (?<name>(?=[A-Za-z-]*\d|[A-Z]{2,}\b)[A-Z][A-Za-z0-9-]+)(?![\p{L}\p{N}])/gu;
    for (const m of matches(this.text, re)) {
      const name = m.groups!.name!;
      if (STATE_FORMS.has(name)) continue;
      const start = m.index! + m[0].length - name.length;
      const key = makeKey('org', name);
      this.candidate(start, start + name.length, 62, () => {
        this.addOrganization(key, name, 'OTHER');
        return [this.mentionOf(key, start, name.length, 'name')];
      });
    }
    // The same code named again without the word for it.
    for (const m of matches(this.text, re)) {
      const name = m.groups!.name!;
      for (const again of matches(this.text, new RegExp(`${B}${escapeRegExp(name)}${E}`, 'gu'))) {
        if (again.index! === m.index! + m[0].length - name.length) continue;
        this.candidate(again.index!, again.index! + name.length, 61, () => {
          this.addOrganization(makeKey('org', name), name, 'OTHER');
          return [this.mentionOf(makeKey('org', name), again.index!, name.length, 'name')];
        });
      }
    }
  }

  /**
   * "the Saudi-led coalition", "the Kenyan-led mission", "a NATO-led force": a body led by a state or another body,
   * named by the text's words. Not its leader's organ: what the coalition does or says is its own.
   */
  private ledBodies() {
    // "the NATO-led Stabilization Force": the body's own name in capitals, ending on such a word, after "-led".
    const capitalised = LED_BODY_WORDS.map((w) => w.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
    const re = new RegExp(
      `${B}(?<![\\p{L}-])(?:${demonyms}|${names}|${organizationForms})-led (?:${alternation(LED_BODY_WORDS)}|(?:\\p{Lu}[\\p{L}-]+ ){1,4}(?:${alternation(capitalised)}))${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const name = m[0];
      const key = makeKey('org', name);
      // Over the leader's own name, which the tables know ("NATO").
      this.candidate(m.index!, m.index! + name.length, 81, () => {
        this.addOrganization(key, name, 'OTHER');
        return [this.mentionOf(key, m.index!, name.length, 'phrase')];
      });
    }
  }

  /** "the Boko Haram and ISWAP groups", "ISWAP says": an acronym no table knows, used as a group's name (acronym-groups.ts). */
  private acronymGroups() {
    for (const g of acronymGroups(this.text, (name) => ORGANIZATION_FORMS.has(name))) {
      const key = makeKey('org', g.acronym);
      for (const use of g.uses)
        this.candidate(use.start, use.end, 61, () => {
          this.addOrganization(key, g.acronym, 'OTHER');
          // Letters that only speak ("the CDU said") may be a party, a service or a state's body: named, but too loose
          // to say whose side the words are.
          if (!g.listed) {
            this.entities.mention(key, use, this.text, false);
            return [];
          }
          return [this.mentionOf(key, use.start, g.acronym.length, 'name')];
        });
    }
  }

  /** "the Contra rebels", "Tuareg separatists": an armed group named by a proper word and its fighters (fighters.ts). */
  private fighters() {
    // Above the name of the group they left, which their phrase holds.
    for (const f of breakawayGroups(this.text)) {
      const key = makeKey('org', f.name);
      this.candidate(f.start, f.end, 85, () => {
        this.addOrganization(key, f.name, 'ARMED_GROUP');
        return [this.mentionOf(key, f.start, f.end - f.start, 'name')];
      });
    }
    for (const f of namedFighters(this.text)) {
      const key = makeKey('org', f.name);
      this.candidate(f.start, f.end, 48, () => {
        this.addOrganization(key, f.name, 'ARMED_GROUP');
        return [this.mentionOf(key, f.start, f.end - f.start, 'name')];
      });
    }
  }

  /**
   * "The Federal Government", "the Government" in a state's own statement
   * (the state known from its publisher or its text): that state speaking.
   */
  private governments() {
    // "the Government of Syria", "the Government in Juba": the state, as whoever names it speaks of it.
    const named = new RegExp(
      `\\b(?:[Tt]he )?Government (?:of (?:the )?(?<name>${names})|in (?<capital>${capitals}))${E}`,
      'gu',
    );
    for (const m of matches(this.text, named)) {
      const code = this.stateOf(m.groups!.name ?? m.groups!.capital);
      if (!code) continue;
      const start = m.index! + /^(?:[Tt]he )?/.exec(m[0])![0].length;
      this.candidate(start, m.index! + m[0].length, 88, () => {
        const record = this.entities.state(code);
        return [this.mentionOf(record.key, start, m.index! + m[0].length - start, 'phrase')];
      });
    }
    this.rulers();
    const code = this.homeState ?? this.topicState();
    // "the army" in a story datelined in a state's capital, which names no other state's army: that state's.
    const dateline = code ? undefined : datelineState(this.text);
    if (!code && !dateline) return;
    // "accused the government of ...", "urged the administration to ...", "the military": in lower case too, the
    // state's, when the text is about one state; "the previous government" too, and "accuse the Government of
    // ignoring ...", where "of" opens what it is accused of, not the name of a state.
    // "the government of Prime Minister ⟨P⟩" is the state's too: the name after "of" is its head's.
    const re = new RegExp(
      `\\b(?:[Tt]he )?(?:Federal |National |Royal |Union |Central )?Government(?! of (?![“"]?[a-z]+ing\\b)(?!(?:${LEADER_TITLES}) \\p{Lu}))(?![’']s)(?![\\p{L}])|(?<=\\b[Tt]he (?:previous |former |current |present |outgoing )?)(?:government|administration|military|army|Army|navy|armed forces|air force|coast guard)(?! of (?:the )?(?!(?:${LEADER_TITLES}) \\p{Lu})[A-Z])(?![’']s)(?![\\p{L}-])`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const start = m.index! + /^(?:[Tt]he )?/.exec(m[0])![0].length;
      // "his Government", "our Government": a pronoun's, not a name.
      if (/\b(?:his|her|its|their|my)\s+$/i.test(this.text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
      const end = m.index! + m[0].length;
      // "the army" speaks for the state, and is the state's armed service too ("Army of Ecuador", "army").
      const service = /^(?:military|army|navy|armed forces|air force|coast guard)$/i.test(m[0])
        ? m[0].toLowerCase()
        : undefined;
      // "the government of Prime Minister ⟨P⟩" in a story datelined in a state's capital: that state's, as its army is.
      const led = !service && LED.test(this.text.slice(end, end + 40));
      const owner = code ?? ((service && !this.otherService(service, dateline!)) || led ? dateline : undefined);
      if (!owner) continue;
      this.candidate(start, end, 55, () => {
        const record = this.entities.state(owner);
        if (service) {
          const { key, name } = serviceOf(record.name, service);
          this.addOrganization(key, name, 'MILITARY', [service]);
          this.entities.link('partOf', key, record.key);
          this.entities.mention(key, { start, end }, this.text, false);
          this.entities.organs.push({ key, state: record.key, start, end, service: true });
        }
        return [this.mentionOf(record.key, start, end - start, 'phrase')];
      });
    }
  }

  /**
   * Whether the text names a service of that kind with a word of its own ("the Dominican army", "Haitian police"),
   * other than the state's own: then "the army" may be that one, and the dateline does not say whose it is.
   */
  private otherService(service: string, code: string): boolean {
    const re = new RegExp(`\\b(?<word>[A-Z][\\p{L}-]+)(?:[’']s)? ${service}\\b`, 'gu');
    return matches(this.text, re).some((m) => {
      const word = m.groups!.word!;
      return !NOT_LEADING.has(word) && !/^(?:Its|Their|His|Her|Our)$/.test(word) && this.stateOf(word) !== code;
    });
  }

  /**
   * The state a text is about, when one clearly is: named at least three times and twice as often as any
   * other. In coverage of a country's situation ("He urged the Government to protect former combatants"),
   * "the Government" is that state's.
   */
  private topicState(): string | undefined {
    const counts = new Map<string, number>();
    for (const m of matches(this.text, STATE_RE)) {
      const code = this.stateOf(m[0]);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    // "referred the situation in ⟨Syria⟩ to the Court": the state under discussion, though the states that voted on it
    // are named nearly as often, is the topic when it is named most, as a dateline's state is.
    const situation = SITUATION.exec(this.text)?.groups?.state;
    return clearTopic(counts, this.stateOf(situation));
  }

  /**
   * A state's rulers named by what they are called: "the regime in Minsk", and, once one state has been
   * called so ("Myanmar's junta", "the Belarusian regime"), "the junta", "the regime", "the military
   * government" after it: that state, as whoever names them speaks of it.
   */
  private rulers() {
    const ruler = '(?:military |ruling |transitional )?(?:junta|regime|military government)';
    for (const m of matches(this.text, new RegExp(`\\b[Tt]he (?:regime|junta) in (?<capital>${capitals})${E}`, 'gu'))) {
      const code = this.stateOf(m.groups!.capital);
      const start = m.index! + 4;
      if (code)
        this.candidate(start, m.index! + m[0].length, 88, () => [
          this.mentionOf(this.entities.state(code).key, start, m.index! + m[0].length - start, 'phrase'),
        ]);
    }
    const called = new Set(
      matches(this.text, new RegExp(`${STATE_QUALIFIER} ${ruler}${E}`, 'gu'))
        .map((m) => this.stateOf(m.groups!.demonym) ?? this.stateOf(m.groups!.possessive))
        .filter(Boolean),
    );
    if (called.size !== 1) return;
    const code = [...called][0]!;
    for (const m of matches(this.text, new RegExp(`\\b[Tt]he ${ruler}(?! in )${E}`, 'gu'))) {
      const start = m.index! + 4;
      this.candidate(start, m.index! + m[0].length, 50, () => [
        this.mentionOf(this.entities.state(code).key, start, m.index! + m[0].length - start, 'phrase'),
      ]);
    }
  }

  /**
   * A ministry no state's word qualifies, in wire copy: the state of the capital its sentence opens on ("In Beijing,
   * Foreign Ministry spokesman ..."), else the one the text is about, else its dateline's when the sentence names no
   * other state: a story filed from one capital quotes the other side's ministry as often as its own ("Foreign
   * ministry spokesman ⟨P⟩ said the islands were ⟨China⟩'s ..." from Tokyo). Not after "its", which points back at a
   * state named before (speakers.ts), nor after a name the gazetteer does not know ("the Republika Srpska interior
   * ministry"), which is whose it is.
   */
  private unqualifiedState(at: number): string | undefined {
    const before = this.text.slice(Math.max(0, at - 30), at);
    if (/\b(?:[Ii]ts|[Tt]heir)\s+$/.test(before)) return undefined;
    if (/(?<![.!?:"“]\s*|^\s*)\b(?!(?:The|A|An|In)\b)\p{Lu}[\p{L}’'-]*\s+$/u.test(before)) return undefined;
    const found = this.openerState(at) ?? this.topicState();
    if (found) return found;
    const dateline = datelineState(this.text);
    if (!dateline) return undefined;
    const start = Math.max(0, this.text.lastIndexOf('.', at - 1) + 1);
    const end = this.text.indexOf('.', at);
    const sentence = this.text.slice(start, end < 0 ? undefined : end);
    return matches(sentence, STATE_RE).every((m) => this.stateOf(m[0]) === dateline) ? dateline : undefined;
  }

  /** "In Islamabad, Foreign Office spokeswoman ...": the state whose capital the sentence opens on, right before `at`. */
  private openerState(at: number): string | undefined {
    const start = Math.max(0, this.text.lastIndexOf('.', at - 1) + 1);
    const opener = OPENING_SEAT.exec(this.text.slice(start, at));
    return opener ? this.stateOf(opener.groups!.seat) : undefined;
  }

  /** "its foreign ministry": the state named last before the possessive, in the same sentence. */
  private stateBefore(at: number): string | undefined {
    if (!/\b(?:its|their)\s+$/.test(this.text.slice(Math.max(0, at - 8), at))) return undefined;
    const start = Math.max(0, this.text.lastIndexOf('.', at - 1) + 1);
    const found = matches(this.text.slice(start, at), STATE_RE);
    return found.length ? this.stateOf(found[found.length - 1]![0]) : undefined;
  }

  /** Bodies named by what their members do: "UN sanctions monitors", "Ukrainian state prosecutors". */
  private groups() {
    const re = new RegExp(
      `(?:(?:[Tt]he )?(?:panel|team|group) of )?(?:(?<demonym>${STATE_ADJECTIVE})|(?<un>UN|U\\.N\\.)) (?:[a-z]+ ){0,2}(?<members>prosecutors|monitors|investigators|inspectors|experts|observers)${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym);
      const phrase = m[0].replace(/^(?:[Tt]he )?(?:panel|team|group) of /, '');
      const key = makeKey('org', phrase);
      const category: OrganizationCategory = g.members === 'prosecutors' ? 'PROSECUTOR' : g.un ? 'UN_BODY' : 'OTHER';
      this.candidate(m.index!, m.index! + m[0].length, 85, () => {
        this.addOrganization(key, phrase, category);
        if (code) {
          this.entities.link('partOf', key, this.entities.state(code).key);
          this.stateInside(code, m, 'demonym');
        }
        if (g.un) this.addOrganization('org:united-nations', 'United Nations', 'UN_BODY', ['UN', 'U.N.']);
        return [this.mentionOf(key, m.index! + m[0].indexOf(phrase), phrase.length, 'phrase')];
      });
    }
  }

  /**
   * A state's opposition named by what its members are, without a party's name: "Opposition deputies accused the
   * Government ...", "opposition politicians accuse the previous government ...", "Venezuelan opposition leaders".
   * Unlike other bodies described in lower case (describedBodies), the group speaks as itself: its words are its own,
   * the opposition's, never the state's, so it is not PART_OF the state. It is named for the state named before
   * "opposition", else the state whose "the Government" the text means, else by the text's words alone. A capitalised
   * word before it that names no state ("Kurdish opposition groups") is part of another group's name.
   */
  private oppositions() {
    // "senators of the opposition", "deputies of the Venezuelan opposition": the same group, the words turned round.
    const re = new RegExp(
      `${B}(?:(?:(?<demonym>${demonyms}) )?[Oo]pposition (?<members>${OPPOSITION_MEMBERS})|(?<turned>${OPPOSITION_MEMBERS}) of the (?:(?<owner>${demonyms}) )?opposition)${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = {
        ...m.groups!,
        members: m.groups!.members ?? m.groups!.turned,
        demonym: m.groups!.demonym ?? m.groups!.owner,
      };
      const before = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*)\s+$/u.exec(this.text.slice(Math.max(0, m.index! - 30), m.index!));
      if (before && !g.demonym && !/^(?:The|Some|Several|Many|Other|Leading|Senior)$/.test(before[1]!)) continue;
      const code = g.demonym
        ? this.stateOf(g.demonym)
        : (this.homeState ?? this.topicState() ?? datelineState(this.text));
      const start = m.index!;
      const end = m.index! + m[0].length;
      const words = `opposition ${g.members!}`;
      if (code) this.opposedGovernment(end, code);
      this.candidate(start, end, 80, () => {
        const state = code ? this.entities.state(code) : undefined;
        const name = state ? `Opposition ${g.members!} of ${state.name}` : `Opposition ${g.members!}`;
        const key = makeKey('org', state ? `${state.name} ${words}` : words);
        this.addOrganization(key, name, 'OTHER', [words, m[0]]);
        if (code) this.stateInside(code, m, 'demonym');
        // A demonym after "of the" is the state's as it is before "opposition": no party of the claims.
        if (code && m.groups!.owner) {
          const at = start + m[0].lastIndexOf(m.groups!.owner);
          this.entities.mention(`state:${code}`, { start: at, end: at + m.groups!.owner.length }, this.text, false);
        }
        return [this.mentionOf(key, start, end - start, 'phrase')];
      });
    }
  }

  /**
   * "The opposition says ...", "the Venezuelan opposition, which published ...": a state's opposition named bare, as
   * the group it is, for the state named before "opposition", else the state whose "the Government" the text means.
   * Recorded without being a mention claims are read from: what a bare "opposition" says is most often reported in a
   * question or in passing, with no one it is aimed at named, and the words read as the group's claims missed their
   * aim more often than not.
   */
  private oppositionAsGroup(mentions: Mention[]) {
    for (const m of matches(this.text, OPPOSITION_AS_GROUP)) {
      const demonym = m.groups!.demonym;
      const code = demonym ? this.stateOf(demonym) : (this.homeState ?? this.topicState() ?? datelineState(this.text));
      if (!code) continue;
      const start = demonym ? m.index! - demonym.length - 1 : m.index!;
      const end = m.index! + m[0].length;
      if (mentions.some((o) => o.start < end && start < o.end && !o.key.startsWith('state:'))) continue;
      const state = this.entities.state(code);
      const key = makeKey('org', `${state.name} opposition`);
      this.addOrganization(key, `Opposition of ${state.name}`, 'OTHER', [
        ...new Set(['opposition', this.text.slice(start, end)]),
      ]);
      this.entities.mention(key, { start, end }, this.text, false);
    }
  }

  /**
   * A state's legislators named as a group by their state: "Argentine lawmakers say ...", "Some United States
   * lawmakers accuse the Government ...", or by their party: "Republican lawmakers criticized ...". Like the opposition
   * (oppositions()), the group speaks as itself, a body of the state's legislature named by the text's words, not for
   * the state.
   */
  private legislators() {
    const re = new RegExp(
      `${B}(?:(?<demonym>${demonyms})|(?<name>${names})|(?<party>${PARTIES})) (?<members>${LEGISLATORS})${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      if (m.groups!.party) {
        const start = m.index!;
        const end = start + m[0].length;
        this.candidate(start, end, 80, () => {
          const key = makeKey('org', m[0]);
          this.addOrganization(key, m[0], 'OTHER', [m[0]]);
          return [this.mentionOf(key, start, end - start, 'phrase')];
        });
        continue;
      }
      const code = this.stateOf(m.groups!.demonym ?? m.groups!.name);
      if (!code) continue;
      const start = m.index!;
      const end = m.index! + m[0].length;
      this.candidate(start, end, 80, () => {
        const key = makeKey('org', m[0]);
        this.addOrganization(key, m[0], 'OTHER', [m[0]]);
        this.stateInside(code, m, m.groups!.demonym ? 'demonym' : 'name');
        return [this.mentionOf(key, start, end - start, 'phrase')];
      });
    }
  }

  /**
   * "opposition politicians accuse the previous government of ...": the government an opposition group speaks of, in
   * its own sentence, is its state's, also where the text is not about that state alone (governments()) and only its
   * dateline says where it is.
   */
  private opposedGovernment(after: number, code: string) {
    const stop = this.text.slice(after).search(/[.;!?](?:\s|$)/);
    const rest = this.text.slice(after, stop < 0 ? undefined : after + stop);
    const m =
      /\b[Tt]he (?:(?:previous|former|current|present|outgoing|new) )?[Gg]overnment(?! of (?:the )?[A-Z])(?![’']s)(?![\p{L}])/u.exec(
        rest,
      );
    if (!m) return;
    const start = after + m.index + 4;
    const end = after + m.index + m[0].length;
    this.candidate(start, end, 56, () => [this.mentionOf(this.entities.state(code).key, start, end - start, 'phrase')]);
  }

  /**
   * Capitalised names built on a word that names a body: "Office of the
   * Prosecutor General", "Korean Workers' Party", "Panel of Experts on the
   * Sudan", "Syrian Observatory for Human Rights", "China Coast Guard". A
   * name that opens with a state's is PART_OF that state; one named "U.N."
   * or "UN" is PART_OF the United Nations.
   */
  private genericOrganizations() {
    const head = `${ORGANIZATION_HEADS.join('|')}|${COMPANY_HEAD}`;
    const word = "[A-Z][\\p{L}&’'-]*";
    // "Ministry of Irrigation and Water Resources": a field of two names joined by "and" is one body's.
    // "the OSCE Mission to Moldova": a mission's field follows "to" too; a campaign's or a committee's, "Against".
    // "Commission for Reception, Truth and Reconciliation", "Ministry of Police, National Security and Correctional
    // Services": a field listed with commas, closed by "and", is one body's too, unless a state is listed ("the
    // Ministry of Defence, France and Germany").
    const listed = `(?!(?:${names}|${demonyms})(?![\\p{L}]))${word}(?: ${word})*`;
    const complement = `(?:(?: (?:of|for|on|in|Against)|(?<=Mission) to) (?:the )?${word}(?: ${word})*(?:(?:, ${listed})+,? and (?!the\\b)${listed}| and (?!the\\b)${word}(?: ${word})*)?)`;
    // "the 53rd Anti-Aircraft Missile Brigade": a unit's number opens its name.
    const re = new RegExp(
      `${B}(?:\\d{1,3}(?:st|nd|rd|th) )?(?:${word} (?:(?:of|for|on|and|the|de) )*)*(?:${head})${complement}{0,3}${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      // "Security Council Extends Cyprus Peacekeeping Force for One Year": a headline in title case capitalises its
      // verbs and objects too, so its capitals do not mark where a name ends.
      if (titleCase(this.text, m.index!)) continue;
      let phrase = m[0];
      let start = m.index!;
      // A sentence's first word is capitalised whatever it is ("Will the ... Commission meet?"); a possessive ("Japan's")
      // qualifies the name rather than being part of it, but for "People's" ("the People's Liberation Army").
      // A title before the name is the title's ("Chair of the Group of Experts"); so is a participle ("Briefing the Council")
      // and what a heading says the body issues ("Statement of the Federal Ministry ... on ...").
      const lead =
        /^(?:(?:The|the|A|An|But|And|In|On|At|For|After|Before|When|While|Last|This|That|Both|Its|His|Her|Their|Our|Formally|Will|Would|Can|Could|Should|Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Why|How|Yesterday|Today|Meanwhile|Earlier|Separately|However|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|[A-Z]\p{Ll}+ing|(?!People[’']s)[A-Z][\p{L}-]*[’']s|(?:Chair|Chairman|Chairwoman|Chairperson|Head|Director|President|Secretary|Minister|Spokesperson|Coordinator|Member|Members|Representative|Envoy|Statement|Comment|Remarks|Readout|Declaration|Communiqu[eé])(?: (?:of|for|on)(?: the)?)?) )+/u.exec(
          phrase,
        );
      if (lead) {
        phrase = phrase.slice(lead[0].length);
        start += lead[0].length;
        // "Speaking for the Arab Group": the words joining the participle to the name are neither's.
        const joining = /^(?:(?:of|for|on|and|the|de) )+/.exec(phrase);
        if (joining) {
          phrase = phrase.slice(joining[0].length);
          start += joining[0].length;
        }
      }
      // "Special Representative of the Secretary-General and Head of the United Nations ... Mission": two posts
      // joined by "and", the second naming the body.
      const post = / and (?:Head|Chief|Director|Commander|Chair\w*|President|Coordinator) of (?:the )?(?=[A-Z])/.exec(
        phrase,
      );
      if (post) {
        start += post.index + post[0].length;
        phrase = phrase.slice(post.index + post[0].length);
      }
      // "Statement by the Federal Foreign Office on the Cyberattack ...": the issuer's name ends where its subject begins.
      if (
        /(?:Statement|Comment|Remarks|Readout|Declaration|Release|Communiqu[eé]|Note|Message)s? (?:by|of|from) (?:the )?$/.test(
          this.text.slice(Math.max(0, start - 40), start),
        )
      ) {
        const subject = / (?:on|about|regarding|concerning|following|in connection with|in response to|over) /.exec(
          phrase,
        );
        if (subject) phrase = phrase.slice(0, subject.index);
      }
      // "sanctions imposed by the United Nations Security Council on the Democratic People's Republic of Korea": a state
      // after a known body's whole name is what the body acts on, not its field; the known name is read as it is.
      const topic = STATE_AFTER_NAME.exec(phrase);
      if (topic && KNOWN_ORGANIZATION_NAMES.has(phrase.slice(0, topic.index))) continue;
      for (const piece of bodiesJoined(phrase, start, head)) this.genericOrganization(piece.phrase, piece.start, head);
    }
  }

  /** One body's name read by `genericOrganizations`, the words around it that are not its own taken off. */
  private genericOrganization(phrase: string, start: number, head: string) {
    // "the Border Security Force on the Chapainawabganj border": where the body acted, not part of its name.
    if (/^ (?:border|frontier|coast|front|side|river)\b/.test(this.text.slice(start + phrase.length)))
      phrase = phrase.replace(/ (?:on|in|at|along) (?:the )?[A-Z][\p{L}-]+$/u, '');
    // "the Security Council on Wednesday": a day or a month is when, not part of the name.
    phrase = phrase.replace(
      / (?:on|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/,
      '',
    );
    // "the Policy Center for the New South in Rabat": the capital it sits in is where, not part of the name.
    // So is any city a research body or a government sits in ("the Eurasian Security Institute in Almaty", "the
    // Kurdistan Regional Government in Erbil"), though a body's field may be a state or a continent ("Mission in
    // Kosovo", "Co-operation in Europe").
    // A research body's seat may be a city-state or a state too ("the ISEAS-Yusof Ishak Institute in Singapore").
    const seat = / in (?<city>[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)$/u.exec(phrase);
    const city = seat ? this.formOf(seat.groups!.city!) : undefined;
    const research = /\b(?:Institute|Institut|Foundation|Centre|Center|Society|University|Observatory|Academy)\b/;
    // "the 45th Armoured Brigade in Lithuania": where a unit is stationed is not part of its name.
    const unit = /^\d{1,3}(?:st|nd|rd|th) |\b(?:Brigades?|Battalions?|Division|Regiment|Squadron)$/;
    // A court of appeal or a district court is named by the city it sits in ("the Court of Appeal in The Hague").
    const namedBySeat = /\b(?:Court of Appeals?|Appeals? Court|District Court|Regional Court)$/;
    if (
      seat &&
      !namedBySeat.test(phrase.slice(0, seat.index)) &&
      (city?.role === 'capital' ||
        unit.test(phrase.slice(0, seat.index)) ||
        (city && research.test(phrase.slice(0, seat.index))) ||
        (!city &&
          !CONTINENTS.test(seat.groups!.city!) &&
          /\b(?:Institute|Foundation|Centre|Center|Society|University|Group|Observatory|Government|Conference)\b/.test(
            phrase.slice(0, seat.index),
          )))
    )
      phrase = phrase.slice(0, seat.index);
    // "Two Indian Air Force C-17s landed": a count opening the sentence is not part of the name.
    const counted = COUNTED_BEFORE.exec(phrase);
    if (counted) {
      phrase = phrase.slice(counted[0].length);
      start += counted[0].length;
    }
    // "Syria and the Technical Secretariat": a state's name joined to a body's by "and" is two names.
    const joined = new RegExp(`^(?:${names}) and (?:the )?`, 'u').exec(phrase);
    if (joined) {
      phrase = phrase.slice(joined[0].length);
      start += joined[0].length;
    }
    // "Ivana Petrović of the Belgrade Centre for Security Policy": a name before "of" with no word for a body is a
    // person's (or a title's), and the body is what follows.
    const owner = new RegExp(`^(?:[A-Z][\\p{L}’'-]+ ){1,3}of (?:the )?(?=[A-Z])`, 'u').exec(phrase);
    if (
      owner &&
      owner[0].trim().split(' ').length >= 3 &&
      !new RegExp(`\\b(?:${head})\\b`).test(owner[0]) &&
      new RegExp(`\\b(?:${head})\\b`).test(phrase.slice(owner[0].length)) &&
      !STATE_FORMS.has(owner[0].replace(/ of (?:the )?$/, ''))
    ) {
      phrase = phrase.slice(owner[0].length);
      start += owner[0].length;
    }
    // "Army Public Relations of the Nigerian Army": a body named after another of a state's, by its demonym, is two
    // names, the second read as the state's own.
    const ofDemonym = new RegExp(` of the (?!(?:${names})${E})(?:${demonyms}) \\p{Lu}`, 'u').exec(phrase);
    if (ofDemonym && new RegExp(`\\b(?:${head})\\b`).test(phrase.slice(0, ofDemonym.index)))
      phrase = phrase.slice(0, ofDemonym.index);
    // "the Gulf Cooperation Council's Peninsula Shield Force": a body's possessive before another body's name is its
    // owner, not a word of the name.
    const owned = /^((?:.* )?\S+)[’']s (?=\p{Lu})/u.exec(phrase);
    const ownerBody = (owner: string) =>
      KNOWN_ORGANIZATION_NAMES.has(owner) || new RegExp(`\\b(?:${head})\\b`).test(owner);
    if (owned && ownerBody(owned[1]!) && new RegExp(`\\b(?:${head})\\b`).test(phrase.slice(owned[0].length))) {
      phrase = phrase.slice(owned[0].length);
      start += owned[0].length;
    }
    // "Russian Federation" ends like a body's name but is a state's; "West Bank" is a place of the gazetteer's.
    if (!phrase.includes(' ') || STATE_FORMS.has(phrase) || KNOWN_PLACE_FORMS.has(phrase) || NOT_COMPANY.test(phrase))
      return;
    // "Jerusalem and the West Bank": a name whose only word for a body is the one inside a place's name is places.
    const place = [...KNOWN_PLACE_FORMS].find((f) => phrase.endsWith(` ${f}`));
    if (place && !new RegExp(`\\b(?:${head})\\b`).test(phrase.slice(0, -place.length))) return;
    // "Chief Cabinet Secretary ...": the words are a title's.
    if (
      /^ (?:Secretary|Minister|Spokes\w+|Director|Chief|Chair\w*|Commissioner|Representative|Ambassador)\b/.test(
        this.text.slice(start + phrase.length),
      )
    )
      return;
    const category = categoryOf(phrase);
    const key = makeKey('org', phrase);
    const state = [...phrase.matchAll(STATE_RE)].map((f) => this.stateOf(f[0])).find(Boolean);
    const un = /(?:^|\s)(?:UN|U\.N\.|United Nations) $/.exec(this.text.slice(Math.max(0, start - 15), start));
    // "the U.N. Human Rights Monitoring Mission": the body's name, prefix and all, which wins over the bare "U.N.".
    const named = un ? this.text.slice(start - un[0].length + (un[0].startsWith(' ') ? 1 : 0), start) + phrase : phrase;
    const at = start + phrase.length - named.length;
    // "European Union Mission in Armenia", "African Union Peace and Security Council": a body named after a known
    // one is a body of its own, and its longer name wins.
    const extends_ = ORGANIZATIONS.some((o) =>
      [o.name, ...o.aliases].some(
        (n) =>
          (n.includes(' ') || /^[A-Z]{3,}$/.test(n)) &&
          new RegExp(`^${escapeRegExp(n.replace(/^the /, ''))} [A-Z]`).test(phrase),
      ),
    );
    // "the UN Register of Conventional Arms": a name opening on "UN" is the United Nations' body, over the bare "UN",
    // unless the rest is a body the tables know ("UN Security Council").
    const unOpened = /^(?:UN|U\.N\.) (?=\p{Lu})/u.exec(phrase);
    const unBody =
      !!unOpened &&
      !KNOWN_ORGANIZATION_NAMES.has(phrase) &&
      ![...KNOWN_ORGANIZATION_NAMES].some((n) => n.includes(' ') && phrase.slice(unOpened[0].length).startsWith(n));
    // "the Office of the United Nations High Commissioner for Refugees": a known body's name inside a longer one, as a
    // word of its title, is that body's only as the longer name's.
    const embeds = ORGANIZATIONS.some((o) =>
      [o.name, ...o.aliases].some(
        (n) =>
          (n.includes(' ') || /^[A-Z]{3,}$/.test(n)) &&
          new RegExp(` of (?:the )?${escapeRegExp(n.replace(/^the /, ''))} [A-Z]`).test(phrase),
      ),
    );
    // "the Regional Assistance Mission to Solomon Islands": where a mission serves is part of its name, over the place's.
    // So is the city a court sits in, by which it is named.
    const serving =
      /\bMission (?:to|in|for|of) |\b(?:Court of Appeals?|Appeals? Court|District Court|Regional Court) in /.test(
        phrase,
      );
    this.candidate(at, start + phrase.length, un || unBody ? 82 : extends_ || embeds ? 86 : serving ? 72 : 50, () => {
      // "India's Border Security Force": a state's body, named with the state's possessive before it, which is a
      // name of it too ("France's Ministry of the Armed Forces").
      const possessive = POSSESSIVE_BEFORE.exec(this.text.slice(Math.max(0, at - 40), at));
      // "U.S. Africa Command", "US Southern Command": a state's name bare before a body of a state's is its owner too.
      const qualified = STATE_BODY_HEAD.test(phrase)
        ? NAME_BEFORE.exec(this.text.slice(Math.max(0, at - 40), at))
        : null;
      const owned = possessive ?? qualified;
      const owner = this.stateOf(owned?.[2]);
      const aliases = [named !== phrase ? named : '', owner ? `${owned![1]}${phrase}` : ''].filter(Boolean);
      this.addOrganization(key, phrase, category, aliases);
      // "the Army of Nicaragua", "the Royal Solomon Islands Police Force": a state's service wherever its name stands.
      if (
        state &&
        (phrase.startsWith(stateName(state)) ||
          /Embassy|Government/.test(phrase) ||
          (STATE_SERVICE.test(phrase) && category !== 'ARMED_GROUP') ||
          // "US Southern Command": a body of a state's that opens on the state's name.
          (STATE_BODY_HEAD.test(phrase) && category !== 'ARMED_GROUP' && this.stateOf(phrase.split(' ')[0]) === state))
      )
        this.entities.link('partOf', key, this.entities.state(state).key);
      // "Germany's ThyssenKrupp Marine Systems": a company is in its state, not part of it (companies.json).
      else if (!state && owner && COMPANY_NAME.test(phrase))
        this.entities.link('locatedIn', key, this.entities.state(owner).key);
      else if (!state && owner && !['ARMED_GROUP', 'THINK_TANK'].includes(category))
        this.entities.link('partOf', key, this.entities.state(owner).key);
      // "the Federal Foreign Office", "the Federal Police" in a text its heading places in Berlin: a state's body
      // that names no state is the home state's.
      else if (
        !state &&
        !un &&
        // "the Office of the United Nations High Commissioner for Refugees" is the UN's, not the home state's.
        !/\b(?:United Nations|UN|U\.N\.)(?![\p{L}])/u.test(phrase) &&
        this.homeState &&
        HOME_BODY.test(phrase) &&
        !['ARMED_GROUP', 'THINK_TANK'].includes(category)
      ) {
        this.entities.link('partOf', key, this.entities.state(this.homeState).key);
        // "The ship was detained by the Federal Police": in its own government's words, the home state's police
        // act for the government speaking, neither a voice of their own nor whom it speaks against.
        if (/\b(?:Police|Gendarmerie)\b/.test(phrase) && !/Ministry|Department/.test(phrase)) {
          this.entities.mention(key, { start: at, end: at + named.length }, this.text, true);
          return [];
        }
      }
      // "In Islamabad, Foreign Office spokeswoman ...": a state's body that names no state, in a sentence opening on a
      // capital, is that capital's state's.
      else if (!state && !un && HOME_BODY.test(phrase) && !['ARMED_GROUP', 'THINK_TANK'].includes(category)) {
        const seat = this.openerState(at);
        if (seat) this.entities.link('partOf', key, this.entities.state(seat).key);
      }
      if (un || unBody)
        this.entities.link(
          'partOf',
          key,
          this.addOrganization('org:united-nations', 'United Nations', 'UN_BODY', ['UN', 'U.N.'], 'Q1065').key,
        );
      return [this.mentionOf(key, at, named.length, 'name')];
    });
  }

  /**
   * Bodies named in lower case by what they are: "the joint boundary commission", "a joint working group on
   * fisheries", "opposition senators", "Argentine lawmakers", "human rights groups". The text's words are the name; a
   * state's lawmakers or its opposition do not speak for the state, so none is PART_OF it. They are recorded where no
   * name was found, without being mentions that claims are read from: a description is too loose to say who spoke,
   * unless it opens its sentence as the subject of a reporting verb ("Human rights groups accuse the army of ...",
   * "Opposition lawmakers have criticised ..."): then the group speaks, and its mention is returned.
   */
  private describedBodies(mentions: Mention[]): Mention[] {
    const speaking: Mention[] = [];
    for (const [re, category] of DESCRIBED_BODIES)
      for (const m of matches(this.text, re)) {
        // "several Pacific governments" are the Pacific governments, however many.
        const name = m[0]
          .replace(/^(?:[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther) /, '')
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
        const span = { start: m.index!, end: m.index! + m[0].length };
        if (
          mentions.some((o) => o.start < span.end && span.start < o.end && this.entities.get(o.key)?.type !== 'State')
        )
          continue;
        const key = makeKey('org', name);
        this.addOrganization(key, name, category, [m[0]]);
        const before = this.text.slice(Math.max(0, span.start - 60), span.start);
        // The subject of a reporting verb opening a sentence, or the agent of a charge in the passive ("⟨B⟩ has been
        // accused by ...").
        const opens = /(?:^|[.!?:]["”]?\s+|\n\s*)$/.test(before) && GROUP_REPORTS.test(this.text.slice(span.end));
        const agent = /\b(?:was|were|been|is|are) (?:\w+ )?\w+ed by $/.test(before);
        if (category !== 'NEWS_AGENCY' && (opens || agent))
          speaking.push(this.mentionOf(key, span.start, span.end - span.start, 'phrase'));
        else this.entities.mention(key, span, this.text, false);
      }
    return speaking;
  }

  /**
   * "Parliament", "Congress", "the Senate", "the Diet" named bare in capitals, in a text that speaks for a state or is
   * about one: that state's legislature ("Parliament of Romania", the bare word its alias). Recorded without being a
   * mention claims are read from (who speaks for a legislature is its members, not the state), and not where the word
   * is part of a name ("the British Parliament", "Members of Parliament", "the State Duma").
   */
  private legislatures(mentions: Mention[]) {
    // "placed before Parliament" in a story datelined in a state's capital: that state's, as "the government" is read.
    const code = this.homeState ?? this.topicState() ?? datelineState(this.text);
    if (!code) return;
    const re =
      /(?<!\b(?:of|of the|(?!The\b)\p{Lu}[\p{L}’'-]*) )(?:Parliament|Congress|(?<=\b[Tt]he )(?:Senate|Diet))(?! (?:of |\p{Lu}))(?![\p{L}’'-])/gu;
    for (const m of matches(this.text, re)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (mentions.some((o) => o.start < span.end && span.start < o.end)) continue;
      if (this.inHeading(m.index!)) continue;
      const state = this.entities.state(code);
      const name = `${m[0]} of ${state.name}`;
      const key = makeKey('org', name);
      this.addOrganization(key, name, 'GOVERNMENT_BODY', [m[0]]);
      this.entities.link('partOf', key, state.key);
      this.entities.mention(key, span, this.text, false);
    }
  }

  /**
   * A state's organs named by a common noun (organs.ts): "the Irish government", "the cabinet", "Russian forces",
   * "our forces". Each is recorded as an organization PART_OF its state, named by the text's words, without being the
   * mention claims are read from, and only once they are read: what they say or do their state says or does, as the
   * older gold has it, and no rule reads the words as a party of their own. A phrase
   * another body's name already covers ("the Government of National Unity") is that body.
   */
  private organs(mentions: Mention[]) {
    const clear = () => this.homeState ?? this.topicState() ?? datelineState(this.text);
    for (const f of organsIn(this.text, demonyms, names, capitals)) {
      if (mentions.some((o) => o.start < f.end && f.start < o.end && !o.key.startsWith('state:'))) continue;
      // "the Indian Navy ... the navy": a service bare after one named by that word is the one named (shortForms).
      if (f.form === 'bare' && f.organ.service && this.serviceNamedBefore(f.noun, f.start, mentions)) continue;
      const code =
        f.form === 'qualified'
          ? (this.stateOf(f.demonym) ?? this.stateOf(f.possessive) ?? this.stateOf(f.named) ?? this.stateOf(f.seat))
          : f.form === 'own' || f.form === 'home'
            ? this.homeState
            : f.form === 'pronoun'
              ? this.pronounState(f.start)
              : clear();
      if (!code) continue;
      const state = this.entities.state(code);
      const branch = MILITARY_BRANCHES.find((b) => b === f.noun.toLowerCase());
      const { key, name } = f.organ.service
        ? serviceOf(state.name, branch ?? f.organ.service)
        : { key: `org:${slug(state.name)}-${f.organ.slug}`, name: `${f.organ.name} of ${state.name}` };
      const words = f.words ?? this.text.slice(f.start, f.end);
      // "government" alone is a name of it; "forces" alone names no one.
      const noun = f.organ.service && f.form === 'qualified' ? [] : [f.noun];
      this.addOrganization(key, name, f.organ.category, [...new Set([words, ...noun])]);
      this.entities.link('partOf', key, state.key);
      this.entities.mentionAfterClaims(key, { start: f.start, end: f.end });
      this.entities.organs.push({ key, state: state.key, start: f.start, end: f.end, service: !!f.organ.service });
    }
  }

  /**
   * "The United Nations Special Rapporteur says ...", "no reference to the High Representative", "a panel of experts
   * told the Council" (posts.ts): the office of a post named with no holder, and a body set up to inquire named in
   * lower case, each an organization named by the text's words; a post named again bare ("the Special Rapporteur") is
   * the one named before. Recorded without being mentions claims are read from, as organs are.
   */
  private posts(mentions: Mention[]) {
    // "United Nations" opening a post's name, or "the Secretary-General" whose post it is, is a word of it.
    const inside = new Set(['org:united-nations', 'org:un-secretary-general']);
    const overlaps = (start: number, end: number) =>
      mentions.some((o) => o.start < end && start < o.end && !o.key.startsWith('state:') && !inside.has(o.key));
    const named = new Map<string, string>();
    for (const f of unheldPostsIn(this.text)) {
      if (overlaps(f.start, f.end) || titleCase(this.text, f.start)) continue;
      const name = f.words.replace(/^the /, '');
      const key = (name === f.post && named.get(f.post)) || makeKey('org', name);
      if (!named.has(f.post)) named.set(f.post, key);
      const un = /United Nations|\bUN\b|U\.N\.|Secretary-General/.test(name);
      this.addOrganization(key, name, un ? 'UN_BODY' : 'OTHER', [name]);
      this.entities.mentionAfterClaims(key, { start: f.start, end: f.end });
    }
    for (const f of inquiriesIn(this.text)) {
      if (overlaps(f.start, f.end)) continue;
      const key = makeKey('org', f.words);
      this.addOrganization(key, f.words, 'OTHER');
      this.entities.mentionAfterClaims(key, { start: f.start, end: f.end });
    }
  }

  /** Whether a body whose name holds the word of a service ("navy") is named before `at`. */
  private serviceNamedBefore(noun: string, at: number, mentions: Mention[]): boolean {
    const word = noun.toLowerCase();
    return mentions.some((o) => {
      const record = this.entities.get(o.key);
      return o.end <= at && record?.type === 'Organization' && record.name.toLowerCase().includes(word);
    });
  }

  /**
   * "the separatists", "the armed groups", "the secessionists of South Kasai", "Iran's proxies" (fighters.ts): an armed
   * side named by a common noun, a body of its own named by the text's words, whose state is the text's (where it
   * fights), the place named after "of", or its patron's. Recorded without being a mention claims are read from, as
   * organs are: the rules read these words where they charge or name a party already.
   */
  private commonGroups(mentions: Mention[]) {
    for (const f of commonGroupsIn(this.text, names)) {
      // The noun itself is no other body's words; a place after "of" is its own mention.
      const nounEnd = f.start + f.words.indexOf(f.noun) + f.noun.length;
      if (mentions.some((o) => o.start < nounEnd && f.start < o.end && !o.key.startsWith('state:'))) continue;
      const noun = f.noun.charAt(0).toUpperCase() + f.noun.slice(1);
      const code =
        f.form === 'patron'
          ? this.stateOf(f.patron)
          : f.form === 'pronoun'
            ? this.pronounState(f.start)
            : f.form === 'topic'
              ? (this.homeState ?? this.topicState() ?? datelineState(this.text))
              : undefined;
      // A patron's group needs its patron; "the separatists" of a text about no one state are still the ones it names.
      if ((f.form === 'patron' || f.form === 'pronoun') && !code) continue;
      const state = code ? this.entities.state(code) : undefined;
      const name = !state ? f.words : f.form === 'topic' ? `${noun} in ${state.name}` : `${noun} of ${state.name}`;
      const key = makeKey('org', state ? `${state.name} ${f.noun}` : f.words);
      // No PART_OF: separatists are not their state's organ, nor proxies their patron's.
      this.addOrganization(key, name, 'ARMED_GROUP', [...new Set([f.noun, f.words])]);
      this.entities.mentionAfterClaims(key, { start: f.start, end: f.end });
    }
  }

  /**
   * "the OSCE monitors", "AU observers", "IAEA inspectors": the people a body sends to watch, a body of their own (its
   * monitoring mission) named by the text's words, part of the body. Recorded without being a mention claims are read
   * from: what they report, the body reports, as the rules read it.
   */
  private bodyMonitors(mentions: Mention[]) {
    for (const body of mentions) {
      if (this.entities.get(body.key)?.type !== 'Organization') continue;
      const after = BODY_MONITORS.exec(this.text.slice(body.end, body.end + 40));
      if (!after) continue;
      const words = this.text.slice(body.start, body.end + after[0].length);
      const key = makeKey('org', words);
      this.addOrganization(key, words, 'OTHER', []);
      this.entities.link('partOf', key, body.key);
      this.entities.mentionAfterClaims(key, { start: body.start, end: body.end + after[0].length });
    }
  }

  /** Whether the text names someone in full by this surname ("Nicolás Maduro"), a given name before it. */
  private namedInFull(surname: string): boolean {
    return matches(this.text, new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+) ${escapeRegExp(surname)}${E}`, 'gu')).some(
      (m) => !NOT_LEADING.has(m[1]!) && !STATE_FORMS.has(m[1]!),
    );
  }

  /**
   * "The United States is a strategic partner and the embassy was informed": "the embassy" in a state's own statement
   * or briefing, no embassy named before it, is the embassy of the other state its sentence or the one before names
   * last, in the speaking state's capital. Recorded without being a mention claims are read from.
   */
  private bareEmbassies(mentions: Mention[]) {
    const home = this.homeState;
    if (!home) return;
    for (const m of matches(this.text, /(?<=\b[Tt]he )[Ee]mbassy(?! of\b| in\b)(?![\p{L}’'-])/gu)) {
      const at = m.index!;
      if (mentions.some((o) => o.start < at + m[0].length && at < o.end)) continue;
      if (mentions.some((o) => o.start < at && /embassy/.test(o.key))) continue;
      const sentence = Math.max(this.text.lastIndexOf('\n', at), this.text.lastIndexOf('. ', at));
      const before = Math.max(this.text.lastIndexOf('\n', sentence - 1), this.text.lastIndexOf('. ', sentence - 1), 0);
      const other = mentions
        .filter((o) => o.start >= before && o.end <= at && o.key.startsWith('state:') && o.key !== `state:${home}`)
        .pop();
      if (!other) continue;
      const state = this.entities.get(other.key)!;
      const key = makeKey('org', `Embassy of ${state.name}`);
      this.addOrganization(key, `Embassy of ${state.name}`, 'GOVERNMENT_BODY', [m[0]]);
      this.entities.link('partOf', key, other.key);
      this.entities.mention(key, { start: at, end: at + m[0].length }, this.text, false);
    }
  }

  /**
   * "Ian Smith's government", "Francisco Franco's regime", "the Maduro regime": a government named after the person at
   * its head, a body of its own named by the text's words. A name of one word is a leader's only where the text names
   * someone in full by it ("Nicolás Maduro" before "the Maduro regime"); a state's or a known body's name is not one.
   * Recorded without being a mention claims are read from, so that the leader stays the person the text names.
   */
  private leaderGovernments(mentions: Mention[]) {
    const word = '\\p{Lu}[\\p{L}-]+';
    const re = new RegExp(
      `${B}(?:(?<owner>${word}(?: ${word}){0,2})[’']s|(?<=${B}[Tt]he )(?<surname>${word})) (?:${LEADER_NOUNS})${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const written = m.groups!.owner ?? m.groups!.surname!;
      const words = written.split(' ');
      const lead = words.findIndex((w) => !NOT_LEADING.has(w));
      const leader = words.slice(lead < 0 ? words.length : lead).join(' ');
      // "President Salva Kiir's government": the leader's title is a word of the name, no word of the person's.
      const title = new RegExp(`^(?:${LEADER_TITLES}) (?=\\p{Lu})`, 'u').exec(leader);
      const person = title ? leader.slice(title[0].length) : leader;
      if (!person || STATE_FORMS.has(person) || KNOWN_ORGANIZATION_NAMES.has(person)) continue;
      if (person.split(' ').some((w) => STATE_FORMS.has(w) || NOT_PLACES.has(w))) continue;
      const last = person.split(' ').pop()!;
      // A surname alone, named in full elsewhere; an acronym ("the CAR government") is a state's or a body's.
      if (!person.includes(' ') && (/^\p{Lu}+$/u.test(person) || !this.namedInFull(last))) continue;
      const start = m.index! + m[0].indexOf(leader);
      const end = m.index! + m[0].length;
      if (mentions.some((o) => o.start < end && start < o.end)) continue;
      const name = this.text.slice(start, end);
      const key = makeKey('org', name);
      this.addOrganization(key, name, 'GOVERNMENT_BODY', []);
      this.entities.mention(key, { start, end }, this.text, false);
    }
  }

  /**
   * "Speaking on behalf of the Nordic countries", "on behalf of the three Baltic States", "the European Union members
   * of the Council", "the Nordic-Baltic Eight": a group of states a delegate speaks for, as UN coverage names it. It is
   * recorded by its name without the number (kept as an alias) and without being a mention claims are read from: the speaker module reads who
   * speaks for whom, and a body the text knows by name ("the Arab Group") is already its own mention.
   */
  private groupsSpokenFor(mentions: Mention[]) {
    for (const m of matches(this.text, GROUP_SPOKEN_FOR)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (mentions.some((o) => o.start === span.start && o.end === span.end)) continue;
      const bare = m[0].replace(new RegExp(`^(?:${COUNTS}) `), '');
      const key = makeKey('org', bare);
      this.addOrganization(key, bare, 'OTHER', [m[0]]);
      this.entities.mention(key, span, this.text, false);
    }
  }

  /**
   * "Pakistan's interior minister", "the Philippine Defence Secretary", "Russian deputy foreign minister": a state's
   * minister for a field speaks for a ministry of that field, which the text names by naming its minister. It is
   * recorded as the ministry the gazetteer knows (MINISTRIES) or "Ministry of ⟨Field⟩", without being a mention
   * claims are read from: the minister, not the ministry, is who speaks. Only an unnamed minister: one named is a
   * person the text speaks of, and the ministry goes without saying.
   */
  private ministriesOfMinisters() {
    const fields =
      'foreign|defence|defense|interior|information|finance|justice|health|trade|energy|economy|agriculture|fisheries|transport|education|environment|labour|labor|industry|communications|culture|security';
    const re = new RegExp(
      `${B}${STATE_QUALIFIER} (?:(?:deputy|acting|former|state|junior) )?(?<field>${fields}|${fields.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}) (?:minister|Minister|secretary|Secretary)${E}`,
      'gu',
    );
    const unnamed = (m: RegExpMatchArray) =>
      !/^,? (?:\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}/u.test(
        this.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40),
      ) && !/\p{Lu}[\p{L}-]+, (?:the |a )?$/u.test(this.text.slice(Math.max(0, m.index! - 40), m.index!));
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym) ?? this.stateOf(g.possessive);
      // A minister named ("Pakistan's interior minister, Ali Khan,") is the person the text speaks of.
      if (!code || !unnamed(m)) continue;
      const state = STATES.get(code)!;
      const field = g.field!.toLowerCase();
      const known = MINISTRIES.find((k) => k.fields.some((f) => f.toLowerCase() === field));
      const title = field.replace(/^\p{L}/u, (c) => c.toUpperCase());
      const key = `org:${slug(state.name)}-${known?.slug ?? slug(`ministry of ${field}`)}`;
      const name = `${known?.name ?? `Ministry of ${title}`} of ${state.name}`;
      this.addOrganization(key, name, 'MINISTRY', [m[0]]);
      this.entities.link('partOf', key, this.entities.state(code).key);
      this.entities.mention(key, { start: m.index!, end: m.index! + m[0].length }, this.text, false);
    }
    // "India's army chief said": the chief of a state's service, unnamed, names the service.
    const chief = new RegExp(`${B}${STATE_QUALIFIER} (?<branch>army|navy|air force|military) chief${E}`, 'gu');
    for (const m of matches(this.text, chief)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym) ?? this.stateOf(g.possessive);
      if (!code || !unnamed(m)) continue;
      const state = STATES.get(code)!;
      const { key, name } = serviceOf(state.name, g.branch!);
      this.addOrganization(key, name, 'MILITARY', [m[0]]);
      this.entities.link('partOf', key, this.entities.state(code).key);
      this.entities.mention(key, { start: m.index!, end: m.index! + m[0].length }, this.text, false);
    }
  }

  /** "the Ukrainian city of Kharkiv"; a capital where something happens ("traveled to Pyongyang") is a city. */
  private places() {
    const re = new RegExp(
      `(?:the )?(?<demonym>${demonyms}) (?<category>city|town|village|port|region|province|capital) of (?<place>[A-Z][\\p{L}’'-]+(?:(?: (?:${PARTICLES}))? [A-Z][\\p{L}’'-]+)?)`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const g = m.groups!;
      const code = this.stateOf(g.demonym)!;
      const start = m.index! + m[0].lastIndexOf(g.place!);
      this.candidate(m.index!, m.index! + m[0].length, 75, () => {
        const key = this.place(g.place!, /region|province/.test(g.category!) ? 'REGION' : 'CITY', code);
        this.stateInside(code, m, 'demonym');
        return [this.mentionOf(key, start, g.place!.length, 'name')];
      });
    }
    // "the island of Vaindloo", "the border town of Ramtha", "the departments of Alibori and Atacora", "the port of
    // Beirut", "the former Portuguese territories of Goa, Daman and Diu": a word for a place, qualified or owned by a
    // people or not, then its name (a capital too: the port of a capital is a city).
    const name = `\\p{Lu}[\\p{L}’'-]+(?:(?: (?:${PARTICLES}) | | (?:al|el)-)\\p{Lu}[\\p{L}’'-]+){0,2}`;
    const cityOf = new RegExp(
      `\\b[Tt]he (?:(?:${PLACE_QUALIFIERS.join('|')}|${demonyms}) ){0,2}(?<category>${PLACE_KINDS.join('|')}) of (?<list>${listOf(name)})`,
      'gu',
    );
    for (const m of matches(this.text, cityOf)) {
      const g = m.groups!;
      const category = /region|province|state|department|district|territor|colon|enclave|protectorate/.test(g.category!)
        ? 'REGION'
        : 'CITY';
      for (const place of namesIn(g.list!)) {
        const form = this.formOf(place);
        if ((form && form.role !== 'capital') || place.split(' ').some((w) => NOT_PLACES.has(w))) continue;
        const start = m.index! + m[0].lastIndexOf(place);
        this.candidate(start, start + place.length, 55, () =>
          form
            ? [this.mentionOf(this.place(place, 'CITY', form.code), start, place.length, 'name')]
            : this.newPlace(place, category, start),
        );
      }
    }
    // "the authorities in Bangui" are the government's, not a city's.
    // "In Moscow, the spokesman said", "will leave for Beijing", "will visit Dhaka and Bangkok": each a city; not the
    // first word of a longer name ("a historian at Cairo University"), which is the name's.
    const at = new RegExp(
      `${B}(?<!(?:authorities|government|leadership|regime|officials|junta) )(?:[Ii]n|to|from|at|near|outside|visit|visits|visited|visiting|arrived in|(?:leave|leaves|left|leaving|depart|departs|departed|departing|head|heads|headed|bound) for) (?<place>${capitals})(?:,? and (?<also>${capitals}))?${E}(?! (?!(?:${CALENDAR_WORDS})${E})\\p{Lu})`,
      'gu',
    );
    for (const m of matches(this.text, at)) {
      for (const place of [m.groups!.place!, m.groups!.also].filter((p): p is string => !!p)) {
        const start =
          m.index! + (place === m.groups!.place ? m[0].indexOf(place, m[0].indexOf(' ')) : m[0].lastIndexOf(place));
        const code = this.stateOf(place)!;
        this.candidate(start, start + place.length, 60, () => {
          const key = this.place(place, 'CITY', code);
          return [this.mentionOf(key, start, place.length, 'name')];
        });
      }
    }
    // "drones over Kyiv", "the road into Kabul", "the outskirts of Khartoum": a capital passed over, into or through is
    // the city, not its government; "influence over Moscow" and "a row over Beijing's ..." are about the government.
    const { cues, notOver, namesakes } = CAPITAL_CUES;
    const passed = new RegExp(
      `(?<!\\b(?:${alternation(notOver)}) over )(?<=${B}(?:${alternation(cues)}) )(?<place>${capitals})${E}(?![’']s)`,
      'gu',
    );
    for (const m of matches(this.text, passed)) {
      const place = m.groups!.place!;
      this.candidate(m.index!, m.index! + place.length, 60, () => [
        this.mentionOf(this.place(place, 'CITY', this.stateOf(place)!), m.index!, place.length, 'name'),
      ]);
    }
    // "handed over in Djibouti", "a researcher in Singapore": a state whose capital bears its name names the city too,
    // recorded beside the state, which stays the mention (the state may still be a claim's party).
    const namesake = new RegExp(
      `(?<=${B}(?:${alternation(namesakes)}) )(?<place>${alternation(NAMESAKE_CAPITALS.keys())})${E}(?![’']s)`,
      'gu',
    );
    for (const m of matches(this.text, namesake)) {
      const place = m.groups!.place!;
      const span = { start: m.index!, end: m.index! + place.length };
      this.entities.mention(this.place(place, 'CITY', NAMESAKE_CAPITALS.get(place)!), span, this.text, false);
    }
    // "found in North Darfur and Khartoum": a capital joined by "and" to a place where something happened is a city.
    const joinedCapital = new RegExp(
      `${B}(?<=\\b(?:in|near|at|around|outside) (?:${PROPER} ){1,2}and )(?<place>${capitals})${E}(?! [A-Z])`,
      'gu',
    );
    for (const m of matches(this.text, joinedCapital)) {
      const place = m.groups!.place!;
      const before = /(?:\S+ ){1,2}and $/u.exec(this.text.slice(Math.max(0, m.index! - 40), m.index!))![0];
      // "in Sudan and Khartoum" is two names of one state's; only a place's name before makes the capital a city.
      if (before.split(' ').some((w) => STATE_FORMS.has(w))) continue;
      this.candidate(m.index!, m.index! + place.length, 60, () => {
        const key = this.place(place, 'CITY', this.stateOf(place)!);
        return [this.mentionOf(key, m.index!, place.length, 'name')];
      });
    }
    // "in North and South Kivu", "North and South Darfur": the first point of the compass shares the name after the
    // second, a region of its own; "North and South Korea" are two states.
    const compassPair = new RegExp(
      `${B}(?<first>${PLACE_COMPASS.join('|')}) and (?<second>(?:${PLACE_COMPASS.join('|')}) (?<name>${PROPER}))${E}(?! [A-Z\\d])`,
      'gu',
    );
    for (const m of matches(this.text, compassPair)) {
      const { first, second, name } = m.groups as { first: string; second: string; name: string };
      const place = `${first} ${name}`;
      const form = this.formOf(place);
      if (form?.role === 'demonym' || this.formOf(name)?.role === 'demonym' || NOT_PLACES.has(name)) continue;
      // The second is a region of its own wherever the pair stands ("reached North and West Darfur").
      const at = m.index! + m[0].length - second.length;
      if (!this.formOf(second)) this.candidate(at, at + second.length, 46, () => this.newPlace(second, 'REGION', at));
      // The mention is the first word alone, a phrase: "North" is no other name of the region or the state.
      this.candidate(m.index!, m.index! + first.length, 46, () => {
        const key = form ? this.entities.state(form.code).key : makeKey('place', place);
        if (!form) this.entities.add(key, 'Place', place, { category: 'REGION' });
        return [this.mentionOf(key, m.index!, first.length, 'phrase')];
      });
    }
    // "North Darfur", "West Darfur", "Western Australia": a point of the compass before a name is a region of its
    // own, not a state's name ("North Korea") nor a people's ("South Korean"); a body's name wins ("Central Bank").
    // Only where a place is said to be: after a word of where ("into South Kivu", "across Central Asia"), not in a
    // post's field ("Assistant Secretary-General for Europe, Central Asia and the Americas").
    const compass = new RegExp(
      `(?<=\\b(?:[Ii]n|[Ii]nto|[Nn]ear|[Aa]cross|[Ff]rom|to|of|[Aa]round|[Oo]utside|[Tt]hroughout|[Aa]t|[Tt]owards?|[Tt]hrough|[Oo]ver|[Ww]ithin) (?:the )?)(?<place>(?:${PLACE_COMPASS.join('|')}) (?!(?:${CALENDAR_WORDS})\\b)${PROPER})${E}(?! [A-Z\\d])(?!-)`,
      'gu',
    );
    for (const m of matches(this.text, compass)) {
      const place = m.groups!.place!;
      const second = place.slice(place.indexOf(' ') + 1);
      if (STATE_FORMS.has(place) || this.formOf(second)?.role === 'demonym' || NOT_PLACES.has(second)) continue;
      this.candidate(m.index!, m.index! + place.length, 45, () => this.newPlace(place, 'REGION', m.index!));
    }
    // "the authorities in Minsk", "the junta in Bamako": the government's, read as the state, but the capital is
    // still a city the text names; it is recorded without being the mention.
    const seat = new RegExp(
      `${B}(?<=(?:authorities|government|leadership|regime|officials|junta) in )(?<place>${capitals})${E}`,
      'gu',
    );
    for (const m of matches(this.text, seat)) {
      const place = m.groups!.place!;
      this.entities.mention(
        this.place(place, 'CITY', this.stateOf(place)!),
        { start: m.index!, end: m.index! + place.length },
        this.text,
        false,
      );
    }
    // "the Gaza Strip", "the Red Sea", "Second Thomas Shoal": a capitalised name with a word for a place; not when a
    // name goes on ("the Pacific Islands Forum", "the Solomon Islands Police Force" are bodies).
    const named = new RegExp(`${B}(?<place>(?:${PROPER} ){1,3}(?:${PLACE_WORDS.join('|')}))${E}(?! [A-Z])`, 'gu');
    for (const m of matches(this.text, named)) {
      const place = m.groups!.place!.replace(/^The /, '');
      const start = m.index! + m[0].length - place.length;
      if (place.split(' ').some((w) => NOT_PLACES.has(w))) continue;
      const category = /Strip|Bank|Oblast|Province|Region|Governorate|Valley|Desert|Basin|Peninsula|Heights/.test(place)
        ? 'REGION'
        : 'OTHER';
      this.candidate(start, start + place.length, 70, () => this.newPlace(place, category, start));
    }
    // "Lake Chad", "Mount Hermon", "the Panj river", "the Grand Ethiopian Renaissance Dam": a name opened or closed by
    // a word for a place, which wins over a state's name inside it; not when a name goes on ("the Mano River Union").
    const framed = new RegExp(
      `${B}(?<place>(?:${alternation(PLACE_OPENERS)}) ${PROPER}(?: ${PROPER})?|(?:${alternation(PLACE_OPENERS_OF)}) of (?:the )?${PROPER}(?: ${PROPER})?|${PLACE_NAME} (?:${alternation(PLACE_CLOSERS)}))${E}(?! [A-Z])`,
      'gu',
    );
    for (const m of matches(this.text, framed)) {
      // A sentence's "The" is no word of the name: "The Lobito corridor".
      const place = ownedPlace(m.groups!.place!.replace(/^The /, ''));
      // "Air Force Base Waterkloof": a base named after its kind is a place, not the service its words name.
      const base = PLACE_OPENERS.find((o) => o.includes(' ') && place.startsWith(`${o} `));
      // "Langley Air Force Base", "Minsk National Airport": the words of a site's kind after its name are no words of
      // the name, whatever a body's or a title's word among them ("Force", "National").
      const kind = PLACE_CLOSERS.find((c) => c.includes(' ') && place.endsWith(` ${c}`));
      const own = base ? place.slice(base.length + 1) : kind ? place.slice(0, -kind.length - 1) : place;
      if (own.split(' ').some((w) => NOT_PLACES.has(w)) || !/^\p{Lu}/u.test(place)) continue;
      // "a Ukrainian village", "the Thai causeway": a state's demonym says whose the place is, not its name.
      if (this.formOf(own.replace(/(?: \p{Ll}+)+$/u, ''))?.role === 'demonym') continue;
      // "Port Moresby", "Port Louis": a capital, read as its state's.
      if (this.formOf(place)) continue;
      const start = m.index! + m[0].length - place.length;
      // A word in lower case is no part of the name: "the Qosh Tepa canal" is also "Qosh Tepa".
      const closer = PLACE_CLOSERS.find((c) => c === c.toLowerCase() && place.endsWith(` ${c}`));
      const aliases = closer ? [place.slice(0, -closer.length - 1)] : [];
      this.candidate(start, start + place.length, base ? 85 : 77, () => this.newPlace(place, 'OTHER', start, aliases));
    }
    // A dateline in a heading: "Ministry of Foreign Affairs, Athens, 9 July 2026", "Taipei, 10 September 2026", the
    // weekday given too and the heading going on after the date ("Government Press Conference, Berlin, Monday, 6
    // October 2025, with ...", "Prime Minister's Office, Tokyo, Monday, December 8, 2025").
    const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
    const dateline = new RegExp(
      `(?:^|, )(?!${weekday}\\b)(?<place>${PROPER}(?: ${PROPER}){0,2}), (?:${weekday}, )?(?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2},?) \\d{4}(?:[ \\t]*$|(?<goesOn>,))`,
      'gmu',
    );
    const headingEnd = this.text.trimStart().indexOf('\n') + this.text.length - this.text.trimStart().length;
    for (const m of matches(this.text, dateline)) {
      // A heading that goes on after its date is the text's first line, not a sentence that names a date.
      if (m.groups!.goesOn && m.index! > headingEnd) continue;
      const place = m.groups!.place!;
      const start = m.index! + m[0].indexOf(place);
      const form = this.formOf(place);
      if ((form && form.role !== 'capital') || place.split(' ').some((w) => NOT_PLACES.has(w))) continue;
      this.candidate(start, start + place.length, 62, () =>
        form
          ? [this.mentionOf(this.place(place, 'CITY', form.code), start, place.length, 'name')]
          : this.newPlace(place, 'CITY', start),
      );
    }
    // A wire story's dateline in capitals: "PORT-AU-PRINCE, April 14 - ...", "SAN SALVADOR, 16 March (Reuters) -".
    const wireDateline = new RegExp(
      `^(?<place>\\p{Lu}[\\p{Lu}’'.-]*(?: \\p{Lu}[\\p{Lu}’'.-]*){0,2}), (?:${MONTH}\\.? \\d{1,2}|\\d{1,2} ${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2})\\b`,
      'gmu',
    );
    for (const m of matches(this.text, wireDateline)) {
      const written = m.groups!.place!;
      // The city's name as written in running text: "Port-au-Prince", "San Salvador".
      const place = written
        .toLowerCase()
        .replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
        .replace(/-(Au|Aux|De|Du|La|Le|Les|Es|Da|Do|Sur|En)-/g, (w) => w.toLowerCase());
      const form = this.formOf(place);
      if ((form && form.role !== 'capital') || place.split(' ').some((w) => NOT_PLACES.has(w))) continue;
      this.candidate(m.index!, m.index! + written.length, 62, () => {
        const key = form ? this.place(place, 'CITY', form.code) : makeKey('place', place);
        if (!form) this.entities.add(key, 'Place', place, { category: 'CITY' });
        return [this.mentionOf(key, m.index!, written.length, 'name')];
      });
    }
    // "the Donbas region", "the Kharkiv and Dnipropetrovsk regions", "the Far North region", "Nigeria's Borno State":
    // the region by its name, the phrase with its word kept as an alias ("the Sagaing region" is also "Sagaing").
    // "the Qacha's Nek district": a possessive inside the name is the name's, a state's before it its owner's.
    const regionName = `${PROPER}(?:(?: |['’]s )${PROPER}){0,2}`;
    const regions = new RegExp(
      `${B}(?<a>${regionName})(?: and (?<b>${regionName}))? (?<word>${alternation(PLACE_DIVISIONS)}|(?<=(?:\\b[Ii]n|[’']s) \\S+(?: \\S+)? )State)${E}`,
      'gu',
    );
    for (const m of matches(this.text, regions)) {
      const word = m.groups!.word!.replace(/ies$/, 'y').replace(/s$/, '');
      for (const [i, written] of [m.groups!.a!, m.groups!.b].entries()) {
        if (!written) continue;
        // "Papua New Guinea's Sandaun province": an owner of more than one word, or after a capitalised word, is a
        // state's name, not the first word of the place's.
        const owned = /^(?<owner>.+?)['’]s (?<place>.+)$/u.exec(written)?.groups;
        const lead = this.text.slice(Math.max(0, m.index! - 20), m.index! + m[0].indexOf(written));
        const name =
          owned && (owned.owner!.includes(' ') || /\p{Lu}[\p{L}-]*\s$/u.test(lead))
            ? owned.place!
            : ownedPlace(written);
        if (name.split(' ').some((w) => NOT_PLACES.has(w)) || STATE_FORMS.has(name)) continue;
        const start = m.index! + m[0].indexOf(name, i === 0 ? 0 : m.groups!.a!.length);
        // A state of a federation is named with its word ("Kaduna State"); a region without it.
        const place = word === 'State' ? `${name} State` : name;
        this.candidate(start, start + place.length, 58, () =>
          this.newPlace(place, 'REGION', start, [`${name} ${word}`]),
        );
      }
    }
    // "in Darfur and Kordofan", "aid into El Fasher", "fighting around Goma", "a dhow off Mocha", "killed 17 villagers
    // at Rumamer", "power cuts in Erbil, Sulaimaniyah and Duhok", "north of Tuktoyaktuk", "off the coast of Musandam":
    // a name where something happens, or the place another lies from.
    const where = new RegExp(
      `${B}(?:(?:[Ii]n|into|near|around|outside|across|through|inside|towards?|off|at|between|(?:${COMPASS}) of|coast of) (?:the )?|(?<on>on) |(?<from>from|to|over) (?:the )?)(?<list>${listOf(PLACE_NAME)})${E}`,
      'gu',
    );
    // "Bucha, Mariupol and other Ukrainian towns", "Kadugli, Dilling and several besieged towns": names going on with
    // others of a word for a place are places, wherever the list stands.
    const others = new RegExp(
      `${B}(?<list>${PLACE_NAME}(?:, ${PLACE_NAME})*),? and (?:other|several|many|several other|many other|dozens of other) (?:[\\p{L}-]+ ){0,2}(?:${PLACE_KINDS.filter((k) => k.endsWith('s')).join('|')})${E}`,
      'gu',
    );
    for (const m of matches(this.text, others)) {
      if (this.inHeading(m.index!)) continue;
      for (const name of namesIn(m.groups!.list!).map(ownedPlace)) {
        if (name.split(' ').some((w) => NOT_PLACES.has(w)) || STATE_FORMS.has(name) || DEMONYM_SHAPE.test(name))
          continue;
        const start = m.index! + m[0].indexOf(name);
        this.candidate(start, start + name.length, 30, () => this.newPlace(name, 'OTHER', start));
      }
    }
    for (const m of matches(this.text, where)) {
      // "on Crete", "a base on Abu Musa", "fishermen from Izola", "towed them to Amapala", but not a heading's
      // "Statement on Military Exercises", "Council Fails to Adopt Draft", nor a name's own words ("the Path to
      // Normalization").
      const { on, from } = m.groups!;
      if (on && this.inHeading(m.index!)) continue;
      if (from && (this.inTitle(m.index!) || /\p{Lu}\p{Ll}*\s$/u.test(this.text.slice(0, m.index!)))) continue;
      // A heading's capitals are no list of places: "... at Ras Doumeira, While Eritrea Rejects Charges and Faults ...".
      const listed = namesIn(m.groups!.list!);
      for (const [i, name] of (this.inTitle(m.index!) ? listed.slice(0, 1) : listed).map(ownedPlace).entries()) {
        if (name.split(' ').some((w) => NOT_PLACES.has(w)) || STATE_FORMS.has(name)) continue;
        // A people's name, not a place's: "to Congolese troops", "over Taiwan, and Guatemalans have not forgotten".
        if ((on || from || i > 0) && DEMONYM_SHAPE.test(name)) continue;
        const start = m.index! + m[0].lastIndexOf(name);
        // "an embargo on ⟨Ahmed Ali Abdullah Saleh⟩, son of the former President": a person's, as what follows says.
        if (apposedPerson(this.text.slice(start + name.length, start + name.length + 80))) continue;
        this.candidate(start, start + name.length, 30, () => this.newPlace(name, 'OTHER', start));
      }
    }
  }

  /**
   * "Goa, Daman and Diu", "Sabah, Sarawak and Labuan": a name listed with places the text has read, which no rule read
   * as anything, is a place too, as lists join names of one kind. Only a list of three or more, whose other names
   * are all places, tells the kind.
   */
  private listedPlaces(mentions: Mention[]): Mention[] {
    const list = new RegExp(`${B}${PLACE_NAME}(?:, ${PLACE_NAME})+,? and ${PLACE_NAME}${E}`, 'gu');
    const added: Mention[] = [];
    const places = new Map(
      mentions
        .filter((o) => this.entities.get(o.key)?.type === 'Place')
        .map((o) => [fold(this.text.slice(o.start, o.end)), o.key] as const),
    );
    for (const m of matches(this.text, list)) {
      let at = m.index!;
      const items = namesIn(m[0]).map((name) => {
        const start = this.text.indexOf(name, at);
        at = start + name.length;
        const over = mentions.filter((o) => o.start < at && start < o.end);
        return { name, start, over };
      });
      const place = (o: Mention) => this.entities.get(o.key)?.type === 'Place';
      const read = items.filter((i) => i.over.length);
      if (this.inTitle(m.index!) || !read.every((i) => i.over.every(place) && i.over[0]!.start === i.start)) continue;
      // A place the text reads elsewhere ("crossed into Goa") is known wherever it is listed.
      const known = (name: string) => places.get(fold(name));
      if (!read.length && !items.some((i) => known(i.name))) continue;
      for (const { name, start, over } of items) {
        if (
          over.length ||
          name.split(' ').some((w) => NOT_PLACES.has(w)) ||
          this.formOf(name) ||
          DEMONYM_SHAPE.test(name)
        )
          continue;
        const key = known(name);
        added.push(key ? this.mentionOf(key, start, name.length, 'name') : this.newPlace(name, 'OTHER', start)[0]!);
      }
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }

  /** Whether a point of the text is in a line written in title case, a heading's: its capitals name nothing. */
  private inHeading(at: number): boolean {
    const { words, capitalised } = titleCaseWords(lineAt(this.text, at));
    return capitalised * 2 > words;
  }

  /** Whether a point of the text is in a heading in title case that ends as no sentence ends (a short line of names may). */
  private inTitle(at: number): boolean {
    return this.inHeading(at) && !/[.!?]["”’]?\s*$/u.test(lineAt(this.text, at));
  }

  /**
   * Regions, territories and seas of the gazetteer (places.json), named bare: "fighting in Tigray", "Republika
   * Srpska", and by a word that names one alone after "the": "the Gulf's suppliers", but not "the Gulf states".
   */
  private knownPlaces() {
    const forms = new Map(KNOWN_PLACES.flatMap((p) => [p.name, ...p.aliases].map((f) => [f, p] as const)));
    const bare = new Map(KNOWN_PLACES.flatMap((p) => (p.bare ?? []).map((f) => [f, p] as const)));
    const re = new RegExp(
      `${B}(?:${alternation(forms.keys())}|(?<=\\bthe )(?<bare>${alternation(bare.keys())})(?! of\\b| \\p{Lu}| (?:${alternation(PLACE_BARE_NOT_BEFORE)})\\b))${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const place = (m.groups?.bare ? bare : forms).get(m[0])!;
      // Below a body's name, so that "the Alliance of Sahel States" stays one name.
      this.candidate(m.index!, m.index! + m[0].length, 45, () => {
        const key = makeKey('place', place.name);
        // "the Atlantic" is the Atlantic Ocean, and the word alone another of its names.
        const aliases = m.groups?.bare ? [...place.aliases, m[0]] : place.aliases;
        this.entities.add(key, 'Place', place.name, { category: place.category }, aliases);
        if (place.state) this.entities.link('locatedIn', key, this.entities.state(place.state).key);
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
  }

  /**
   * "northern Iraq", "the eastern Mediterranean", "south-eastern Türkiye": a part of a state or of a known region
   * told by a point of the compass is a place of its own, inside the state, which the sentence still names.
   */
  private compassRegions() {
    const placeForms = alternation(KNOWN_PLACES.flatMap((p) => [p.name, ...p.aliases]));
    const re = new RegExp(
      `${B}(?<compass>(?:north|south|east|west)ern|(?:north|south)-(?:east|west)ern|central) (?<place>${names}|${placeForms})${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const { compass, place } = m.groups as { compass: string; place: string };
      const at = m.index! + compass.length + 1;
      this.candidate(m.index!, m.index! + m[0].length, 55, () => {
        const key = makeKey('place', m[0]);
        this.entities.add(key, 'Place', m[0], { category: 'REGION' });
        const state = this.formOf(place);
        const known = KNOWN_PLACES.find((p) => p.name === place || p.aliases.includes(place));
        const inside = state?.code || known?.state;
        if (inside) this.entities.link('locatedIn', key, this.entities.state(inside).key);
        // Inside a state, the sentence still names the state ("supplied to eastern Libya" is a transfer to Libya), so
        // its mention is the state's and the region is drafted beside it.
        if (!state?.code) return [this.mentionOf(key, m.index!, m[0].length, 'name')];
        this.entities.mention(key, { start: m.index!, end: m.index! + m[0].length }, this.text, true);
        return [this.mentionOf(this.entities.state(state.code).key, at, place.length, state.role)];
      });
    }
  }

  /**
   * "the Zaporizhzhia nuclear power plant", "Hmeimim air base", "the Giwa barracks", "the T4 air base": a site named
   * after the place it is in, or by a code; not a state's or a people's ("the Russian garrison").
   */
  private facilities() {
    const re = new RegExp(
      `${B}(?<place>(?:(?:${PROPER} ){1,2}|(?<=\\bthe )\\p{Lu}{1,2}\\d{1,3} )(?:${alternation(PLACE_FACILITIES)}))${E}(?! [A-Z])`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      // A sentence's "The" is no word of the name: "The Zaporizhzhia nuclear power plant".
      const place = m.groups!.place!.replace(/^The /, '');
      const start = m.index! + m[0].length - place.length;
      const name = place.slice(0, place.search(/ \p{Ll}/u));
      const owner = [name, name.split(' ')[0]!].map((n) => this.formOf(n)).find(Boolean);
      if (place.split(' ').some((w) => NOT_PLACES.has(w)) || (owner && owner.role !== 'capital')) continue;
      this.candidate(start, start + place.length, 76, () => this.newPlace(place, 'OTHER', start));
    }
  }

  /**
   * Treaties: those of the gazetteer by name or acronym ("the NPT", "the
   * Dayton Agreement"), and a capitalised name built on a word for one
   * ("the Treaty on Comprehensive Strategic Partnership", "the Lusaka
   * Ceasefire Agreement", "the Treaty of Pelindaba").
   */
  private treaties() {
    const forms = new Map(KNOWN_TREATIES.flatMap((t) => [t.name, ...t.aliases].map((f) => [f, t] as const)));
    for (const m of matches(this.text, new RegExp(`${B}(?:${alternation(forms.keys())})${E}`, 'gu'))) {
      const treaty = forms.get(m[0])!;
      const key = makeKey('treaty', treaty.name);
      this.candidate(m.index!, m.index! + m[0].length, 83, () => {
        this.entities.add(key, 'Treaty', treaty.name, {}, treaty.aliases);
        return [this.mentionOf(key, m.index!, m[0].length, 'name')];
      });
    }
    // "its responsibilities under the Charter": a treaty's bare word after "the", before no "of" ("the Charter of Paris").
    for (const t of KNOWN_TREATIES.filter((t) => t.bare?.length)) {
      const bare = new RegExp(`(?<=\\bthe )(?:${alternation(t.bare!)})${E}(?! of\\b)`, 'gu');
      for (const m of matches(this.text, bare)) {
        const key = makeKey('treaty', t.name);
        this.candidate(m.index!, m.index! + m[0].length, 83, () => {
          this.entities.add(key, 'Treaty', t.name, {}, [...t.aliases, ...t.bare!]);
          return [this.mentionOf(key, m.index!, m[0].length, 'name')];
        });
      }
    }
    this.datedPacts();
    for (const p of describedPacts(this.text)) {
      const key = makeKey('treaty', p.name);
      this.candidate(p.start, p.end, 80, () => {
        this.entities.add(key, 'Treaty', p.name, {}, p.aliases);
        return [this.mentionOf(key, p.start, p.end - p.start, 'name')];
      });
    }
    const word = "[A-Z][\\p{L}’'-]*";
    // "the treaties of Lausanne and Paris": each name is a treaty's ("the Treaty of Lausanne"), not the city or the
    // state whose capital it is.
    const plural = new RegExp(
      `\\b(Treaties|Conventions|Agreements|Accords) of (${word}(?:, ${word})*,? and ${word})${E}`,
      'giu',
    );
    for (const m of matches(this.text, plural)) {
      const head = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1, -1).replace(/ie$/, 'y').toLowerCase();
      let at = m.index! + m[0].length - m[2]!.length;
      for (const part of m[2]!.split(/(,? and |, )/)) {
        if (!/^[A-Z]/.test(part)) {
          at += part.length;
          continue;
        }
        const name = `${head} of ${part}`;
        const known = forms.get(name);
        const key = makeKey('treaty', known?.name ?? name);
        const start = at;
        this.candidate(start, start + part.length, 83, () => {
          this.entities.add(key, 'Treaty', known?.name ?? name, {}, known ? known.aliases : []);
          return [this.mentionOf(key, start, part.length, 'name')];
        });
        at += part.length;
      }
    }
    // A law by its name is recorded as a treaty is ("the Countering America's Adversaries Through Sanctions Act", "the
    // Taiwan Relations Act"), as the corpus records it.
    // A declaration or a consensus with a capitalised name is what its signatories agreed to ("the Tehran Declaration",
    // "the Five-Point Consensus"), a pact as an agreement is.
    const head =
      'Treaty|Convention|Agreement|Agreements|Accord|Accords|Pact|Protocol|Memorandum|Act|Declaration|Consensus';
    // What a pact is on or of, after its head word: "on Diplomatic Relations", "on the Law of the Sea" (not a day or a
    // month: "the Vienna Convention on Monday").
    // One pact's subject, not the next pact after "and" ("on Diplomatic Relations and the Caracas Convention").
    const subjectWord = `(?!(?:${head})\\b)${word}(?! (?:${head})\\b)`;
    const chain = `${subjectWord}(?: (?:and |of (?:the )?|on (?:the )?|the )?${subjectWord}){0,5}`;
    // A field listed with commas, closed by "and": "on Friendship, Cooperation and Mutual Assistance".
    const listed = `${subjectWord}(?: ${subjectWord})?(?:, ${subjectWord}(?: ${subjectWord})?)+,? and ${subjectWord}(?: ${subjectWord}){0,2}`;
    const subject = `(?:of|on|for) (?:the )?(?!(?:${CALENDAR_WORDS})\\b)(?:${listed}|${chain})`;
    const re = new RegExp(
      `${B}(?:(?:(?!(?:${head})\\b)${word} (?:(?:of|on|for|and|the) )*)+(?:${head})(?: ${subject})?|(?:${head}) ${subject})${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      let phrase = m[0];
      let start = m.index!;
      // A question's opening verb is capitalised whatever follows it ("Will the Defence Production Act be used?").
      const lead =
        /^(?:(?:The|the|A|An|But|And|In|On|Under|By|This|That|Its|Their|Will|Would|Can|Could|Should|Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Why|How|[A-Z][\p{L}-]*[’']s) )+/u.exec(
          phrase,
        );
      if (lead) {
        phrase = phrase.slice(lead[0].length);
        start += lead[0].length;
      }
      // A name is more than its head word, and not a body's ("the Agreement Monitoring Commission").
      if (!phrase.includes(' ') || forms.has(phrase)) continue;
      // "Declaration of the Supreme Defence Council on ...": a declaration of a body is what the body issues, a heading's
      // words, not a pact ("the Declaration of Principles" is one).
      if (/^Declaration (?:of|by) the /.test(phrase)) continue;
      const key = makeKey('treaty', phrase);
      const year = datedBy(this.text, start, start + phrase.length);
      this.candidate(start, start + phrase.length, 52, () => {
        this.entities.add(key, 'Treaty', phrase, {}, year ? [`${phrase} of ${year}`, `${year} ${phrase}`] : []);
        return [this.mentionOf(key, start, phrase.length, 'name')];
      });
    }
    // A pact named by its year and a word for it: "the 1859 Treaty", "a 1974 agreement", "their 1979 border
    // agreement", "the 2015 Algiers agreement", "the so-called Turkish-Libyan memorandum of 2019".
    const joint = `Joint (?:${DATED_PACTS.statements.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
    const pact = `(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Pp]act|[Pp]rotocol|[Mm]emorandum|[Aa]rmistice|${joint})`;
    const byYear = new RegExp(
      `${B}(?:(?<=\\b(?:the|a|an|its|their|our|his|her) )(?:1[89]|20)\\d\\d (?:[A-Za-z][\\p{L}-]* )?${pact}(?! (?:on|of|for|between) [A-Z])|(?<=\\b(?:the|a|an|its|their) (?:so-called )?)[A-Z][\\p{L}]+-[A-Z][\\p{L}]+ (?:[a-z]+ )?(?:treaty|agreement|accord|pact|protocol|memorandum) of (?:1[89]|20)\\d\\d)${E}`,
      'gu',
    );
    for (const m of matches(this.text, byYear)) {
      const phrase = m[0];
      const key = makeKey('treaty', phrase);
      // The year stays out of the mention: "the 1974 ⟨agreement⟩" is also the pact's signing in 1974 (events.ts).
      const start = m.index! + (/^\d{4} /.test(phrase) ? 5 : 0);
      this.candidate(start, m.index! + phrase.length, 84, () => {
        this.entities.add(key, 'Treaty', phrase, {});
        return [this.mentionOf(key, start, m.index! + phrase.length - start, 'name')];
      });
    }
  }

  /**
   * A pact named by a word or two of its kind and the date it was made, no proper name: "the military agreement of
   * September 2018", "the trilateral statement of 9 November 2020". The date is part of its name (it tells the pact
   * from any other of its kind) but not of its mention, so that "⟨trilateral statement⟩ of 9 November 2020" still
   * reads as the day it was signed (events.ts).
   */
  private datedPacts() {
    const { pacts, statements, joint } = DATED_PACTS;
    const kind = `(?:(?:[a-z][a-z-]+ ){1,2}(?:${alternation(pacts)})s?|(?:${alternation(joint)}) (?:[a-z][a-z-]+ )?(?:${alternation(statements)}))`;
    const re = new RegExp(
      `(?<=\\b(?:the|a|an|its|their|our) )(?<kind>${kind}) of (?:(?:\\d{1,2} )?(?:${MONTH_NAMES.join('|')}) )?(?:1[89]|20)\\d\\d${E}`,
      'gu',
    );
    for (const m of matches(this.text, re)) {
      const name = m[0];
      const length = m.groups!.kind!.length;
      // "the signing of the agreement of 2000", "a breach of the border agreement": not the pact's own words.
      if (/^(?:signing|breach|violation|terms|text|implementation) /.test(name)) continue;
      const key = makeKey('treaty', name);
      this.candidate(m.index!, m.index! + length, 84, () => {
        this.entities.add(key, 'Treaty', name, {});
        return [this.mentionOf(key, m.index!, length, 'name')];
      });
    }
  }

  private newPlace(
    name: string,
    category: 'CITY' | 'REGION' | 'OTHER',
    start: number,
    aliases: string[] = [],
  ): Mention[] {
    const key = makeKey('place', name);
    this.entities.add(key, 'Place', name, { category }, aliases);
    return [this.mentionOf(key, start, name.length, 'name')];
  }

  private place(name: string, category: 'CITY' | 'REGION', code: string): string {
    const key = makeKey('place', name);
    this.entities.add(key, 'Place', name, { category });
    this.entities.link('locatedIn', key, this.entities.state(code).key);
    return key;
  }

  /**
   * Weapon systems named next to the word for what they are (arms.json):
   * a designation ("Hwasong-11 series ballistic missile", "S-400 air
   * defence systems", "Su-30MKA aircraft"), a name with a code ("Bayraktar
   * TB2 drones", "Barak MX batteries") or a name alone ("Rafale fighter
   * jets", "Stinger missiles"). A state's or a body's name before the word
   * ("Iranian drones", "Houthi missiles") is who has them, not what they are.
   */
  private weapons() {
    const kind = `(?:(?:${WEAPON_MODIFIER})[ -])*${WEAPON_NOUN}`;
    // Designations: "Su-30MKA", "Y-20", "K2", "M1A2", "BrahMos", "Leopard 2A7", "HIMARS", "Abukuma-class", with a name
    // after the code ("AH-64E Apache", "A-29 Super Tucano"), a letter code after the hyphen ("IRIS-T SLM", "PAC-3
    // MSE"), a series number ("Wing Loong II"), capitals alone ("KAAN fighters"); one of several named together
    // ("Su-27 and Su-30 fighters", "MiG-29 and Mirage 2000 fleets") is one too; a block or a flight after the code is
    // part of it ("F-16 Block 70").
    const designation =
      '(?<designation>(?:[A-Z]{3,} [A-Z]{1,2}-\\d{2,4}[A-Z]?|[A-Z][A-Za-z]*-\\d{1,4}(?:[A-Z]{1,3}\\d?)?|[A-Z][a-z]+-class|[A-Z][a-z]+-[A-Z]{1,3}\\d{0,2}|[A-Z]{2,}-\\d{1,4}[A-Z]{0,3}|[A-Z]{1,2}\\d{1,3}(?:[A-Z]\\d?){0,2}|[A-Z]{3}(?= ' +
      ACRONYM_HEAD +
      E +
      ')|[A-Z][a-z]+[A-Z][a-z]+|(?!' +
      MONTH +
      ' )[A-Z][a-z]{2,} \\d[A-Z0-9]{0,4}|[A-Z]{2,}-[A-Z0-9]{1,3}(?: [A-Z]{2,4})?|[A-Z][a-z]+ [A-Z][a-z]+ (?:II|III|IV)|[A-Z]{4,}|ATACMS|HIMARS|NASAMS|Storm Shadow|Kinzhal|Iskander(?:-M)?|Shahed-\\d+)(?: (?:Block|Flight|Batch|Tranche|Increment) (?:\\d{1,3}[A-Z]?|[IVX]+)(?![\\w-]))?(?:(?: \\p{Lu}\\p{Ll}{2,}\\p{Lu}?){1,2}(?: (?:II|III|IV))?(?= [a-z]))?)';
    // A name, with a code or alone, only right before the words for what it is ("The Piranha armoured vehicles"), and
    // not inside a longer name
    // ("Israeli-made Barak MX batteries": a maker's word is not part of the name, nor a state's: "Turkish Aksungur
    // drones").
    const name = `(?:(?<=-(?:made|built|designed|manufactured|supplied) |(?<![\\p{L}])(?:${demonyms}) )|(?<!(?:^|[^\\p{L}])(?!(?:The|A|An) )[A-Z][\\p{L}-]* ))(?!${COUNT_WORD} )(?!${ARTICLE} )(?<named>${MAKER_NAME}|(?:La|Le) \\p{Lu}\\p{Ll}{2,}|\\p{Lu}\\p{Ll}+ [A-Z]{1,3}(?:\\.?\\d{1,3})?[A-Z]?(?:\\/[A-Z]{1,2})?|(?!(?:${ARTICLE}|Both|All|Some|Other|More|New|Further|Additional|${demonyms}|${names}) )\\p{Lu}\\p{Ll}{2,} \\p{Lu}\\p{Ll}{2,}|\\p{Lu}\\p{Ll}{3,})`;
    // A name with a code holding a digit is a system's wherever it stands: "the drone was a Bayraktar TB2".
    const coded = `(?<![A-Z][\\p{L}-]* )(?!${COUNT_WORD} )(?<coded>[A-Z][a-z]{3,} [A-Z]{1,3}\\d{1,3}[A-Z]?)`;
    // A code of a few letters and a number is a system's wherever it stands, with the name or the variant after it when
    // one follows ("the F-35", "a P-8A", "The MiG-21 LanceR, flown ...", "72 EF-18 Hornets from", "F/A-18E/F Super
    // Hornets"), as news names aircraft, tanks and missiles by code alone once the reader knows what they are.
    const codeNamed = `(?<![\\p{L}\\p{N}/.-])(?<code>${SYSTEM_CODE})(?:(?<batch> ${BATCH} (?:\\d{1,3}[A-Z]?|[IVX]+))|(?<after>(?: \\p{Lu}\\p{Ll}{2,}\\p{Lu}?){1,2}(?: (?:II|III|IV))?))?(?![\\p{L}\\p{N}/-])`;
    const re = new RegExp(
      `${B}(?:${designation}(?<series> series)?(?=(?:,? (?:and |or )?(?:[A-Z][A-Za-z]*(?:-| )?\\d[\\w-]*|\\d[\\d,]* \\p{Lu}[\\p{L}-]+))* (?:[a-z-]+ ){0,3}${kind}${E})|${name}(?= ${kind}${E}(?! ${NOT_WEAPON_HEAD}${E}))|${coded}${E}|(?<plural>[A-Z][A-Za-z]*-\\d{1,4}[A-Z]?)(?=s${E})|${codeNamed})`,
      'gu',
    );
    const named = new Map<string, string>();
    const found = matches(this.text, re);
    // A code named once with its name ("F-35A Lightning II") is that system where the text gives the code alone.
    const fullNames = new Map<string, string>();
    for (const m of found) {
      const d = m.groups!.designation ?? this.codeName(m);
      const code = d && CODE_BEFORE_NAME.exec(d)?.[1];
      if (code) fullNames.set(code, d);
    }
    for (const m of found) {
      const d = m.groups!.designation ?? m.groups!.named ?? m.groups!.coded ?? m.groups!.plural ?? this.codeName(m);
      if (!d) continue;
      if (/^COVID/.test(d)) continue;
      const first = d.split(' ')[0]!;
      // Capitals alone ("KAAN", "CAESAR") name a system only where no body or state is named so.
      if (/^[A-Z]{3,}$/.test(d) && (KNOWN_ORGANIZATION_WORDS.has(d) || STATE_FORMS.has(d) || NOT_SYSTEM_NAMES.has(d)))
        continue;
      // "English Electric Canberra bombers": a maker's name before the system's is part of it, whatever its first word.
      if (/^\p{Lu}\p{Ll}+(?: |$)/u.test(d) && !/-/.test(d) && !m.groups!.maker) {
        // A capitalised word: a name only where no state, body or sentence start explains the capital.
        const before = this.text.slice(Math.max(0, m.index! - 3), m.index!);
        if (
          STATE_FORMS.has(first) ||
          KNOWN_ORGANIZATION_WORDS.has(first) ||
          KNOWN_ORGANIZATION_WORDS.has(first.replace(/i$/, 'is')) ||
          NOT_SYSTEM_NAMES.has(first) ||
          NOT_PLACES.has(first)
        )
          continue;
        if (!d.includes(' ') && (m.index! === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before))) continue;
        // "Blue Spear coastal defence missiles", "Eurofighter Typhoon aircraft": a name of two capitalised words, neither
        // a state's, a body's or a place's word, and the two not a state's name ("South Sudan").
        const second = d.split(' ')[1];
        if (
          second &&
          /^\p{Ll}+$/u.test(second.slice(1)) &&
          (STATE_FORMS.has(d) ||
            KNOWN_PLACE_FORMS.has(d) ||
            STATE_FORMS.has(second) ||
            KNOWN_ORGANIZATION_WORDS.has(second) ||
            NOT_PLACES.has(second) ||
            NOT_SYSTEM_NAMES.has(second) ||
            PLACE_WORDS.includes(second))
        )
          continue;
      }
      // A class is a class of something: "Kilo-class submarines" names the Kilo-class submarine, not a Kilo-class.
      const ofClass = /-class$/.test(d)
        ? new RegExp(`^ (${kind})${E}`, 'u').exec(this.text.slice(m.index! + d.length))
        : null;
      const maker = CODE_START.test(d) ? this.makerBefore(m.index!) : undefined;
      const code = maker ? d : CODE_BEFORE_NAME.exec(d)?.[1];
      const system = maker ? `${maker} ${d}` : ofClass ? `${d} ${singular(ofClass[1]!)}` : (fullNames.get(d) ?? d);
      // "Bradley fighting vehicles", "J8 jeeps": the name with the word for what it is, as a record may name it.
      const said = new RegExp(`^ (${kind})${E}`, 'u').exec(this.text.slice(m.index! + d.length))?.[1];
      const full =
        !ofClass && said && !/^(?:weapons?|arms|systems?)$/.test(said)
          ? [`${maker ? system : d} ${singular(said)}`]
          : [];
      const key = makeKey('weapon', system);
      if (!named.has(d)) named.set(d, key);
      if (code && !named.has(code)) named.set(code, key);
      const start = maker ? m.index! - maker.length - 1 : m.index!;
      this.candidate(start, m.index! + d.length, 65, () => {
        const aliases = [
          ...(m.groups!.series ? [`${d} series`] : []),
          ...(ofClass ? [d] : []),
          ...full,
          ...(code ? [code] : []),
          // "72 EF-18 Hornets": the code and its name in the plural, as the text writes them and a record may name them.
          ...(m.groups!.code && m[0] !== system && !m.groups!.batch ? [m[0]] : []),
        ];
        this.entities.add(key, 'WeaponSystem', system, { designation: d }, aliases);
        return [this.mentionOf(key, start, m.index! + d.length - start, 'name')];
      });
    }
    this.pluralNames(named);
    this.familyNames(named);
    // A system named once with the word for what it is is the same system where the text names it again alone.
    for (const [d, key] of named) {
      for (const again of matches(this.text, new RegExp(`${B}${escapeRegExp(d)}(?:s(?=${E}))?${E}`, 'gu'))) {
        this.candidate(again.index!, again.index! + d.length, 64, () => [
          this.mentionOf(key, again.index!, d.length, 'name'),
        ]);
      }
    }
  }

  /**
   * "25 Avia S-199 fighters", "the Mikoyan MiG-15": one capitalised word right before a code, inside a sentence and
   * after no capitalised word of a longer name ("Lockheed Martin F-16" is a maker's name and a code), is the maker's
   * part of the system's name, as records name older aircraft. A state's, a body's, a place's or a date's word is who
   * has the system or when, not its name ("Israeli S-199s", "the Houthi M-75", "June F-16").
   */
  private makerBefore(at: number): string | undefined {
    const m = /(?<previous>\S+) (?<word>\p{Lu}\p{Ll}{2,}) $/u.exec(this.text.slice(Math.max(0, at - 60), at));
    if (!m) return undefined;
    const { previous, word } = m.groups! as { previous: string; word: string };
    if (!/^[\p{Ll}\d]/u.test(previous) || /[.!?:;]$/.test(previous)) return undefined;
    if (
      STATE_FORMS.has(word) ||
      KNOWN_ORGANIZATION_WORDS.has(word) ||
      NOT_SYSTEM_NAMES.has(word) ||
      NOT_PLACES.has(word) ||
      KNOWN_PLACE_FORMS.has(word) ||
      PLACE_WORDS.includes(word) ||
      NOT_NAME_AFTER_CODE.test(word) ||
      NOT_MAKER.test(word) ||
      NOT_MAKERS.has(word)
    )
      return undefined;
    return word;
  }

  /**
   * "received some 60 Spitfires from ⟨A⟩", "bought 36 Rafales from ⟨A⟩", "Gripens leased from ⟨A⟩": a capitalised word
   * in the plural that is what weapons are moved, after a verb of handing them over or receiving them and before
   * "from" or "to", or before such a verb's participle and its party, is a system named by its name alone. The
   * mention is the singular, as a record names it; a people's name or a body's is no system.
   */
  private pluralNames(named: Map<string, string>) {
    for (const m of matches(this.text, PLURAL_NAME)) {
      const name = (m.groups!.name ?? m.groups!.moved)!;
      if (
        STATE_FORMS.has(name) ||
        STATE_FORMS.has(`${name}s`) ||
        DEMONYM_SHAPE.test(`${name}s`) ||
        KNOWN_ORGANIZATION_WORDS.has(name) ||
        KNOWN_ORGANIZATION_WORDS.has(`${name}s`) ||
        NOT_SYSTEM_NAMES.has(name) ||
        NOT_PLACES.has(name) ||
        KNOWN_PLACE_FORMS.has(name)
      )
        continue;
      const key = makeKey('weapon', name);
      if (!named.has(name)) named.set(name, key);
      this.candidate(m.index!, m.index! + name.length, 65, () => {
        this.entities.add(key, 'WeaponSystem', name, {});
        return [this.mentionOf(key, m.index!, name.length, 'name')];
      });
    }
  }

  /**
   * "India offered the Tejas", "asked for Iron Dome", "the Attack-class programme": a system named bare by its family
   * or its class (systems.ts), below a reading with the word for what it is, which names the same system.
   */
  private familyNames(named: Map<string, string>) {
    for (const s of namedSystemsIn(this.text)) {
      if (named.has(s.surface)) continue;
      const key = makeKey('weapon', s.name);
      this.candidate(s.start, s.start + s.surface.length, 63, () => {
        this.entities.add(
          key,
          'WeaponSystem',
          s.name,
          { designation: s.name },
          s.surface !== s.name ? [s.surface] : [],
        );
        return [this.mentionOf(key, s.start, s.surface.length, 'name')];
      });
    }
  }

  /**
   * What a code found alone names ("the F-35", "The MiG-21 LanceR, ...", "72 EF-18 Hornets"): the code with the name
   * after it, singular, unless a word of that name is a state's, a body's, a place's or a date's ("the Su-30 Russia
   * sold", "the F-16 Monday"); none for codes of other things ("G-20", `notSystemCodes`) or a resolution's number.
   */
  private codeName(m: RegExpMatchArray): string | undefined {
    const code = m.groups!.code;
    if (!code) return undefined;
    // "the F-16 Block 70": a batch named after the code is the system a record keeps, as before a weapon noun.
    if (m.groups!.batch) return `${code}${m.groups!.batch}`;
    const words = (m.groups!.after ?? '').trim().split(' ').filter(Boolean);
    const other = (w: string) =>
      [w, w.replace(/s$/, '')].some(
        (x) =>
          STATE_FORMS.has(x) ||
          KNOWN_PLACE_FORMS.has(x) ||
          NOT_PLACES.has(x) ||
          NOT_SYSTEM_NAMES.has(x) ||
          KNOWN_ORGANIZATION_WORDS.has(x) ||
          NOT_NAME_AFTER_CODE.test(x),
      );
    // "Hornets" after the code is the plural of the name, which is "EF-18 Hornet"; "Atlas" is no plural.
    const name = `${code} ${words.join(' ')}`;
    if (words.length && !words.some(other)) return /[^aius]s$/.test(name) ? name.slice(0, -1) : name;
    if (NOT_SYSTEM_CODE.test(code) || /\b[Rr]esolutions? $/.test(this.text.slice(Math.max(0, m.index! - 12), m.index!)))
      return undefined;
    return code;
  }

  /**
   * A vessel named after what it is ("the frigate Hengyang", "the cargo ship Lady R"), by its navy's prefix ("HMAS
   * Arunta", "HMNZS Te Kaha", "USS Harry S. Truman") or as what people or cargo are aboard ("the arms found aboard the
   * Karine"), which a record keeps as a weapon system. A day, a month or a state after the noun is when
   * or whose ("the ship Monday", "the vessel Russia seized"), not a name.
   */
  private vessels() {
    const word = "\\p{Lu}[\\p{L}’'-]*";
    // A ruler's name with its epithet ("Gwanggaeto the Great"), several vessels of a kind named together ("the boats
    // ⟨X⟩ and ⟨Y⟩"), and a name set off after what the vessel is ("a coast guard ship, the Sambong,").
    const vessel = `${word}(?: (?:${word}|[IVX]+|\\d{1,4})){0,2}(?: the ${EPITHET})?`;
    const re = new RegExp(
      `${B}(?:(?<prefixed>${HULL_PREFIX} ${word}(?: \\p{Lu}\\.(?:\\p{Lu}\\.)?)?(?: (?:${word}|[IVX]+|\\d{1,4}))?)|(?<=${B}${VESSEL_NOUN}(?:s|, the)? )(?<named>${vessel})|(?<=${B}aboard the )(?<aboard>${vessel})(?! [\\p{Lu}\\d]| (?:flight|aircraft|plane|airliner|jet|ship|vessel|boat|ferry|tanker)s?\\b)|(?<=${B}${VESSEL_NOUN}s ${vessel}(?:, ${vessel})*,? and )(?<listed>${vessel}))${E}`,
      'gu',
    );
    const notNames =
      /^(?:The|A|An|On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
    for (const m of matches(this.text, re)) {
      const name = (m.groups!.prefixed ?? m.groups!.named ?? m.groups!.aboard ?? m.groups!.listed)!;
      const first = name.split(' ')[0]!;
      // "the ship, the Sambong, ...": only a name closed by its comma; "the boats ⟨X⟩ and ⟨Y⟩": names, not a clause.
      if (/, the $/.test(this.text.slice(m.index! - 6, m.index!)) && this.text[m.index! + name.length] !== ',')
        continue;
      if (notNames.test(first) || STATE_FORMS.has(first) || STATE_FORMS.has(name) || NOT_SYSTEM_NAMES.has(first))
        continue;
      // A navy's shore base is named as a ship: "opened HMS Jufair", "the naval base HMS Jufair" are a place's name.
      if (
        m.groups!.prefixed &&
        (SHORE_BEFORE.test(this.text.slice(Math.max(0, m.index! - 40), m.index!)) ||
          SHORE_AFTER.test(this.text.slice(m.index! + name.length, m.index! + name.length + 60)))
      ) {
        this.candidate(m.index!, m.index! + name.length, 78, () => this.newPlace(name, 'OTHER', m.index!));
        continue;
      }
      const key = makeKey('weapon', name);
      // Right after what it is, a name is the vessel's over a place's by its last word ("the tanker Aurora Bay").
      this.candidate(m.index!, m.index! + name.length, 78, () => {
        this.entities.add(key, 'WeaponSystem', name, {});
        return [this.mentionOf(key, m.index!, name.length, 'name')];
      });
    }
  }

  private states() {
    for (const m of matches(this.text, STATE_RE)) {
      let surface = m[0];
      // "Ana Lima said", "Mark Holland": a capital's name, or a state's other name, after a given name is a surname.
      const known = this.formOf(surface);
      // A form two states share that this text's words do not settle names neither.
      if (!known) continue;
      const info = STATES.get(known.code);
      if (
        (known.role === 'capital' ||
          (known.role === 'name' && surface !== info?.name && surface !== info?.officialName)) &&
        /(?:^|[^.!?\s]\s+)(?!The |In |At |On |For |From |To |By )[A-Z]\p{Ll}+ $/u.test(
          this.text.slice(Math.max(0, m.index! - 40), m.index!),
        )
      )
        continue;
      // "Sofia Lindqvist of the ...", "Sofia Lindqvist said": a capital's name before a surname is a given name.
      if (
        known.role === 'capital' &&
        /^ [A-Z]\p{Ll}+(?:,| of the | at the | said| says| told| who)/u.test(
          this.text.slice(m.index! + surface.length, m.index! + surface.length + 40),
        )
      )
        continue;
      // "Russians", "Americans": the people of a state, for its side.
      const plural =
        /^s(?![\p{L}])/u.test(this.text.slice(m.index! + surface.length)) && this.formOf(surface)?.role === 'demonym';
      const form = this.formOf(surface)!;
      if (plural) surface += 's';
      this.candidate(m.index!, m.index! + surface.length, 40, () => {
        const record = this.entities.state(form.code);
        return [this.mentionOf(record.key, m.index!, surface.length, plural ? 'name' : form.role)];
      });
    }
  }
}
