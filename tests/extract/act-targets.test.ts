import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * The party a claim is aimed at when its words name an act rather than a
 * party: whoever the text holds did the act. Sentences written for these
 * tests.
 */

describe('a criticism of an act another claim has charged', () => {
  it('aims "condemned the strike" at whom an earlier protest of the strike was aimed', async () => {
    const draft = await extract(
      "Iraq's foreign ministry summoned Turkey's ambassador on Monday to protest a drone strike near Sinjar. " +
        'Iran condemned the strike on Tuesday.',
    );
    expect(lines(draft)).toContain('state:IRN CRITICIZE state:TUR');
  });

  it('aims it at no one when nothing in the text says who struck', async () => {
    const draft = await extract(
      'A drone strike hit a market near Sinjar on Monday. Iran condemned the strike on Tuesday.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:IRN'))).toEqual(['state:IRN CRITICIZE -']);
  });
});

describe('a criticism of an act and whom it was done to', () => {
  it('does not aim "criticised the sale of ... to ⟨B⟩" at the buyer', async () => {
    const draft = await extract('Zagreb has criticised the sale of Rafale fighters to Serbia.');
    expect(lines(draft)).toEqual(['state:HRV CRITICIZE -']);
  });

  it('aims it at the seller the text names before', async () => {
    const draft = await extract(
      'France sold twelve Rafale fighters to Serbia in 2024. Croatia criticised the sale of the fighters to Serbia on Monday.',
    );
    const croatia = lines(draft).filter((l) => l.startsWith('state:HRV'));
    expect(croatia).toEqual(['state:HRV CRITICIZE state:FRA']);
  });
});

describe('a clause joined after the object', () => {
  it('is not read for whom "condemned the test as reckless" is aimed at', async () => {
    const draft = await extract(
      'The United States condemned the test as reckless, and the General Assembly later adopted a resolution on debris in orbit.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:USA'))).toEqual(['state:USA CRITICIZE -']);
  });

  it('aims it at the tester the text names before', async () => {
    const draft = await extract(
      'Russia tested an anti-satellite missile on 15 November 2021. The United States condemned the test as reckless, and the General Assembly later adopted a resolution on debris in orbit.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:USA'))).toEqual(['state:USA CRITICIZE state:RUS']);
  });
});

describe('"the government" in the words of the opposition', () => {
  it('is the government of the country the text is about, not the state named last', async () => {
    const draft = await extract(
      'Senegal took over the last French base in Dakar in July. Senegal has since bought patrol boats, and Senegal plans to buy drones. ' +
        'France said the handover had been agreed between equals. ' +
        'Opposition deputy Fatou Sarr accused the government of using the handover to hide cuts to the army.',
    );
    expect(lines(draft)).toContain('person:fatou-sarr ACCUSE org:senegal-government');
    expect(lines(draft)).not.toContain('person:fatou-sarr ACCUSE state:FRA');
  });
});

describe('an act judged unlawful, its doer told before', () => {
  it('aims "the attacks breached international law" at the state whose strikes the text told, not the last named', async () => {
    const draft = await extract(
      'Israeli strikes overnight had destroyed the above-ground part of the enrichment plant at Natanz, the Agency said. ' +
        'Tehran called an emergency meeting. ' +
        'Speaking for Pakistan, Asad Mirza said the attacks breached international law and that talks between Washington and Tehran offered the only way out.',
    );
    const pakistan = lines(draft).filter((l) => l.includes('(for state:PAK)') || l.startsWith('person:asad-mirza'));
    expect(pakistan).toContain('person:asad-mirza CRITICIZE state:ISR');
    expect(pakistan).not.toContain('person:asad-mirza CRITICIZE state:IRN');
  });
});

describe('a warning whose subject is a party’s doing', () => {
  it('aims "warned that ships of ⟨B⟩’s shadow fleet were endangering ..." at ⟨B⟩', async () => {
    const draft = await extract(
      "Norway warned that ships of Russia's shadow fleet were endangering undersea cables across the Baltic Sea.",
    );
    expect(lines(draft)).toContain('state:NOR WARN state:RUS');
  });

  it('does not aim it at a party whose land the subject names', async () => {
    const draft = await extract(
      "Finland warned that the villages of Russia's border regions were running out of fuel.",
    );
    expect(lines(draft).filter((l) => l.startsWith('state:FIN'))).not.toContain('state:FIN WARN state:RUS');
  });
});

describe('an act a party took on before its verb', () => {
  it('aims a criticism of "the deployment", "the expulsion" and "the closure" at the party that agreed or decided to do it', async () => {
    const draft = await extract(
      'Iskander launchers arrived in Belarus in May, which Russia had agreed to station there. NATO condemned the deployment. ' +
        'Niger decided to expel the French ambassador on Friday. The European Union condemned the expulsion. ' +
        'On Monday, Azerbaijan moved to close the Lachin road. The representative of France condemned the closure.',
    );
    const aimed = lines(draft);
    expect(aimed, aimed.join('\n')).toContain('org:nato CRITICIZE state:RUS');
    expect(aimed).toContain('org:european-union CRITICIZE state:NER');
    expect(aimed).toContain('state:FRA CRITICIZE state:AZE');
  });
});
