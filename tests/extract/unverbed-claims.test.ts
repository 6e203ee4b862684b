import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims a side makes in its own words with no verb that gives their kind
 * (src/extract/claims/said.ts, wrongful.ts, said.json, wrongful.json): a
 * party singled out in a cleft as the one that acts is accused; a party
 * named after what it is to the speaker ("our partners in ⟨B⟩") and
 * expected or asked to act is the one a demand is made of; an act told as
 * done wrongly by its adverb ("were arbitrarily stopped by ⟨B⟩") is a
 * criticism of its doer; urgency told of those who suffer a delay ("the
 * people of ⟨P⟩ cannot wait any longer") is a call for action; and inaction
 * judged by what it cost, or a party said to have failed to act, is a
 * criticism of the party that failed (in Council coverage, the Council).
 * Sentences written for these tests.
 */

const briefing = (answers: string) =>
  extract(
    `Regular press briefing of the Spokesperson of the Ministry of Foreign Affairs of Armenia, Ani Badalyan, Yerevan, 12 May 2026

Question: Baku says Armenia is rearming and preparing a new war. Your comment?

Badalyan: ${answers}`,
    '2026-05-12',
  );

const statement = (body: string) =>
  extract(
    `Statement of the Ministry of Foreign Affairs of the Democratic Republic of the Congo

Kinshasa, 3 March 2026

${body}`,
    '2026-03-03',
  );

const meeting = (body: string) =>
  extract(
    `Security Council Debates Situation in the Region, Hears Appeals for Humanitarian Access

The Security Council met this morning to consider the situation in the region.

${body}`,
    '2026-04-09',
  );

const SPOKESPERSON = 'person:ani-badalyan';

describe('a party singled out in a cleft as the one that acts', () => {
  it('reads "It is ⟨B⟩ that / which / who ..." as an accusation of ⟨B⟩, whatever the verb', async () => {
    const draft = await briefing(
      'It is Azerbaijan that keeps concentrating troops along our border. It was Baku which blocked the only road to the region for nine months.',
    );
    const charges = draft.claims.filter((c) => c.speaker === SPOKESPERSON && c.kind === 'ACCUSE');
    expect(
      charges.map((c) => c.targets.join(',')),
      lines(draft).join('\n'),
    ).toEqual(['state:AZE', 'state:AZE']);
  });

  it('reads the cleft in a statement and in a delegate’s reported words', async () => {
    const stated = await statement(
      'The Government reaffirms its commitment to the Luanda process. It is Kigali which continues to arm and command the rebels in North Kivu.',
    );
    claim(stated, 'org:dr-congo-ministry-of-foreign-affairs', 'ACCUSE', 'state:RWA');
    const reported = await meeting(
      'The representative of Ukraine said that it was Russia who had chosen war and who went on striking power stations every night.',
    );
    claim(reported, 'state:UKR', 'ACCUSE', 'state:RUS');
  });

  it('leaves what the party singled out must or will do, and a party that suffered the act, unaccused', async () => {
    const draft = await briefing(
      'It is Armenia that was attacked in September 2023. It is Georgia that will host the next round of talks.',
    );
    expect(
      draft.claims.filter((c) => c.speaker === SPOKESPERSON && c.kind === 'ACCUSE'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('a party expected or asked to act, named after what it is to the speaker', () => {
  it('reads "We expect our partner the ⟨B⟩ to ..." and "We ask our ally ⟨B⟩ to ..." as demands of ⟨B⟩', async () => {
    const draft = await briefing(
      'We expect our partner the European Union to raise this matter with Baku. We ask our ally France to honour the contracts already signed.',
    );
    claim(draft, SPOKESPERSON, 'DEMAND', 'org:european-union');
    claim(draft, SPOKESPERSON, 'DEMAND', 'state:FRA');
  });

  it('reads "We call on our neighbour ⟨B⟩ to ..." in a statement as a demand of ⟨B⟩', async () => {
    const draft = await statement('We call on our neighbour Rwanda to withdraw its soldiers from Congolese territory.');
    claim(draft, 'org:dr-congo-ministry-of-foreign-affairs', 'DEMAND', 'state:RWA');
  });
});

describe('an act told as done wrongly by its adverb', () => {
  it('reads a passive with "by ⟨B⟩" as a criticism of ⟨B⟩', async () => {
    const draft = await briefing('Our lorries were arbitrarily stopped by Georgian customs officers at Upper Lars.');
    claim(draft, SPOKESPERSON, 'CRITICIZE', 'state:GEO');
  });

  it('reads a passive hung on a party named before it as a criticism of that party', async () => {
    const draft = await statement(
      'We ask Belgium to return the archives, which were removed unlawfully from Kinshasa in 1960, to the national library.',
    );
    claim(draft, 'org:dr-congo-ministry-of-foreign-affairs', 'CRITICIZE', 'state:BEL');
  });

  it('reads the adverb in a delegate’s reported words', async () => {
    const draft = await meeting(
      'The representative of Cuba said her country had been unjustly placed on the list of State sponsors of terrorism by the United States.',
    );
    claim(draft, 'state:CUB', 'CRITICIZE', 'state:USA');
  });

  it('reads no criticism when the act is told as done rightly, or when no doer is named', async () => {
    const draft = await briefing(
      'The smugglers were lawfully detained by our border guards. Our diplomats were expelled without any justification.',
    );
    expect(
      draft.claims.filter((c) => c.speaker === SPOKESPERSON && c.kind === 'CRITICIZE'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('urgency told of those who suffer a delay', () => {
  it('reads "the people of ⟨P⟩ cannot wait any longer" as a call for action, aimed at no one', async () => {
    const draft = await meeting(
      'The representative of Malta said the Council had debated the crisis for a year and that the people of Sudan could not wait any longer.',
    );
    const call = claim(draft, 'state:MLT', 'CALL_FOR');
    expect(call.targets).toEqual([]);
  });

  it('reads urgency in a statement and in an answer', async () => {
    const stated = await statement('Time is running out for the displaced families of Rutshuru.');
    claim(stated, 'org:dr-congo-ministry-of-foreign-affairs', 'CALL_FOR');
    const answered = await briefing('The families of the missing cannot wait any longer.');
    claim(answered, SPOKESPERSON, 'CALL_FOR');
  });
});

describe('inaction judged by what it cost', () => {
  it('reads inaction in Council coverage as a criticism of the Council', async () => {
    const draft = await meeting(
      'The representative of Slovenia said the Security Council had met eleven times on the crisis. "Paralysis has cost the people of Sudan dearly," she said.',
    );
    claim(draft, 'state:SVN', 'CRITICIZE', 'org:un-security-council');
  });

  it('reads a wrong suffered while a named party was awaited as a criticism of that party', async () => {
    const draft = await meeting(
      'The representative of Sierra Leone said that displaced families had lost everything while waiting for the Security Council to act on the reports of the panel.',
    );
    claim(draft, 'state:SLE', 'CRITICIZE', 'org:un-security-council');
  });

  it('reads a named party said to have failed to act or kept silent as a criticism of it, whatever else the clause tells', async () => {
    const failed = await meeting(
      'The representative of Qatar said the Security Council had once again failed the children of the region.',
    );
    claim(failed, 'state:QAT', 'CRITICIZE', 'org:un-security-council');
    const silent = await meeting(
      'Indonesia’s delegate said the bombing of the hospital in Khan Younis, which the Security Council has failed to stop, was a war crime.',
    );
    claim(silent, 'state:IDN', 'CRITICIZE', 'org:un-security-council');
    const stated = await statement(
      'The Government notes that the African Union has remained silent while the massacres in Ituri went on.',
    );
    claim(stated, 'state:COD', 'CRITICIZE', 'org:african-union');
  });

  it('keeps the Council faulted for failing to act out of whom a warning against any new attack is aimed at', async () => {
    const draft = await meeting(
      'The representative of Armenia said Azerbaijan had shelled Jermuk on Tuesday, an attack which the Security Council had failed even to condemn. Armenia would retaliate against any further attack, she said.',
    );
    claim(draft, 'state:ARM', 'CRITICIZE', 'org:un-security-council');
    claim(draft, 'state:ARM', 'WARN', 'state:AZE');
  });

  it('reads inaction in a statement that names no Council as a criticism aimed at no body', async () => {
    const draft = await statement(
      'Years of indifference and silence have not protected the displaced families of Rutshuru.',
    );
    const criticism = claim(draft, 'org:dr-congo-ministry-of-foreign-affairs', 'CRITICIZE');
    expect(criticism.targets).not.toContain('org:un-security-council');
  });
});
