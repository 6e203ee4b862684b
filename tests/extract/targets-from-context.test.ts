import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Targets a claim takes from its context (the corpus README's Target rules): each party thanked, the two parties
 * "both" points back to, the party a relative clause hangs a charge on, the author of a text judged. Sentences
 * written for these tests.
 */

describe('thanks to several parties, each for something of its own', () => {
  it('is one position aimed at each party thanked', async () => {
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Estonia\n\nEstonia thanks Finland for its support and Latvia for the close cooperation between the two Baltic neighbours.',
    );
    expect(lines(statement)).toContain('state:EST STATE state:FIN');
    expect(lines(statement)).toContain('state:EST STATE state:LVA');
    const wire = await extract(
      'ACCRA, March 3 - Ghana thanked Germany for the armoured vehicles and Canada for the training of its engineers, the foreign ministry said.',
    );
    expect(lines(wire).filter((l) => l.includes(' STATE state:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/ STATE state:DEU$/), expect.stringMatching(/ STATE state:CAN$/)]),
    );
    const un = await extract(
      'The representative of Mongolia thanked Japan for its assistance and the Republic of Korea for hosting the consultations.',
    );
    expect(lines(un)).toContain('state:MNG STATE state:JPN');
    expect(lines(un)).toContain('state:MNG STATE state:KOR');
  });

  it('names no one thanked in what the first party is thanked for', async () => {
    const draft = await extract(
      'The representative of Poland thanked Germany for its support to Ukraine and Moldova during the winter.',
    );
    expect(lines(draft).filter((l) => l.includes(' STATE '))).toEqual(['state:POL STATE state:DEU']);
  });
});

describe('thanks to the government of a state named as such', () => {
  it('is aimed at the government, not at the state', async () => {
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Estonia\n\nEstonia also thanks the Government of the United Kingdom for its offer to train our air defence crews.',
    );
    expect(lines(statement)).toContain('state:EST STATE org:united-kingdom-government');
    const un = await extract(
      'The representative of Chad thanked the Government of France for the evacuation flights it organized last week.',
    );
    expect(lines(un)).toContain('state:TCD STATE org:france-government');
    const wire = await extract(
      'TIRANA, June 2 - The Albanian defence ministry said it was grateful to the Government of Italy for the two patrol boats.',
    );
    expect(lines(wire).some((l) => l.endsWith('STATE org:italy-government'))).toBe(true);
  });

  it('keeps the state for its authorities thanked or welcomed', async () => {
    const draft = await extract(
      'The representative of Jordan welcomed the efforts of the Iraqi authorities at the border.',
    );
    expect(lines(draft)).toContain('state:JOR STATE state:IRQ');
  });
});

describe('"both" standing alone after two parties named together', () => {
  it('is each of the two parties', async () => {
    const un = await extract(
      'The representative of Norway accused the M23 and the Democratic Forces for the Liberation of Rwanda of recruiting children and called on both to release them.',
    );
    expect(lines(un)).toContain('state:NOR DEMAND org:m23');
    expect(lines(un).filter((l) => l.startsWith('state:NOR DEMAND'))).toHaveLength(2);
    const wire = await extract(
      'ADDIS ABABA, Feb 2 - The African Union said Ethiopia and Eritrea had moved troops to the border. It urged both to withdraw them and to resume talks.',
    );
    expect(lines(wire)).toContain('org:african-union DEMAND state:ETH');
    expect(lines(wire)).toContain('org:african-union DEMAND state:ERI');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Ghana\n\nGhana is following the border dispute between Mali and Niger. Ghana calls on the two to settle the matter through the Economic Community of West African States.',
    );
    expect(lines(statement)).toContain('state:GHA DEMAND state:MLI');
    expect(lines(statement)).toContain('state:GHA DEMAND state:NER');
  });

  it('asks restraint of neither', async () => {
    const draft = await extract(
      'The representative of Brazil said Armenia and Azerbaijan had exchanged fire and urged both to exercise restraint.',
    );
    expect(lines(draft).filter((l) => l.includes('DEMAND'))).toEqual(['state:BRA DEMAND -']);
  });
});

describe('a charge whose object is the relative pronoun of the party it hangs on', () => {
  it('is aimed at that party', async () => {
    const un = await extract(
      'The representative of France said the draft made no mention of the Wagner Group, which he accused of killing civilians in central Mali.',
    );
    expect(lines(un)).toContain('state:FRA ACCUSE org:wagner-group');
    const georgia = await extract(
      'The representative of Georgia said the offensive had been planned by Russia, whom she accused of ethnic cleansing.',
    );
    expect(lines(georgia)).toContain('state:GEO ACCUSE state:RUS');
    const wire = await extract(
      'KHARTOUM, May 5 - The Sudanese army said it had repelled an attack on El Fasher by the Rapid Support Forces, which it accused of shelling the city for weeks.',
    );
    expect(lines(wire).some((l) => l.endsWith('ACCUSE org:rapid-support-forces'))).toBe(true);
  });

  it("is aimed at the party the clause names as the verb's object", async () => {
    const un = await extract(
      'The representative of Ethiopia said the front, which she accused Egypt of financing, had attacked Gondar.',
    );
    expect(lines(un)).toContain('state:ETH ACCUSE state:EGY');
    const wire = await extract(
      'BAMAKO, Jan 9 - Mali said the attack had been carried out by the Islamic State Sahel Province, which it accused Niger of sheltering.',
    );
    expect(lines(wire).some((l) => l.endsWith('ACCUSE state:NER'))).toBe(true);
    const participle = await extract(
      'The representative of Rwanda rejected the report, saying his country faced the threat of the FDLR, which he accused Burundi of arming.',
    );
    expect(lines(participle)).toContain('state:RWA ACCUSE state:BDI');
  });
});

describe('a text named by its author', () => {
  it('is what a judgement of it is aimed at', async () => {
    const un = await extract(
      'The representative of France said the Russian draft was "deeply unbalanced" and ignored the humanitarian situation.',
    );
    expect(lines(un)).toContain('state:FRA CRITICIZE state:RUS');
    const china = await extract("China's delegate said the American text was one-sided and had been rushed.");
    expect(lines(china)).toContain('state:CHN CRITICIZE state:USA');
    const wire = await extract(
      'NEW YORK, March 3 - Britain said the Algerian proposal was flawed because it ignored the hostages.',
    );
    expect(lines(wire)).toContain('state:GBR CRITICIZE state:DZA');
  });
});

describe('a charge against parties the speaker leaves unnamed', () => {
  it('stays aimed at no one when the party it names denies it', async () => {
    const wire = await extract(
      'HANOI, June 4 - The Chinese embassy in Hanoi said in a statement that "certain countries" were arming Vietnam to stir up tension in the region. A spokeswoman for the Vietnamese foreign ministry rejected the statement, saying the purchases were defensive.',
    );
    expect(lines(wire)).toContain('org:embassy-of-china-in-hanoi ACCUSE -');
    expect(lines(wire)).not.toContain('org:embassy-of-china-in-hanoi ACCUSE state:VNM');
    const un = await extract(
      'The representative of the Russian Federation said some Western countries were arming Ukraine to prolong the war. The representative of Ukraine rejected that claim.',
    );
    expect(lines(un)).toContain('state:RUS ACCUSE -');
    expect(lines(un)).toContain('state:UKR DENY state:RUS');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Armenia\n\nThe Ministry takes note of the statement of the Ministry of Foreign Affairs of Azerbaijan that foreign powers are arming Armenia. Armenia rejects this claim.',
    );
    expect(lines(statement).some((l) => l.endsWith('ACCUSE state:ARM'))).toBe(false);
  });
});

describe('an addressee named by what it is to another party', () => {
  it('is not that party', async () => {
    const wire = await extract(
      "YEREVAN, May 2 - Armenia called on Azerbaijan's partners to stop supplying it with offensive weapons.",
    );
    expect(lines(wire)).toEqual(['state:ARM DEMAND -']);
    const un = await extract("The representative of Israel urged Iran's proxies to lay down their arms.");
    expect(lines(un)).toEqual(['state:ISR DEMAND -']);
    const statement = await extract(
      "Statement by the Ministry of Foreign Affairs of Ukraine\n\nUkraine calls on Russia's allies to stop supplying it with drones and ammunition.",
    );
    expect(lines(statement).some((l) => l.endsWith('DEMAND state:RUS'))).toBe(false);
  });
});

describe('a judgement whose only named actor stands after a preposition of place or source', () => {
  it('is aimed at no one', async () => {
    const wire = await extract(
      "MANILA, May 2 - Senator Ana Reyes said the money should have gone to schools, which still wait for computers ordered from Japan's Fujitsu in 2021.",
    );
    expect(lines(wire).filter((l) => l.includes('CRITICIZE'))).toEqual(['person:ana-reyes CRITICIZE -']);
    const un = await extract(
      "The representative of Peru said the funds would have been better spent on hospitals than on frigates bought from Korea's Hyundai.",
    );
    expect(lines(un).some((l) => l.endsWith('state:KOR') || l.endsWith('org:hyundai'))).toBe(false);
    const chile = await extract(
      "The representative of Chile said the cuts would only worsen the situation of families in Bolivia's border towns.",
    );
    expect(lines(chile)).toEqual(['state:CHL CRITICIZE -']);
  });
});
