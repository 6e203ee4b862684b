import { LIST } from '../../masked.js';
import { verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import type { SentenceReading } from '../types.js';

/** "According to ⟨A⟩, ...", "According to ⟨A⟩'s latest report, ...", and "..., according to ⟨A⟩": ⟨A⟩ said it. */

const ACCORDING = new RegExp(
  `(?:^|, )[Aa]ccording to (?:the )?(?<subject>${LIST})(?:[’']s (?:[\\w-]+ ){0,3}(?:report|findings|data|figures|statement|assessment|estimates?))?`,
  'gu',
);

export function findAccording(r: SentenceReading, finder: ClaimFinder) {
  const { masked, units } = r;
  for (const m of masked.text.matchAll(ACCORDING)) {
    const speakers = finder.speakers.speakersIn(m.groups!.subject!, units, masked, m.index!);
    if (!speakers.length) continue;
    const end = m.index! + m[0].length;
    const leading = m.index! === 0 || masked.text.slice(0, m.index!).trim() === '';
    r.found.push({
      speakers,
      verbEnd: end,
      kindVerb: 'said',
      verb: verbOf('said'),
      // "According to ⟨a body⟩, ...": what a body is cited for, unless it demands or accuses, is its finding.
      cited: speakers.every((k) => finder.entities.get(k)?.type === 'Organization'),
      region: { start: 0, end: masked.text.length },
      complement: leading ? { start: end, end: masked.text.length } : { start: 0, end: m.index! },
      inverted: !leading,
      onBehalf: r.onBehalf,
    });
  }
}
