import { describe, expect, it } from 'vitest';
import { claim, documentOf, extract } from './drafts.js';

/**
 * Whom a speaker speaks for when the text does not put the state in the speaker's title: an official named by
 * office alone, a body whose name says its state, a capital speaking in the years of a state since dissolved.
 * Sentences written for these tests.
 */

describe('an official named by office alone', () => {
  it('speaks for the state whose capital they spoke in, not the state their quotation warned', async () => {
    const draft = await extract(
      'Two fishermen were killed when a shell from the fighting across the river landed in a village on Tuesday.\n\n' +
        '"Laos must make sure that no shell crosses our border again," Foreign Minister Somchai Rattana told reporters in Bangkok.',
    );
    const warned = claim(draft, 'person:somchai-rattana', 'DEMAND', 'state:LAO');
    expect(warned.onBehalfOf).toBe('state:THA');
  });

  it("speaks for the dateline's state when the text names no capital and no state before the quotation", async () => {
    const draft = await extract(
      'NAIROBI, March 3 - Police said on Monday that they had arrested four men near the border.\n\n' +
        '"Somalia must stop the militants who cross into our country," Interior Minister Daniel Kiprono said.',
    );
    expect(claim(draft, 'person:daniel-kiprono', 'DEMAND', 'state:SOM').onBehalfOf).toBe('state:KEN');
  });
});

describe('a person named with a post after the name', () => {
  it('keeps an acronym in brackets no table knows as part of the post: "Head of the ... Mission (UNTMIS), said"', async () => {
    const draft = await extract(
      'The Security Council met on Tuesday on the situation in Somalia.\n\n' +
        'Briefing the Council, Ines Carvalho, Special Representative of the Secretary-General and Head of the United Nations Transitional Assistance Mission in Somalia (UNTMIS), warned that the militants could retake the towns they had lost within months.',
    );
    const warned = claim(draft, 'person:ines-carvalho', 'WARN');
    expect(warned.onBehalfOf).toMatch(/^org:united-nations/);
  });
});

describe('words of a body or a post are no part of a name', () => {
  it('a body whose name ends in "Mechanism", "Team" or "Command" is no person', async () => {
    const draft = await extract(
      'Weeks earlier, the Joint Investigative Mechanism said the Syrian government was responsible for the attack. ' +
        'The Monitoring Team said that weapons had been handed to armed groups.',
    );
    expect(draft.claims.map((c) => c.speaker).filter((s) => s.startsWith('person:'))).toEqual([]);
  });

  it('the field of a post before the name is the post\'s: "Minister of International Relations Selma Ndjoze"', async () => {
    const draft = await extract(
      '"They were shot without any warning," Minister of International Relations Selma Ndjoze told reporters in Windhoek.',
    );
    expect(draft.claims.map((c) => c.speaker)).toContain('person:selma-ndjoze');
  });
});

describe('a body whose name says its state', () => {
  it('"the U.S. Africa Command", "the US Southern Command": the state named bare before a command speaks through it', async () => {
    const africa = await extract(
      'A senior official of the U.S. Africa Command told lawmakers that China was seeking a naval base on the Atlantic coast.',
    );
    expect(africa.claims.find((c) => c.speaker.includes('africa-command'))?.onBehalfOf).toBe('state:USA');
    const southern = await extract(
      'The US Southern Command has accused Beijing of using port concessions to gain a foothold.',
    );
    expect(claim(southern, 'org:us-southern-command', 'ACCUSE', 'state:CHN').onBehalfOf).toBe('state:USA');
  });

  it('a state named bare before a body that is no state\'s makes it no part of the state: "the U.S. Chamber of Commerce"', async () => {
    const draft = await extract(
      'The U.S. Chamber of Commerce and the U.S. Africa Command both opened offices in Nairobi.',
    );
    const parts = documentOf(draft).relationships.filter((r) => r.type === 'PART_OF' && r.to === 'state:USA');
    expect(parts.map((r) => r.from)).toEqual(['org:africa-command']);
  });
});

describe('a capital in the years of the state its state succeeded', () => {
  const history =
    'On 4 November 1956 the Soviet Union vetoed a draft resolution on Hungary. Moscow said the draft was an attempt by the Western powers to interfere in the internal affairs of Hungary.';

  it('"Moscow" in a paragraph dated 1956 is the Soviet Union, when the text names it', async () => {
    const draft = await extract(history);
    expect(draft.claims.map((c) => c.speaker)).toContain('state:SUN');
    expect(draft.claims.map((c) => c.speaker)).not.toContain('state:RUS');
  });

  it('"Moscow" in a paragraph of today stays Russia', async () => {
    const draft = await extract(
      `${history}\n\nIn 2024 Moscow said the draft on Ukraine was an attempt by the Western powers to interfere in the region.`,
    );
    const moscow = draft.claims.filter((c) => c.allegation.includes('Ukraine')).map((c) => c.speaker);
    expect(moscow).toEqual(['state:RUS']);
  });
});
