import { z } from 'zod';
import type { Entities } from '../entities.js';
import { dataTable } from '../tables.js';
import type { ClaimDraft } from './types.js';

/**
 * "On 5 December 1971 the Soviet Union vetoed the draft. Moscow's delegate said ...": a capital or a state's present
 * name, in a paragraph dated to years before that state existed as it is now, stands for the state it succeeded
 * (src/extract/predecessors.json). Only when the text names the predecessor itself, so that a history told in today's
 * names ("Russia has vetoed seventeen drafts since 1991") keeps them.
 */

const table = z
  .object({
    note: z.string(),
    successions: z.array(z.object({ successor: z.string(), predecessor: z.string(), lastYear: z.number().int() })),
  })
  .parse(dataTable('predecessors.json'));

/** A year written out: "1971", "in 1956". */
const YEAR = /(?<![\d-])(1[89]\d\d|20\d\d)(?![\d-])/g;

/** The last year the paragraph of a sentence names up to the sentence's end, if any. */
function yearOf(text: string, end: number): number | null {
  const start = Math.max(text.lastIndexOf('\n\n', end - 1), 0);
  const years = [...text.slice(start, end).matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length ? years[years.length - 1]! : null;
}

/** Whether the paragraph of a sentence names the predecessor itself ("The Czechoslovak government said ..."). */
function namedInParagraph(text: string, end: number, mentions: { start: number }[]): boolean {
  const start = Math.max(text.lastIndexOf('\n\n', end - 1), 0);
  const close = text.indexOf('\n\n', end);
  const stop = close < 0 ? text.length : close;
  return mentions.some((m) => m.start >= start && m.start < stop);
}

/** Whether a sentence names a state by its own name ("the Russian Federation"), not its capital or its people. */
function namedIn(
  text: string,
  sentence: { start: number; end: number },
  state?: { name: string; mentions: { start: number; end: number }[] },
): boolean {
  return !!state?.mentions.some(
    (m) =>
      m.start >= sentence.start &&
      m.start < sentence.end &&
      text.slice(m.start, m.end).toLowerCase().includes(state.name.toLowerCase()),
  );
}

export function predecessorsInPeriod(claims: ClaimDraft[], entities: Entities, text: string) {
  for (const { successor, predecessor, lastYear } of table.successions) {
    const from = `state:${successor}`;
    const to = `state:${predecessor}`;
    const record = entities.get(to);
    if (!record) continue;
    for (const c of claims) {
      if (![c.speaker, c.onBehalfOf, c.target].includes(from)) continue;
      const year = yearOf(text, c.sentence.end);
      // A paragraph that names no year but names the predecessor tells of its time: "Egypt and Syria protested that
      // Prague was breaking the truce. The Czechoslovak government said ...".
      if (year === null ? !namedInParagraph(text, c.sentence.end, record.mentions) : year > lastYear) continue;
      // "developed by the Soviet Union and later by the Russian Federation": a sentence naming both by name tells them
      // apart ("Prague", a capital, still stands for the predecessor).
      if (year === null && namedIn(text, c.sentence, entities.get(from))) continue;
      if (c.speaker === from) c.speaker = to;
      if (c.onBehalfOf === from) c.onBehalfOf = to;
      if (c.target === from) c.target = to;
      c.about = c.about.map((k) => (k === from ? to : k));
    }
  }
}
