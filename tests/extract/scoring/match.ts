import { resolutionNumber } from '../../../src/extract/drafted/resolutions.js';
import { fold } from '../../../src/extract/text.js';
import type { Draft } from '../../../src/extract/types.js';
import type { RecordedEntity, Reference } from './reference.js';

/**
 * Which recorded entity each draft entity stands for. States match by key
 * (alpha-3 codes do not vary); a resolution by key, by its UN number
 * ("resolution 1970" is S/RES/1970 (2011)) or by the words that describe
 * it; a transfer by its supplier and recipient (an armed service counting
 * as its state) and, when the record names one, its weapon; an event by
 * its category and a date that agrees at the precision both give; anything
 * else by key, name or alias of the same type.
 */

interface DraftEntity {
  key: string;
  type: string;
  name: string;
  aliases: string[];
  category?: string;
  date?: string;
  symbol?: string;
}

interface DraftRelationship {
  type: string;
  from: string;
  to: string;
}

const names = (e: { name: string; aliases: string[] }) =>
  [e.name, ...e.aliases].map((n) => fold(n).replace(/^(?:the|a|an) /, ''));

/** Described the same way: the same name, or one description inside the other when it is long enough to mean one thing. */
function described(a: string[], b: string[]): boolean {
  return a.some((x) =>
    b.some(
      (y) => x === y || (Math.min(x.split(' ').length, y.split(' ').length) >= 4 && (x.includes(y) || y.includes(x))),
    ),
  );
}

const sameDate = (a?: string | null, b?: string | null) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));

export function keyMap(draft: Draft, reference: Reference): Map<string, string> {
  const map = new Map<string, string>();
  const recorded = new Map(reference.entities.map((e) => [e.key, e]));
  const entities = draft.document.entities as DraftEntity[];
  const relationships = draft.document.relationships as DraftRelationship[];
  const taken = new Set<string>();
  // Of several records that fit, one not yet matched is the one meant.
  const pick = (candidates: RecordedEntity[]) => candidates.find((c) => !taken.has(c.key)) ?? candidates[0];
  const set = (from: string, to: RecordedEntity | undefined) => {
    if (!to) return;
    map.set(from, to.key);
    taken.add(to.key);
  };
  const ofType = (type: string) => reference.entities.filter((r) => r.type === type);

  for (const e of entities) {
    if (e.type === 'WeaponsTransfer') continue;
    if (recorded.get(e.key)?.type === e.type) {
      set(e.key, recorded.get(e.key));
      continue;
    }
    if (e.type === 'State') continue;
    if (e.type === 'Resolution') {
      const number = resolutionNumber(e);
      set(
        e.key,
        pick(
          ofType('Resolution').filter(
            (r) => (number && resolutionNumber(r) === number) || described(names(r), names(e)),
          ),
        ),
      );
    } else if (e.type === 'Event') {
      set(
        e.key,
        pick(
          ofType('Event').filter(
            (r) =>
              (r.category === e.category && (r.date ? sameDate(r.date, e.date) : true)) ||
              described(names(r), names(e)),
          ),
        ),
      );
    } else {
      const own = new Set(names(e));
      set(
        e.key,
        ofType(e.type).find((r) => names(r).some((n) => own.has(n))),
      );
    }
  }

  // Transfers last: their ends are entities mapped above.
  const sides = (key: string) => {
    const out = new Set([map.get(key) ?? key]);
    for (const r of relationships)
      if (r.from === key && r.type === 'PART_OF' && r.to.startsWith('state:')) out.add(map.get(r.to) ?? r.to);
    return out;
  };
  const ends = (transfer: string, type: string) =>
    new Set(relationships.filter((r) => r.from === transfer && r.type === type).flatMap((r) => [...sides(r.to)]));
  for (const e of entities) {
    if (e.type !== 'WeaponsTransfer') continue;
    const suppliers = ends(e.key, 'SUPPLIED_BY');
    const recipients = ends(e.key, 'RECEIVED_BY');
    const weapons = ends(e.key, 'OF_WEAPON');
    set(
      e.key,
      pick(
        ofType('WeaponsTransfer').filter(
          (r) =>
            !!r.supplier &&
            suppliers.has(r.supplier) &&
            !!r.recipient &&
            recipients.has(r.recipient) &&
            (!r.weapon || weapons.has(r.weapon)),
        ),
      ),
    );
  }
  return map;
}
