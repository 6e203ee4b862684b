import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Press briefings and press conferences, read as transcripts: a paragraph
 * opening with its speaker's name ("Wen Jiahe:", "MS. CARTER:") is that
 * speaker's, "we" included; a question ("Question:", "Xinhua:") makes no
 * claim of its own, while what it reports someone saying is theirs.
 * Sentences written for these tests.
 */

const BRIEFING = `Foreign Ministry Spokesperson Wen Jiahe's Regular Press Conference on March 3, 2025

Xinhua: The Philippine coast guard says a Chinese vessel rammed one of its boats near Sabina Shoal. What is your comment?

Wen Jiahe: The Philippine vessel deliberately rammed the Chinese ship. We urge the Philippine side to stop provoking trouble at sea.

Bloomberg: The Dutch government says Chinese hackers attacked its defence ministry networks last year. How do you respond?

Wen Jiahe: China firmly opposes all forms of cyberattacks, and we reject these groundless accusations.`;

describe('a press conference transcript', () => {
  it("reads an answer's sentences as its speaker's, \"we\" included, and what a question reports as its source's", async () => {
    const draft = await extract(BRIEFING, '2025-03-03', 'Ministry of Foreign Affairs of China');
    claim(draft, 'org:philippines-coast-guard', 'ACCUSE', 'state:CHN');
    claim(draft, 'person:wen-jiahe', 'ACCUSE', 'state:PHL');
    expect(claim(draft, 'person:wen-jiahe', 'DEMAND', 'state:PHL').onBehalfOf).toBe('state:CHN');
    claim(draft, 'state:NLD', 'ACCUSE', 'state:CHN');
    claim(draft, 'person:wen-jiahe', 'DENY', 'state:NLD');
  });

  it("makes no claim of a question's own words, nor of the ministry publishing it", async () => {
    const draft = await extract(BRIEFING, '2025-03-03', 'Ministry of Foreign Affairs of China');
    const asked = (c: { sentence: { start: number; end: number } }) =>
      /What is your comment|How do you respond/.test(BRIEFING.slice(c.sentence.start, c.sentence.end));
    expect(draft.claims.filter(asked).map((c) => `${c.speaker} ${c.kind}`)).toEqual([]);
    expect(lines(draft).filter((l) => l.startsWith('org:china-ministry-of-foreign-affairs'))).toEqual([]);
  });

  it('finds a speaker labelled by honorific and surname in capitals, and "Question:" as a question', async () => {
    const text = `Department Press Briefing, April 2, 2025\n\nNora Carter, Spokesperson\n\nMS. CARTER: The United States condemns the missile attack on Odesa by Russia. We call on Moscow to agree to a ceasefire.\n\nQUESTION: Is the department reviewing its aid to Ukraine?\n\nMS. CARTER: No. Our support remains firm.`;
    const draft = await extract(text, '2025-04-02', 'U.S. Department of State');
    // "The United States condemns ..." names its own speaker; "we" is the spokesperson's.
    claim(draft, 'state:USA', 'CRITICIZE', 'state:RUS');
    expect(claim(draft, 'person:nora-carter', 'DEMAND', 'state:RUS').onBehalfOf).toBe('state:USA');
    expect(draft.claims.filter((c) => /Is the department/.test(text.slice(c.sentence.start, c.sentence.end)))).toEqual(
      [],
    );
  });
});
