import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Whom a claim is aimed at when its own words do not name anyone: a
 * criticism of an act whose doer the text does not give, a denial that
 * names no accuser, a refusal of what another side decided. Sentences
 * written for these tests.
 */

describe('a criticism of an act named, its doer not given', () => {
  it('is aimed at whom the speaker accuses or warns in the same sentence', async () => {
    const draft = await extract(
      'The Algerian foreign ministry called the expulsion a hostile act and accused Morocco of breaking the 1972 border accord.',
    );
    claim(draft, 'org:algeria-ministry-of-foreign-affairs', 'CRITICIZE', 'state:MAR');
    claim(draft, 'org:algeria-ministry-of-foreign-affairs', 'ACCUSE', 'state:MAR');
    expect(lines(draft)).not.toContain('org:algeria-ministry-of-foreign-affairs CRITICIZE -');
  });

  it('is not aimed at a party the speaker only asks something of', async () => {
    const draft = await extract(
      "Norway's representative deplored the loss of civilian life on both sides and encouraged Qatar to continue its mediation.",
    );
    claim(draft, 'state:NOR', 'DEMAND', 'state:QAT');
    expect(lines(draft)).not.toContain('state:NOR CRITICIZE state:QAT');
  });
});
