import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { extract } from './drafts.js';

/**
 * Claims about what was told before them: a comment that refers back
 * ("this incident", "such acts", "these missiles") carries the event or
 * transfer the sentences before it named. Sentences written for these
 * tests.
 */

const typeOf = (d: Draft, key: string) => d.entities.find((e) => e.key === key)?.type;
const aboutOf = (d: Draft, speaker: string) =>
  d.claims
    .filter((c) => c.speaker === speaker)
    .flatMap((c) => c.about)
    .map((k) => typeOf(d, k));

describe('claims about what was told before them', () => {
  it('carries the event named in an earlier sentence when the claim says "this incident"', async () => {
    const d = await extract(
      'Guatemalan soldiers fired on a Belizean patrol boat on the Sarstoon river on 30 April 2026, wounding two men. ' +
        'No one was arrested. Belize condemned this incident as a grave violation of its sovereignty.',
      '2026-05-02',
    );
    expect(aboutOf(d, 'state:BLZ')).toContain('Event');
  });

  it('carries the transfer named before when the claim speaks of "these missiles"', async () => {
    const d = await extract(
      'Russia delivered Iskander-M missiles to Belarus in 2025, officials said. Poland said these missiles threatened the whole of Europe.',
      '2026-05-02',
    );
    expect(aboutOf(d, 'state:POL')).toContain('WeaponsTransfer');
  });

  it('carries what any sentence of its quotation names', async () => {
    const d = await extract(
      '"Russia delivered Iskander-M missiles to Belarus in 2025. That is a threat to all of Europe," Poland\'s ' +
        'foreign ministry said on Monday.',
      '2026-05-02',
    );
    const polish = d.claims.filter((c) => c.onBehalfOf === 'state:POL' || c.speaker === 'state:POL');
    expect(polish.flatMap((c) => c.about).map((k) => typeOf(d, k))).toContain('WeaponsTransfer');
  });

  it('carries nothing when the claim refers back to nothing', async () => {
    const d = await extract(
      'Russia delivered Iskander-M missiles to Belarus in 2025, officials said. Poland said Europe had to spend more on defence.',
      '2026-05-02',
    );
    expect(aboutOf(d, 'state:POL')).toEqual([]);
  });
});
