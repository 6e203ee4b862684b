import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A briefing's answer read against the question put before it
 * (src/extract/claims/forms/answer.ts): a plain sentence that denies is the
 * spokesperson's denial of the claim the question reported, aimed at whoever
 * the question says made it; a demand, a warning or a criticism that names
 * no one is aimed at that party; and a side's forces said to go on with what
 * is held against another warn it. Sentences written for these tests.
 */

const BRIEFING = `Media Briefing by the Spokesperson of the Department of Foreign Affairs, Mr Tomas Kiplagat, Nairobi, 4 March 2026

MR KIPLAGAT: Good morning. The Cabinet Secretary will travel to Addis Ababa on Monday for the summit of the African Union.

JOURNALIST (Nation): Somalia's foreign ministry says Kenya keeps soldiers inside Somali territory near Beled Hawo without consent. How do you respond?

MR KIPLAGAT: There are no Kenyan soldiers on Somali soil outside the African Union mission. We would urge our neighbour to raise its concerns through the joint border commission.

JOURNALIST (Standard): Uganda says the boats seized on the lake last week were fishing legally. Will they be released?

MR KIPLAGAT: The Cabinet Secretary will brief Parliament next week on the outcome of the talks.`;

describe("a briefing's answer to a question that reports a claim", () => {
  it('reads a plain sentence that denies as a denial aimed at the claimant, and a demand naming no one as aimed at it', async () => {
    const draft = await extract(BRIEFING, '2026-03-04');
    // The spokesperson answers for the department the heading names, Kenya's foreign ministry.
    claim(draft, 'org:kenya-ministry-of-foreign-affairs', 'DENY', 'state:SOM');
    claim(draft, 'org:kenya-ministry-of-foreign-affairs', 'DEMAND', 'state:SOM');
  });

  it('leaves an answer with no word of denial a plain statement, aimed at no one', async () => {
    const draft = await extract(BRIEFING, '2026-03-04');
    expect(lines(draft).filter((l) => /state:UGA/.test(l) && /DENY|DEMAND|WARN/.test(l))).toEqual([]);
  });

  it('reads the same words as no denial when no question comes before them', async () => {
    const text = `Media Briefing by the Spokesperson of the Department of Foreign Affairs, Mr Tomas Kiplagat, Nairobi, 4 March 2026

MR KIPLAGAT: Somalia's foreign ministry says Kenya keeps soldiers inside Somali territory. There are no Kenyan soldiers on Somali soil outside the African Union mission.

JOURNALIST (Nation): When will the commission meet?

MR KIPLAGAT: In April.`;
    const draft = await extract(text, '2026-03-04');
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });

  it("reads a denial of the speaker's own side doing what it is charged with, and not of another side", async () => {
    const text = `Regular Press Briefing of the Ministry of Foreign Affairs of Brazil, Brasília, 9 June 2026

QUESTION (Folha): Paraguay says Brazilian agents entered its territory near Pedro Juan Caballero last week. What is your answer?

SPOKESPERSON: Brazil has not carried out any operation on Paraguayan territory.

QUESTION (Globo): Bolivia says Argentina has not paid for its gas since March. Is Brazil concerned?

SPOKESPERSON: Argentina has not asked Brazil to mediate.`;
    const draft = await extract(text, '2026-06-09');
    const denials = draft.claims.filter((c) => c.kind === 'DENY');
    expect(denials.map((c) => c.targets.join(','))).toEqual(['state:PRY']);
  });
});

describe("a side's forces said to go on, in an answer", () => {
  it('warns the party the question names', async () => {
    const text = `Press Briefing by the Spokesperson of the Ministry of Defence, Ms Hana Sorensen, Copenhagen, 2 May 2026

QUESTION (DR): Russian aircraft flew close to a Danish frigate in the Baltic on Tuesday. Will the navy change its patrols?

MS SORENSEN: Our navy will continue to patrol the area.`;
    const draft = await extract(text, '2026-05-02');
    claim(draft, 'org:denmark-ministry-of-defence', 'WARN', 'state:RUS');
  });

  it('makes no warning when the question names no other party', async () => {
    const text = `Press Briefing by the Spokesperson of the Ministry of Defence, Ms Hana Sorensen, Copenhagen, 2 May 2026

QUESTION (DR): Will the navy change its patrols this summer?

MS SORENSEN: Our navy will continue to patrol the area as it does every year.`;
    const draft = await extract(text, '2026-05-02');
    expect(draft.claims.filter((c) => c.kind === 'WARN')).toEqual([]);
  });
});

describe('what an answer denies, by kind of sentence', () => {
  const ASKED = (
    answer: string,
  ) => `Regular Press Briefing of the Ministry of Foreign Affairs of Kenya, Nairobi, 11 May 2026

QUESTION (Daily Monitor): Uganda's foreign ministry says Kenyan police arrested Ugandan fishermen near Remba island on Friday. What is your comment?

SPOKESPERSON: ${answer}`;

  it.each([
    'Remba is Kenyan territory.',
    'Nothing has been annexed, and nothing will be.',
    'We have not seen a single piece of evidence.',
    'Those remarks do not deserve a response.',
  ])('"%s" denies the claim the question reported', async (answer) => {
    const draft = await extract(ASKED(answer), '2026-05-11');
    expect(lines(draft)).toContain('org:kenya-ministry-of-foreign-affairs DENY state:UGA');
  });

  it('keeps a position the question reported a position when the answer denies it', async () => {
    const text = `Regular Press Briefing of the Ministry of Foreign Affairs of Kenya, Nairobi, 11 May 2026

QUESTION (Daily Monitor): Uganda's foreign minister said on Friday that the island belongs to Uganda. What is your comment?

SPOKESPERSON: Remba is Kenyan territory.`;
    const draft = await extract(text, '2026-05-11');
    expect(lines(draft).filter((l) => l.includes(' ACCUSE '))).toEqual([]);
    claim(draft, 'org:kenya-ministry-of-foreign-affairs', 'DENY', 'state:UGA');
  });

  it('reads an answer about another party doing nothing as no denial', async () => {
    const draft = await extract(ASKED('Tanzania has not asked Kenya to mediate.'), '2026-05-11');
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

describe('an answer under a label no name resolves', () => {
  it("speaks for the state the heading places the briefing in, when the heading's body is in no table", async () => {
    const text = `Media Briefing by the Spokesperson of the Office of Public Diplomacy and Outreach, Mr Tomas Kiplagat, Nairobi, 4 March 2026

MR KIPLAGAT: Good morning. Thank you for coming.

JOURNALIST (Nation): Somalia's foreign ministry says Kenyan soldiers crossed the border near Beled Hawo. How do you respond?

MR KIPLAGAT: We call on the Somali authorities to investigate the incident together with us.`;
    const draft = await extract(text, '2026-03-04');
    claim(draft, 'state:KEN', 'DEMAND', 'org:somalia-authorities');
  });
});
