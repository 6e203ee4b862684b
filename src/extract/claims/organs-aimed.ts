import type { Entities, Mention } from '../entities.js';
import { MILITARY_BRANCHES } from '../gazetteer.js';
import { CHARGE_STEMS, organsIn } from '../organs.js';
import { alternation, slug } from '../text.js';
import { thankedOrgan } from './thanked.js';
import type { ClaimDraft } from './types.js';

/**
 * A charge, demand, warning or judgement aimed at a state's organ named as such ("accused the government of ...",
 * "urged the Syrian authorities to ...", "criticized the Government for ...", "the government must ...") is aimed at
 * that organ, an organization part of the state, not at the state (the corpus README's rule), and so are thanks
 * ("thanks the Government of ⟨B⟩ for ..."). The mentions read the
 * organ's words as its state, so that what the organ says is the state's; here, once every form has aimed its claims,
 * a claim aimed at a state that its sentence names only through one of its organs is aimed at the organ instead.
 * A sentence that also names the state itself ("urged Syria and its Government") keeps the state. Not a denial: a
 * denial answers whoever made the charge, the state when an organ of it did (the README); nor a position other than
 * thanks, which
 * tells of a government ("the authorities in Tripoli had lost control") rather than holding it to account. Nor an organ named as the
 * doer of a deed ("seized by the army", "the claim made by the Government"): the charge is of the deed.
 */
export function aimAtOrgans(drafts: ClaimDraft[], entities: Entities, mentions: Mention[], text: string) {
  for (const c of drafts) {
    const target = c.target;
    // Thanks too: "thanks the Government of ⟨B⟩ for its offer" is aimed at the government thanked, as the gold has it.
    if (!target?.startsWith('state:') || c.kind === 'DENY' || (c.kind === 'STATE' && !c.thanked)) continue;
    const { start, end } = c.sentence;
    const judged = judgedService(c, target, entities);
    if (judged) {
      c.target = judged;
      continue;
    }
    const organs = entities.organs.filter((o) => o.state === target && o.start >= start && o.end <= end);
    if (!organs.length) organs.push(...bareOrgans(entities, target, text, start, end));
    if (!organs.length) continue;
    const named = (from: number, to: number) =>
      mentions.some(
        (m) =>
          m.key === target &&
          m.start >= from &&
          m.end <= to &&
          !organs.some((o) => o.start <= m.start && m.end <= o.end),
      );
    // The state named in the claim's own words ("said the purchase turned ⟨Romania⟩ into ...") is what they are about.
    const told = mentions.some(
      (m) =>
        m.key === target &&
        m.start >= start &&
        m.end <= end &&
        !organs.some((o) => o.start <= m.start && m.end <= o.end) &&
        c.allegation.includes(text.slice(m.start, m.end)),
    );
    if (told) continue;
    const aimed = organs.find((o) => {
      if (named(...clauseOf(o, text, start, end))) return false;
      const before = text.slice(Math.max(start, o.start - 40), o.start);
      if (c.thanked) return !AGENT.test(before) && thankedOrgan(o.key);
      return !AGENT.test(before) && (!o.service || CHARGED.test(before));
    });
    if (aimed) c.target = aimed.key;
  }
}

/**
 * Where a sentence might name the organ's state beside it: from the verb of a charge before the organ to the end of
 * its clause ("said the purchase turned ⟨Romania⟩ into ... and accused the ⟨Romanian⟩ authorities of ...": the
 * state named before the verb is told of, not charged), else the whole sentence ("urged ⟨Syria⟩ and its Government").
 */
function clauseOf(o: { start: number; end: number }, text: string, start: number, end: number): [number, number] {
  const verbs = [...text.slice(start, o.start).matchAll(CHARGE_VERB)];
  if (!verbs.length) return [start, end];
  const stop = text.slice(o.end, end).search(/;/);
  return [start + verbs[verbs.length - 1]!.index, stop < 0 ? end : o.end + stop];
}

/**
 * "accused the government of ...", "urged the authorities to ..." where the mentions could not tell whose organ the
 * words name and the claim's forms aimed it at a state by the text's other words: that state's organ, drafted here.
 */
function bareOrgans(entities: Entities, state: string, text: string, start: number, end: number) {
  const record = entities.get(state);
  if (!record) return [];
  // Only as the object of the charge: a bare "the Government" elsewhere is as often the speaker's own.
  const found = organsIn(text.slice(start, end), NOTHING, NOTHING).filter(
    (f) => f.form === 'bare' && !f.organ.service && CHARGED.test(text.slice(start, start + f.start)),
  );
  return found.map((f) => {
    const key = `org:${slug(record.name)}-${f.organ.slug}`;
    entities.add(key, 'Organization', `${f.organ.name} of ${record.name}`, { category: f.organ.category }, [f.noun]);
    entities.link('partOf', key, state);
    const span = { start: start + f.start, end: start + f.end };
    entities.mentionAfterClaims(key, span);
    return { ...span, key, state, service: false };
  });
}

/** An alternation that matches nothing: bare organs only. */
const NOTHING = '(?!)';

/**
 * An armed service is the organ only as the object of the charge ("accused the military of", "faulted the navy for"):
 * what "⟨Russian⟩ forces" did is its state's deed, as the gold has long had it.
 */
const CHARGED = new RegExp(String.raw`\b${CHARGE_STEMS}\w* (?:the |its )?$`);
/** A verb of a charge, demand or warning anywhere. */
const CHARGE_VERB = new RegExp(String.raw`\b${CHARGE_STEMS}\w*`, 'g');

/** The words before an organ that make it the doer of a deed told in the passive or a noun: "by the", "made by its". */
const AGENT = /\bby (?:the |its |their |his |her )?$/;

/** A state's armed service named by "the" or "its" opening a claim's words: "the army has failed ...". */
/**
 * What follows a service named as the object of a charge or a demand: "the army of launching", "the military to stop";
 * not a name, as in "the armed forces of ⟨Armenia⟩ had shelled ...", which names the service's state.
 */
const OBJECT_AFTER = /^ (?:of|to|for|over) (?!(?:the )?\p{Lu})/u;
const SERVICE_OPENING = new RegExp(`^(?:[Tt]he|[Ii]ts) (?<branch>${alternation(MILITARY_BRANCHES)})(?![\\p{L}-])`, 'u');

/**
 * "the army has failed to protect farmers", "the navy had waited too long": a judgement of a state's armed service,
 * named as the body it is and opening the words judged, is aimed at the service. What the service did ("the army
 * attacked the school") stays a charge against its state, as the gold has long had it; so does a service named by its
 * state's demonym ("Russian forces").
 */
function judgedService(c: ClaimDraft, state: string, entities: Entities): string | null {
  const opening = SERVICE_OPENING.exec(c.allegation);
  const branch = opening?.groups?.branch?.toLowerCase();
  // The service as the object of the claim's verb ("accused the army of ...", "called on the military to ..."), or the
  // subject of the words a criticism judges.
  if (!opening || !branch || (c.kind !== 'CRITICIZE' && !OBJECT_AFTER.test(c.allegation.slice(opening[0].length))))
    return null;
  // The one service of the state the text names by that word ("the Nigerian Army" before "the army").
  const services = entities.partOf
    .filter((l) => l.to === state)
    .map((l) => entities.get(l.from))
    .filter(
      (e) =>
        e?.type === 'Organization' &&
        [e.name, ...e.aliases].some((n) => new RegExp(`(?:^|\\s)${branch}$|^${branch} of `, 'i').test(n)),
    );
  return services.length === 1 ? services[0]!.key : null;
}
