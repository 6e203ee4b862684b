import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Judgements a plain "said" carries, by the kind of words rather than one
 * text's wording: a text called one-sided or said not to address
 * something, measures said to harden positions, words in scare quotes,
 * and bad faith imputed ("a pretext to interfere"), which is an
 * accusation. Each on sentences written for these tests.
 */

describe('a judgement of a text or a measure', () => {
  it('reads a text called one-sided, or said not to address something, as a criticism, not a plain statement', async () => {
    const draft = await extract(
      'The representative of Bolivia said the draft was one-sided. The representative of Nepal said the text did not address the needs of displaced families.',
    );
    claim(draft, 'state:BOL', 'CRITICIZE');
    claim(draft, 'state:NPL', 'CRITICIZE');
    expect(draft.claims.filter((c) => c.kind === 'STATE')).toEqual([]);
  });

  it('reads measures said to harden or entrench positions as a criticism', async () => {
    const draft = await extract(
      'The representative of Brazil said new sanctions would only harden positions on both sides of the border.',
    );
    expect(claim(draft, 'state:BRA', 'CRITICIZE').targets).toEqual([]);
  });

  it('reads a judgement in scare quotes as a judgement all the same', async () => {
    const draft = await extract(
      'The representative of Ghana said the monitoring mechanism had remained "largely ineffective" since its creation.',
    );
    claim(draft, 'state:GHA', 'CRITICIZE');
  });

  it('leaves a plain account a plain statement', async () => {
    const draft = await extract(
      'The representative of Ghana said the monitoring mechanism had held 14 meetings since its creation.',
    );
    claim(draft, 'state:GHA', 'STATE');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });
});

describe('bad faith imputed', () => {
  it('reads a pretext or a cover as an accusation, of the subject when it is an actor', async () => {
    const draft = await extract(
      'The representative of Venezuela said Guyana was using the border incidents as a pretext to invite foreign troops. The representative of Cuba said the exercise was a cover for intelligence gathering.',
    );
    claim(draft, 'state:VEN', 'ACCUSE', 'state:GUY');
    expect(claim(draft, 'state:CUB', 'ACCUSE').targets).toEqual([]);
  });

  it('leaves a pretext judged unacceptable a criticism', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lithuania\n\nThe Government of Lithuania condemns the closure of the border by Belarus. Using the incident as a pretext for closing the border is unacceptable.',
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });

  it('aims an accusation that names no one at the side that denies it', async () => {
    const draft = await extract(
      'The Chinese ambassador in Vientiane, Wang Lei, said on Tuesday that the survey programme was a cover for intelligence gathering. The United States Embassy in Vientiane rejected the claim.',
    );
    claim(draft, 'person:wang-lei', 'ACCUSE', 'state:USA');
  });
});

describe("a side's own conduct told as harmless or lawful", () => {
  it('reads conduct that threatens no one, breaks no law or is in line with international law as a denial', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Belarus\n\nLithuania accused Belarus on Monday of staging drills near the border. Our exercises threaten no one. Our cooperation with Russia breaks no law and is fully in line with international law.',
    );
    const denials = draft.claims.filter((c) => c.kind === 'DENY');
    expect(denials.length).toBeGreaterThanOrEqual(2);
    expect(draft.claims.filter((c) => c.kind === 'STATE')).toEqual([]);
  });

  it("reads weapons it sent none of, or troops it has none of, as the side's denial", async () => {
    const draft = await extract(
      'The representative of Chad said his country had sent no weapons to the rebels. The representative of Niger said his country had no troops in the border area.',
    );
    claim(draft, 'state:TCD', 'DENY');
    claim(draft, 'state:NER', 'DENY');
  });

  it("leaves a threat to another side's conduct what it was", async () => {
    const draft = await extract(
      'The representative of Chad said the rebels threatened the whole region and had sent fighters across the border.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});
