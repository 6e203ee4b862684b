import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A government's own statement speaks for its state throughout, with claims
 * in sentences that have no verb of saying: sentences written for these
 * tests in the style of a ministry's communiqué.
 */

describe('a communiqué', () => {
  it("is a statement: its sentences with no speaker of their own are its issuer's words", async () => {
    const draft = await extract(
      'Communiqué of the Ministry of Foreign Affairs of Peru on the Seizure of a Fishing Vessel\n\nLima, 3 March 2025\n\nChilean coast guard boats stormed a Peruvian fishing vessel in waters under Peruvian jurisdiction. This act is a flagrant violation of the maritime boundary fixed in 2014.',
    );
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'CRITICIZE');
  });

  it('is not read as a statement when only a news report quotes one', async () => {
    const draft = await extract(
      'Peru protested to Chile on Monday. This act is a flagrant violation of the maritime boundary, the communiqué said.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:peru-ministry'))).toEqual([]);
  });
});
