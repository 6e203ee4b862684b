import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The voice of a briefing's or a statement's speaker: a heading that names
 * the speaker with a parliamentary or diplomatic style ("the Hon ...",
 * "the Rt Hon ... MP", "His Excellency ..."), whose surname then labels the
 * answers; a bare "No" to a question that only asks; and an outcome asked
 * for in the negative passive ("⟨B⟩ must not be allowed to ..."), which asks
 * nothing of ⟨B⟩. Sentences written for these tests.
 */

describe('a speaker the heading names with a parliamentary or diplomatic style', () => {
  it('reads "Title, the Hon Name:" and the surname labelling the answers as that person, for the state the heading places', async () => {
    const draft =
      await extract(`Transcript: Doorstop Interview, Minister for Trade and Tourism, the Hon Don Farrell, Canberra, 12 March 2025

FARRELL: Thanks for coming. Indonesia must lift the ban on our cattle exports.

JOURNALIST: When will you travel to Jakarta?

FARRELL: Next month.`);
    expect(claim(draft, 'person:don-farrell', 'DEMAND', 'state:IDN').onBehalfOf).toBe('state:AUS');
  });

  it('reads "the Rt Hon Name MP" in a heading and "NAME:" after', async () => {
    const draft =
      await extract(`Press Conference of the Foreign Secretary, the Rt Hon Alan Whitcombe MP, London, 5 June 2025

WHITCOMBE: Good afternoon. Iran must release the two British nationals it holds in Evin prison.

QUESTION (BBC): Will you summon the ambassador?

WHITCOMBE: We have ruled nothing out.`);
    expect(claim(draft, 'person:alan-whitcombe', 'DEMAND', 'state:IRN').onBehalfOf).toBe('state:GBR');
  });

  it('reads "His Excellency Name" in a heading and "MINISTER SURNAME:" after', async () => {
    const draft =
      await extract(`Press Briefing by the Minister of Foreign Affairs, His Excellency Musa Adamu Garba, Abuja, 2 April 2025

MINISTER GARBA: Good morning. Niger must reopen the border crossings at Maradi.

QUESTION (Punch): When will the joint commission meet?

MINISTER GARBA: In May.`);
    expect(claim(draft, 'person:musa-adamu-garba', 'DEMAND', 'state:NER').onBehalfOf).toBe('state:NGA');
  });
});

describe('a bare "No" to a question that only asks', () => {
  const answered = (
    question: string,
    answer: string,
  ) => `Transcript: Press Conference, Minister for Foreign Affairs, the Hon Penny Wong, Canberra, 3 March 2025

WONG: Good morning. We will hold talks with Indonesia next week.

JOURNALIST: ${question}

WONG: ${answer} We will say more after the meeting.`;

  it('is no denial of anyone, whoever the question names', async () => {
    for (const question of [
      'Did Vietnam break any rule in the strait?',
      'Was Australia consulted before the launch?',
      'Is trade with Japan affected by the decision?',
    ]) {
      const draft = await extract(answered(question, 'No.'));
      expect(
        draft.claims.filter((c) => c.kind === 'DENY'),
        question,
      ).toEqual([]);
    }
    const draft = await extract(answered('Were you told in advance?', 'No, we were not.'));
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });

  it('stays a denial when the question puts a charge or reports a claim', async () => {
    const leading = await extract(answered('Isn’t Australia simply following Washington?', 'No.'));
    expect(lines(leading).filter((l) => / DENY /.test(l)).length).toBe(1);
    const reported = await extract(answered('Malaysia says your navy entered its waters. Is that true?', 'No.'));
    expect(lines(reported).filter((l) => / DENY /.test(l)).length).toBe(1);
  });
});

describe('an outcome asked for in the negative passive', () => {
  it('reads "⟨B⟩ must not be allowed to ..." as a call for it, asking nothing of ⟨B⟩', async () => {
    for (const [sentence, party] of [
      ['Iran should never be allowed to acquire a nuclear weapon', 'state:IRN'],
      ['Serbia must not be permitted to block the accession talks', 'state:SRB'],
      ['Venezuela cannot be allowed to annex the Essequibo', 'state:VEN'],
    ] as const) {
      const draft = await extract(`Statement by the Ministry of Foreign Affairs of Estonia

Tallinn, 4 May 2025

The Ministry of Foreign Affairs notes the developments of the past week. ${sentence}.`);
      expect(
        draft.claims.filter((c) => c.targets.includes(party)),
        sentence,
      ).toEqual([]);
      expect(
        lines(draft).some((l) => / CALL_FOR -$/.test(l)),
        sentence,
      ).toBe(true);
    }
  });
});

describe('a statement whose heading names a body no table knows', () => {
  it('reads "⟨Body⟩ Statement on ..." as a statement in the voice of the state its dateline places it in', async () => {
    const draft =
      await extract(`Mainland Affairs Council Statement on the Detention of Two Fishermen by the China Coast Guard

Taipei, 3 March 2025

The Government strongly protests the detention. We call on Beijing to release the two fishermen without delay.`);
    claim(draft, 'state:TWN', 'DEMAND', 'state:CHN');
    expect(draft.claims.filter((c) => c.speaker === 'org:china-coast-guard')).toEqual([]);
  });

  it('reads "⟨Body⟩ Press Release: ..." the same way, whatever the body', async () => {
    const draft = await extract(`National Security Office Press Release: Drones over the Northern Border

Seoul, 9 April 2025

Three drones crossed the northern border overnight. We call on Pyongyang to stop these provocations at once.`);
    claim(draft, 'state:KOR', 'DEMAND', 'state:PRK');
  });

  it('does not take a body the topic names, after "on", for the one issuing the statement', async () => {
    const draft = await extract(`State Border Service Statement on the Incident Involving the Belarusian Border Guard

Warsaw, 12 May 2025

We call on Minsk to explain the shots fired across the border on Sunday.`);
    claim(draft, 'state:POL', 'DEMAND', 'state:BLR');
    expect(draft.claims.every((c) => c.speaker === 'state:POL')).toBe(true);
  });
});

describe('"he" or "she" asked to act, in an answer', () => {
  it('is a demand of the one person of another side named just before', async () => {
    const cases = [
      [
        'The former minister Dan Oprescu says the contracts were legal. What do you say to him?',
        'Mr Oprescu signed the contracts without a tender. He should explain that to the prosecutors.',
        'person:dan-oprescu',
      ],
      [
        'Senator Ioana Radu says the purchase was approved by Parliament. Is that right?',
        'Senator Radu knows the facts. She must answer the auditors first.',
        'person:ioana-radu',
      ],
      [
        'Is the mayor of Constanța, Victor Ene, still refusing to hand over the port records?',
        'Mr Ene has had the request since March. He has to comply with the law like everyone else.',
        'person:victor-ene',
      ],
    ] as const;
    for (const [question, answer, person] of cases) {
      const draft =
        await extract(`Press Conference of the Minister of Interior of Romania, Catalin Predoiu, Bucharest, 18 January 2025

MINISTER PREDOIU: Good afternoon. The inquiry into the border police is finished.

QUESTION (Digi24): ${question}

MINISTER PREDOIU: ${answer}`);
      claim(draft, 'person:catalin-predoiu', 'DEMAND', person);
    }
  });
});

describe("a demand of the speaker's circle named by where its members sit", () => {
  it('is aimed at each body or state named after "our partners in", "its allies in"', async () => {
    const statement = (sentence: string) => `Statement of the Ministry of Foreign Affairs of Lithuania

Vilnius, 2 June 2025

The Ministry of Foreign Affairs condemns the sabotage of the undersea cable. ${sentence}`;
    let draft = await extract(statement('We call on our partners in the European Union and NATO to respond together.'));
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DEMAND', 'org:european-union');
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DEMAND', 'org:nato');
    draft = await extract(statement('We urge our friends in the United States to keep their forces in the region.'));
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DEMAND', 'state:USA');
    draft = await extract(
      statement('Lithuania calls on its allies in NATO to reinforce the Baltic air policing mission.'),
    );
    expect(lines(draft).filter((l) => / DEMAND org:nato$/.test(l)).length).toBe(1);
  });
});

describe('"it shows why ..." in an answer', () => {
  it('argues a case and reports no finding', async () => {
    for (const answer of [
      'It shows why NATO matters.',
      'This shows how much the alliance needs Finland.',
      'It shows why AUKUS was the right choice.',
    ]) {
      const draft =
        await extract(`Transcript: Press Conference, Minister for Defence, the Hon Richard Marles MP, Canberra, 23 February 2025

MARLES: Good morning.

JOURNALIST: Does the exercise change anything?

MARLES: ${answer}`);
      expect(
        draft.claims.filter((c) => c.kind === 'REPORT'),
        answer,
      ).toEqual([]);
    }
  });
});
