import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, ENTITY_TYPES } from '../../src/domain/index.js';
import { loadCorpus } from '../../src/extract/score.js';
import { splitSentences } from '../../src/extract/text.js';

/**
 * The development corpus `npm run extract:score` measures the extractor
 * on: articles in three styles, each with a gold a score can trust (every
 * key a claim uses is among the recorded entities), one text per style held
 * out from tuning.
 */

const corpus = loadCorpus();

describe('the development corpus', () => {
  it('has at least three texts per style, one of them held out, each of 8 to 20 sentences', () => {
    for (const style of ['wire', 'un', 'statement']) {
      const texts = corpus.filter((t) => t.style === style);
      expect(texts.length, style).toBeGreaterThanOrEqual(3);
      expect(texts.filter((t) => t.heldOut).length, style).toBe(1);
    }
    for (const t of corpus) {
      const sentences = splitSentences(t.input.text).length;
      expect(sentences, t.name).toBeGreaterThanOrEqual(8);
      expect(sentences, t.name).toBeLessThanOrEqual(20);
    }
  });

  it('records claims whose speakers, sides and targets are recorded entities, with known kinds and types', () => {
    for (const t of corpus) {
      const keys = new Set(t.reference.entities.map((e) => e.key));
      for (const e of t.reference.entities)
        expect(ENTITY_TYPES as readonly string[], `${t.name} ${e.key}`).toContain(e.type);
      for (const c of t.reference.claims) {
        expect(CLAIM_KINDS as readonly string[], t.name).toContain(c.kind);
        for (const k of [c.speaker, c.onBehalfOf, ...c.targets].filter(Boolean))
          expect(keys.has(k!), `${t.name}: ${k}`).toBe(true);
      }
    }
  });
});
