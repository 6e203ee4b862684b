import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * A spokesperson's own words, in a briefing's answers and a statement's
 * sentences: a short dismissal ("That's simply false", "This is a
 * fabrication") denies the accusation the question put, and is aimed at
 * whoever made it; conduct called lawful denies the accusation against
 * it; and a clause stated before the speaker's own "we" ("⟨A⟩'s forces
 * carried out this attack, and we call on ...") is the speaker's too.
 * Sentences written for these tests.
 */

const BRIEFING = `Regular Press Conference of the Ministry of Foreign Affairs of Vietnam, May 14, 2025

Spokesperson Nguyen Thu Ha

QUESTION: The Philippine coast guard said on Monday that Vietnamese vessels had rammed a Philippine supply boat near Second Thomas Shoal. What is your comment?

Nguyen Thu Ha: That's simply false. The activities of Vietnamese fishing vessels are fully consistent with international law.`;

describe("a briefing's answers", () => {
  it('reads "That\'s simply false" as a denial aimed at the accuser the question names', async () => {
    const draft = await extract(BRIEFING, '2025-05-14');
    claim(draft, 'org:philippines-coast-guard', 'ACCUSE', 'state:VNM');
    const denials = draft.claims.filter((c) => c.speaker === 'person:nguyen-thu-ha' && c.kind === 'DENY');
    expect(denials.length).toBeGreaterThan(0);
    for (const d of denials) expect(d.targets).toEqual(['state:PHL']);
  });
});

describe("a statement's own words before its own 'we'", () => {
  it('reads a wrongdoing stated before "and we call on" as the issuer\'s accusation', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Armenia\n\nAzerbaijani forces shelled the village of Sotk on Sunday, and we call on the international community to respond.',
    );
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'ACCUSE', 'state:AZE');
  });
});

describe('a bare "No." opening an answer', () => {
  it('denies what the question reported, aimed at whoever said it', async () => {
    const draft = await extract(
      `Department Press Briefing, Washington, March 3, 2026

Laura Price, Deputy Spokesperson

MS. PRICE: Good afternoon.

QUESTION: Venezuela's foreign ministry said this morning that American warships had entered its waters off La Guaira. Is that accurate?

MS. PRICE: No, it is not. Our ships stayed in international waters throughout the exercise.`,
      '2026-03-03',
    );
    const denials = draft.claims.filter((c) => c.kind === 'DENY' && /^No\b/.test(c.allegation));
    expect(denials.map((c) => c.targets)).toEqual([['state:VEN']]);
  });

  it('leaves "No foreign soldier may cross ..." alone', async () => {
    const draft = await extract('Kenya said no foreign soldier may cross its border with a weapon.');
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});
