import { RECEIVE } from '../drafted/arms.js';
import type { Entities } from '../entities.js';
import type { ClaimDraft } from './types.js';
import { TEXT_JUDGED } from './judged.js';

/**
 * "condemned the strike", "deplored the use of the veto", "condemned those
 * deliveries": a criticism of something done, with no one named, is aimed
 * at whoever did it, as the draft records it: the striking or vetoing
 * state (the event's participant), the transfer's supplier, or its buyer
 * when the words name the buying ("condemned the purchases") or when the
 * speaker's side holds the buyer, and not the supplier, to account in its
 * other claims of the text ("condemned the delivery ... accused ⟨buyer⟩ of
 * preparing an offensive"). Events that
 * are met at rather than done (meetings, summits, visits, votes) have no
 * doer to aim at.
 */

/** Categories of event that someone does to others. */
const DONE = new Set(['STRIKE', 'VETO', 'INVASION']);

/** Words for a transfer seen from the buyer's end: "condemned the purchases" is aimed at who bought. */
const BOUGHT = /\b(?:purchas\w*|buy\w*|bought|acquisitions?|acquir\w*|imports?|importing|orders?)\b/i;

/** A verb of buying right after the buyer's name: "⟨B⟩ had itself bought", "⟨B⟩ has also ordered". */
const BUYING_AFTER = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|itself|themselves|also|already|recently|just)\s+)*${RECEIVE}\b`,
  'iu',
);

/** Who did what a drafted entity records: a transfer's supplier (its recipient when bought), a strike's or a veto's participants. */
function doersOf(entities: Entities, key: string, bought = false): string[] {
  const record = entities.get(key);
  if (record?.type === 'WeaponsTransfer') {
    const end = bought ? 'RECEIVED_BY' : 'SUPPLIED_BY';
    return entities.links.filter((l) => l.type === end && l.from === key).map((l) => l.to);
  }
  if (record?.type === 'Event' && DONE.has(String(record.props.category)))
    return entities.links.filter((l) => l.type === 'PARTICIPATED_IN' && l.to === key).map((l) => l.from);
  return [];
}

/**
 * Aims each criticism without a target at who did the transfers and events it is about: the doer the draft
 * records, else whoever an earlier accusation about it accused ("accused ⟨B⟩ of bombing a school ... ⟨C⟩
 * condemned the strike"); returns the claims.
 */
export function aimAtDoers(claims: ClaimDraft[], entities: Entities, text = ''): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  // "..., saying ⟨B⟩ had itself bought ⟨W1⟩ from ⟨A1⟩ and ⟨W2⟩ from ⟨A2⟩": a purchase told with its buyer as the
  // subject of buying, in the claim's sentence, is judged as the buyer's act.
  const toldBought = (c: ClaimDraft, key: string) =>
    doersOf(entities, key, true).some((b) =>
      entities
        .get(b)
        ?.mentions.some(
          (m) =>
            m.start >= c.sentence.start &&
            m.end <= c.sentence.end &&
            BUYING_AFTER.test(text.slice(m.end, c.sentence.end)),
        ),
    );
  const accused = (key: string, before: number) =>
    claims
      .slice(0, before)
      .flatMap((a) => (a.kind === 'ACCUSE' && a.target && a.about.includes(key) ? [a.target] : []));
  for (const [i, c] of claims.entries()) {
    if (c.kind !== 'CRITICIZE' || c.target) {
      out.push(c);
      continue;
    }
    // "⟨A⟩ and ⟨B⟩ condemned the attack": those who condemn it in the same sentence did not do it.
    const own = claims
      .filter((d) => d.sentenceIndex === c.sentenceIndex && d.kind === c.kind)
      .flatMap((d) => [d.speaker, d.onBehalfOf]);
    // A commentator speaking for no one judges a kind of act ("the veto has become a tool ..."), not its doer; "the
    // draft was anti-⟨A⟩", said beside the deliveries it charges, judges the text, not who delivered.
    if ((entities.get(c.speaker)?.type === 'Person' && !c.onBehalfOf) || TEXT_JUDGED.test(c.allegation)) {
      out.push(c);
      continue;
    }
    // "condemned the delivery" by a side whose other claims hold the buyer to account: the buyer, not the seller.
    const side = c.onBehalfOf ?? c.speaker;
    const opposed = new Set(
      claims.flatMap((d) =>
        d !== c && d.target && (d.speaker === side || d.onBehalfOf === side) && d.kind !== 'STATE' ? [d.target] : [],
      ),
    );
    const doers = [
      ...new Set(
        c.about.flatMap((k) => {
          const buyers = doersOf(entities, k, true);
          if (buyers.some((b) => opposed.has(b)) && !doersOf(entities, k).some((s) => opposed.has(s)))
            return buyers.filter((b) => opposed.has(b));
          const recorded = doersOf(entities, k, BOUGHT.test(c.allegation) || toldBought(c, k));
          return recorded.length ? recorded : DONE.has(String(entities.get(k)?.props.category)) ? accused(k, i) : [];
        }),
      ),
    ].filter((d) => !own.includes(d));
    if (!doers.length) out.push(c);
    for (const d of doers) out.push({ ...c, target: d, about: c.about.filter((k) => k !== d) });
  }
  return out;
}
