import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Targets a claim takes from its context rather than from a name in its own words: the accuser a denial names
 * through the people who voiced the charge, the party whose act a criticism judges, the party "it" stands for.
 * Sentences written for these tests.
 */

describe('a denial naming its accuser through those who voiced the charge', () => {
  it('is aimed at the party whose people repeated, made or voiced it', async () => {
    const wire = await extract(
      'KINSHASA, May 4 - The Democratic Republic of the Congo rejected the allegation, voiced by some Rwandan officials, that its army was fighting alongside the FDLR.',
    );
    expect(lines(wire)).toContain('state:COD DENY state:RWA');
    expect(lines(wire)).toContain('state:RWA ACCUSE state:COD');
    const un = await extract(
      'The representative of Venezuela dismissed the claims made by several senior Guyanese ministers that Venezuelan troops had crossed the Cuyuní river.',
    );
    expect(lines(un)).toContain('state:VEN DENY state:GUY');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Serbia\n\nSerbia firmly rejects the accusation, repeated by certain Kosovo officials, that it is arming groups in the north.',
    );
    expect(lines(statement)).toContain('state:SRB DENY state:XKX');
  });
});

describe('a criticism of an act beside a demand that the act stop', () => {
  it('is aimed at the party asked to stop, undo or make amends for it', async () => {
    const wire = await extract(
      "DAMASCUS, Oct 26 - Syria's foreign ministry condemned what it called a flagrant violation of Syrian airspace and urged Israel to stop its raids.",
    );
    expect(lines(wire)).toContain('org:syria-ministry-of-foreign-affairs CRITICIZE state:ISR');
    const un = await extract(
      'The representative of Armenia denounced what he described as an act of aggression and demanded that Azerbaijan withdraw its troops.',
    );
    expect(lines(un)).toContain('state:ARM CRITICIZE state:AZE');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Lebanon\n\nLebanon condemns the shelling of border villages and calls on Israel to respect the cessation of hostilities.',
    );
    expect(lines(statement).filter((l) => l.includes('CRITICIZE'))).toEqual(['state:LBN CRITICIZE state:ISR']);
  });

  it('is not aimed at a party asked for anything else', async () => {
    const draft = await extract(
      'The representative of France deplored the loss of civilian life and encouraged Qatar to continue its mediation.',
    );
    expect(lines(draft).filter((l) => l.includes('CRITICIZE'))).toEqual(['state:FRA CRITICIZE -']);
  });
});

describe('a pronoun opening a sentence as the doer of a wrong', () => {
  it('stands for the party the sentence before told doing something', async () => {
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Mali\n\nThe African Union held its summit in Addis Ababa last month. It then imposed unjust and illegitimate measures on Mali without consulting the transitional authorities.',
    );
    expect(lines(statement)).toContain('org:mali-ministry-of-foreign-affairs CRITICIZE org:african-union');
    const un = await extract(
      'Addressing the Council, the representative of Armenia said Azerbaijan had blocked the Lachin corridor for months. "It has also violated the ceasefire by cutting gas supplies in the middle of winter," he said.',
    );
    expect(lines(un).filter((l) => l.startsWith('state:ARM ACCUSE'))).toEqual([
      'state:ARM ACCUSE state:AZE',
      'state:ARM ACCUSE state:AZE',
    ]);
    const wire = await extract(
      "NAIROBI, June 2 - Kenya's foreign ministry said on Friday that Somalia had recalled its ambassador from Nairobi. Moreover, it has repeatedly violated the maritime boundary agreed in 1979, the ministry said.",
    );
    expect(lines(wire)).toContain('org:kenya-ministry-of-foreign-affairs ACCUSE state:SOM');
  });

  it('is not the speaker, nor the expletive "it"', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Mali\n\nThe African Union held its summit in Addis Ababa last month. It is unacceptable that our citizens were turned back at the border.',
    );
    expect(lines(draft).some((l) => l.includes('org:african-union'))).toBe(false);
  });
});

describe('a warning against "any such" act', () => {
  it("is aimed at whom the speaker's other claims hold to have done it", async () => {
    const wire = await extract(
      "MANAGUA, May 3 - Nicaragua accused Costa Rica on Tuesday of sending police boats into the San Juan river. Nicaragua's foreign ministry warned that any such incursion would be met with force.",
    );
    expect(lines(wire)).toContain('org:nicaragua-ministry-of-foreign-affairs WARN state:CRI');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Guyana\n\nGuyana condemns the incursion of Venezuelan soldiers into the Essequibo region on Sunday. Guyana will respond firmly to any such violation of its sovereignty.',
    );
    expect(lines(statement)).toContain('org:guyana-ministry-of-foreign-affairs WARN state:VEN');
    const un = await extract(
      'The representative of Greece accused Türkiye of sending a survey vessel into Greek waters. She warned that any such incursion would be answered in kind.',
    );
    expect(lines(un)).toContain('state:GRC WARN state:TUR');
  });

  it('is aimed at no one when the act has no "such" or "further"', async () => {
    const draft = await extract(
      "MANAGUA, May 3 - Nicaragua accused Costa Rica on Tuesday of sending police boats into the San Juan river. Nicaragua's foreign ministry warned that any incursion would be met with force.",
    );
    expect(lines(draft)).toContain('org:nicaragua-ministry-of-foreign-affairs WARN -');
  });
});
