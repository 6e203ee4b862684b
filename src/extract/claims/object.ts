import { addresseeFor, KIN, roleAddressee, suppliersAddressed, suppliersOf } from './consequences.js';
import { readWrongful } from './wrongful.js';
import { doersOfActStopped } from './hostile.js';
import type { ClaimKind } from '../../domain/index.js';
import { STATE_FORMS } from '../gazetteer.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import type { Span } from '../types.js';
import type { ClaimFinder } from './finder.js';
import { AFFIRMED, DISMISSAL, EVALUATION, EVERY_PARTY, opensWithDescribed, UNNAMED_PARTIES } from './lexicon.js';
import { RESOLVING_SUBJECT } from './content.js';
import { ACCUSATION_OBJECT, deniedKinds, LINK, PLAYERS_AFTER } from './patterns.js';
import { VOICERS } from './accounts.js';
import { firstEntity, ownerOfSubject, passiveDoer, refusedParty, subjectOf } from './referents.js';
import { TEXT_JUDGED } from './judged.js';
import { partyOf } from './own-side.js';
import { OTHERS_OF } from './parties.js';
import { pronounObject, responder, setAgainst } from './reference.js';
import type { Found, Reading, SentenceContext } from './types.js';

/**
 * "accused Western delegations of \"selective outrage\" and of shielding ⟨B⟩", "blamed certain countries for ...":
 * parties charged without a name are who is accused, so a party named in what they did is not.
 */
const UNNAMED_ACCUSED = new RegExp(String.raw`^\s*${UNNAMED_PARTIES} (?:of|for)\b`, 'i');

/** "repeated by certain ⟨A⟩ officials": an account's party after the words saying which of its people voiced it. */
const VOICED_BY = new RegExp(`\\bby\\s+(?:the )?${VOICERS}(?:the )?(${LIST})`, 'i');
/** Where the words naming an accusation end and what it is called, said or judged begins. */
const ACCUSATION_ENDS = /\s(?:that|as|because|since|while|saying|calling)\s/;
/** What a party's forces or government are asked to do: "the withdrawal of ⟨B⟩ forces", "that the ⟨B⟩ authorities guarantee". */
const FORCES_ASKED =
  /^\s*(?:that )?(?:an? |the )?(?:[\w-]+ ){0,3}?(?:withdrawal|pull-?out|pullback|departure) of (?:all )?(?:the )?⟨(\d+)⟩ (?:armed )?(?:forces|troops|soldiers|units|personnel)\b|^\s*(?:that )?(?:the )?⟨(\d+)⟩ (?:authorities|government|forces|troops|army|military|police) (?!(?:is|are|was|were|has|have|had|would|will|could|can|may|might|be|and|or|to|of|in|on|for|from|with|at|by|who|which|that)\b)[a-z]+\b/;

/**
 * The object of a verb that is not a verb of words: whom it is aimed at
 * and where what is alleged begins, by what the verb table says its object
 * is ("accused ⟨B⟩ of ...", "blamed the blast on ⟨B⟩", "condemned the
 * strikes by ⟨A⟩", "called it a violation", "denied the accusations made
 * by ⟨A⟩", "called for ⟨B⟩'s withdrawal").
 */

/** What another side decided or did, refused: "the decision of ⟨B⟩", "the new measures announced on 4 May by ⟨B⟩". */
const ACT_REFUSED = new RegExp(
  String.raw`^\s*(?:(?:again|also|firmly|categorically|flatly|once again|in the strongest(?: possible)? terms),? )*(?:the |this |these |that |those |any |such )?(?:[\w-]+ ){0,3}?(?:decision|decisions|measures|announcement|move|plans?|deployment|sanctions|law|legislation|decree|proposal|designation|restrictions|ultimatum|steps|policy|establishment|construction|annexation|occupation|presence)\b[^;⟨]{0,60}?\b(?:of|by) (?:the )?⟨(\d+)⟩`,
);

/**
 * "rejected the legitimacy of continued ⟨Israeli⟩ settlement activity", "rejects the legality of ⟨B⟩'s blockade": the
 * standing of another side's act refused, a criticism of that side, not a denial of anything it said.
 */
const STANDING_REFUSED = new RegExp(
  String.raw`^\s*(?:(?:again|also|firmly|categorically|flatly|once again|in the strongest(?: possible)? terms),? )*(?:the |any )?(?:legitimacy|legality|lawfulness|validity|legal basis) of (?:the |any |continued |ongoing |further |new |so-called )*⟨(\d+)⟩`,
);

/** A state's own bodies, whose acts are the state's. */
const GOVERNING = /\b(?:Ministry|Department|Government|Cabinet|Council|Presidency|Office|Parliament|Assembly)\b/;

/** The state a government body belongs to, as the text links it or as its name says ("... of the United States"). */
function governmentOf(finder: ClaimFinder, key: string, name: string): string | null {
  const linked = finder.speakers.sideOf(key);
  if (linked && linked !== key) return linked;
  const named = STATE_FORMS.get(/\bof (?:the )?((?:(?!\bof\b).)+)$/.exec(name)?.[1] ?? '');
  return named ? finder.entities.state(named.code).key : null;
}

/**
 * "condemned the test as reckless, and the ⟨General Assembly⟩ later adopted a resolution": a clause joined after it,
 * with a subject and a verb of its own, is not what the verb takes as its object.
 */
const NEXT_CLAUSE =
  /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+)?⟨\d+⟩\s+(?:(?:[a-z]+ly|later|also|then|has|had|have|was|were|is|are|would|will)\s+)*(?!of\b|and\b|or\b|to\b|in\b|for\b|on\b)[a-z]+(?:ed|s)\b/;

/** An object naming an act and whom it was done to: "the sale of Rafales to ⟨B⟩", "the attack on ⟨B⟩'s embassy". */
const ACT_DONE_TO =
  /^\s*(?:the|this|that|these|those|such|any) (?:[a-z-]+ ){0,3}?[a-z-]+ (?:of [a-z⟨⟩\d -]{1,40}? )?(?:to|on|against|into|towards) (?:the )?⟨(\d+)⟩/i;

/** The words of an object up to a clause joined after it. */
function ownClause(object: string): string {
  const next = NEXT_CLAUSE.exec(object);
  return next ? object.slice(0, next.index) : object;
}

/**
 * "criticised the deal, which includes offsets for ⟨Thai⟩ industry, for ...": an aside on what is criticised names
 * what it holds or whom it touches, not who is criticised; one whose subject is a party ("the strikes, which ⟨B⟩
 * carried out, ...") is kept.
 */
const ASIDE = /^(\s*(?:the|this|that|these|those|its|their) [^⟨,;]{1,40}), (?:which|that) (?!(?:the )?⟨)[^,;]*,/i;

function withoutAside(object: string): string {
  const aside = ASIDE.exec(object);
  return aside ? aside[1]! + object.slice(aside[0].length) : object;
}

/** "an urgent meeting of", "an emergency session of": what a body is asked to hold, before the body. */
const MEETING_OF =
  '(?:an? (?:(?:urgent|emergency|immediate|special|extraordinary|open) )*(?:meeting|session) of (?:the )?)?';

export interface ObjectReading {
  readings: Reading[];
  allegationStart: number;
  deniesAccusation: boolean;
  deniedAccuser: string | null;
  denies: ClaimKind[];
}

/**
 * The party a relative clause hangs on when the clause's verb is the one read and its pronoun the verb's object:
 * "⟨B⟩, which she accused of ...", "⟨B⟩ and its allies, whom he blamed for ...". The subject of the clause is a
 * pronoun or a name, so that "⟨B⟩, which accused ⟨C⟩" (the party as subject) is not read.
 */
const RELATIVE_OBJECT =
  /(⟨\d+⟩)(?: [a-z]+)?,? (?:which|whom|who) (?:he|she|they|it|we|(?:the )?⟨\d+⟩)(?: (?:also|had|has|have|later|then|repeatedly|previously|again))* $/;

function antecedent(masked: Masked, f: Found): number | null {
  const m = RELATIVE_OBJECT.exec(
    masked.text.slice(Math.max(0, f.verbEnd - f.kindVerb.length - 120), f.verbEnd - f.kindVerb.length),
  );
  return m ? Number(/\d+/.exec(m[1]!)![0]) : null;
}

/** The thing judged before what it is called ("the scandal" in "called the scandal an affair"), a noun of a few words. */
const JUDGED_LEAD = /^\s*(?:the|this|that|these|those|its|their) (?:[\w-]+ ){0,2}?[\w-]+ (?=(?:a|an|as) )/;

export function readObject(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  f: Found,
  verbKind: ClaimKind,
  complement: Span,
): ObjectReading {
  const units = masked.units;
  let kind = verbKind;
  const readings: Reading[] = [];
  const object = masked.text.slice(complement.start, complement.end);
  let target: number | null = null;
  let allegationStart: number;
  let deniesAccusation = false;
  let deniedAccuser: string | null = null;
  let denies: ClaimKind[] = [];
  let referent: string[] = [];
  let everyParty = false;
  let role: ReturnType<typeof roleAddressee>;
  let armed: ReturnType<typeof suppliersAddressed>;
  const lead = /^\s*(?:that\s+)?/.exec(object)![0].length;
  // "warned that ⟨A⟩ would not hesitate to defend ...": the party resolving to act is the one warning (content.ts).
  const resolving = kind === 'WARN' && RESOLVING_SUBJECT.test(object);
  const judged = f.verb.object === 'judgement' ? ACCUSATION_OBJECT.exec(object.slice(lead)) : null;
  // "called the ⟨American⟩ accusations a campaign of pressure", "called the findings a distortion of history": whatever
  // another party's charges or findings are called, unless believed, they are rejected; findings called faulty
  // ("amateurish") are criticized.
  if (
    kind === 'CRITICIZE' &&
    judged &&
    /^(?:accusation|allegation|claim|charge|insinuation|finding|report|conclusion)/.test(judged[2]!) &&
    !AFFIRMED.test(object) &&
    (/^(?:accusation|allegation|claim|charge|insinuation)/.test(judged[2]!) || !EVALUATION.test(object))
  )
    kind = 'DENY';
  // "called it the fastest purchase in the country's history": a judgement that finds no fault is a position, not a criticism.
  // The judgement is what the thing is called, not the thing: "called the scandal an ⟨Argentine⟩ affair" finds no fault.
  else if (
    kind === 'CRITICIZE' &&
    f.verb.object === 'judgement' &&
    !EVALUATION.test(object.replace(JUDGED_LEAD, '')) &&
    !DISMISSAL.test(object)
  )
    kind = 'STATE';
  // "called the report a groundless smear", "described the accusations as lies": what is judged untrue is denied.
  else if (
    kind === 'CRITICIZE' &&
    f.verb.object === 'judgement' &&
    ACCUSATION_OBJECT.test(object.slice(lead)) &&
    DISMISSAL.test(object)
  )
    kind = 'DENY';
  const firstToken = (s: string): number | null => {
    const m = /⟨(\d+)⟩/.exec(s);
    return m ? Number(m[1]) : null;
  };
  // "urged all members of the ⟨Council⟩ to ...", "called on ⟨Council⟩ members to ...": the body is whom it urges;
  // "urged Mr. ⟨Kovač⟩ to ...", the person; "calls on the ⟨EU⟩ and on ⟨NATO⟩ to ...", each body it calls on.
  // "requested an urgent meeting of the ⟨Council⟩": the body asked to meet is whom the demand is made of.
  const meeting = kind === 'DEMAND' ? MEETING_OF : '';
  // "asked our neighbour ⟨B⟩ to ...": the party named after what it is to the speaker.
  const kin = kind === 'DEMAND' ? `${KIN}?` : '';
  const objectList =
    new RegExp(
      `^\\s*${meeting}${kin}(?:the |all (?:the )?|(?:Mr|Mrs|Ms|Dr)\\.? )?(?:(?:other )?(?:members|member states) of (?:the )?)?(${LIST}(?:,? and (?:also )?(?:on|upon) (?:the )?⟨\\d+⟩)?)(?:[’']s| members(?= to\\b))?`,
    ).exec(object) ??
    // "urges the guarantors of the ⟨Agreement⟩, including ⟨A⟩ and ⟨B⟩, to ...": those a demand names among whom it addresses.
    (kind === 'DEMAND'
      ? new RegExp(
          `^\\s*(?:the |all )?[^⟨,;]{1,60}?(?:⟨\\d+⟩[^⟨,;]{0,20}?)?, (?:including|in particular|notably|especially) (?:the )?(${LIST}),`,
        ).exec(object)
      : null);
  // "called on ⟨Haitian⟩ political actors to ...": the state's players addressed as a group are no party the draft holds.
  const players =
    kind === 'DEMAND' &&
    objectList !== null &&
    listUnits(objectList[1]!).length === 1 &&
    ((units[listUnits(objectList[1]!)[0]!]!.mention.form === 'demonym' &&
      PLAYERS_AFTER.test(object.slice(objectList.index + objectList[0].length))) ||
      // "called on ⟨B⟩'s partners to stop supplying it": others named by what they are to ⟨B⟩, not ⟨B⟩.
      (/[’']s$/.test(objectList[0]) && OTHERS_OF.test(object.slice(objectList.index + objectList[0].length))));
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
      ? new RegExp(`^\\s*(?:the |its |their |this |these |those )?(?:[\\w⟨⟩’'-]+ ){1,12}?by (?:the )?(${LIST})`).exec(
          object,
        )
      : null;
  // "recalled its ambassador from ⟨Tehran⟩": a protest aimed at the state the envoy was posted to; "recalled their own
  // envoys", posted nowhere named, at whom the speaker's claims just aimed or who did what the text last reported.
  const recalled = f.verb.lemma === 'recall' && kind === 'CRITICIZE';
  const postedTo = recalled
    ? (new RegExp(`^[^⟨;]*?\\bfrom (?:the )?(${LIST})`).exec(object) ??
      /^\s*(?:its|their|his|her|our) (?:own )?(⟨\d+⟩)/.exec(object))
    : null;
  if (recalled) {
    allegationStart = complement.start + lead;
    const post = postedTo ? listUnits(postedTo[1]!)[0]! : null;
    // The capital it was posted to is a place here ("from ⟨Tehran⟩"): the state whose capital it is.
    const seatedIn = post === null ? null : finder.entities.governmentSeatedIn(units[post]!.mention.key);
    if (seatedIn) referent = [seatedIn];
    else if (post !== null) target = post;
    else referent = finder.recentTargets(f.speakers, ctx.sentence.index);
    if (!postedTo && !referent.length) referent = finder.doer(f.speakers);
  } else if (blamedOn || doneBy) {
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
    // "warned that ⟨A⟩ would not tolerate a ⟨Turkish⟩ base": the side refusing is not the one warned (referents.ts).
    const refused =
      kind === 'WARN'
        ? refusedParty(finder.entities, object.slice(lead), units, finder.speakers.withSides(f.speakers))
        : null;
    if (refused !== null) {
      // A state's armed service so named ("⟨Russian military⟩ facilities") stands for the state.
      const key = units[refused]!.mention.key;
      const party = partyOf(finder.entities, key);
      if (party !== key) referent = [party];
      else target = refused;
      allegationStart = complement.start + lead;
    } else if (objectList && !players && !resolving && !(kind === 'WARN' && responder(object) !== null)) {
      const targets = listUnits(objectList[1]!);
      const rest = object.slice(objectList[0].length);
      const link = LINK.exec(rest);
      allegationStart = complement.start + objectList[0].length + (link ? link[0].length : 0);
      for (const t of targets.slice(1))
        readings.push({ kind, target: t, span: { start: allegationStart, end: complement.end } });
      // "applied to ⟨B⟩ under Article 4 and to ⟨C⟩ under the treaty", "called on ⟨B⟩ to condemn it and on ⟨C⟩ to allow
      // ...": each party the verb's particle is repeated for.
      const particle = kind === 'DEMAND' ? / (to|on|upon)$/.exec(f.verb.lemma) : null;
      if (particle)
        for (const m of rest.matchAll(new RegExp(String.raw`\band (?:also )?${particle[1]} (?:the )?⟨(\d+)⟩`, 'g')))
          if (!targets.includes(Number(m[1])))
            readings.push({ kind, target: Number(m[1]), span: { start: allegationStart, end: complement.end } });
      target = targets[0]!;
    } else if (kind === 'DEMAND' && (armed = suppliersAddressed(object))) {
      // "called on the states that arm ⟨X⟩ to ...": a demand of each party the text says supplies ⟨X⟩.
      referent = suppliersOf(finder.entities, units[armed.recipient]!.mention.key);
      allegationStart = complement.start + armed.length;
    } else if (kind === 'DEMAND' && (role = roleAddressee(object))) {
      // "urging that country to ...", "we have urged it to ...": the party the role or the pronoun stands for.
      const own = new Set(finder.speakers.withSides(f.speakers));
      referent = addresseeFor(
        finder.entities,
        role,
        masked.original(complement.start, complement.start).start,
        own,
        () => finder.referent(f.speakers, ctx.sentence.index),
      );
      allegationStart = complement.start + role.length;
    } else if (f.verb.object === 'target' && /^\s*(?:of|for|to)\b/.test(object) && antecedent(masked, f) !== null) {
      // "⟨Hamas⟩, which she accused of inciting ...", "⟨B⟩, whom he urged to withdraw": the relative pronoun is the
      // object the verb lacks, the party the clause hangs on.
      target = antecedent(masked, f);
      allegationStart = complement.start + lead;
    } else if (kind !== 'CRITICIZE' && /^\s*(?:it|them)\s+(?:of|for|to)\b/.test(object)) {
      // "accused it of ...", "urged them to ...": aimed at what the pronoun stands for, the claims just made or the doer.
      const pronoun = /^\s*\w+\s+\w+\s*/.exec(object)!;
      // "took ⟨B⟩ to court, accusing it of ...": what the act was done to, before the claims just made.
      referent = f.actedOn ? [f.actedOn] : finder.referent(f.speakers, ctx.sentence.index);
      if (!referent.length) referent = pronounObject(finder, masked, f);
      allegationStart = complement.start + pronoun[0].length;
    } else if (
      kind === 'CRITICIZE' &&
      (/^\s*(?:it|them|this|that|these|those)\b/.test(object) ||
        (f.verb.object === 'judgement' &&
          /^\s*(?:the|such|its|their) (?:(?:[\w⟨⟩-]+ ){1,8}["“]?(?:a|an) |(?:[\w⟨⟩-]+ ){1,3}["“])/.test(object)))
    ) {
      // "called it a gross violation", "condemned it", "called the strikes a war crime": aimed at what "it" is, when the text says.
      const pronoun = /^\s*(?:(?:the|such|its|their) (?:[\w-]+ ){0,3})?[\w-]+\s*/.exec(object)!;
      // "called the veto a blow": who the text said vetoed, before whom the last claims were aimed at.
      const doer = finder.acts.doerOf(pronoun[0], finder.speakers.withSides(f.speakers), ctx.sentence.index);
      referent = doer ? [doer] : finder.referent(f.speakers, ctx.sentence.index);
      allegationStart = complement.start + pronoun[0].length;
    } else {
      // "urged all parties to ...": whoever is urged is the target, and here no entity is; "requested that ⟨B⟩
      // withdraw": ⟨B⟩ is.
      const addressed = kind === 'DEMAND' && f.verb.addressee && !/^\s*that\s+(?:the\s+)?⟨/.test(object);
      // "demanded that all States refuse ...": asked of every party of a kind, none of those named in what they are to do.
      everyParty = kind === 'DEMAND' && EVERY_PARTY.test(object);
      // "warned that sanctions were hurting ⟨A⟩": a warning is aimed at whoever its clause is about doing, if anyone.
      // "warned against using the issue to ...": an action warned against, not a party warned.
      const against = kind === 'WARN' && /^\s*against\b/.test(object);
      const warnedThat =
        kind === 'WARN' &&
        /\bthat\s*$|^\s*that\b/.test(masked.text.slice(f.verbEnd, complement.start) + object.slice(0, lead));
      // "accused Western States of having destroyed ⟨B⟩": the accused is named without a name; ⟨B⟩ is what they did it to.
      const unnamed =
        (kind === 'ACCUSE' || kind === 'CRITICIZE') &&
        (/^\s*(?:the |some |certain )?[^⟨,;]{1,40}? (?:of|for) [\w-]+ing\b/.test(object) ||
          UNNAMED_ACCUSED.test(object));
      // "criticised the sale of Rafales to ⟨B⟩", "condemned the attack on ⟨B⟩": an act named by its noun is not aimed at
      // whom it was done to; failing another party in the words, it is aimed at whoever the text said did it.
      const act = kind === 'CRITICIZE' ? ACT_DONE_TO.exec(object) : null;
      const doneTo = act ? [units[Number(act[1])]!.mention.key] : [];
      // "warned that ⟨A⟩ would respond ...": ⟨A⟩ is the side that threatens; the warning is set against whom the words
      // before it are about (reference.ts).
      // A resolve whose words before name no such doer is aimed once all claims are drafted (content.ts aimResolve).
      const acting = warnedThat ? responder(object.slice(lead)) : null;
      if (acting !== null) {
        const own = finder.speakers.withSides(f.speakers);
        referent = setAgainst(finder.entities, masked, complement.start, [...own, units[acting]!.mention.key]);
      }
      // "criticised the government for refusing to sell to countries at war, such as ⟨B⟩": a party named by what it
      // is opens the words and is whom they are aimed at (the conventions say whose government), not a party named after.
      const described = !warnedThat && opensWithDescribed(object.slice(lead));
      target =
        addressed || everyParty || against || unnamed || described || resolving || acting !== null
          ? null
          : warnedThat
            ? (subjectOf(object.slice(lead), units) ??
              ownerOfSubject(finder.entities, object.slice(lead), units, f.speakers))
            : firstEntity(
                finder.entities,
                ownClause(kind === 'CRITICIZE' ? withoutAside(object) : object),
                units,
                // "condemned a violation of ⟨Iraqi⟩ sovereignty" in ⟨Iraq⟩'s words: its own land is what was wronged.
                kind === 'CRITICIZE' ? [...doneTo, ...finder.speakers.withSides(f.speakers)] : doneTo,
              );
      if (act && target === null) {
        const doer = finder.acts.doerOf(object, finder.speakers.withSides(f.speakers), ctx.sentence.index);
        if (doer) referent = [doer];
      }
      allegationStart = complement.start + lead;
      // "demands that ⟨A⟩ cease ... and that ⟨B⟩ stop ...": each that-clause asks it of its own subject.
      if (kind === 'DEMAND' && target !== null)
        for (const m of object.matchAll(/,? and that (?:the )?⟨(\d+)⟩/g))
          if (Number(m[1]) !== target)
            readings.push({ kind, target: Number(m[1]), span: { start: allegationStart, end: complement.end } });
    }
  } else if (kind === 'DENY') {
    const accusation = ACCUSATION_OBJECT.exec(object);
    if (accusation) {
      // Who made them is named beside them ("the claims by ⟨A⟩ that ..."), not in what they are called ("as lies meant
      // to distract from ⟨Gaza⟩"), and is a party, not a place.
      const named = object.slice(accusation.index + accusation[0].length).split(ACCUSATION_ENDS)[0]!;
      // "the claim, repeated by certain ⟨A⟩ officials, that ...": the party whose people voiced it is the accuser.
      const by = new RegExp(`\\b(?:by|from|of)\\s+(?:the )?(${LIST})`).exec(named) ?? VOICED_BY.exec(named);
      const accusers = by
        ? listUnits(by[1]!).filter((i) => finder.entities.get(units[i]!.mention.key)?.type !== 'Place')
        : [];
      if (accusers.length) deniedAccuser = units[accusers[0]!]!.mention.key;
      // "rejected the claims made by ⟨A⟩ and ⟨B⟩": a denial of each.
      if (accusers.length > 1) {
        target = accusers[0]!;
        for (const t of accusers.slice(1))
          readings.push({ kind, target: t, span: { start: complement.start + lead, end: complement.end } });
      }
      if (accusation[1]) deniedAccuser = units[Number(accusation[1])]!.mention.key;
      denies = deniedKinds(accusation[2]);
    } else if (f.verb.refusal) {
      // "rejected ⟨B⟩'s resolutions as ...": rejecting what someone did or asks for criticizes them.
      // "rejects the decision of the ⟨Ethiopian Government⟩ to ...", "rejects the measures announced by ⟨B⟩": so does
      // rejecting an act of another named after it.
      const owner =
        /^\s*(?:the )?⟨(\d+)⟩[’']s\b/.exec(object) ?? ACT_REFUSED.exec(object) ?? STANDING_REFUSED.exec(object);
      if (owner) {
        kind = 'CRITICIZE';
        // "the announcement by the ⟨State Council of China⟩": what a state's government body decides, the state does.
        const key = units[Number(owner[1])]!.mention.key;
        const record = finder.entities.get(key);
        const state =
          record?.type === 'Organization' && GOVERNING.test(record.name)
            ? governmentOf(finder, key, record.name)
            : null;
        if (state) referent = [state];
        else target = Number(owner[1]);
      }
    }
    deniesAccusation = kind === 'DENY';
    allegationStart = complement.start + lead;
  } else {
    // Calling for a ceasefire or for cooperation between ⟨A⟩ and ⟨B⟩ aims at no one; a report is about whoever it names,
    // and one told in the passive about its doer ("ammunition had been handed to ⟨C⟩ by officers of ⟨B⟩" is about ⟨B⟩).
    const doer = kind === 'REPORT' ? passiveDoer(finder.entities, object, units) : null;
    target = kind === 'CALL_FOR' ? null : (doer ?? firstEntity(finder.entities, object, units));
    allegationStart = complement.start + lead;
  }
  // "demanded that those responsible be held to account": a demand of no one is an appeal for an outcome.
  if (kind === 'DEMAND' && target === null && !f.verb.addressee && !referent.length && !everyParty) kind = 'CALL_FOR';
  // "called for ⟨B⟩'s withdrawal" asks something of ⟨B⟩.
  if (kind === 'CALL_FOR' && /^\s*(?:the )?⟨\d+⟩[’']s/.test(object)) {
    kind = 'DEMAND';
    target = firstToken(object);
  }
  // "called for an immediate withdrawal of ⟨Israeli⟩ forces", "demanded that the ⟨Ecuadorian⟩ authorities guarantee ...":
  // what a party's forces or government are to do is asked of that party.
  const ofForces = kind === 'CALL_FOR' ? FORCES_ASKED.exec(object) : null;
  if (ofForces) {
    kind = 'DEMAND';
    target = Number(ofForces[1] ?? ofForces[2]);
  }
  // "called the expulsion a hostile act", "deplored the attacks on civilians": an act named whose doer is not found.
  const sharesAim =
    kind === 'CRITICIZE' &&
    target === null &&
    !referent.length &&
    // "condemned what it called a violation of ⟨Iraqi⟩ sovereignty": an act named in the speaker's own terms.
    /^\s*(?:(?:the|this|that|these|those|such|its|their) [a-z]|what (?:it|he|she|they) (?:called|described as|termed)\b)/.test(
      object,
    ) &&
    // "accused ⟨B⟩ of ... and said the draft was anti-⟨A⟩": a verdict on a text is no act of whom the others accuse.
    !TEXT_JUDGED.test(object.slice(lead));
  readings.unshift({
    kind,
    target,
    span: { start: allegationStart, end: complement.end },
    targetKeys: referent,
    ...(sharesAim ? { sharesAim } : {}),
    // A resolve is aimed by the claims around it once all are drafted (content.ts aimResolve), not by those before it.
    ...(resolving ? { aimless: true } : {}),
  });
  // "asked ⟨B⟩ to return the archives, which were removed unlawfully": the wrong the demand would right is criticised.
  if (kind === 'DEMAND')
    readings.push(
      ...readWrongful(
        finder.entities,
        object,
        units,
        new Set(finder.speakers.withSides(f.speakers)),
        { start: allegationStart, end: complement.end },
        readings,
      ),
    );
  // "asked the ⟨Council⟩ to stop what it called an aggression by ⟨B⟩": the act asked to be stopped accuses its doer.
  if (kind === 'DEMAND' || kind === 'CALL_FOR') {
    const own = new Set<string | null>(finder.speakers.withSides(f.speakers));
    const sides = { entities: finder.entities, sideOf: (k: string) => finder.speakers.sideOf(k) };
    for (const key of doersOfActStopped(sides, object, units, own))
      readings.push({
        kind: 'ACCUSE',
        target: null,
        span: { start: allegationStart, end: complement.end },
        targetKeys: [key],
      });
  }
  return { readings, allegationStart, deniesAccusation, deniedAccuser, denies };
}
