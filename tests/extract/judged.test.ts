import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The vocabulary of judgement by class (src/extract/judgments.json): what an
 * act is called ("a mistake", "theft", "blackmail"), what it is said to be
 * ("flawed", "amateurish"), wrongs told in general terms ("flouted", "risked
 * blowing up the region"), concern for a party's act against concern for a
 * situation, and a judgement never aimed at the speaker's own state. Each on
 * sentences written for these tests.
 */

describe('a judgement noun or adjective in what was said', () => {
  it('reads an act called a mistake, theft or blackmail as a criticism, not a plain statement', async () => {
    const draft = await extract(
      'The representative of Chile said the closure of the consulate had been a serious mistake. The representative of Peru said any seizure of the frozen reserves would be theft. The representative of Uruguay said the naval manoeuvres amounted to blackmail.',
    );
    claim(draft, 'state:CHL', 'CRITICIZE');
    claim(draft, 'state:PER', 'CRITICIZE');
    claim(draft, 'state:URY', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads methods or a report said to be flawed or amateurish as a criticism', async () => {
    const draft = await extract(
      "The representative of Malaysia said the panel's methods were deeply flawed. The representative of Kenya said the audit had been amateurish and unprofessional.",
    );
    claim(draft, 'state:MYS', 'CRITICIZE');
    claim(draft, 'state:KEN', 'CRITICIZE');
  });

  it('reads a wrong told in general terms as a criticism', async () => {
    const draft = await extract(
      'The representative of Jordan said the new settlements flouted resolution 2334 (2016). The representative of Egypt said the raids risked igniting the whole region. The representative of Algeria said the draft had been rushed through without consultations.',
    );
    claim(draft, 'state:JOR', 'CRITICIZE');
    claim(draft, 'state:EGY', 'CRITICIZE');
    claim(draft, 'state:DZA', 'CRITICIZE');
  });

  it('reads a party said to have become a platform for another, or a body said to be used to put pressure, as a criticism', async () => {
    const draft = await extract(
      'The representative of Honduras said the port had become a platform for foreign smuggling networks. The representative of Bolivia said the mechanism was being used to put pressure on La Paz.',
    );
    claim(draft, 'state:HND', 'CRITICIZE');
    claim(draft, 'state:BOL', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a call with a judgement as a criticism: "called the report amateurish"', async () => {
    const draft = await extract(
      'The Foreign Minister of Serbia, Marko Jovanović, called the report "amateurish" in a statement on Tuesday.',
    );
    expect(draft.claims.map((c) => c.kind)).toContain('CRITICIZE');
    expect(draft.claims.map((c) => c.kind)).not.toContain('STATE');
  });

  it('leaves an account with none of these words a plain statement', async () => {
    const draft = await extract(
      'The representative of Chile said the consulate had been closed for repairs. The representative of Kenya said the audit had taken six months.',
    );
    claim(draft, 'state:CHL', 'STATE');
    claim(draft, 'state:KEN', 'STATE');
    expect(lines(draft).filter((l) => / CRITICIZE /.test(l))).toEqual([]);
  });
});

describe('concern', () => {
  it("reads concern at a party's act as a criticism", async () => {
    const draft = await extract(
      'The representative of Estonia said her Government was deeply concerned by the incursion of Russian military aircraft into its airspace.',
    );
    claim(draft, 'state:EST', 'CRITICIZE');
  });

  it('leaves concern about a situation, with no act named, a position', async () => {
    const draft = await extract(
      'The representative of Norway said his country was deeply concerned about the humanitarian situation in the camps. The representative of Ireland said Dublin remained deeply concerned by the rising tensions.',
    );
    claim(draft, 'state:NOR', 'STATE');
    claim(draft, 'state:IRL', 'STATE');
    expect(lines(draft).filter((l) => / CRITICIZE /.test(l))).toEqual([]);
  });
});

describe('never at its own state', () => {
  it("does not aim a state's criticism at the state itself", async () => {
    const draft = await extract(
      'Chinese Foreign Ministry spokesperson Huang Wei told reporters: "The Chinese side is shocked by this heinous act and strongly condemns it."',
    );
    const own = draft.claims.filter((c) => c.kind === 'CRITICIZE' && c.targets.includes('state:CHN'));
    expect(draft.claims.some((c) => c.kind === 'CRITICIZE')).toBe(true);
    expect(own).toEqual([]);
  });
});

describe('a thing called or described as a wrong', () => {
  it("aims a side's judgement of a thing named at the party its other claims are aimed at", async () => {
    const draft = await extract(
      "CARACAS, March 4 (Reuters) - Venezuela accused Guyana on Tuesday of granting oil blocks in disputed waters. The Venezuelan Foreign Ministry described the survey vessel's presence as a provocation.",
    );
    const judged = draft.claims.filter((c) => c.kind === 'CRITICIZE');
    expect(judged.length).toBeGreaterThan(0);
    for (const c of judged) expect(c.targets).toEqual(['state:GUY']);
  });
});

describe('an act said to break a commitment', () => {
  it('reads an operation said to violate a commitment as a criticism', async () => {
    const draft = await extract(
      'The representative of Malta said the military operation had violated its commitments under the ceasefire.',
    );
    claim(draft, 'state:MLT', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });
});
