import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../src/extract/rules.js';
import type { IngestDocument } from '../../src/ingest/document.js';
import { seedDir } from '../../src/seed.js';
import { loadCorpus, referenceOf } from './scoring/reference.js';
import { byStyle } from './scoring/report.js';
import { precisionOf, recallOf, score } from './scoring/score.js';

/**
 * The gate on the extractor's score: the corpus scorer runs on the
 * development texts, and a style whose claim precision, claim recall or
 * entity recall falls below the minimum recorded in gate.json fails the
 * run, so that a rule written for one style cannot quietly break another;
 * and so does the seed article, scored against its curated document.
 */

interface Minimum {
  precision: number;
  recall: number;
  entityRecall: number;
}

const gate = JSON.parse(readFileSync(new URL('./gate.json', import.meta.url), 'utf8')) as {
  minimums: Record<string, Minimum>;
  seed: Minimum;
};

function atLeast(label: string, measured: Minimum, min: Minimum) {
  for (const measure of ['precision', 'recall', 'entityRecall'] as const)
    expect(measured[measure], `${label} ${measure}`).toBeGreaterThanOrEqual(min[measure]);
}

describe('the score gate', async () => {
  const extractor = new RulesExtractor();
  const results = [];
  for (const text of loadCorpus().filter((t) => !t.heldOut))
    results.push({ text, score: score(await extractor.extract(text.input, {}), text.reference) });
  const styles = byStyle(results).filter((s) => s.style !== 'all');

  it('has a minimum for every style of the development texts', () => {
    expect(Object.keys(gate.minimums).sort()).toEqual(styles.map((s) => s.style).sort());
  });

  for (const { style, counts } of styles) {
    it(`keeps ${style} at or above its minimums`, () => {
      const min = gate.minimums[style]!;
      const measured = {
        precision: precisionOf(counts),
        recall: recallOf(counts),
        entityRecall: counts.entities ? counts.entitiesFound / counts.entities : 0,
      };
      atLeast(style, measured, min);
    });
  }

  it('keeps the seed article at or above its minimums', async () => {
    const curated = JSON.parse(readFileSync(`${seedDir}/000_53f6e0b8b575f843.json`, 'utf8')) as IngestDocument;
    const source = curated.sources[0]!;
    const s = score(
      await extractor.extract(
        { text: source.text!, title: source.title, publisher: source.publisher, publishedOn: source.publishedOn },
        {},
      ),
      referenceOf(curated),
    );
    atLeast('seed', s, gate.seed);
  });
});
