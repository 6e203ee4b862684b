import { HONORIFICS, ORGANIZATION_HEADS, ORGANIZATIONS, TITLE_HEADS, TITLE_MODIFIERS } from './gazetteer.js';
import { Entities, makeKey, type Mention } from './entities.js';
import { listUnits, Masked, type Unit } from './masked.js';
import { escapeRegExp, lineAt, titleCaseWords, type Sentence } from './text.js';
import { INVERTED_VERB, PAST_WORDS } from './verbs.js';
import { dataTable } from './tables.js';
import { z } from 'zod';
import type { Span } from './types.js';

/**
 * People, and the posts they hold, from the ways news introduces them:
 * a title before the name ("deputy U.S. Ambassador Robert Wood"), after it
 * ("Geng Shuang, China's deputy U.N. ambassador") or before it with a comma
 * ("China's deputy U.N. ambassador, Geng Shuang"); a name that says or
 * tells something; later, the surname alone ("Wood said").
 */

/** A word of a title in either case ("Ambassador", "ambassador", "U.N."), so that what follows a title can stay case-sensitive. */
function caseless(word: string): string {
  return escapeRegExp(word).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}
const heads = [...TITLE_HEADS]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');
const modifiers = [...TITLE_MODIFIERS]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');
/** What a post is for when no entity names it: "for Foreign Affairs", "of the Secretary-General". */
const FIELD = '[A-Z][\\p{L}-]+(?: (?:and )?[A-Z][\\p{L}-]+){0,3}';
/**
 * A post's field, or two joined by "and": "for ⟨West Africa⟩ and the ⟨Sahel⟩", "for the Horn of Africa and Yemen"; a
 * state's government named by its demonym is one field ("Official Spokesman of the ⟨Iraqi⟩ ⟨Government⟩").
 */
const ENTITY_FIELD = '⟨\\d+⟩(?: ⟨\\d+⟩)?';
const FIELDS = `(?:${ENTITY_FIELD}|${FIELD})(?: and (?:the )?(?:${ENTITY_FIELD}|${FIELD}))?`;
/** A title in a masked sentence: "deputy ⟨1⟩ Ambassador to the ⟨2⟩", "⟨3⟩'s deputy ⟨4⟩ ambassador". */
const TITLE = `(?:(?:⟨\\d+⟩(?:[’']s)?|(?:${modifiers})) )*(?:${heads})(?: (?:to|at|of|for|in|on) (?:the )?${FIELDS})*`;
/** A parliamentary or diplomatic style between a post and the name: "Minister for Defence, the Hon Richard Marles MP". */
const STYLE = '(?:(?:[Tt]he )?(?:Rt\\.? )?(?:Hon\\.?|Honou?rable)|(?:His|Her) Excellency|Sheikha?|Sheik) ';
const TITLE_BEFORE = new RegExp(`(?:^|(?<=[\\s(“"]))(?:(?:[Tt]he|[Aa]n?) )?(?<title>${TITLE})[, ]*(?:${STYLE})?$`, 'u');
/**
 * "⟨name⟩, Special Representative of the ⟨Secretary-General⟩ and Head of the ⟨mission⟩ (⟨acronym⟩), said": two posts.
 * The acronym in brackets may be one no table knows ("(UNTMIS)"), left unmasked.
 */
const TITLE_AFTER = new RegExp(
  `^, (?:(?:[Tt]he|[Aa]n?|who is) )?(?<title>${TITLE}(?: and ${TITLE})?(?: \\((?:⟨\\d+⟩|\\p{Lu}[\\p{Lu}\\p{Ll}.-]{1,11})\\))?)(?=,|\\.|;|$| said| told| says)`,
  'u',
);
/** A title whose field a name may run on from: "Assistant Secretary-General for ⟨Africa Rukia Mensah-Bonsu⟩". */
const FIELD_BEFORE = new RegExp(`(?:${heads}) (?:for|of|on|to|at) (?:the )?$`, 'u');
/** "Aiko Tanabe (Japan)": UN coverage names a delegate with the state they speak for in brackets. */
const STATE_IN_BRACKETS = /^ \((?:the )?⟨(\d+)⟩\)/;
/**
 * A transcript's list of who speaks, under its heading: "Speakers: Deputy Government Spokesperson Katrin Vogler;
 * Martin Behrendt, Federal Foreign Office". Each name in it is a person, and a body after the name is where they serve.
 */
const PARTICIPANTS = /^\s*(?:Speakers?|Participants?|Briefers?|Panel(?:ists)?|Present|Attending|On the podium)\s*:/;
const SERVES_AT = /^, (?:the )?⟨(\d+)⟩(?=;|$|\.|,)/;
/**
 * What shows a name of two or more words to be a person's with nothing else beside it (persons.json): "⟨name⟩'s
 * government", "⟨name⟩ had approved", "⟨name⟩ replaced".
 */
const PERSONS = z
  .object({
    about: z.string(),
    possessed: z.array(z.string()).min(1),
    acts: z.array(z.string()).min(1),
    apposedNote: z.string(),
    apposed: z.array(z.string()).min(1),
    kin: z.array(z.string()).min(1),
    groupsNote: z.string(),
    groups: z.array(z.string()).min(1),
    eventsNote: z.string(),
    ledUnder: z.array(z.string()).min(1),
    ranksNote: z.string(),
    ranks: z.array(z.string()).min(1),
    rulerStylesNote: z.string(),
    rulerStyles: z.array(z.string()).min(1),
  })
  .parse(dataTable('persons.json'));
/** A military rank before a name, its words perhaps joined by hyphens: "Colonel", "Major-General", "Lt.-Col.". */
const RANK_WORD = PERSONS.ranks.join('|');
const RANKS = new RegExp(`^(?:${RANK_WORD})\\.?(?:-(?:${RANK_WORD})\\.?)*$`);
/** Ranks at the end of the words before a name, after a post: "spokesperson ⟨Major-General⟩ ". */
const RANK_TAIL = new RegExp(`(?<=\\p{L} )(?:(?:${RANK_WORD})\\.?(?:-(?:${RANK_WORD})\\.?)* )+$`, 'u');
/**
 * A word of a title or a rank before a name, never the name's: "Major-General", "Analyst" opening a sentence
 * ("Analyst ⟨Dmitri Volkov⟩ said"), a title's head capitalised, when a name of two words or more still follows it.
 */
const titleWord = (word: string, rest: number) =>
  NOT_NAME.has(word.replace(/\.$/, '')) ||
  // "Major-General", "Vice-Admiral": a rank written with a hyphen (RANKS takes every part a rank's word).
  (RANKS.test(word) && word.includes('-')) ||
  (rest >= 2 && /^\p{Lu}\p{Ll}+$/u.test(word) && TITLE_HEADS.includes(word.toLowerCase()));
/**
 * "the Galápagos Conservation Trust", "Ocean Watch": a name ending in a word for a body (organizations.json, "heads")
 * is the body's, never a person's.
 */
const BODY_END = new RegExp(`^(?:${ORGANIZATION_HEADS.join('|')})$`, 'u');
/** How far back the body an unqualified "embassy spokesman" serves may have been named: the paragraph before. */
const KIND_NAMED_NEAR = 600;
/** The kinds of body a post may be named by alone ("an embassy spokesman"), each as a word to find in a body's name. */
const BODY_KINDS = ['embassy', 'consulate', 'ministry', 'high commission'];
const KIND_OF_BODY = new Map(BODY_KINDS.map((k) => [k, new RegExp(`\\b${k}\\b`, 'i')]));
const KIND_BEFORE_POST = new RegExp(`\\b(${BODY_KINDS.join('|')})\\b`, 'i');
/** "Sofia Lindqvist of the ⟨institute⟩": a name with the body it belongs to. */
const AFFILIATION = /^ (?:of|at|from) (?:the )?⟨(\d+)⟩/;
const HONORIFIC_BEFORE = new RegExp(`(?:${HONORIFICS.map(escapeRegExp).join('|')}) $`);

/** A reporting verb of the table in the past tense, or "says". */
const REPORTING = `(?:${[...PAST_WORDS, 'says'].join('|')})`;
/** A reporting verb after a name, perhaps past a relative pronoun or an appositive: "⟨name⟩, the leader's sister, said". */
const VERB_AFTER = new RegExp(
  `^(?:,? who|,(?: [^,]{1,80},)?)?(?: (?:also|later|again|then|earlier|on \\w+))? ${REPORTING}\\b`,
);
/**
 * "⟨name⟩, a former South African defence attaché, doubted ...", "⟨name⟩, of the ⟨council⟩ in Berlin, was more
 * cautious", "⟨name⟩, the movement's leader,", "⟨name⟩, son of the former President,": an apposition saying what a
 * person is, whose relative, or where they work (persons.json `apposed`, `kin`).
 */
const APPOSITION = new RegExp(
  `^, (?:(?:an?|the) (?:former |retired |senior |veteran |one-time )?(?:[\\w⟨⟩’'-]+ ){0,4}(?:${PERSONS.apposed.join('|')})\\b|(?:(?:the|a) )?(?:(?:eldest|elder|younger|youngest|only|late) )?(?:${PERSONS.kin.join('|')}) of\\b|of (?:the )?⟨\\d+⟩)`,
);
/** Whether the words after a name say what person it is ("⟨name⟩, the movement's leader,"): read by places too. */
export const apposedPerson = (after: string) => APPOSITION.test(after);
/** "The survivors, ⟨name⟩ and ⟨name⟩, were released": a list of names in apposition to a plural noun for people. */
const GROUP_BEFORE = new RegExp(`\\b(?:${PERSONS.groups.join('|')}), $`, 'i');
/** "a visit by ⟨name⟩", "the overthrow of ⟨name⟩", "seceded under ⟨name⟩": a person by what they did or led. */
const EVENT_BEFORE = new RegExp(
  `\\b(?:(?:${PERSONS.possessed.join('|')}) (?:by|of)|(?:${PERSONS.ledUnder.join('|')}) under) $`,
);
/** "the ⟨U-2⟩ of ⟨name⟩", "a ⟨MiG-29⟩ flown by ⟨name⟩": a craft and its pilot, when the unit is a weapon system. */
const CRAFT_BEFORE = /⟨(\d+)⟩ (?:of|flown by|piloted by|commanded by) $/;
/** "a visit by ⟨Santa Cruz⟩ officials": a name before a plural noun for people or craft qualifies them, no person's. */
const QUALIFIES_AFTER =
  /^ (?:officials|troops|forces|authorities|residents|leaders|delegates|diplomats|police|ships|vessels|aircraft|fighters)\b/;
/** "John F. Kennedy", "George H.W. Bush": middle initials between two names shape a person's name. */
const MIDDLE_INITIAL = /^\p{Lu}\p{Ll}+ \p{Lu}\.(?:\p{Lu}\.)? \p{Lu}/u;
const LEADER_AFTER = new RegExp(
  `^(?:[’']s (?:(?:own|former|late|new|first|second|third|last) )?(?:${PERSONS.possessed.join('|')})\\b|,? (?:(?:has|had) (?:(?:also|since|already|just|been) )*(?:[a-z]+ed|sworn|taken|made|sent|won|led|met|fled|held|given|told)|(?:${PERSONS.acts.join('|')}))\\b)`,
  'u',
);
const VERB_BEFORE = new RegExp(`\\b(?:${INVERTED_VERB}|[Aa]ccording to) $`);

const NAME_WORD = "(?:(?:al|el|bin|ibn)-)?\\p{Lu}[\\p{Ll}]+(?:\\p{Lu}[\\p{Ll}]+)?(?:[-’']\\p{Lu}?[\\p{Ll}]+)*";
/** Particles inside a name: "van der Linde", "Mohammed bin Salman", "bin Abdulrahman Al Thani". */
const NAME_PARTICLES = 'de|da|van|von|der|den|del|della|du|ter|ten|bin|ibn|al|el|le|la|di|dos|das|ben';
/** Words of a name that count for no given name or surname: its particles, and "Al" of a house ("Al Thani"). */
const PARTICLE = new Set([...NAME_PARTICLES.split('|'), 'Al']);
const NAME = new RegExp(
  `(?<![\\p{L}\\p{N}⟩’'.-])${NAME_WORD}(?: (?:(?:${NAME_PARTICLES}) ){0,2}(?:\\p{Lu}\\.(?:\\p{Lu}\\.)? )?${NAME_WORD}){0,6}(?![\\p{L}\\p{N}-])`,
  'gu',
);

/** Capitalised words that start a sentence or name a title, a day or a month: never part of a name. */
const NOT_NAME = new Set(
  (
    'The A An But And Or So Yet In On At For After Before When While Last This That These Those Both Its His Her Their Our Formally Speaking ' +
    'He She They We It I If As Since Until Although Though However Meanwhile Earlier Later According Asked Also Such Some Many Most Several ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Mr Mrs Ms Dr President Ambassador Secretary-General Secretary Minister Foreign Prime Deputy Spokesman Spokeswoman Spokesperson Leader Director ' +
    'Chancellor King Queen Emir Premier Senator Speaker General Admiral Envoy Representative Delegate Chairman Chief Commander Acting Former Permanent Special ' +
    'Under-Secretary-General Vice Defence Defense Interior State Supreme Top Senior Head Officials Official Reporting Additional Editing Writing ' +
    'Affairs Press Cabinet Government Spokesperson Chair Chairwoman Commissioner Coordinator Counsellor Adviser Advisor Governor Mayor Prosecutor ' +
    'Lt Gen Col Maj Brig Adm Capt Cmdr Sgt Lieutenant Colonel Major Brigadier Captain Sergeant Marshal Rear Admiral Sen Rep Gov Prof Shri Smt ' +
    'Hon Honourable Honorable Rt Excellency ' +
    // Styles of a ruling house before a given name: "Sheikh Mohammed bin Abdulrahman Al Thani".
    'Sheikh Sheikha Sheik ' +
    // The field of a post before the name: "Minister of International Relations Selma Haufiku".
    'International Relations'
  ).split(' '),
);

/** A ruler's style before a given name, which news keeps with the name ("King Hamad", "Sheikh Hasina", "Emir Tamim"). */
const STYLE_BEFORE = new RegExp(`(?:^|[\\s(])(?<style>${PERSONS.rulerStyles.join('|')}) $`);

/**
 * Nouns that end the name of a meeting, a body or a programme, never a person's: "Weekly Press Briefing", "Western
 * States", "the Joint Investigative Mechanism", "the Monitoring Team", "Africa Command".
 */
const NOT_NAME_END = new Set(
  (
    'Briefing Conference Council Assistance Integration Territories States Service Work Authorization Cooperation Affairs Forum Summit Session Meeting Programme Program ' +
    'Mechanism Team Command Mission Committee Commission Agency Panel Group Ministry Department Office Directorate Secretariat Embassy Consulate ' +
    'Force Forces Army Navy Guard Police Institute Centre Center Front Movement Party Union Court Tribunal Assembly Parliament Authority Authorities Trust'
  ).split(' '),
);

/** The labels `label` finds at the head of two or more paragraphs: one label twice is a transcript's speaker. */
function labelsTwice(text: string, label: RegExp): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(label)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** Whether the line holding `at` is a heading in title case: most of its longer words capitalised, verbs and all. */
function inHeading(text: string, at: number): boolean {
  const { words, capitalised } = titleCaseWords(lineAt(text, at));
  return words >= 5 && capitalised >= 0.7 * words;
}

const OFFICIAL =
  /\b(?:minister|ambassador|envoy|representative|spokes(?:man|woman|person)|president|secretary|chancellor|premier)\b/i;

export interface Person {
  key: string;
  name: string;
}

interface Found {
  span: Span;
  phrase: Span;
  key: string;
  surname: boolean;
}

export class PeopleFinder {
  /** Surnames (and the first word of three-word names, as in "Kim Jong Un") to the person they stand for. */
  private readonly surnames = new Map<string, string>();

  /** Names that label two or more paragraphs of a transcript ("Zhang Wei: ..."): the people speaking. */
  private readonly speakerLabels: Set<string>;

  /** Surnames in capitals that label two or more paragraphs ("RICHTER: ..."): a name ending in one is a person speaking. */
  private readonly labelSurnames: Set<string>;

  /**
   * UN coverage opens on a post that briefed the Council, unnamed ("..., the Deputy Special Envoy of the
   * Secretary-General for Syria told the Security Council"), and names its holder bare where the next paragraph
   * opens ("Leila Mansour said ..."): the post, and where its paragraph ends, until someone takes it.
   */
  private ledePost?: { title: string; end: number };

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
    /** The state whose government published the text: an official title naming no state is one of its posts. */
    private readonly homeState?: string,
  ) {
    this.speakerLabels = labelsTwice(text, /^\s*(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,3}):\s/gmu);
    this.labelSurnames = labelsTwice(text, /^\s*(\p{Lu}[\p{Lu}’'-]+):\s/gmu);
    const lede = /\n\s*\n([^\n]+)/.exec(text);
    const post = lede
      ? /\b[Tt]he (?<title>(?:(?:Deputy|Assistant|Acting|Personal|Special|Senior|Chief) )*(?:Envoy|Representative|Coordinator|Adviser|Advisor|Under-Secretary-General|Assistant Secretary-General|High Commissioner)\b[^,;.]{0,80}?) (?:told|briefed|informed)\b/.exec(
          lede[1]!,
        )
      : null;
    if (post && /Secretary-General|United Nations|\bUN\b|U\.N\./.test(post.groups!.title!))
      this.ledePost = { title: post.groups!.title!, end: lede!.index + lede![0].length };
  }

  /** The United Nations as the body a post serves, drafted when the text has not named it: its key. */
  private unitedNations(): string {
    const un = ORGANIZATIONS.find((o) => o.key === 'org:united-nations')!;
    this.entities.add(
      un.key,
      'Organization',
      un.name,
      { category: un.category, wikidataId: un.wikidataId },
      un.aliases,
    );
    return un.key;
  }

  /** The holder of the lede's post: the first person named bare, opening a paragraph (or after its opening participle), with no post. */
  private takesLedePost(key: string, start: number) {
    const post = this.ledePost;
    if (!post || start < post.end || this.entities.positions.some((p) => p.person === key)) return;
    // "Presenting the latest report of his Office, Amadou Ba Diallo said": a participle's phrase may open the paragraph.
    if (!/\n\s*(?:[A-Z][a-z]+ing\b[^.,;\n]{0,80}, )?$/.test(this.text.slice(Math.max(0, start - 100), start))) return;
    this.entities.position({ person: key, title: post.title, holder: this.unitedNations(), former: false });
    this.ledePost = undefined;
  }

  /** The people in one sentence, given the other mentions in it; updates the surname memory for the sentences after. */
  inSentence(sentence: Sentence, mentions: Mention[]): Mention[] {
    const units: Unit[] = mentions.map((m) => ({ mention: m, span: { start: m.start, end: m.end } }));
    const masked = new Masked(this.text, sentence, units);
    const found: Found[] = [];
    const participants = PARTICIPANTS.test(masked.text);
    /** Where the last person found in this sentence ends: "⟨person⟩ and ⟨name⟩" joins a person to another. */
    let lastPerson = -1;
    /** A list of names in apposition to a noun for people ("The survivors, ⟨name⟩ and ⟨name⟩,"). */
    let listed = false;
    for (const m of masked.text.matchAll(NAME)) {
      let words = m[0].split(' ');
      let at = m.index!;
      let titled = false;
      // "Force Commander Major General Tomas Ibarra": every word up to the title's last is the title's.
      const lastTitle = words.slice(0, -2).findLastIndex((w, i) => titleWord(w, words.length - i - 1));
      // "Air Vice Marshal Rohan Mehra": a rank ends a title whose first words are no title's alone.
      if (lastTitle > 0 && (TITLE_HEADS.includes(words[lastTitle]!.toLowerCase()) || RANKS.test(words[lastTitle]!))) {
        titled = true;
        at += words.slice(0, lastTitle + 1).join(' ').length + 1;
        words = words.slice(lastTitle + 1);
      }
      while (words.length && titleWord(words[0]!, words.length - 1)) {
        if (/^[A-Z]/.test(words[0]!) && TITLE_HEADS.includes(words[0]!.toLowerCase())) titled = true;
        // "Colonel Ahmed Farouk", "Air Vice Marshal Budi Santoso", "Major-General Aung Naing Tun": a rank is a title too.
        if (RANKS.test(words[0]!) || words[0]!.split('-').some((part) => RANKS.test(part))) titled = true;
        // "King Hamad declared", "Sheikh Hasina fled": a ruler's style is a title too.
        if (STYLE_BEFORE.test(`${words[0]} `)) titled = true;
        at += words[0]!.length + 1;
        words = words.slice(1);
      }
      // "Assistant Secretary-General for Africa Rukia Mensah-Bonsu": the first word is the title's field.
      if (words.length >= 3 && FIELD_BEFORE.test(masked.text.slice(0, at))) {
        at += words[0]!.length + 1;
        words = words.slice(1);
      }
      // "Wen Jiahe's Regular Press Conference": a possessive ends the name.
      const possessive = words.findIndex((w) => /[’']s$/.test(w));
      if (possessive >= 0) words = [...words.slice(0, possessive), words[possessive]!.replace(/[’']s$/, '')];
      while (words.length && NOT_NAME.has(words[words.length - 1]!)) words = words.slice(0, -1);
      if (words.filter((w) => !PARTICLE.has(w)).length > 4) continue;
      if (words.length === 0) continue;
      if (NOT_NAME_END.has(words[words.length - 1]!) || BODY_END.test(words[words.length - 1]!)) continue;
      const name = words.join(' ');
      // "..., Special Envoy Tells Security Council": in a heading in title case, one capitalised word after a title
      // is as likely its verb as a surname; the body names the person in full.
      if (words.length === 1 && !this.surnames.has(name) && inHeading(this.text, masked.offset(at))) continue;
      const end = at + name.length;
      const before = masked.text.slice(0, at);
      const after = masked.text.slice(end);
      const span = masked.original(at, end);

      const known = words.length === 1 ? this.surnames.get(name) : this.entities.get(makeKey('person', name))?.key;
      // "spokesperson Major-General ⟨name⟩": a post may stand before the rank, which the name's words left out.
      const posted = before.replace(RANK_TAIL, '');
      const titleBefore = TITLE_BEFORE.exec(before) ?? (posted !== before ? TITLE_BEFORE.exec(posted) : null);
      const titledBefore = titleBefore && !TITLE_BEFORE.test(before) ? posted : before;
      const titleAfter = TITLE_AFTER.exec(after);
      const bracket = STATE_IN_BRACKETS.exec(after);
      const represented =
        bracket && this.entities.get(units[Number(bracket[1])]!.mention.key)?.type === 'State'
          ? units[Number(bracket[1])]!.mention
          : undefined;
      const affiliation = AFFILIATION.exec(after);
      const affiliated =
        !!affiliation && this.entities.get(units[Number(affiliation[1])]!.mention.key)?.type === 'Organization';
      const labelled =
        (this.speakerLabels.has(name) && /^:/.test(after)) ||
        (words.length > 1 && this.labelSurnames.has(words[words.length - 1]!.toUpperCase()));
      const serves = participants ? SERVES_AT.exec(after) : null;
      const servesAt = serves ? units[Number(serves[1])]!.mention : undefined;
      const evidence =
        participants ||
        !!represented ||
        labelled ||
        affiliated ||
        titled ||
        titleBefore ||
        titleAfter ||
        HONORIFIC_BEFORE.test(before) ||
        VERB_AFTER.test(after) ||
        (words.length > 1 && LEADER_AFTER.test(after)) ||
        APPOSITION.test(after) ||
        VERB_BEFORE.test(before) ||
        GROUP_BEFORE.test(before) ||
        (EVENT_BEFORE.test(before) && !QUALIFIES_AFTER.test(after)) ||
        MIDDLE_INITIAL.test(name) ||
        (words.length > 1 && this.piloted(before, units)) ||
        // "⟨Mohammed al-Rashid⟩ and ⟨Karim Nasser⟩": a name joined to a person's is one too.
        (words.length > 1 &&
          lastPerson >= 0 &&
          (listed ? /^(?:,|,? and) $/ : /^,? and $/).test(before.slice(lastPerson)));
      if (GROUP_BEFORE.test(before)) listed = true;
      if (!known && !(evidence && (words.length > 1 || titled || titleBefore || HONORIFIC_BEFORE.test(before))))
        continue;

      const key = known ?? makeKey('person', name);
      if (!known) this.entities.add(key, 'Person', name);
      // "King Hamad": a ruler named by a given name alone is named with the style too.
      const style = words.length === 1 ? STYLE_BEFORE.exec(before) : null;
      if (style) this.entities.alias(key, `${style.groups!.style} ${name}`);
      let phrase = span;
      if (titleBefore?.groups?.title) {
        const titleStart =
          titledBefore.length - titleBefore[0].length + titleBefore[0].indexOf(titleBefore.groups.title);
        // "Foreign Minister Anna Berg of Finland": the state after the name is the title's.
        const of = /^ of (?:the )?⟨(\d+)⟩/.exec(after);
        phrase = { start: masked.offset(titleStart), end: of ? masked.offset(end + of[0].length, 'end') : span.end };
        this.holds(
          key,
          masked,
          titleStart,
          titleStart + titleBefore.groups.title.length,
          units,
          of ? units[Number(of[1])]!.mention : undefined,
        );
      } else if (titleAfter?.groups?.title) {
        const titleStart = end + titleAfter[0].indexOf(titleAfter.groups.title);
        const titleEnd = titleStart + titleAfter.groups.title.length;
        phrase = { start: span.start, end: masked.offset(titleEnd, 'end') };
        this.holds(key, masked, titleStart, titleEnd, units);
      } else if (titled) {
        phrase = { start: masked.offset(m.index!), end: span.end };
      }
      if (servesAt && this.entities.get(servesAt.key)?.type === 'Organization') {
        const body = this.entities.get(servesAt.key)!;
        this.entities.position({ person: key, title: `Official of ${body.name}`, holder: body.key, former: false });
      }
      if (represented) {
        // The brackets are part of how the delegate is named: "⟨Tanabe (Japan)⟩ said".
        phrase = { start: phrase.start, end: masked.offset(end + bracket![0].length, 'end') };
        const state = this.entities.get(represented.key)!;
        this.entities.position({
          person: key,
          title: `Representative of ${state.name}`,
          holder: state.key,
          former: false,
        });
      }
      if (words.length > 1 && !titled) this.takesLedePost(key, span.start);
      found.push({ span, phrase, key, surname: words.length === 1 && !!known });
      lastPerson = end;
      if (words.length > 1) {
        this.surnames.set(words[words.length - 1]!, key);
        if (words.length >= 3) this.surnames.set(words[0]!, key);
        // "Kim Jong Un" is Kim, not Un: only a family name that reads as one becomes an alias.
        if (words.length === 2 || words[words.length - 1]!.length > 3)
          this.entities.alias(key, words[words.length - 1]!);
      }
    }
    return found.map((f) => {
      this.entities.mention(f.key, f.span, this.text);
      return { ...f.span, key: f.key, form: f.surname ? 'surname' : 'name', phrase: f.phrase };
    });
  }

  /** Whether the words before a name are a weapon system's and "of" or "flown by": the name is its pilot's. */
  private piloted(before: string, units: Unit[]): boolean {
    const craft = CRAFT_BEFORE.exec(before);
    return !!craft && this.entities.get(units[Number(craft[1])]!.mention.key)?.type === 'WeaponSystem';
  }

  /**
   * What "its" or "their" before a post stands for: the state or organization the sentence before names first, its
   * subject ("The French foreign ministry said the islands had been French. Its spokesman, ...": the ministry's).
   */
  private namedBefore(at: number): string | undefined {
    const own = this.text.slice(0, at).search(/[.!?]["”]?\s+\S*$/);
    const from = Math.max(
      this.text.lastIndexOf('\n', at),
      this.text.slice(0, Math.max(0, own)).search(/[.!?]["”]?\s+[^.!?]*$/),
    );
    let first: { key: string; start: number } | undefined;
    for (const record of this.entities.byKey.values()) {
      if (record.type !== 'State' && record.type !== 'Organization') continue;
      for (const m of record.mentions)
        if (m.end <= at && m.start > from && (!first || m.start < first.start))
          first = { key: record.key, start: m.start };
    }
    return first?.key;
  }

  /** Records the post a title names, held for the state or organization in it. */
  private holds(person: string, masked: Masked, start: number, end: number, units: Unit[], after?: Mention) {
    const words = masked.text.slice(start, end);
    const span = masked.original(start, end);
    const title = this.text
      .slice(span.start, span.end)
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[,\s]+$/, '');
    const inTitle = listUnits(words).map((i) => units[i]!.mention);
    const typeOf = (m: Mention) => this.entities.get(m.key)?.type;
    // "UN director at the International Crisis Group": the body after "at", "of" or "for" is the employer.
    // Of two posts ("Special Representative of ⟨A⟩ and Head of ⟨B⟩"), the second names the body the person heads.
    const second = / and (?:Head|Chief|Director|Commander|Chair\w*|President|Coordinator) of (?:the )?⟨(\d+)⟩/.exec(
      words,
    );
    const complement = second ?? /(?:at|of|for) (?:the )?⟨(\d+)⟩/i.exec(words);
    const employer = complement ? units[Number(complement[1])]!.mention : undefined;
    const state = inTitle.find(
      (m) =>
        typeOf(m) === 'State' && !new RegExp(`to (?:the )?⟨${units.findIndex((u) => u.mention === m)}⟩`).test(words),
    );
    const organization = inTitle.find((m) => typeOf(m) === 'Organization');
    const holder =
      (employer && typeOf(employer) === 'Organization' && !state
        ? employer
        : employer && typeOf(employer) === 'Organization' && /\bat\b/i.test(words)
          ? employer
          : (state ?? organization)) ??
      (after && ['State', 'Organization'].includes(typeOf(after) ?? '') ? after : undefined);
    // "Special Envoy of the Secretary-General for ...": an envoy, a representative or an adviser of the
    // Secretary-General serves the United Nations and speaks for it; only the spokesperson speaks for the office.
    const envoy = holder?.key === 'org:un-secretary-general' && !/spokes/i.test(title);
    // "Force Commander Major General Tomas Ibarra": the rank is the title read; the command of a peacekeeping force
    // before it is a post of the United Nations.
    const command = /\bForce Commander (?:(?:Major|Lieutenant|Brigadier|Air|Rear|Vice) )?$/.test(
      this.text.slice(Math.max(0, span.start - 40), span.start),
    );
    if ((!holder || envoy) && (command || /Secretary-General|\bUN\b|U\.N\.|United Nations/.test(title))) {
      // "Special Envoy of the Secretary-General", "Under-Secretary-General for ...": posts of the United Nations.
      this.entities.position({ person, title, holder: this.unitedNations(), former: false });
      return;
    }
    // "The foreign ministry said ... Its spokesman, ⟨name⟩, rejected ...": a post of "its" or "their" is held for the
    // state or body named last before it.
    const owner =
      !holder && /\b(?:its|their) $/i.test(this.text.slice(Math.max(0, span.start - 6), span.start))
        ? this.namedBefore(span.start)
        : undefined;
    if (owner) {
      this.entities.position({ person, title, holder: owner, former: /\bformer\b/i.test(title) });
      return;
    }
    // "China's embassy in Quito protested ... An embassy spokesman, ⟨name⟩, said": a post of a kind of body named by
    // the kind alone is held at the body of that kind the text named just before.
    const kind = !holder
      ? KIND_BEFORE_POST.exec(
          `${/(?:^|\s)((?:high )?[a-z]+ )$/i.exec(this.text.slice(Math.max(0, span.start - 30), span.start))?.[1] ?? ''}${title}`,
        )
      : null;
    const body = kind
      ? this.entities.lastNamedBefore(
          span.start,
          (e) => e.type === 'Organization' && KIND_OF_BODY.get(kind[1]!.toLowerCase())!.test(e.name),
          KIND_NAMED_NEAR,
        )
      : null;
    if (body) {
      this.entities.position({ person, title, holder: body, former: /\bformer\b/i.test(title) });
      return;
    }
    if (!holder) {
      if (this.homeState && OFFICIAL.test(title)) {
        this.entities.position({
          person,
          title,
          holder: this.entities.state(this.homeState).key,
          former: /\bformer\b/i.test(title),
        });
      }
      return;
    }
    this.entities.position({ person, title, holder: holder.key, former: /\bformer\b/i.test(title) });
  }
}
