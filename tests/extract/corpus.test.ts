import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, ENTITY_TYPES, EVENT_CATEGORIES, TRANSFER_STATUSES } from '../../src/domain/index.js';
import { dateProblem } from '../../src/ingest/document.js';
import { splitSentences } from '../../src/extract/text.js';
import { ABOUT_TYPES, loadCorpus } from './scoring/reference.js';

/**
 * The corpus `npm run extract:score` measures the extractor on: articles
 * written for the project in five styles, each with a gold a score can
 * trust (every key a claim or a transfer uses is among the recorded
 * entities), and, while a round is out, a set of texts in at least four
 * styles held out from tuning.
 */

const corpus = loadCorpus();

describe('the corpus', () => {
  it('has development texts in the three first styles and held-out texts, when a round is out, in at least four, three or more each, of 8 to 35 sentences', () => {
    for (const style of ['wire', 'un', 'statement'])
      expect(corpus.filter((t) => t.style === style && !t.heldOut).length, style).toBeGreaterThanOrEqual(3);
    const heldOut = new Map<string, number>();
    for (const t of corpus.filter((t) => t.heldOut)) heldOut.set(t.style, (heldOut.get(t.style) ?? 0) + 1);
    // Between rounds (the texts held out scored and turned into development texts, the next not yet written) none is held out.
    if (heldOut.size > 0) {
      expect([...heldOut.keys()]).toEqual(expect.arrayContaining(['wire', 'un', 'statement']));
      expect(heldOut.size).toBeGreaterThanOrEqual(4);
    }
    for (const [style, n] of heldOut) expect(n, style).toBeGreaterThanOrEqual(3);
    for (const t of corpus) {
      const sentences = splitSentences(t.input.text).length;
      expect(sentences, t.name).toBeGreaterThanOrEqual(8);
      // Long enough to hold several claims, short enough to read whole (about 500 words at most); a briefing's
      // questions and short answers each count, so a briefing of 400 words runs past 30.
      expect(sentences, t.name).toBeLessThanOrEqual(35);
    }
  });

  it('records claims whose speakers, sides, targets and subjects are recorded entities, with known kinds and types', () => {
    for (const t of corpus) {
      const types = new Map(t.reference.entities.map((e) => [e.key, e.type]));
      for (const e of t.reference.entities)
        expect(ENTITY_TYPES as readonly string[], `${t.name} ${e.key}`).toContain(e.type);
      for (const c of t.reference.claims) {
        expect(CLAIM_KINDS as readonly string[], t.name).toContain(c.kind);
        for (const k of [c.speaker, c.onBehalfOf, ...c.targets].filter(Boolean))
          expect(types.has(k!), `${t.name}: ${k}`).toBe(true);
        for (const k of c.about) expect(ABOUT_TYPES.has(types.get(k) ?? ''), `${t.name}: about ${k}`).toBe(true);
      }
    }
  });

  it('records transfers with their supplier, recipient and weapon, and events with a category and a valid date', () => {
    for (const t of corpus) {
      const types = new Map(t.reference.entities.map((e) => [e.key, e.type]));
      for (const e of t.reference.entities) {
        const props = e as unknown as Record<string, string | null | undefined>;
        if (e.type === 'WeaponsTransfer') {
          expect(types.has(e.supplier ?? ''), `${t.name} ${e.key} supplier`).toBe(true);
          expect(types.has(e.recipient ?? ''), `${t.name} ${e.key} recipient`).toBe(true);
          if (e.weapon) expect(types.get(e.weapon), `${t.name} ${e.key} weapon`).toBe('WeaponSystem');
          expect(TRANSFER_STATUSES as readonly string[], `${t.name} ${e.key}`).toContain(props.status);
          for (const d of [props.periodStart, props.periodEnd]) if (d) expect(dateProblem(d)).toBeUndefined();
        }
        if (e.type === 'Event') {
          expect(EVENT_CATEGORIES as readonly string[], `${t.name} ${e.key}`).toContain(e.category);
          if (e.date) expect(dateProblem(e.date), `${t.name} ${e.key}`).toBeUndefined();
        }
      }
    }
  });
});
