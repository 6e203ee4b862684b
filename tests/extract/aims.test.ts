import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Whom a claim is aimed at when its own words do not name anyone: a
 * criticism of an act whose doer the text does not give, a denial that
 * names no accuser, a refusal of what another side decided. Sentences
 * written for these tests.
 */

describe('a criticism of an act named, its doer not given', () => {
  it('is aimed at whom the speaker accuses or warns in the same sentence', async () => {
    const draft = await extract(
      'The Algerian foreign ministry called the expulsion a hostile act and accused Morocco of breaking the 1972 border accord.',
    );
    claim(draft, 'org:algeria-ministry-of-foreign-affairs', 'CRITICIZE', 'state:MAR');
    claim(draft, 'org:algeria-ministry-of-foreign-affairs', 'ACCUSE', 'state:MAR');
    expect(lines(draft)).not.toContain('org:algeria-ministry-of-foreign-affairs CRITICIZE -');
  });

  it('is not aimed at a party the speaker only asks something of', async () => {
    const draft = await extract(
      "Norway's representative deplored the loss of civilian life on both sides and encouraged Qatar to continue its mediation.",
    );
    claim(draft, 'state:NOR', 'DEMAND', 'state:QAT');
    expect(lines(draft)).not.toContain('state:NOR CRITICIZE state:QAT');
  });
});

describe('a denial that names no accuser', () => {
  const statement = `Statement of the Ministry of Foreign Affairs of the Republic of Latvia on Incursions from Russia

Riga, 4 November 2026

Russian military helicopters violated Latvian airspace twice this week. The Ministry condemns these violations. Russian aircraft have also jammed navigation signals over the Gulf of Riga.

Latvia rejects the suggestion that its exercises near the border are a provocation. The Ministry calls on Russia to respect the airspace of its neighbours.`;

  it("is aimed at the side's adversary, whom its other claims in the text accuse and criticize", async () => {
    const draft = await extract(statement, '2026-11-04');
    claim(draft, 'org:latvia-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
    expect(claim(draft, 'state:LVA', 'DENY').targets).toEqual(['state:RUS']);
  });

  it('stays aimed at no one when the side has no one adversary', async () => {
    const draft = await extract(
      'Finland said Russian aircraft had violated its airspace. Finland also accused Belarus of sending migrants to its border. Finland denied that its troops had crossed the border.',
    );
    expect(claim(draft, 'state:FIN', 'DENY').targets).toEqual([]);
  });
});

describe('a refusal of what another side decided', () => {
  it('is a criticism of the side named after the act, not a denial', async () => {
    const draft = await extract(
      'Kenya rejects the decision of the Somali Government to suspend all flights from Nairobi.',
    );
    claim(draft, 'state:KEN', 'CRITICIZE', 'state:SOM');
    expect(lines(draft).filter((l) => l.includes(' DENY '))).toEqual([]);
  });

  it('aims at the state whose government body the act is named by', async () => {
    const draft = await extract(
      'Venezuela rejects the sanctions announced on Monday by the Department of the Treasury of the United States against its oil company.',
    );
    claim(draft, 'state:VEN', 'CRITICIZE', 'state:USA');
  });

  it('leaves a refusal of accusations a denial', async () => {
    const draft = await extract('Kenya rejects the accusations made by Somalia about its troops in Gedo.');
    claim(draft, 'state:KEN', 'DENY', 'state:SOM');
    expect(lines(draft)).not.toContain('state:KEN CRITICIZE state:SOM');
  });
});

describe('what a finding shows, cited by a party', () => {
  it("is a state's accusation of the party it names", async () => {
    const draft = await extract(
      "Norway's representative said the veto showed that the Russian Federation wanted a free hand in the Black Sea.",
    );
    claim(draft, 'state:NOR', 'ACCUSE', 'state:RUS');
    expect(lines(draft)).not.toContain('state:NOR REPORT state:RUS');
  });

  it('stays a finding from a body that speaks for no state', async () => {
    const draft = await extract(
      'Amnesty International said the images showed that Ethiopia had moved troops closer to the border.',
    );
    claim(draft, 'org:amnesty-international', 'REPORT', 'state:ETH');
  });
});

describe("a briefing's labels", () => {
  const briefing = `Daily Press Briefing by the Ministry of Foreign Affairs of Kenya, Nairobi, 3 March 2026

MR OTIENO: Good morning. We call on Somalia to release the detained fishermen.

QUESTION (KTN): The White House says Kenya is sheltering financiers of al-Shabaab. We would urge the government to publish their names. Will it?

MR OTIENO: Kenya has never sheltered anyone who finances terrorism.`;

  it('reads an official named only by a courtesy title and a surname as answering for the body of the heading', async () => {
    const draft = await extract(briefing, '2026-03-03');
    expect(claim(draft, 'org:kenya-ministry-of-foreign-affairs', 'DEMAND', 'state:SOM').onBehalfOf).toBe('state:KEN');
  });

  it('gives a question\'s "we" to no one named before it', async () => {
    const draft = await extract(briefing, '2026-03-03');
    claim(draft, 'org:white-house', 'ACCUSE', 'state:KEN');
    expect(lines(draft)).not.toContain('org:white-house DEMAND state:KEN');
  });
});

describe('a claim aimed at an embassy', () => {
  it('is aimed at the state the embassy serves', async () => {
    const draft = await extract(
      'The Norwegian foreign ministry has asked the Russian Embassy in Oslo for an explanation of the flights.',
    );
    claim(draft, 'org:norway-ministry-of-foreign-affairs', 'DEMAND', 'state:RUS');
    expect(lines(draft).filter((l) => l.includes('embassy'))).toEqual([]);
  });
});
