import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * A court's ruling (src/extract/verbs.json, "rule"): "ruled that ...", "..., ruling that ...", read as the court's
 * words, whose kind what they say gives. Each on sentences written for these tests.
 */

describe("a court's ruling", () => {
  it('reads "ruled that", "ruled on ⟨day⟩ that" and a participle "ruling that" after an act', async () => {
    const draft = await extract(
      'The Permanent Court of Arbitration ruled that China had violated the sovereign rights of the Philippines. ' +
        'The International Criminal Court ruled on Thursday that Mongolia had failed to arrest a suspect it was bound to surrender. ' +
        'In July the International Court of Justice declined to order provisional measures sought by Armenia, ruling that there was no urgency.',
    );
    claim(draft, 'org:permanent-court-of-arbitration', 'REPORT', 'state:CHN');
    expect(draft.claims.some((c) => c.speaker === 'org:icc' && c.targets.includes('state:MNG'))).toBe(true);
    claim(draft, 'org:icj', 'STATE');
  });

  it('leaves "the ruling party" and "ruled out" unread as rulings', async () => {
    const draft = await extract(
      'The ruling party won the vote in Tbilisi. The International Court of Justice ruled out a hearing before June.',
    );
    expect(draft.claims).toEqual([]);
  });
});
