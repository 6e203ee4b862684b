import { z } from 'zod';
import { LIST } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { CONTENT_CRITICISM, CONTENT_DENIALS, GUILT, RESPONSIBILITY } from './content.js';
import { JUDGEMENT_PHRASES } from './judged.js';

/**
 * The words that give what was said its kind (said.json): criticism
 * ("would only worsen the situation", "had outlived its purpose"),
 * dismissal ("baseless", "a fabrication") and warning ("vowed to
 * retaliate", "will impose sanctions"), outcome ("should be adjusted"), each
 * list one pattern matched at
 * word boundaries over the masked sentence; and wrongdoing ("had violated",
 * "entered its airspace"), read after the party said to have done it, or
 * done to someone by a party named after "by" ("had been armed by").
 */

const table = z
  .object({
    criticism: group,
    dismissal: group,
    affirmed: group,
    motive: group,
    warning: group,
    justification: group,
    wanted: group,
    outcome: group,
    wrongdoing: group,
    doneBy: group,
    doneFrom: group.extend({ joined: z.array(z.string()).min(1) }),
    hostileFor: group,
    announcement: group,
    bothParties: group,
    everyParty: group.extend({ quantifiers: z.array(z.string()).min(1) }),
    attribution: group,
    described: group,
    redress: group,
    unnamed: group,
    deflection: group,
    breach: group.extend({ acts: z.array(z.string()).min(1) }),
    presence: group,
    record: group,
    unnamedParties: group,
    broughtIn: group.extend({ people: z.array(z.string()).min(1) }),
    complicity: group,
    fromUnnamed: group,
    accessDenied: group.extend({ people: z.array(z.string()).min(1) }),
    noneOfOwn: group.extend({ near: z.array(z.string()).min(1) }),
    notCrossed: group.extend({ lines: z.array(z.string()).min(1) }),
  })
  .parse(dataTable('said.json'));

const pattern = (phrases: string[]) => new RegExp(String.raw`\b(?:${phrases.join('|')})(?![\p{L}])`, 'iu');

/** A judgement of what someone did or says: a criticism. */
export const EVALUATION = pattern([...table.criticism.phrases, ...JUDGEMENT_PHRASES, ...CONTENT_CRITICISM]);
/** Words rejecting what was said as untrue: a denial. */
export const DISMISSAL = pattern([...table.dismissal.phrases, ...CONTENT_DENIALS]);
/** Words believing what another party charged or found ("credible", "alarming"): no denial of it. */
export const AFFIRMED = pattern(table.affirmed.phrases);
/** Bad faith imputed ("a pretext to interfere"): an accusation. */
export const MOTIVE = pattern(table.motive.phrases);
/** What a party's own forces did, told as lawful or limited ("fired in self-defence"): from that party, a denial. */
export const JUSTIFICATION = pattern(table.justification.phrases);
/** A threat or an act announced for the future: a warning. */
export const WARNING = pattern(table.warning.phrases);
/** A party named without a name ("anyone who does so"): a warning to it is aimed at no one. */
export const UNNAMED = pattern(table.unnamed.phrases);
/** An outcome the speaker's side says it wants, naming no one to bring it about ("we want a ceasefire"): a call for it. */
export const WANTED = pattern(table.wanted.phrases);
/** An outcome asked for of no one named ("sanctions should be adjusted"): a call for it. */
export const OUTCOME = pattern(table.outcome.phrases);
/** The passive of an outcome asked for: "⟨B⟩ should be deployed" asks nothing of ⟨B⟩. */
export const ASKED_PASSIVE = new RegExp(String.raw`\b${table.outcome.phrases[0]!}\b`, 'i');
/** What a party is said to have done wrong, as a pattern's source to follow its subject. */
export const WRONG_ACTS = String.raw`(?:${[...table.wrongdoing.phrases, ...RESPONSIBILITY, ...GUILT].join('|')})\b`;
/** The people and craft a side says none of did a wrong ("no ⟨B⟩ crew had ..."), as a pattern's source. */
export const OWN_PEOPLE = String.raw`(?:${table.noneOfOwn.phrases.join('|')})`;
/** Coming near or over a border, an airspace or a territory ("flew near the border"): what none of a side's craft did. */
export const NEAR_LINE = String.raw`(?:${table.noneOfOwn.near.join('|')})\b`;
/**
 * A line said not crossed, by the words' subject or in a predicate joined to it ("flew over neutral waters and did not
 * violate the borders of any State", "but had not crossed it"): what is before the negation is the doer, what is after
 * the line.
 */
export const NOT_CROSSED = new RegExp(
  String.raw`\b(?:${table.notCrossed.phrases.join('|')}) (?:it\b|(?:(?:the|its|their|our|any|anyone's) )?(?:[\w⟨⟩’'-]+ ){0,3}?(?:${table.notCrossed.lines.join('|')})\b)`,
  'i',
);
/** Wrongs in the passive, one or several joined ("armed, trained and sheltered"), as a pattern's source to precede "by ⟨B⟩". */
const DONE = `(?:${table.doneBy.phrases.join('|')})`;
export const DONE_TO = String.raw`\b(?:had been|have been|has been|was|were|is|are|being) (?:\w+ )?${DONE}(?:(?:,| and| or|, and) (?:\w+ )?${DONE})*`;

/**
 * "the rebels had been armed and commanded from ⟨B⟩": a force or an act made or run from a party's ground, the party (group
 * 1) its author. At least one verb of arming or commanding (doneFrom), with any verbs of 'joined' beside it: "financed
 * from ⟨B⟩" alone tells of aid as well as of a wrong.
 */
const FROM = `(?:${table.doneFrom.phrases.join('|')})`;
const FROM_JOINED = `(?:${[...table.doneFrom.phrases, ...table.doneFrom.joined].join('|')})`;
const JOINED = String.raw`(?:,| and| or|, and) (?:\w+ )?`;
export const DONE_FROM = new RegExp(
  String.raw`\b(?:had been|have been|has been|was|were|is|are|being) (?:\w+ )?(?:${FROM_JOINED}${JOINED})*${FROM}(?:${JOINED}${FROM_JOINED})* from (?:the )?(?:territory of |soil of )?(${LIST})`,
  'i',
);

/** "for a blockade of ⟨P⟩", "for arming the militias": a hostile act a party is faulted for, an accusation of it. */
export const FAULTED_FOR_HOSTILE = new RegExp(String.raw`\bfor (?:${table.hostileFor.phrases.join('|')})`, 'i');

/** Blame shifted ("a scapegoat for its own failures", "to hide its own failure"): a criticism of the one shifting it. */
export const DEFLECTION = pattern(table.deflection.phrases);

/**
 * "the strikes violated ⟨B⟩'s sovereignty", "the ⟨Israeli⟩ attacks on ⟨C⟩ breached international law": an act, not a
 * party, said to break the law; the pattern's groups are the party named before the act ("the ⟨Israeli⟩ strikes",
 * "⟨B⟩'s raids") and what the act was done to, with the law it breaks after.
 */
export const ACT_BREACH = new RegExp(
  String.raw`^(?<act>(?:the |these |those |this |such |its |their )?(?:(${LIST})(?:[’']s)? )?(?:[\w-]+ ){0,2}?(?:${table.breach.acts.join('|')})\b(?: (?:of|on|against|in|into|near|over|by) [^,;]{0,60}?)?)(?: (?:had|have|has|had been|were|was|are|is|would|will|clearly|also|directly|flagrantly|blatantly))* (?:${table.breach.phrases.join('|')})`,
  'i',
);

/** "there are no foreign military bases in ⟨A⟩", "there was no French base on ⟨Beninese⟩ soil": foreign forces denied. */
export const NO_PRESENCE = new RegExp(
  String.raw`\bthere (?:is|are|was|were|has been|have been|had been) (?:no|not a single|not any) (?:[\w⟨⟩-]+ ){0,3}?(?:${table.presence.phrases.join('|')}) (?:of any kind |whatsoever )?(?:in|on|inside|anywhere (?:in|on)) (?:the )?(?:territory of |soil of )?(?:⟨(\d+)⟩|(?:our|its|his|her|their) (?:own )?(?:soil|territory|country))`,
  'i',
);

/** A toll, a rise or reports received ("at least 46 civilians had been killed"): from the UN or a monitor, a finding. */
export const RECORD = pattern(table.record.phrases);

/**
 * "Western members bore responsibility for ...", "certain countries outside the region were arming ...": a wrong said
 * of parties the speaker does not name, as a pattern's source opening a clause before the wrong.
 */
export const UNNAMED_PARTIES = String.raw`(?:the )?(?:${table.unnamedParties.phrases.join('|')})\b`;

/**
 * "had been armed and encouraged from abroad", "was financed by outside powers": a wrong done to the clause's subject by
 * parties the words leave unnamed.
 */
export const DONE_FROM_UNNAMED = new RegExp(
  String.raw`${DONE_TO}(?: [^,;⟨]{0,40}?)? (?:${table.fromUnnamed.phrases.join('|')}|by ${UNNAMED_PARTIES})`,
  'i',
);

/**
 * "the ⟨OSCE⟩ monitors had been denied access to ⟨P⟩", "inspectors were refused entry by ⟨B⟩": those who were to watch or
 * help kept out, told in the passive; `by` is whoever the words say kept them out, `body` the monitoring body
 * itself when the words name it bare ("the ⟨UNMOGIP⟩ had been denied access").
 */
export const ACCESS_DENIED = new RegExp(
  String.raw`^(?:the |our |its |their |his |her )?(?:[\w⟨⟩’'-]+ ){0,3}?(?:${table.accessDenied.people.join('|')}|(?<body>⟨\d+⟩)) (?:[^,;⟨]{0,30}? )?(?:(?:had|have|has)(?: also| again| still| repeatedly| since| now)? been|were being|was being|were|was|are|is|had|have|kept being) (?:also |again |still |repeatedly |systematically |routinely |once more )?(?:${table.accessDenied.phrases.join('|')})\b(?:[^;]*?\bby (?:the )?(?<by>${LIST}))?`,
  'i',
);

/**
 * "mercenaries had been flown into the country from neighbouring States", "weapons were smuggled across the border by
 * ⟨B⟩": fighters or arms brought in, told in the passive; group 1 is whoever the words say brought them.
 */
export const BROUGHT_IN = new RegExp(
  String.raw`^(?:the |some |more |(?:hundreds|thousands|dozens) of |[\d,]+ )?(?:foreign |armed |hired )?(?:${table.broughtIn.people.join('|')}) (?:[^,;⟨]{0,20}? )?(?:had been|have been|has been|were being|was being|are being|is being|were|was|are|is) (?:also |reportedly |secretly |illegally |repeatedly )?(?:${table.broughtIn.phrases.join('|')}) (?:in|into|across)\b(?:[^;]*?\bby (?:the )?(${LIST}))?`,
  'i',
);

/** The part a party is said to have played in a wrong ("without the coordination and support of"), before the party. */
export const COMPLICITY_OF = String.raw`(?:the |its |their )?(?:[\w-]+ )?(?:${table.complicity.phrases.join('|')})(?:,? (?:and|or) (?:[\w-]+ )?(?:${table.complicity.phrases.join('|')}))* of`;

/** A visit, a meeting or a conference announced ("the Minister will travel to ..."): a position. */
export const ANNOUNCEMENT = pattern(table.announcement.phrases);

/** What only the party that did a wrong can grant ("the release of our fishermen"): asked for, a demand of that party. */
export const REDRESS = pattern(table.redress.phrases);

/** "urged both governments to ...", "the two neighbours": a demand of the two parties, opening the words asked. */
export const BOTH_PARTIES = new RegExp(
  String.raw`^(?:both|the two) (?:${table.bothParties.phrases.join('|')})\b(?! (?:of|in|at|on)\b)`,
  'i',
);
/**
 * "demanded that all parties to armed conflict respect ...", "that every Member State enforce ...": a that-clause
 * asking it of every party of a kind, not of one named inside it. Its subject does what is asked, not "be" done to.
 */
export const EVERY_PARTY = new RegExp(
  String.raw`^\s*that (?:${table.everyParty.quantifiers.join('|')}) (?:[\w-]+ ){0,2}?(?:${[...table.everyParty.phrases, ...table.bothParties.phrases].join('|')})\b(?! be\b)`,
  'i',
);
/** Words that say only who spoke and where ("told reporters in"), which a claim's words may not be alone. */
export const ATTRIBUTION = new RegExp(String.raw`\b(?:${table.attribution.phrases.join('|')})\b`, 'gi');
/** "accused the military of ...", "urged the administration to ...": a party named by what it is, opening a claim's words. */
const DESCRIBED_OPENING = new RegExp(String.raw`^(?:${table.described.phrases.join('|')})(?![\p{L}-])(?![’']s)`, 'iu');
/** "the Government of Chad" names its state, which the mentions read; case matters, so apart. */
const OF_NAME = /^ of (?:the )?\p{Lu}/u;
export const opensWithDescribed = (words: string): boolean => {
  const m = DESCRIBED_OPENING.exec(words);
  return !!m && !OF_NAME.test(words.slice(m[0].length));
};
