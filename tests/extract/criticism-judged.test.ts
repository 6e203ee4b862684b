import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Criticism judged by what is said, aimed at the right party: displeasure or dissatisfaction expressed, force used
 * judged and aimed at whoever the text told using it, verdicts told by their words (a betrayal, a double standard,
 * interference in a state's internal affairs, force used with no need, an offer refused, no explanation given, a
 * reaction too slow, suffering brought on a people), a decision or statements named as a party's and judged, and what
 * a thing is called judged apart from the thing. Near misses: support or regret expressed, a thing called something
 * that finds no fault, a party's decision welcomed. Each on sentences written for these tests.
 */

const criticisms = (draft: Awaited<ReturnType<typeof extract>>) => lines(draft).filter((l) => / CRITICIZE /.test(l));

describe('displeasure or dissatisfaction expressed', () => {
  it('is a criticism, in wire copy and in a ministry statement', async () => {
    const wire = await extract(
      'HANOI, March 3 - Vietnam expressed strong displeasure on Sunday over the survey ship that entered its exclusive economic zone near the Spratly Islands.',
    );
    claim(wire, 'state:VNM', 'CRITICIZE');
    const kenya = await extract(
      'The Kenyan foreign ministry voiced dissatisfaction with the way the border closure was announced, a spokesman said.',
    );
    claim(kenya, 'org:kenya-ministry-of-foreign-affairs', 'CRITICIZE');
    const un = await extract(
      'The representative of Egypt expressed deep disapproval of the decision to cut the mission by half without consulting the host country.',
    );
    claim(un, 'state:EGY', 'CRITICIZE');
  });

  it('leaves support, solidarity and regret for a loss of life positions', async () => {
    const support = await extract(
      'The representative of Chile expressed strong support for the mediation led by the African Union.',
    );
    expect(criticisms(support)).toEqual([]);
    const regret = await extract(
      'The representative of Norway expressed regret at the loss of life in the avalanche and sent condolences to the families.',
    );
    expect(criticisms(regret)).toEqual([]);
  });
});

describe('force used, judged, aimed at whoever the text told using it', () => {
  it('reads displeasure over the use of force after a fighter of a named state shot something down', async () => {
    const draft = await extract(
      'A Turkish F-16 fighter shot down a Syrian drone over Hatay province on Tuesday. Syria expressed strong displeasure over the use of force against what it called an unarmed reconnaissance aircraft.',
    );
    claim(draft, 'state:SYR', 'CRITICIZE', 'state:TUR');
  });

  it('reads the use of force deplored in Council coverage, after forces of a state fired on a boat', async () => {
    const draft = await extract(
      'Indian warships fired on a Pakistani fishing boat near Sir Creek on 2 May. The representative of Pakistan deplored the use of force against unarmed fishermen.',
    );
    claim(draft, 'state:PAK', 'CRITICIZE', 'state:IND');
  });

  it('reads force said to have been used with no need as a criticism of the party said to have used it', async () => {
    const draft = await extract(
      'The Iranian foreign ministry spokesman, Esmaeil Baghaei, said Washington had used force with no need.',
    );
    claim(draft, 'person:esmaeil-baghaei', 'CRITICIZE', 'state:USA');
    const without = await extract('The representative of Lebanon said Israel had opened fire without any provocation.');
    claim(without, 'state:LBN', 'CRITICIZE', 'state:ISR');
  });

  it('does not read force used by no one named as aimed at the critic', async () => {
    const draft = await extract('Brazil expressed strong displeasure over the use of force in the region.');
    claim(draft, 'state:BRA', 'CRITICIZE');
    expect(lines(draft)).not.toContain('state:BRA CRITICIZE state:BRA');
  });
});

describe('a verdict told by its words', () => {
  it('reads an act called a betrayal, a double standard or interference in a state’s internal affairs', async () => {
    const draft = await extract(
      'Hungary sold howitzers to Croatia in 1993. Serbia called the sale a betrayal by a neighbour. The representative of Cuba described the new measures as a double standard. China called the visit a gross interference in China’s internal affairs.',
    );
    claim(draft, 'state:SRB', 'CRITICIZE', 'state:HUN');
    claim(draft, 'state:CUB', 'CRITICIZE');
    claim(draft, 'state:CHN', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads an offer refused and an explanation not given as a criticism of the party said to have failed', async () => {
    const draft = await extract(
      'The representative of Azerbaijan said Yerevan had refused a joint inspection of the border posts. The representative of Armenia said Baku had given no explanation for the shooting by the deadline set by the mediators.',
    );
    claim(draft, 'state:AZE', 'CRITICIZE', 'state:ARM');
    claim(draft, 'state:ARM', 'CRITICIZE', 'state:AZE');
  });

  it('reads a reaction said to be too slow and a government said to be too soft as criticisms', async () => {
    const draft = await extract(
      'Senator Maria Lopes said the navy had reacted too slowly to the incursion. The Polish defence minister, Jan Nowicki, said Germany was too soft on Moscow.',
    );
    claim(draft, 'person:maria-lopes', 'CRITICIZE');
    claim(draft, 'person:jan-nowicki', 'CRITICIZE', 'state:DEU');
  });

  it('reads sanctions said to bring suffering to a people as a criticism', async () => {
    const draft = await extract(
      'The representative of South Africa said new sanctions would bring great suffering to the people of Zimbabwe.',
    );
    claim(draft, 'state:ZAF', 'CRITICIZE');
  });
});

describe("a party's decision or statements named and judged", () => {
  it("aims the verdict at the party whose decision it is, in a ministry's own words", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Serbia\n\nBELGRADE, 4 June 2024\n\nWe consider the decision of the Government of Montenegro of 2 June to expel our ambassador unjustified and unacceptable.',
      '2024-06-04',
      'Ministry of Foreign Affairs of Serbia',
    );
    expect(lines(draft).some((l) => / CRITICIZE (?:state:MNE|org:montenegro-government)/.test(l))).toBe(true);
  });

  it('aims it at each party whose statements are judged, and at a party named with a possessive', async () => {
    const draft = await extract(
      'The representative of Venezuela said the statements of the leaders of Guyana and Brazil on the Essequibo were unacceptable. Russia called Estonia’s decision to close the border crossing a hostile act.',
    );
    claim(draft, 'state:VEN', 'CRITICIZE', 'state:GUY');
    claim(draft, 'state:VEN', 'CRITICIZE', 'state:BRA');
    claim(draft, 'state:RUS', 'CRITICIZE', 'state:EST');
  });

  it("leaves a party's decision welcomed no criticism", async () => {
    const draft = await extract(
      'The representative of Ghana welcomed the decision of Togo to reopen the border crossing at Aflao.',
    );
    expect(criticisms(draft)).toEqual([]);
  });

  it("never aims it at the critic's own side", async () => {
    const draft = await extract(
      'The representative of Italy said the decision of Italy to suspend the deliveries was regrettable but necessary.',
    );
    expect(lines(draft)).not.toContain('state:ITA CRITICIZE state:ITA');
  });
});

describe('what a thing is called, judged apart from the thing', () => {
  it('leaves a scandal called a local affair a position, and a scandal called a disgrace a criticism', async () => {
    const affair = await extract(
      'Carlos Mendes, a retired Bolivian colonel, called the scandal a purely Chilean affair that had changed nothing on the ground.',
    );
    expect(criticisms(affair)).toEqual([]);
    const disgrace = await extract(
      'Carlos Mendes, a retired Bolivian colonel, called the scandal a national disgrace.',
    );
    claim(disgrace, 'person:carlos-mendes', 'CRITICIZE');
  });
});
