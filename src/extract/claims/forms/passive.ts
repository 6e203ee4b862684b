import { LIST, listUnits } from '../../masked.js';
import { DENIAL_PASSIVE_VERB, EVENT_PASSIVE_VERB, PASSIVE_VERB, verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import { deniedKinds, LINK } from '../patterns.js';
import type { Emission, SentenceReading } from '../types.js';

/**
 * The passive: "⟨B⟩ was accused by ⟨A⟩ of ...", and "the launch was
 * condemned by ⟨A⟩", aimed at whoever launched it. Read first: its verb
 * would otherwise read as the active of the words before it.
 */

const PASSIVE = new RegExp(
  `(?<object>${LIST}) (?:was|were|has been|have been|had been|is|are|is being) (?:also |again |repeatedly )?(?<verb>${PASSIVE_VERB}) by (?:the )?(?<subject>${LIST})`,
  'gu',
);
/** "The launch was condemned by ⟨A⟩": aimed at whoever launched it. */
const PASSIVE_EVENT = new RegExp(
  `(?:^|[,;] )(?:[Tt]he|[Tt]his|[Tt]hese) (?:[\\w-]+ ){0,2}?(?:launch(?:es)?|attacks?|strikes?|tests?|offensive|incursions?|bombardment|shelling|invasion|raids?|decision|move|vetoe?s?|deliver(?:y|ies)|transfers?|shipments?) (?:was|were|has been|have been) (?:also |strongly |widely )?(?<verb>${EVENT_PASSIVE_VERB}) by (?:the )?(?<subject>${LIST})`,
  'gu',
);

/** "The accusation was rejected by ⟨A⟩", "That reading ... was dismissed by ⟨A⟩": ⟨A⟩ denies what another side said. */
const PASSIVE_DENIAL = new RegExp(
  `(?:^|[,;] )(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch) (?:[\\w-]+ ){0,2}?(?<noun>accusations?|allegations?|charges?|claims?|accounts?|versions?|reports?|reading|interpretation|assertions?|findings)(?: [^,;⟨]{0,60}?)? (?:was|were|has been|have been|had been) (?:also |quickly |swiftly |promptly |firmly |flatly |categorically )?(?<verb>${DENIAL_PASSIVE_VERB}) by (?:the |an? )?(?<subject>${LIST})`,
  'gu',
);

export function readPassiveDenial(r: SentenceReading, finder: ClaimFinder) {
  readPassiveOfThing(r, finder, PASSIVE_DENIAL, (m) => ({
    kind: 'DENY',
    deniesAccusation: true,
    denies: deniedKinds(m.groups!.noun),
  }));
}

export function readPassive(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units, ctx } = r;
  for (const m of masked.text.matchAll(PASSIVE)) {
    const speakers = finder.speakers.speakersIn(m.groups!.subject!, units, masked, m.index!);
    if (!speakers.length) continue;
    const kind = verbOf(m.groups!.verb!, 'passive').kind;
    const rest = masked.text.slice(m.index! + m[0].length);
    const alleg = new RegExp(`^${LINK.source}`).exec(rest);
    const targets = listUnits(m.groups!.object!);
    const complementStart = m.index! + m[0].length + (alleg ? alleg[0].length : 0);
    finder.emit({
      kind,
      speakers,
      targets,
      units,
      masked,
      ctx,
      onBehalf: r.onBehalf,
      allegation: alleg ? finder.cut(masked, complementStart, masked.text.length) : null,
      region: { start: m.index!, end: masked.text.length },
      frame: { start: 0, end: complementStart },
    });
    r.taken.push({ start: m.index!, end: masked.text.length });
  }
}

export function readPassiveOfEvent(r: SentenceReading, finder: ClaimFinder) {
  readPassiveOfThing(r, finder, PASSIVE_EVENT, (m, speakers) => ({
    kind: verbOf(m.groups!.verb!, 'passive').kind,
    targetKeys: finder.doer(speakers),
  }));
}

/**
 * "The launch was condemned by ⟨A⟩", "The accusation was rejected by ⟨A⟩": a thing named, not an actor, in the
 * passive, whose words are the thing's name; what the claim is and whom it is aimed at, `claim` says.
 */
function readPassiveOfThing(
  r: SentenceReading,
  finder: ClaimFinder,
  pattern: RegExp,
  claim: (m: RegExpMatchArray, speakers: string[]) => Pick<Emission, 'kind'> & Partial<Emission>,
) {
  const { masked, units, ctx } = r;
  for (const m of masked.text.matchAll(pattern)) {
    const speakers = finder.speakers.speakersIn(m.groups!.subject!, units, masked, m.index!);
    if (!speakers.length) continue;
    const start = m.index! + /^[,;]? ?/.exec(m[0])![0].length;
    const thing = /^(.*?) (?:was|were|has been|have been|had been) /.exec(masked.text.slice(start))!;
    finder.emit({
      speakers,
      targets: [],
      units,
      masked,
      ctx,
      onBehalf: r.onBehalf,
      allegation: finder.cut(masked, start, start + thing[1]!.length),
      region: { start, end: masked.text.length },
      frame: { start: 0, end: m.index! + m[0].length },
      ...claim(m, speakers),
    });
    r.taken.push({ start, end: masked.text.length });
  }
}
