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

const TITLED = `Transcript of the Weekly Briefing by the Official Spokesperson (March 4, 2026)

Official Spokesperson, Shri Arvind Kulkarni: Good afternoon. The Prime Minister will travel to Colombo next week.

Question (Priya, Doordarshan): Bangladesh's foreign office has accused India of diverting river water during the dry season. Your reaction?

Official Spokesperson, Shri Arvind Kulkarni: We reject these unfounded allegations. The treaty has been honoured in full.

QUESTION (Nikkei Asia): Is the visit to Colombo confirmed?

Spokesperson: We will announce the details in due course.`;

describe('speaker labels with a post, a courtesy title or an outlet in brackets', () => {
  it('reads "Title, Shri Name:" as the person, "Question (outlet):" as a question, and "Spokesperson:" as the one named before', async () => {
    const draft = await extract(TITLED, '2026-03-04');
    expect(draft.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(['person:arvind-kulkarni', 'org:doordarshan', 'org:nikkei-asia']),
    );
    claim(draft, 'org:bangladesh-ministry-of-foreign-affairs', 'ACCUSE', 'state:IND');
    // The answer's "these unfounded allegations" refers back to what the question before it reported.
    claim(draft, 'person:arvind-kulkarni', 'DENY', 'state:BGD');
    const asked = (c: { sentence: { start: number; end: number } }) =>
      /Your reaction|Is the visit/.test(TITLED.slice(c.sentence.start, c.sentence.end));
    expect(draft.claims.filter(asked).map((c) => `${c.speaker} ${c.kind}`)).toEqual([]);
  });

  it('reads "Spokesperson Name:" as the person and a later bare "Spokesperson:" as the same one', async () => {
    const text = `Daily Briefing by the Spokesperson, 2 March 2026

Spokesperson Marta Villanueva: Good afternoon. I have nothing to announce.

Question: The Sudanese army says the Rapid Support Forces shelled a camp in El Fasher. Any comment?

Spokesperson: We condemn the shelling of the camp and call on the Rapid Support Forces to stop attacking civilians.`;
    const draft = await extract(text, '2026-03-02');
    claim(draft, 'person:marta-villanueva', 'DEMAND');
  });
});

describe('the outlets that ask', () => {
  it('reads "Outlet: ...?" as a news organization, and a speaker\'s label as none', async () => {
    const draft = await extract(BRIEFING, '2025-03-03', 'Ministry of Foreign Affairs of China');
    const organizations = draft.entities.filter((e) => e.type === 'Organization').map((e) => e.key);
    expect(organizations).toEqual(expect.arrayContaining(['org:xinhua', 'org:bloomberg']));
    expect(organizations).not.toContain('org:wen-jiahe');
  });
});

describe("a UN spokesperson's briefing", () => {
  it('reads "The Secretary-General condemns ... by ⟨B⟩" as the office of the Secretary-General criticizing ⟨B⟩, and "must comply with" as a call', async () => {
    const text = `Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, 3 March 2026

Spokesperson Marta Villanueva: The Secretary-General condemns the shelling of a displacement camp in North Darfur by the Rapid Support Forces.

Question: What is the Secretary-General's view of the naval operations in the region?

Spokesperson: The Secretary-General has been clear that all naval operations must comply with international law.`;
    const draft = await extract(text, '2026-03-03');
    claim(draft, 'org:un-secretary-general', 'CRITICIZE', 'org:rapid-support-forces');
    expect(claim(draft, 'person:marta-villanueva', 'CALL_FOR').targets).toEqual([]);
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });

  it('keeps "Secretary-General ⟨Name⟩" the person and "the Secretary-General of ⟨body⟩" another body\'s', async () => {
    const draft = await extract(
      'UN Secretary-General Antonio Guterres condemned the attack. The Secretary-General of the Arab League deplored the strike.',
    );
    expect(draft.entities.map((e) => e.key)).not.toContain('org:un-secretary-general');
  });
});

describe("a briefing's list of who speaks", () => {
  it('reads each name of a "Speakers:" line as a person, a body after the name as where they serve, and that body as the state the heading places the briefing in', async () => {
    const text = `Government Press Conference, Vienna, 3 June 2026

Speakers: Deputy Government Spokesperson Eva Lindner; Paul Haider, Federal Ministry for European and International Affairs

DEPUTY SPOKESPERSON LINDNER: Good afternoon. The Federal Government condemns the attack on the convoy.

QUESTION (APA): Hungary says the border checks are illegal. Your response?

HAIDER: The Hungarian claims are baseless. We urge Hungary to reopen the crossing at Nickelsdorf.

QUESTION: Will there be talks?

HAIDER: Not this week.`;
    const draft = await extract(text, '2026-06-03');
    expect(draft.entities.filter((e) => e.type === 'Person').map((e) => e.key)).toEqual(
      expect.arrayContaining(['person:eva-lindner', 'person:paul-haider']),
    );
    expect(claim(draft, 'person:paul-haider', 'DENY', 'state:HUN').onBehalfOf).toBe('state:AUT');
    claim(draft, 'person:paul-haider', 'DEMAND', 'state:HUN');
  });
});
