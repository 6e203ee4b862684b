import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Kinds of sentence that tell weapons moving, whatever the parties and the systems: several weapons under one verb,
 * weapons flown in, a participle of selling hung on its subject, a deal with a maker named with its state, a deal
 * announced with what it includes, a package said to include more, parts for a fleet, a buyer named by its service, its
 * office or as an armed group named again, and a kind named alone again. Sentences written for these tests.
 */

describe('transfers by the kind of sentence', () => {
  it('drafts one transfer per weapon supplied "with ⟨W1⟩ and with ⟨W2⟩", a second kind apart from the first', async () => {
    const statement = await extract(
      'Iran has supplied Russia with thousands of drones and with Fath-360 ballistic missiles.',
    );
    expect(transfers(statement)).toEqual(['state:IRN > state:RUS: -', 'state:IRN > state:RUS: weapon:fath-360']);
    const wire = await extract('Belarus provided Russia with armoured vehicles, and with Polonez rocket launchers.');
    expect(transfers(wire)).toContain('state:BLR > state:RUS: weapon:polonez');
    const un = await extract(
      'He said Tehran had supplied the Houthis with small arms and also with Quds-1 cruise missiles.',
    );
    expect(transfers(un)).toContain('state:IRN > org:houthis: weapon:quds-1');
  });

  it('reads weapons flown in by a supplier, and a supplier answering by flying them', async () => {
    const un = await extract(
      'The delegate of Armenia cited Harop drones flown in by Israel in September, and said Azerbaijan had used them.',
    );
    expect(transfers(un)).toContain('state:ISR > state:ARM: weapon:harop');
    const analysis = await extract('Moscow responded by flying arms to Syria and Iraq.');
    expect(transfers(analysis)).toEqual(['state:RUS > state:IRQ: -', 'state:RUS > state:SYR: -']);
    const wire = await extract('Britain reacted by sending Starstreak missiles to Ukraine.');
    expect(transfers(wire)).toEqual(['state:GBR > state:UKR: weapon:starstreak']);
  });

  it('reads a participle of selling hung on the sentence subject, the army its buyer', async () => {
    const analysis = await extract(
      'After 1979, when Iran turned away, China became its main partner, selling J-7 fighters and HQ-2 missiles to the Iranian army.',
    );
    expect(transfers(analysis)).toEqual(['state:CHN > state:IRN: weapon:hq-2', 'state:CHN > state:IRN: weapon:j-7']);
    const wire = await extract('France stepped in, delivering Caesar howitzers to the Armenian army.');
    expect(transfers(wire)).toEqual(['state:FRA > state:ARM: weapon:caesar']);
    const statement = await extract(
      'Our country has relied on Türkiye, supplying Bayraktar TB2 drones to the army of Niger.',
    );
    expect(transfers(statement)).toEqual([]);
  });

  it('reads a deal with a maker named with its state, and a deal announced with the systems it includes', async () => {
    const wire = await extract('Romania signed a contract with the South Korean company Hanwha for 54 K9 howitzers.');
    expect(transfers(wire)).toEqual(['state:KOR > state:ROU: weapon:k9']);
    const analysis = await extract(
      'In 1969, Peru announced a deal for Soviet arms, most of them new, including T-55 tanks and Su-22 bombers.',
    );
    expect(transfers(analysis)).toEqual(['state:SUN > state:PER: weapon:su-22', 'state:SUN > state:PER: weapon:t-55']);
    const statement = await extract(
      'The Minister of Defence signed the letter of acceptance for six P-8A aircraft from the United States on Monday.',
      '2024-07-03',
      'Ministry of Defence of Norway',
    );
    expect(transfers(statement)).toEqual(['state:USA > state:NOR: weapon:p-8a']);
  });

  it('reads a package said to include a further system, and parts sold for a fleet', async () => {
    const wire = await extract(
      'Poland agreed to buy 96 AH-64E Apache helicopters from the United States. The package cleared by Congress also includes 1,844 Hellfire missiles.',
    );
    expect(transfers(wire)).toContain('state:USA > state:POL: weapon:hellfire');
    const statement = await extract(
      'The United States approved a sale of spare parts for Egypt’s F-16 fleet in March.',
    );
    expect(transfers(statement)).toEqual(['state:USA > state:EGY: weapon:f-16']);
    const analysis = await extract('France has sold munitions for India’s Rafale fighters since 2020.');
    expect(transfers(analysis)).toEqual(['state:FRA > state:IND: weapon:rafale']);
  });

  it('reads a buyer named by its service, or as an armed group named again, and a kind named alone again', async () => {
    const analysis = await extract(
      'Niger has few aircraft. Niger relies on its army. The air force received a handful of Su-25 jets from Russia in 2013. Niger flies them in the north.',
    );
    expect(transfers(analysis)).toEqual(['state:RUS > state:NER: weapon:su-25']);
    const statement = await extract(
      'The Houthis fired again. The group continues to strike ships in the Red Sea with missiles supplied by Iran.',
    );
    expect(transfers(statement)).toEqual(['state:IRN > org:houthis: -']);
    const briefing = await extract(
      'Yesterday the first 14 K2 tanks arrived in Gdynia. They are part of the 180 tanks that Poland ordered from South Korea in 2022.',
    );
    expect(transfers(briefing)).toEqual(['state:KOR > state:POL: weapon:k2']);
  });

  it('gives weapons bought from a seller, with no buyer in their clause, to the state the story is about', async () => {
    const wire = await extract(
      'Chile will replace its tankers. Chile has chosen a new tanker, and Chile says the order will be signed soon. The squadron at Antofagasta, which still flies six F-5E jets bought from the United States, will move north.',
    );
    expect(transfers(wire)).toEqual(['state:USA > state:CHL: weapon:f-5e']);
    const analysis = await extract(
      'Peru is rearming. Peru has few helicopters, and Peru says it needs more. The base at Piura, which keeps eight Mi-17 helicopters bought from Russia, is the largest.',
    );
    expect(transfers(analysis)).toEqual(['state:RUS > state:PER: weapon:mi-17']);
    const statement = await extract(
      'Ghana thanks its partners. Ghana will train its pilots, as Ghana has done since 2010. At Tamale, two Super Tucano aircraft bought from Brazil keep watch over the north.',
    );
    expect(transfers(statement)).toEqual(['state:BRA > state:GHA: weapon:super-tucano']);
  });
});
