import { z } from 'zod';
import { LIST } from '../../masked.js';
import { dataTable, phraseGroup as group, phrasesOf } from '../../tables.js';
import { verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import type { Found, SentenceReading } from '../types.js';

/**
 * A body cited through its work or its people rather than by name alone:
 * "..., according to a report published in May by ⟨X⟩", "according to
 * satellite imagery reviewed by ⟨X⟩", "According to researchers at ⟨X⟩, ...",
 * "A study by ⟨X⟩ published in April found that ...", "A report by ⟨X⟩ says
 * ...". The body speaks, and what it is cited for is its finding (a demand
 * or a charge keeps its kind), as with "according to ⟨X⟩" (according.ts).
 * A document no body is named for ("according to a document", "according to
 * the figures") gives no speaker, and an outlet that only saw a document
 * ("a report seen by ⟨X⟩") is not its author. The nouns and verbs are data
 * (sources.json).
 */

const table = z
  .object({ documents: group, people: group, authored: group, findingVerbs: group })
  .parse(dataTable('sources.json'));

/** The work or the people: "a report", "its latest monthly report", "satellite imagery", "researchers". */
const WORK = `(?:(?:an?|the|its|their|new|latest|recent|last|first|annual|monthly|quarterly|joint|[a-z-]+ly) ){0,3}(?:${phrasesOf(table.documents)}|${phrasesOf(table.people)})`;
/** What joins the work to its body, a place the body is based in allowed: "published in May by the London-based". */
const BY = `(?:${phrasesOf(table.authored)}) (?:the )?(?:(?:[\\p{L}-]+|⟨\\d+⟩)-based )?`;

const ACCORDING = new RegExp(`(?:^|, )[Aa]ccording to ${WORK} ${BY}(?<subject>${LIST})`, 'gu');
const FOUND_IN = new RegExp(
  `(?:^|[,;:] |\\bthat )(?:[Aa]n? |[Tt]he |[Ii]ts |[Tt]heir )?${WORK} ${BY}(?<subject>${LIST})(?:, [^,⟨]{1,80},)?(?: (?:published|released|issued) (?:in|on|last|this|earlier) [\\w-]+(?: \\d{4})?)?,? (?:(?:also|has|have|had|already|recently|previously|later) )*(?<verb>${phrasesOf(table.findingVerbs)})(?![\\p{L}])(?: that)?`,
  'gu',
);

/** The bodies a subject names: organizations only (a state is cited by its own verbs). */
function bodiesIn(r: SentenceReading, finder: ClaimFinder, subject: string, at: number): string[] {
  const speakers = finder.speakers.speakersIn(subject, r.units, r.masked, at);
  return speakers.length && speakers.every((k) => finder.entities.get(k)?.type === 'Organization') ? speakers : [];
}

export function findSourced(r: SentenceReading, finder: ClaimFinder) {
  const { masked } = r;
  const overlaps = (s: { start: number; end: number }) => r.taken.some((t) => s.start < t.end && t.start < s.end);
  for (const m of masked.text.matchAll(ACCORDING)) {
    const end = m.index! + m[0].length;
    if (overlaps({ start: m.index!, end })) continue;
    const speakers = bodiesIn(r, finder, m.groups!.subject!, m.index!);
    if (!speakers.length) continue;
    const leading = masked.text.slice(0, m.index!).trim() === '';
    // "According to a report by ⟨X⟩, ...": the words after; "..., according to a report by ⟨X⟩": the words before.
    const rest = masked.text.slice(end);
    const tail = /^[^,]*?(?:,|$)/.exec(rest)![0];
    r.found.push(
      cited(
        speakers,
        end,
        r,
        leading ? { start: end + tail.length, end: masked.text.length } : { start: 0, end: m.index! },
        !leading,
      ),
    );
    r.taken.push({ start: m.index!, end });
  }
  for (const m of masked.text.matchAll(FOUND_IN)) {
    const end = m.index! + m[0].length;
    if (overlaps({ start: m.index!, end })) continue;
    const speakers = bodiesIn(r, finder, m.groups!.subject!, m.index!);
    if (!speakers.length) continue;
    r.found.push(cited(speakers, end, r, { start: end, end: masked.text.length }, false, m.index!));
    r.taken.push({ start: m.index!, end });
  }
}

function cited(
  speakers: string[],
  verbEnd: number,
  r: SentenceReading,
  complement: { start: number; end: number },
  inverted: boolean,
  from = 0,
): Found {
  return {
    speakers,
    verbEnd,
    kindVerb: 'said',
    verb: verbOf('said'),
    cited: true,
    region: { start: inverted ? 0 : from, end: r.masked.text.length },
    complement,
    inverted,
    onBehalf: r.onBehalf,
  };
}
