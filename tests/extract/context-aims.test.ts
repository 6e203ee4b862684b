import { describe, expect, it } from 'vitest';
import { documentOf, extract, lines } from './drafts.js';

/**
 * Targets taken from the context of a claim: the party an act was done to, the accusers a later answer replies to.
 * Sentences written for these tests.
 */

describe('a charge several states make together by an act, and the answer after a semicolon', () => {
  it('is one accusation per accuser, aimed at the party the act was done to, and the answer denies each of them', async () => {
    const wire = await extract(
      'THE HAGUE, March 3 (Reuters) - The Netherlands and Australia took Russia to the International Court of Justice last year, accusing it of shooting down the airliner; Russia denies any involvement.',
    );
    expect(lines(wire)).toEqual(
      expect.arrayContaining([
        'state:NLD ACCUSE state:RUS',
        'state:AUS ACCUSE state:RUS',
        'state:RUS DENY state:NLD',
        'state:RUS DENY state:AUS',
      ]),
    );
    const un = await extract(
      'Benin, Togo and Niger lodged a complaint against Burkina Faso with the African Union, accusing it of sheltering armed groups; Burkina Faso rejects the complaint.',
    );
    expect(lines(un)).toEqual(
      expect.arrayContaining([
        'state:BEN ACCUSE state:BFA',
        'state:TGO ACCUSE state:BFA',
        'state:NER ACCUSE state:BFA',
        'state:BFA DENY state:BEN',
        'state:BFA DENY state:NER',
      ]),
    );
    const analysis = await extract(
      "Estonia, Latvia and Lithuania expelled Belarus's ambassador on Monday, accusing it of staging the border crisis; Minsk dismisses the charge as absurd.",
    );
    expect(lines(analysis)).toEqual(
      expect.arrayContaining(['state:EST ACCUSE state:BLR', 'state:LTU ACCUSE state:BLR', 'state:BLR DENY state:LVA']),
    );
  });
});

describe('a judgement of how a vote came out', () => {
  it('is a criticism aimed at the state that vetoed the text', async () => {
    const wire = await extract(
      "UNITED NATIONS, May 5 (Reuters) - China vetoed a Security Council draft resolution on Myanmar on Friday. Britain's ambassador said the result was incomprehensible.",
    );
    expect(lines(wire)).toContain('state:GBR CRITICIZE state:CHN');
    const un = await extract(
      'The Security Council failed to adopt a draft resolution on the Sahel today, as the Russian Federation cast a veto. The representative of Ireland deplored the outcome and called for a new text.',
    );
    expect(lines(un)).toContain('state:IRL CRITICIZE state:RUS');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Ukraine\n\nYesterday the Russian Federation vetoed a draft resolution on the safety of the Zaporizhzhia nuclear power plant. Ukraine strongly condemns the result of the vote.',
    );
    expect(lines(statement)).toContain('state:UKR CRITICIZE state:RUS');
  });

  it('is not aimed at a vetoer when it judges the outcome of something else', async () => {
    const un = await extract(
      'China vetoed the draft on Myanmar last month. The representative of Brazil said the outcome of the negotiations in Doha was deplorable.',
    );
    expect(lines(un)).not.toContain('state:BRA CRITICIZE state:CHN');
  });
});

describe('a denial of "that reading", "that account", "that charge"', () => {
  it('is aimed at the side that gave it in the sentence before, not at the last party named', async () => {
    const un = await extract(
      'The representative of Iran said unilateral sanctions, not mismanagement, were the real cause of the shortages in Venezuela. The representative of the United States rejected that reading.',
    );
    expect(lines(un)).toContain('state:USA DENY state:IRN');
    const wire = await extract(
      "PRISTINA, June 2 (Reuters) - Serbia's president said Kosovo police had provoked the clashes near Zvecan, in talks with the Hungarian prime minister. Kosovo's government rejected that account on Tuesday.",
    );
    expect(lines(wire)).toContain('state:XKX DENY state:SRB');
    const statement = await extract(
      "Pakistan's foreign office said Indian agents had planned the attack on the dam, which Chinese engineers were building. India dismissed that charge, saying Pakistan harboured the attackers.",
    );
    expect(lines(statement)).toContain('state:IND DENY state:PAK');
  });
});

describe("a demand addressed to a state's political players as a group", () => {
  it('is aimed at no state', async () => {
    const un = await extract(
      'The representative of Norway called on Sudanese political actors to return to the talks in Jeddah.',
    );
    expect(lines(un)).toContain('state:NOR DEMAND -');
    const wire = await extract(
      'TRIPOLI, Feb 3 (Reuters) - The U.N. envoy urged the Libyan parties on Monday to agree on a date for elections.',
    );
    expect(lines(wire)).not.toContain('org:united-nations DEMAND state:LBY');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Egypt\n\nEgypt calls on the Lebanese political forces to elect a president without further delay.',
    );
    expect(lines(statement)).toContain('state:EGY DEMAND -');
  });

  it("is still aimed at the state when it addresses the state's leaders", async () => {
    const un = await extract('The representative of France urged Israeli leaders to halt the offensive.');
    expect(lines(un)).toContain('state:FRA DEMAND state:ISR');
  });
});

describe('cities named together as the places of pacts ("the treaties of ⟨A⟩ and ⟨B⟩")', () => {
  it('are treaties, neither a target nor a clause of their own', async () => {
    const wire = await extract(
      "YEREVAN, March 8 (Reuters) - Armenia's foreign minister said Azerbaijan had ignored the agreements of Moscow and Sochi, in breach of the ceasefire.",
    );
    expect(lines(wire)).toContain('state:ARM CRITICIZE state:AZE');
    expect(lines(wire).join('\n')).not.toMatch(/state:RUS/);
    expect(
      documentOf(wire)
        .entities.filter((e) => e.type === 'Treaty')
        .map((e) => e.name),
    ).toEqual(expect.arrayContaining(['Agreement of Moscow', 'Agreement of Sochi']));
    const un = await extract(
      'The representative of Serbia said Kosovo authorities were acting outside the accords of Brussels and Washington, contrary to resolution 1244.',
    );
    expect(lines(un).join('\n')).not.toMatch(/state:USA/);
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Georgia\n\nGeorgia condemns the continued occupation of its regions by Russia, in violation of the agreements of Moscow and Paris.',
    );
    expect(lines(statement)).toEqual(['state:GEO CRITICIZE state:RUS']);
  });
});

describe('a criticism of a transfer by a side whose other claims hold the buyer to account', () => {
  it('is aimed at the buyer, not the seller, though its charge comes in another sentence', async () => {
    const wire = await extract(
      "NEW DELHI, April 2 (Reuters) - Russia delivered two more S-400 batteries to India last month. Pakistan condemned the delivery. Pakistan's foreign ministry accused India of stoking an arms race in South Asia.",
    );
    expect(lines(wire)).toContain('state:PAK CRITICIZE state:IND');
    expect(lines(wire)).not.toContain('state:PAK CRITICIZE state:RUS');
    const un = await extract(
      'France sold 24 Rafale jets to Egypt in 2015. The representative of Ethiopia condemned the sale. He accused Egypt of threatening the dam.',
    );
    expect(lines(un)).toContain('state:ETH CRITICIZE state:EGY');
    const analysis = await extract(
      'The United States delivered 40 F-16 jets to Turkey in May. Greece condemned the delivery on Tuesday. Greek officials accused Turkey of violating Greek airspace forty times this year.',
    );
    expect(lines(analysis)).toContain('state:GRC CRITICIZE state:TUR');
  });

  it('stays aimed at the seller when the side holds the seller to account', async () => {
    const wire = await extract(
      'Iran delivered Shahed drones to Russia last year. Ukraine condemned the delivery. Kyiv accused Tehran of helping Moscow bomb Ukrainian cities.',
    );
    expect(lines(wire)).toContain('state:UKR CRITICIZE state:IRN');
  });
});
