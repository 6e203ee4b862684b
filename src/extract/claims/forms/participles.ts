import { isActorType, type ClaimKind } from '../../../domain/index.js';
import { LIST, listUnits, type Masked } from '../../masked.js';
import type { Span } from '../../types.js';
import { PARTICIPLE_VERB, verbOf } from '../../verbs.js';
import { addresseeFor, roleAddressee } from '../consequences.js';
import type { ClaimFinder } from '../finder.js';
import { FAULTED_FOR_HOSTILE } from '../lexicon.js';
import { subjectOf } from '../referents.js';
import type { Found, SentenceContext } from '../types.js';

/**
 * A second verb hung on the first one's speaker, as a participle: "...,
 * accusing ⟨B⟩ of ...", ", and calling them a violation", "..., adding that
 * ...", "..., while faulting ⟨B⟩ for ...". Each makes a claim of its own,
 * with the same speakers.
 */

/** ", accusing", ", and calling on", " and urging", ", while faulting", " while expressing concern". */
const PARTICIPLE = new RegExp(
  `(?:,\\s+(?:and\\s+|while\\s+|but\\s+(?:also\\s+)?)?|\\s+(?:while|and)\\s+)(?<verb>${PARTICIPLE_VERB})\\b`,
  'g',
);

export interface Hung {
  /** Where the participle's clause begins in the masked sentence. */
  start: number;
  /** The participle's words ("accusing", "calling on"). */
  verb: string;
  /** Where its clause ends, when it is set between the speaker and the verb. */
  end?: number;
}

/**
 * The participles hung on a speaker's verb: inside its words, anywhere in a sentence whose words come first, or set
 * off by commas between the speaker and the verb ("The representative of ⟨A⟩, rejecting that account, said ...",
 * "⟨Name⟩ (⟨B⟩), condemning the killings, called for ...").
 */
export function participlesOf(masked: Masked, f: Found): Hung[] {
  const hung: Hung[] = [];
  const verbStart = f.verbEnd - f.kindVerb.length;
  for (const p of masked.text.matchAll(PARTICIPLE)) {
    if (f.inverted || (p.index! >= f.verbEnd && p.index! < f.complement.end))
      hung.push({ start: p.index!, verb: p.groups!.verb! });
    else if (p.index! >= f.region.start && p.index! < verbStart && /^,\s/.test(p[0])) {
      const closed = /,\s*$/.exec(masked.text.slice(p.index! + p[0].length, verbStart));
      if (closed) hung.push({ start: p.index!, verb: p.groups!.verb!, end: p.index! + p[0].length + closed.index });
    }
  }
  return hung;
}

/** Claims of the participles hung on a verb. */
export function hungClaims(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  f: Found,
  hung: Hung[],
  frame: Span,
) {
  const units = masked.units;
  hung.forEach((h, i) => {
    const end = h.end ?? hung[i + 1]?.start ?? masked.text.length;
    const verbEnd = h.start + masked.text.slice(h.start).indexOf(h.verb) + h.verb.length;
    const hungVerb = verbOf(h.verb, 'participle', masked.text.slice(verbEnd));
    const object = masked.text.slice(verbEnd, end);
    // "⟨A⟩, noting that ..., said": an aside before the verb is background to what is said, unless it answers a charge
    // or names a party it is against ("rejecting that account", "accusing ⟨B⟩ of ..."; a place is no party).
    const namesActor = [...object.matchAll(/⟨(\d+)⟩/g)].some((m) =>
      isActorType(finder.entities.get(units[Number(m[1])]!.mention.key)?.type),
    );
    if (h.end !== undefined && (hungVerb.object === 'words' || (hungVerb.kind !== 'DENY' && !namesActor))) return;
    const claim = (kind: ClaimKind, allegationStart: number, targets: number[], targetKeys?: string[]) =>
      finder.emit({
        kind,
        speakers: f.speakers,
        targets,
        targetKeys,
        units,
        masked,
        ctx,
        onBehalf: f.onBehalf,
        allegation: finder.cut(masked, allegationStart, end),
        region: { start: h.start, end },
        frame,
        tense: f.kindVerb,
      });
    if (hungVerb.object === 'words') {
      // "..., adding that ⟨B⟩ was trying to ...": what is added is read like anything said.
      const said = { start: verbEnd + /^\s*(?:that\s+)?/.exec(object)![0].length, end };
      const readings = finder.readStatement(masked, said, units, f.speakers);
      for (const r of readings.length
        ? readings
        : [{ kind: 'STATE' as ClaimKind, target: subjectOf(masked.text.slice(said.start, end), units), span: said }])
        finder.emit({
          // "..., adding that it must ...": a pronoun whose party is not given asks no one.
          kind: 'pointsBack' in r && r.pointsBack ? ('STATE' as ClaimKind) : r.kind,
          speakers: f.speakers,
          targets: r.target === null ? [] : [r.target],
          // "..., adding that ⟨A⟩ had protested to ⟨Seoul⟩": a party the words give by key (the capital's state).
          ...('targetKeys' in r && r.targetKeys?.length ? { targetKeys: r.targetKeys } : {}),
          units,
          masked,
          ctx,
          onBehalf: f.onBehalf,
          allegation: finder.cut(masked, r.span.start, r.span.end),
          region: { start: h.start, end },
          frame,
          tense: f.kindVerb,
        });
      return;
    }
    if (hungVerb.object === 'judgement') {
      // "..., calling them a violation of international law": what "them" is, the claims just made.
      const pronoun = /^\s*\S+\s*/.exec(object)!;
      // "..., calling the expulsion a hostile act": who the text said expelled, before whom the last claims were aimed at.
      const named = /^\s*(?:the|this|that|these|those|its|their) (?:[\w-]+ ){0,3}?(?=(?:a|an)\b)/.exec(object);
      const own = finder.speakers.withSides(f.speakers);
      const doer = named ? finder.acts.doerOf(named[0], own, ctx.sentence.index) : null;
      const start = verbEnd + (named ?? pronoun)[0].length;
      claim('CRITICIZE', start, [], doer ? [doer] : finder.referent(f.speakers, ctx.sentence.index));
      return;
    }
    // "..., demanding that ⟨B⟩ cease ...": the subject of what is demanded is whom it is asked of.
    const asked = hungVerb.kind === 'DEMAND' ? '(?:that )?' : '';
    const list = new RegExp(`^\\s*${asked}(?:the )?(${LIST})(?:[’']s)?`).exec(object);
    const targets = list ? listUnits(list[1]!) : [];
    const link = list ? /^\s*(?:of|for|to|over|against|that)\s+/.exec(object.slice(list[0].length)) : null;
    const allegationStart =
      verbEnd + (list ? list[0].length + (link ? link[0].length : 0) : /^\s*/.exec(object)![0].length);
    // "..., urging that country to ...": an addressee named by its role is the party it stands for.
    const role = !targets.length && hungVerb.kind === 'DEMAND' ? roleAddressee(object) : null;
    if (role) {
      const own = new Set(finder.speakers.withSides(f.speakers));
      const at = masked.original(verbEnd, verbEnd).start;
      const keys = addresseeFor(finder.entities, role, at, own, () => finder.referent(f.speakers, ctx.sentence.index));
      claim(hungVerb.kind, verbEnd + role.length, [], keys);
      return;
    }
    // "..., while faulting ⟨B⟩ for a blockade of ⟨P⟩": a verdict on a hostile act accuses, as the verb's own does (finder.ts).
    const kind = hungVerb.verdict && FAULTED_FOR_HOSTILE.test(object) ? 'ACCUSE' : hungVerb.kind;
    for (const t of targets.length ? targets : [null]) claim(kind, allegationStart, t === null ? [] : [t]);
  });
}
