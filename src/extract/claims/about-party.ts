import { z } from 'zod';
import type { Entities } from '../entities.js';
import { STATE_FORMS } from '../gazetteer.js';
import { dataTable } from '../tables.js';
import { ownSide, partyOf } from './own-side.js';
import type { ClaimDraft } from './types.js';

/**
 * A position is aimed at no one, unless its clause makes another party its subject: a government named by the city
 * it sits in ("the authorities in ⟨Tripoli⟩ had lost ...") or a state's people or things named by its demonym
 * ("⟨Algerian⟩ gunboats could close ..."); the analyst then says where that state stands. A capital alone as the
 * subject ("⟨Hanoi⟩ wants ...") is shorthand analysts use for their own view, aimed at no one in the texts read; and
 * the speaker's own side is never the target (positions.json, aboutParty).
 */

const table = z
  .object({
    aboutParty: z.object({
      note: z.string(),
      seats: z.array(z.string()).min(1),
      determiners: z.array(z.string()).min(1),
      seatVerbs: z.array(z.string()).min(1),
      peopleVerbs: z.array(z.string()).min(1),
    }),
  })
  .parse(dataTable('positions.json')).aboutParty;

const ADVERB = String.raw`(?:(?:also|still|now|already|not|never|no longer) )?`;
/** What stands before a seat of government: "the government in ", "the authorities in ". */
const BEFORE_SEAT = new RegExp(String.raw`^(?:that )?(?:the )?(?:${table.seats.join('|')}) in $`, 'i');
/** A word for a government, which "in ⟨capital⟩" may follow. */
const SEAT = new RegExp(String.raw`^(?:the )?(?:${table.seats.join('|')})$`, 'i');
/** A seat phrase read as one mention, up to its city: "the junta in ". */
const SEAT_PHRASE = new RegExp(String.raw`^(?:the )?(?:${table.seats.join('|')}) in `, 'i');
/** What stands before a demonym opening the subject: "", "the ", "some ". */
const BEFORE_PEOPLE = new RegExp(String.raw`^(?:that )?(?:(?:${table.determiners.join('|')}) )?$`, 'i');
/** After a seat of government: its verb ("⟨Hanoi⟩ is", "⟨Hanoi⟩ has long"). */
const SEAT_VERB = new RegExp(String.raw`^ (?:[a-z]+ly )?${ADVERB}(?:${table.seatVerbs.join('|')})\b`);
/**
 * After a demonym: a noun or two, then what they can do or are ("⟨Algerian⟩ gunboats could", "⟨Greek⟩ jets on Crete
 * would"), not what they were doing ("were stirring up").
 */
const PEOPLE_VERB = new RegExp(
  String.raw`^ (?:[\w-]+ ){1,2}(?:(?:on|in|of|from) [^,;]{1,30}? )?${ADVERB}(?:${table.peopleVerbs.join('|')})\b(?! [a-z]+ing\b)`,
);

/** The state a position's words make their subject, when another party's: whom the position is aimed at. */
export function aboutParty(c: ClaimDraft, entities: Entities, text: string): string | null {
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const at = sentence.indexOf(c.allegation);
  if (at < 0) return null;
  const start = c.sentence.start + at;
  const end = start + Math.min(c.allegation.length, 80);
  const named: { key: string; start: number; end: number }[] = [];
  for (const e of entities.byKey.values())
    for (const m of e.mentions)
      if (m.start >= start && m.start < end) named.push({ key: e.key, start: m.start, end: m.end });
  named.sort((a, b) => a.start - b.start);
  // "the government in ⟨Seoul⟩": "government" may itself be read as a mention of the state; the seat names it.
  const first = (named[0] && SEAT.test(text.slice(named[0].start, named[0].end)) ? named[1] : named[0]) ?? null;
  if (!first) return null;
  // "the junta in ⟨Bamako⟩" may be one mention, its seat inside it.
  const phrase = text.slice(first.start, first.end);
  const seat = SEAT_PHRASE.exec(phrase);
  const surface = seat ? phrase.slice(seat[0].length) : phrase;
  const role = STATE_FORMS.get(surface)?.role;
  const before = text.slice(start, first.start) + (seat?.[0] ?? '');
  const after = text.slice(first.end, end);
  const subject =
    (role === 'capital' && BEFORE_SEAT.test(before) && SEAT_VERB.test(after)) ||
    (role === 'demonym' && BEFORE_PEOPLE.test(before) && PEOPLE_VERB.test(after));
  if (!subject) return null;
  const party = entities.governmentSeatedIn(first.key) ?? partyOf(entities, first.key);
  if (entities.get(party)?.type !== 'State' || ownSide(c, entities).has(party)) return null;
  return party;
}
