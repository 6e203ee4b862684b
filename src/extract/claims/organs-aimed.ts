import type { Entities, Mention } from '../entities.js';
import { ADJECTIVAL_NAMES, MILITARY_BRANCHES, STATE_FORMS } from '../gazetteer.js';
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
    const judged = judgedService(c, target, entities) ?? ownedBody(target, entities, mentions, text, start, end);
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
          !organs.some((o) => o.start <= m.start && m.end <= o.end) &&
          !qualifies(text, m),
      );
    // The state named in the claim's own words ("said the purchase turned ⟨Romania⟩ into ...") is what they are about:
    // named where the words stand, not elsewhere by a name the words hold within a longer one ("Ecuador" in "Ecuadorian").
    const found = text.indexOf(c.allegation, start);
    const at = found >= start && found < end ? found : -1;
    const inWords = (m: Mention) =>
      at >= 0 ? m.start >= at && m.end <= at + c.allegation.length : c.allegation.includes(text.slice(m.start, m.end));
    const told = mentions.some(
      (m) =>
        m.key === target &&
        m.start >= start &&
        m.end <= end &&
        !organs.some((o) => o.start <= m.start && m.end <= o.end) &&
        !qualifies(text, m) &&
        inWords(m),
    );
    if (told) continue;
    // An organ the claim's own words open on ("urged ⟨the de facto authorities⟩ to reopen ...") is whom they are aimed at
    // before one named in another clause; one named further in ("... without a debate in parliament") is not.
    const opening = (o: { start: number; end: number }) =>
      at >= 0 && o.start >= at && o.end <= at + c.allegation.length && OPENS.test(text.slice(at, o.start));
    const aimed = [...organs.filter(opening), ...organs.filter((o) => !opening(o))].find((o) => {
      if (named(...clauseOf(o, text, start, end))) return false;
      const before = text.slice(Math.max(start, o.start - 40), o.start);
      if (at >= 0 && !ofClaim(o, text, at, at + c.allegation.length, named)) return false;
      if (c.thanked) return !AGENT.test(before) && thankedOrgan(o.key);
      return !AGENT.test(before) && (!o.service || CHARGED.test(before));
    });
    if (aimed) c.target = aimed.key;
  }
}

/**
 * A demonym qualifying the people or things of the claim's words ("urged the de facto authorities to lift the ban on
 * ⟨Afghan⟩ women working for ..."): it tells whose people they are, not of the state as the one the words are about.
 */
function qualifies(text: string, m: Mention): boolean {
  const words = text.slice(m.start, m.end);
  if (STATE_FORMS.get(words)?.role !== 'demonym' || ADJECTIVAL_NAMES.has(words)) return false;
  // "the ⟨Chinese⟩ side", "the ⟨Russian⟩ leadership" name the state itself.
  return PEOPLE_AFTER.test(text.slice(m.end, m.end + 30));
}

/** The words before an organ at the opening of a claim's words: an article or a possessive and a qualifier or two. */
const OPENS = /^(?:(?:the|its|their|[Tt]he) )?(?:[\w-]+ ){0,2}$/u;

/** A plural noun of people or things after a demonym: "women", "fishermen", "civilians", "vessels". */
const PEOPLE_AFTER = /^ [a-z-]+(?:s|men|people|children)(?![\p{L}-])/u;

/**
 * Where a sentence might name the organ's state beside it: from the verb of a charge before the organ to the end of
 * its clause ("said the purchase turned ⟨Romania⟩ into ... and accused the ⟨Romanian⟩ authorities of ...": the
 * state named before the verb is told of, not charged), else the whole sentence ("urged ⟨Syria⟩ and its Government").
 */
function clauseOf(o: { start: number; end: number }, text: string, start: number, end: number): [number, number] {
  const verbs = [...text.slice(start, o.start).matchAll(CHARGE_VERB)];
  if (!verbs.length) return [start, end];
  const stop = text.slice(o.end, end).search(NEXT_CLAUSE);
  return [start + verbs[verbs.length - 1]!.index, stop < 0 ? end : o.end + stop];
}

/**
 * Whether an organ named apart from the claim's words is whom they are aimed at. One named after them is ("demands the
 * release of the fishermen, and calls on the authorities of ⟨B⟩ to ..."), unless the words are a quotation and the
 * organ is named in its attribution ("'We expect the Chinese side to cooperate,' the minister told parliament"). One
 * charged in an earlier clause is, unless the claim's own clause names the state ("accused the military of shelling
 * villages and called on ⟨Bangladesh⟩ to close its border": the demand is made of ⟨Bangladesh⟩; "accused the
 * authorities of ... and warned that those responsible would answer": the warning is the organ's too).
 */
function ofClaim(
  o: { start: number; end: number },
  text: string,
  at: number,
  end: number,
  named: (from: number, to: number) => boolean,
): boolean {
  if (o.start >= end) return !/["”]/.test(text.slice(end, o.start));
  if (o.end >= at) return true;
  const breaks = [...text.slice(o.end, at).matchAll(NEXT_CLAUSES)];
  const last = breaks.at(-1);
  return !last || !named(o.end + last.index + last[0].length, end);
}

/**
 * Where the clause of the charge ends: at a semicolon, or where the speaker's next verb opens a clause of its own
 * ("accused the government of acting late| and called for a review of the arrangement ⟨Fiji⟩ signed", "called on the
 * Syrian authorities to protect all communities| and urged ⟨Israel⟩ to respect ⟨Syria⟩'s sovereignty"): the state
 * named there is what the next claim is about, not beside the organ charged.
 */
const NEXT_CLAUSE =
  /;|,? (?:and|but|while) (?:also |then |later )?(?:[a-z]+ed|said|told|sought|made|gave|took|held|spoke|saw)(?![\p{L}-])/u;
const NEXT_CLAUSES = new RegExp(NEXT_CLAUSE.source, 'gu');

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

/**
 * "accused ⟨Iran⟩'s ⟨Revolutionary Guard⟩ of smuggling ...", "urged ⟨Russia⟩'s ⟨Federal Security Service⟩ to ...": a
 * body of the state named by its own name after the state's possessive, as the object of a charge, demand or warning,
 * is whom the claim is aimed at; the state's name only says whose body it is.
 */
function ownedBody(
  state: string,
  entities: Entities,
  mentions: Mention[],
  text: string,
  start: number,
  end: number,
): string | null {
  const parts = new Set(entities.partOf.filter((l) => l.to === state).map((l) => l.from));
  for (const m of mentions) {
    if (m.key !== state || m.start < start || m.end > end) continue;
    if (!CHARGED.test(text.slice(Math.max(start, m.start - 40), m.start))) continue;
    const after = POSSESSIVE.exec(text.slice(m.end, m.end + 4));
    if (!after) continue;
    const body = mentions.find(
      (o) => o.start === m.end + after[0].length && parts.has(o.key) && entities.get(o.key)?.type === 'Organization',
    );
    if (body) return body.key;
  }
  return null;
}

/** The possessive between a state's name and its body's: "⟨Iran⟩'s ⟨Revolutionary Guard⟩". */
const POSSESSIVE = /^[’']s /;
