import { z } from 'zod';
import { listUnits, type Unit } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { hostilePatterns, readHostileAct, type HostileSides } from './hostile.js';
import type { Reading } from './types.js';

/**
 * What a United Nations briefer or a monitor tells a party did: "⟨ISWAP⟩ fighters had overrun an army base at
 * Marte", "⟨Israeli⟩ forces remained at five hilltop positions", "fighters linked to the ⟨RSF⟩ had been seen north of
 * the Force's area", "rifles seized at a pirate camp had been traced to a batch sold to the ⟨Nigerian Army⟩". Told
 * by a party such an act is an accusation (hostile.ts); told by the Secretariat, an envoy, a mission, a panel or an
 * agency it is a finding, aimed at the doer. The acts are hostile.json's, events.json's strikes and invasions,
 * said.json's wrongs, and the acts briefers tell besides (briefed.json). Only words that already have such a
 * speaker are read here; a neutral event or a count of victims names no doer and stays a finding aimed at no one.
 */

const act = z.object({ verb: z.string(), then: z.string().optional(), also: z.array(z.string()).optional() });
const table = z
  .object({ acts: z.array(act).min(1), asides: group, linked: group, carriers: group, carried: group })
  .parse(dataTable('briefed.json'));

const PATTERNS = hostilePatterns(table.acts);
/** Words set off between the doer and the act: ", however,", " overnight". */
const ASIDES = new RegExp(table.asides.phrases.join('|'), 'gi');
/** "fighters linked to the ⟨RSF⟩": men told as a party's, read as "fighters of the ⟨RSF⟩". */
const LINKED = new RegExp(String.raw`\b(?:${table.linked.phrases.join('|')}) (?=(?:the )?⟨\d+⟩)`, 'gi');
/**
 * "cargo flights from the ⟨Russian Federation⟩ had delivered armoured vehicles", "cargo flights from ⟨Russian⟩ bases
 * in ⟨Syria⟩ moved equipment to ...": arms or men carried from a party, the party's act.
 */
const CARRIED_FROM = new RegExp(
  String.raw`^(?:the |some |several |(?:at least )?\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|dozens of) )?(?:${table.carriers.phrases.join('|')}) from (?:the )?(⟨\d+⟩)(?:[’']s)?(?: (?:[\w-]+ ){0,2}?(?:bases?|airfields?|ports?|depots?)(?: in (?:the )?⟨\d+⟩)?)? (?:had |have |has )?(?:moved|delivered|carried|brought|ferried|transported|flown|shipped|unloaded)\b (?:[\w⟨⟩’'-]+ ){0,4}?(?:${table.carried.phrases.join('|')})\b`,
  'i',
);
/**
 * "had been traced to stocks sold by ⟨Serbia⟩ to a third country", "traced to a batch sold by ⟨Bulgaria⟩ to the
 * ⟨Nigerian Army⟩": weapons found where they should not be, aimed at the last party the trace leads to.
 */
const TRACED =
  /\b(?:(?:had been|have been|has been|were|was|are|is) (?:later |since |all )?traced (?:back )?to|(?:had |have |has )?traced [^;⟨]{1,80}? to)\b([^;]*)/i;

/** Whether every speaker is the UN's or a monitor's: the voice this module reads. */
export function briefers(
  sides: { unSystem(s: string): boolean; monitors(s: string): boolean },
  speakers: string[],
): boolean {
  return speakers.length > 0 && speakers.every((s) => sides.unSystem(s) || sides.monitors(s));
}

/**
 * A briefer's clause read for a party's act: the clause's readings with a finding aimed at the doer in place of any
 * aimed at no one, or the readings as they were when the clause names no doer or already aims at someone.
 */
export function readBriefedAct(
  sides: HostileSides,
  clause: string,
  units: Unit[],
  own: Set<string | null>,
  span: { start: number; end: number },
  readings: Reading[],
): Reading[] {
  const words = clause.replace(ASIDES, '').replace(LINKED, 'of ');
  const party = (i: number) =>
    ['State', 'Organization'].includes(sides.entities.get(units[i]!.mention.key)?.type ?? '');
  const aimedAt = (i: number): Reading[] => {
    const key = units[i]!.mention.key;
    const side = sides.sideOf(key);
    const state = side && side !== key && sides.entities.get(side)?.type === 'State' ? side : key;
    return own.has(key) || own.has(state) ? [] : [{ kind: 'REPORT', target: null, span, targetKeys: [state] }];
  };
  // Arms traced to where they were sold or held: the trace, not the sale told on the way ("sold by ⟨A⟩ to ⟨B⟩" is
  // read as ⟨A⟩'s wrong otherwise), names whom the finding is aimed at. Only findings give way to it.
  const traced = TRACED.exec(words);
  const last = traced ? listUnits(traced[1]!).filter(party).pop() : undefined;
  if (last !== undefined && readings.every((r) => ['REPORT', 'STATE', 'ACCUSE'].includes(r.kind))) {
    const found = aimedAt(last);
    if (found.length) return found;
  }
  if (readings.some((r) => r.target !== null || r.targetKeys?.length || (r.kind !== 'REPORT' && r.kind !== 'STATE')))
    return readings;
  const found = readHostileAct(sides, words, units, own, span, PATTERNS).map((r): Reading => ({
    ...r,
    kind: 'REPORT',
  }));
  // Arms or men carried from a party.
  const carried = found.length ? null : CARRIED_FROM.exec(words);
  if (carried && party(Number(carried[1]!.slice(1, -1)))) found.push(...aimedAt(Number(carried[1]!.slice(1, -1))));
  return found.length ? found : readings;
}
