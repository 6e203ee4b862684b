import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { dataTable, phraseGroup as group, phrasesOf } from '../tables.js';
import { decidingOrgan } from './bodies.js';
import type { ClaimFinder } from './finder.js';
import type { SentenceContext } from './types.js';

/**
 * The measures an organ that decides by vote lays on named states (measures.json): "the Council adopted resolution
 * 1298 (2000), barring the sale of weapons to ⟨A⟩ and ⟨B⟩", "renewed the arms embargo imposed on ⟨A⟩". The organ
 * states its position against each state the measure falls on (STATE, one claim per state); no reporting verb says
 * so, so the speaker forms never read it.
 */

const table = z
  .object({ barred: group, traded: group, renewed: group, measures: group, undone: group })
  .parse(dataTable('measures.json'));

/** "barring the sale of weapons to ⟨A⟩ and ⟨B⟩": the states in group 1. */
const BARRED = new RegExp(
  String.raw`\b(?:${phrasesOf(table.barred)}) (?:the |all |any )?(?:${phrasesOf(table.traded)}) of [^⟨;]{1,60}?\bto (?:the )?(${LIST})`,
  'gu',
);
/** "renewed until 31 May 2026 the arms embargo and targeted sanctions imposed on ⟨A⟩": the states in group 1. */
const RENEWED = new RegExp(
  String.raw`\b(?:${phrasesOf(table.renewed)})\b[^⟨;]{0,50}?\b(?:${phrasesOf(table.measures)})\b(?: [^⟨;]{0,40}?\bimposed)? on (?:the )?(${LIST})`,
  'gu',
);
const UNDONE = new RegExp(String.raw`\b(?:${phrasesOf(table.undone)})\b`, 'i');

/** The same measures in the text's own words, whose position keeps the aim the measure gives it (conventions.ts). */
export const LAID_MEASURE = new RegExp(
  String.raw`\b(?:${phrasesOf(table.barred)}) (?:the |all |any )?(?:${phrasesOf(table.traded)}) of .{1,60}?\bto\b|\b(?:${phrasesOf(table.renewed)})\b.{0,50}?\b(?:${phrasesOf(table.measures)})\b(?: .{0,40}?\bimposed)? on\b`,
  'iu',
);

/** The measures of a deciding organ the sentence tells it adopted, each a position aimed at the states it falls on. */
export function measuresLaid(finder: ClaimFinder, ctx: SentenceContext, masked: Masked) {
  const { units } = masked;
  const made = finder.claims.filter((c) => c.sentenceIndex === ctx.sentence.index);
  for (const m of [...masked.text.matchAll(BARRED), ...masked.text.matchAll(RENEWED)]) {
    const before = masked.text.slice(0, m.index);
    // The organ is the sentence's subject: the first party it names, with nothing between that undoes the measure.
    const opening = /⟨(\d+)⟩/.exec(before.replace(/^[^-–—]{0,40}\s[-–—]+\s/, ''));
    const organ = opening ? units[Number(opening[1])]?.mention.key : undefined;
    if (!organ || !decidingOrgan(finder.entities, organ)) continue;
    if (UNDONE.test(before.slice(before.indexOf(opening![0]) + opening![0].length))) continue;
    // "to ⟨A⟩, and ⟨B⟩ made it law": two parties joined after a comma are two clauses, the second another subject's.
    const list = /^⟨\d+⟩, (?:and|or) ⟨\d+⟩$/.test(m[1]!) ? m[1]!.slice(0, m[1]!.indexOf(',')) : m[1]!;
    for (const i of listUnits(list)) {
      const target = units[i]!.mention.key;
      if (!isActorType(finder.entities.get(target)?.type) || target === organ) continue;
      // "imposed an embargo on ⟨B⟩, accusing it of ...": a claim the organ already makes of the state says it.
      if (made.some((c) => c.speaker === organ && c.target === target)) continue;
      const start = m.index! + m[0].indexOf(m[0].trimStart());
      finder.emitTold(
        { kind: 'STATE', speakers: [organ], targets: [i], masked, ctx, tense: 'states' },
        { start, end: m.index! + m[0].length - (m[1]!.length - list.length) },
      );
    }
  }
}
