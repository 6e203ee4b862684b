import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { claim, extract, lines } from './drafts.js';

/**
 * Demands, calls, warnings and thanks by class of sentence, whatever the actors and the wording: a release asked of
 * whoever holds the released, steps against a recurrence asked of the party protested to, an outcome the speaker's side
 * wants, thanks in a statement's or an answer's own voice, a warning to a party no one names, a veto over another's
 * activity, those responsible warned, the verbs of a text not adopted, and what is no demand or call. Sentences written
 * for these tests.
 */

const statement = (state: string, body: string) =>
  extract(`Statement by the Ministry of Foreign Affairs of ${state}\n\n4 May 2025\n\n${body}`, '2025-05-04');

const briefing = (answer: string) =>
  extract(
    `Regular Press Briefing by the Spokesperson of the Ministry of Defence of Estonia, Tallinn, 6 March 2026

SPOKESPERSON: Good afternoon. ${answer}

QUESTION (ERR): When will the next exercise take place?

SPOKESPERSON: In May.`,
    '2026-03-06',
  );

/** The draft's claims of a kind, as "KIND target" ("-" for none), whoever makes them. */
const ofKind = (draft: Draft, kind: string) =>
  draft.claims.filter((c) => c.kind === kind).map((c) => `${c.kind} ${c.targets.join(',') || '-'}`);

describe('a speaker whose name ends in s, its possessive the apostrophe alone', () => {
  it('reads "the ⟨Philippines⟩\' delegate", "the ⟨Netherlands⟩\' representative", "the ⟨United States⟩\' deputy representative"', async () => {
    const draft = await extract(
      "The Philippines' delegate accused China of blocking the resupply of the outpost. The Netherlands' representative called for an independent investigation. The United States' deputy representative accused Iran of arming the Houthis.",
    );
    claim(draft, 'state:PHL', 'ACCUSE', 'state:CHN');
    claim(draft, 'state:NLD', 'CALL_FOR');
    claim(draft, 'state:USA', 'ACCUSE', 'state:IRN');
  });
});

describe('a release or a return asked of whoever holds the released', () => {
  it('reads "demanded the immediate release of the ship" after the seizure was told, in wire copy', async () => {
    const draft = await extract(
      'LONDON, May 5 (Reuters) - Iranian forces seized a tanker in the Gulf on Monday. Britain demanded the immediate release of the ship and its crew.',
    );
    claim(draft, 'state:GBR', 'DEMAND', 'state:IRN');
  });

  it('reads "demands their immediate and unconditional release" in a statement', async () => {
    const draft = await statement(
      'Djibouti',
      'On 3 May, the Eritrean army detained four Djiboutian herders near Ras Doumeira. The Government of Djibouti demands their immediate and unconditional release.',
    );
    expect(ofKind(draft, 'DEMAND')).toContain('DEMAND state:ERI');
  });

  it('reads "called for the safe return of the miners" in meetings coverage, and leaves a release of no one held a call', async () => {
    const draft = await extract(
      'Venezuelan soldiers arrested three Guyanese miners last week. The representative of Guyana called for the safe return of the miners. The representative of Norway called for the release of the report.',
    );
    claim(draft, 'state:GUY', 'DEMAND', 'state:VEN');
    claim(draft, 'state:NOR', 'CALL_FOR');
    expect(lines(draft).filter((l) => l.startsWith('state:NOR DEMAND'))).toEqual([]);
  });
});

describe('steps against a recurrence asked of the party protested to', () => {
  it('reads "had lodged a protest with ⟨B⟩ and asked for steps to prevent a recurrence"', async () => {
    const draft = await extract(
      'NEW DELHI, July 2 (Reuters) - The Indian foreign ministry said New Delhi had lodged a protest with Bangladesh and asked for steps to prevent a recurrence.',
    );
    expect(ofKind(draft, 'DEMAND')).toContain('DEMAND state:BGD');
  });

  it('reads "expected measures to prevent a repetition" after an envoy summoned', async () => {
    const draft = await extract(
      "WARSAW, Aug 9 (Reuters) - The Polish foreign ministry said it had summoned the chargé d'affaires of Belarus and expected measures to prevent a repetition.",
    );
    expect(ofKind(draft, 'DEMAND')).toContain('DEMAND state:BLR');
  });

  it('reads a statement\'s own "expects concrete steps to prevent any recurrence" after a protest to an embassy', async () => {
    const draft = await statement(
      'Greece',
      'The Ministry has conveyed a strong protest to the Embassy of Türkiye in Athens and expects concrete steps to prevent any recurrence.',
    );
    expect(ofKind(draft, 'DEMAND')).toContain('DEMAND state:TUR');
  });
});

describe("an outcome the speaker's side says it wants, a call for it", () => {
  it('reads "we want a ceasefire and ..." in a briefing\'s answer', async () => {
    const draft = await briefing('We want a ceasefire and the return of all displaced people to their homes.');
    expect(ofKind(draft, 'CALL_FOR')).toEqual(['CALL_FOR -']);
  });

  it('reads "what we seek is a negotiated settlement" in a statement', async () => {
    const draft = await statement(
      'Kenya',
      'What we seek is a negotiated settlement under the auspices of the African Union.',
    );
    expect(ofKind(draft, 'CALL_FOR')).toEqual(['CALL_FOR -']);
  });

  it('reads "We want lasting peace" quoted in wire copy, and not "we want to buy"', async () => {
    const draft = await extract(
      'NAIROBI, June 4 (Reuters) - "We want lasting peace, not another truce," the Kenyan foreign minister told reporters. "We want to buy more patrol boats," he added.',
    );
    expect(ofKind(draft, 'CALL_FOR')).toEqual(['CALL_FOR -']);
  });
});

describe("thanks in a statement's or an answer's own voice, aimed at each party thanked", () => {
  it('reads "I want to thank ⟨B⟩ for ..." in an answer', async () => {
    const draft = await briefing(
      'The radars arrived on schedule. I want to thank Finland for its support to our air defence.',
    );
    expect(ofKind(draft, 'STATE')).toContain('STATE state:FIN');
  });

  it('reads "We would like to thank ⟨A⟩ and ⟨B⟩" in a statement', async () => {
    const draft = await statement('Ethiopia', 'We would like to thank Norway and Switzerland for hosting the talks.');
    expect(ofKind(draft, 'STATE')).toEqual(expect.arrayContaining(['STATE state:NOR', 'STATE state:CHE']));
  });

  it('reads "The Ministry wishes to thank ⟨B⟩" in a statement', async () => {
    const draft = await statement('Armenia', 'The Ministry wishes to thank Qatar for its mediation.');
    expect(ofKind(draft, 'STATE')).toContain('STATE state:QAT');
  });
});

describe('what the speaker foresees of what it names by a pronoun, no demand', () => {
  it('reads "and we expect it to continue" said of support', async () => {
    const draft = await briefing('Support from Canada has been steady, and we expect it to continue.');
    expect(ofKind(draft, 'DEMAND')).toEqual([]);
  });

  it('reads "We expect them to arrive in May" said of launchers', async () => {
    const draft = await briefing('Germany has ordered the launchers for us. We expect them to arrive in May.');
    expect(ofKind(draft, 'DEMAND')).toEqual([]);
  });

  it('still reads "we have urged it to ..." as a demand', async () => {
    const draft = await briefing('Russia keeps jamming GPS signals over our islands, and we have urged it to stop.');
    expect(ofKind(draft, 'DEMAND')).toContain('DEMAND state:RUS');
  });
});

describe('a warning to a party no one names, aimed at no one', () => {
  it('reads "any country that arms the militias" beside a demand of named bodies, in wire copy', async () => {
    const draft = await extract(
      'NAIROBI, Feb 3 (Reuters) - Kenya called on the African Union and IGAD to act, and warned that any country that arms the militias would face sanctions.',
    );
    expect(ofKind(draft, 'WARN')).toEqual(['WARN -']);
  });

  it('reads "any company that takes part" in a statement', async () => {
    const draft = await statement(
      'Cyprus',
      'We call on the European Union to act. We warn that any company that takes part in the survey will be barred from our market.',
    );
    expect(ofKind(draft, 'WARN')).toEqual(['WARN -']);
  });

  it('reads "any person who crosses the line" in meetings coverage', async () => {
    const draft = await extract(
      "Serbia's representative urged NATO to restrain its forces and warned that any person who crosses the line will be arrested.",
    );
    expect(ofKind(draft, 'WARN')).toEqual(['WARN -']);
  });
});

describe('a response an act is said to meet, a warning', () => {
  it('reads "will meet a decisive response" in a statement', async () => {
    const draft = await statement('Lithuania', 'Any violation of our airspace will meet a decisive response.');
    expect(ofKind(draft, 'WARN').length).toBeGreaterThan(0);
  });

  it('reads "would meet a firm and proportionate response" in wire copy', async () => {
    const draft = await extract(
      'HANOI, Sept 1 (Reuters) - Vietnam said any further intrusion into its waters would meet a firm and proportionate response.',
    );
    claim(draft, 'state:VNM', 'WARN');
  });

  it('reads "would meet with a swift response" in meetings coverage, and not "will meet the minister"', async () => {
    const draft = await extract(
      "Armenia's representative said any incursion would meet with a swift response. Georgia's representative said his Government will meet the minister next week.",
    );
    claim(draft, 'state:ARM', 'WARN');
    expect(lines(draft).filter((l) => l.startsWith('state:GEO WARN'))).toEqual([]);
  });
});

describe("a veto over another's activity, a warning", () => {
  it('reads "no drilling can take place ... without ⟨Chinese⟩ consent" in wire copy', async () => {
    const draft = await extract(
      'BEIJING, Oct 2 (Reuters) - China said no drilling can take place in the area without Chinese consent.',
    );
    claim(draft, 'state:CHN', 'WARN');
  });

  it('reads "No survey may be carried out ... without our permission" in a statement', async () => {
    const draft = await statement('Palau', 'No survey may be carried out in our waters without our permission.');
    expect(ofKind(draft, 'WARN').length).toBeGreaterThan(0);
  });

  it('reads "nothing can be built on the island without ⟨Moroccan⟩ approval" told by a ministry', async () => {
    const draft = await extract(
      'RABAT, Nov 8 (Reuters) - The Moroccan foreign ministry said nothing can be built on the island without Moroccan approval.',
    );
    expect(ofKind(draft, 'WARN').length).toBeGreaterThan(0);
  });
});

describe('those responsible warned: the party the speaker holds responsible beside it', () => {
  it('reads "accused ⟨B⟩ of ... and warned that those responsible would answer" in meetings coverage', async () => {
    const draft = await extract(
      'The representative of France accused the Russian Federation of bombing hospitals in Kharkiv and warned that those responsible would answer for their crimes.',
    );
    claim(draft, 'state:FRA', 'WARN', 'state:RUS');
  });

  it('reads "those responsible would be held to account" after a charge in wire copy', async () => {
    const draft = await extract(
      'KYIV, May 2 (Reuters) - Ukraine accused Belarus of sheltering the saboteurs and warned that those responsible would be held to account.',
    );
    claim(draft, 'state:UKR', 'WARN', 'state:BLR');
  });

  it('reads "those responsible, whoever they are" as aimed at no one', async () => {
    const draft = await extract(
      'VILNIUS, June 7 (Reuters) - Lithuania accused Russia of jamming flights, and its minister warned that those responsible for the arson, whoever they are, would be punished.',
    );
    expect(lines(draft).filter((l) => / WARN /.test(l) && !l.endsWith(' -'))).toEqual([]);
  });
});

describe('what a text not adopted would have said, no claim of the Council', () => {
  it('reads "failed to adopt a draft resolution that would have condemned ... and demanded ..."', async () => {
    const draft = await extract(
      'The Security Council today failed to adopt a draft resolution that would have condemned the coup and demanded the release of President Bazoum, owing to the negative vote of a permanent member.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:un-security-council'))).toEqual([]);
  });

  it('reads "rejected a text that would have deplored ... and called on ⟨B⟩ to withdraw"', async () => {
    const draft = await extract(
      'The Council rejected a text that would have deplored the strikes and called on Israel to withdraw its forces from the buffer zone.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:un-security-council'))).toEqual([]);
  });

  it('still reads a party\'s own "condemned ... and demanded ..."', async () => {
    const draft = await extract('Brazil condemned the coup and demanded that Niger release the President.');
    claim(draft, 'state:BRA', 'DEMAND', 'state:NER');
  });
});

describe('all Members of the Organization, and risks not to be underestimated', () => {
  it('reads "urged all Members to ..." as asking no party, and "Council members" as asking the Council', async () => {
    const draft = await extract(
      "At the Security Council, Estonia's representative urged all Members to support the Ukrainian people. Ireland's delegate urged Council members to agree on the renewal.",
    );
    expect(lines(draft)).toContain('state:EST DEMAND -');
    claim(draft, 'state:IRL', 'DEMAND', 'org:un-security-council');
  });

  it('reads "should not be underestimated" and "must not be overstated" as no call for anything', async () => {
    const draft = await extract(
      "Norway's representative said the danger of escalation should not be underestimated. Chile's delegate said the threat posed by the militias must not be overstated. Peru's delegate said the risks of a wider war should not be underrated.",
    );
    expect(ofKind(draft, 'CALL_FOR')).toEqual([]);
  });
});
