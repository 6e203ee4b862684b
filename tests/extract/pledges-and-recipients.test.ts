import { describe, expect, it } from 'vitest';
import { documentOf, extract, transfers } from './drafts.js';

/**
 * Weapons transfers in shapes the older patterns missed: a supply pledged, promised, agreed or allowed before it is
 * made; a count alone standing for the system named before; suppliers and buyers apart from their verb (an owner of
 * weapons sold in a passive, "its purchase of", a relative clause with "that" left out and a pronoun for the
 * supplier); armed groups named by no name as recipients; a recipient's forces or a party's "side"; weapons handed
 * over to the state a text speaks for; a system named after a supply told in general terms. Sentences written for
 * these tests, across styles; each class has sentences the rule must not read as a transfer.
 */

const briefing = (state: string, capital: string, body: string) =>
  extract(
    `Press briefing by the spokesperson of the Ministry of Defence of ${state}, ${capital}, 4 March 2024\n\n` +
      `Q: What has arrived?\n\nMR. ANTONOV: ${body}`,
    '2024-03-04',
  );

describe('a supply pledged, promised, agreed or allowed', () => {
  it('reads pledged and promised weapons, active, with two objects and in the passive, as transfers', async () => {
    expect(transfers(await extract('Sweden has pledged ten Leopard 2A5 tanks to Ukraine.'))).toEqual([
      'state:SWE > state:UKR: weapon:leopard-2a5',
    ]);
    expect(transfers(await extract('Last year Canada promised Ukraine eight NASAMS launchers.'))).toEqual([
      'state:CAN > state:UKR: weapon:nasams',
    ]);
    expect(
      transfers(await extract('The F-16 fighters pledged by Denmark to Ukraine in 2023 began arriving in July.')),
    ).toEqual(['state:DNK > state:UKR: weapon:f-16']);
    expect(
      transfers(await extract('Analysts say the HIMARS launchers promised to Estonia by the United States are late.')),
    ).toEqual(['state:USA > state:EST: weapon:himars']);
  });

  it('reads a supply to be made or allowed as agreed: "was to build", "was cleared to buy", "has begun receiving"', async () => {
    expect(
      transfers(await extract('Under the 2019 deal, Germany was to build four frigates for the Israeli Navy.'), {
        weapon: false,
      }),
    ).toEqual(['state:DEU > state:ISR']);
    expect(
      transfers(
        await extract('Greece has since been cleared, in March 2024, to buy 40 F-35 fighters from the United States.'),
      ),
    ).toEqual(['state:USA > state:GRC: weapon:f-35']);
    expect(
      transfers(await extract('Poland was authorised to buy 96 AH-64E helicopters from the United States.')),
    ).toEqual(['state:USA > state:POL: weapon:ah-64e']);
    expect(transfers(await extract('Romania has begun receiving the K2 tanks it ordered from South Korea.'))).toEqual([
      'state:KOR > state:ROU: weapon:k2',
    ]);
  });

  it('reads nothing where a promise or a pledge moves no weapons, or where the supply is denied', async () => {
    expect(transfers(await extract('Chile promised to investigate the strike and pledged support to Peru.'))).toEqual(
      [],
    );
    expect(transfers(await extract('Spain has not pledged any F-18 fighters to Ukraine, the minister said.'))).toEqual(
      [],
    );
    expect(transfers(await extract('Türkiye is to build its own KAAN fighters at Ankara.'))).toEqual([]);
  });
});

describe('a count alone and several suppliers in one sentence', () => {
  it('reads a count alone as the system named before, to the state a briefing speaks for', async () => {
    const d = await briefing(
      'Ukraine',
      'Kyiv',
      'Germany has delivered a fourth IRIS-T system, and Spain has agreed to give two, but we need more. Italy has promised three by the spring.',
    );
    expect(transfers(d)).toEqual([
      'state:DEU > state:UKR: weapon:iris-t',
      'state:ESP > state:UKR: weapon:iris-t',
      'state:ITA > state:UKR: weapon:iris-t',
    ]);
  });

  it('reads a count alone in wire copy and in a statement, each supplier its own transfer', async () => {
    const wire = await extract(
      'Norway has delivered four NASAMS systems to Ukraine, and Denmark will deliver two more.',
    );
    expect(transfers(wire)).toEqual(['state:DNK > state:UKR: weapon:nasams', 'state:NOR > state:UKR: weapon:nasams']);
    const statement = await extract(
      'Statement by the Ministry of Defence of Latvia\n\n' +
        'Latvia has received the first HIMARS launchers. Lithuania will deliver six more in June, and Estonia has pledged two.',
      '2024-03-04',
      'Ministry of Defence of Latvia',
    );
    expect(transfers(statement)).toEqual([
      'state:EST > state:LVA: weapon:himars',
      'state:LTU > state:LVA: weapon:himars',
    ]);
  });

  it('reads no transfer from a count with no system before it, nor one to a state that is not the briefing’s', async () => {
    const none = await briefing('Ukraine', 'Kyiv', 'France has agreed to give two, and we thank it.');
    expect(transfers(none)).toEqual([]);
    const other = await briefing('Ukraine', 'Kyiv', 'Germany has delivered a fourth IRIS-T system to Moldova.');
    expect(transfers(other)).toEqual(['state:DEU > state:MDA: weapon:iris-t']);
  });
});

describe('suppliers and buyers apart from their verb', () => {
  it('reads the owner of weapons sold in a passive as the seller, and a share of them sold on to another', async () => {
    expect(transfers(await extract('The Netherlands has retired its fleet. Its F-16s were sold to Romania.'))).toEqual([
      'state:NLD > state:ROU: weapon:f-16',
    ]);
    expect(
      transfers(
        await extract(
          'Denmark flew them for forty years. Its remaining F-16s were sold to Argentina, 24 of them under a 2024 contract, and six were pledged to Ukraine.',
        ),
      ),
    ).toEqual(['state:DNK > state:ARG: weapon:f-16', 'state:DNK > state:UKR: weapon:f-16']);
    expect(transfers(await extract("Belgium's F-16s were sold to Ukraine in 2024."))).toEqual([
      'state:BEL > state:UKR: weapon:f-16',
    ]);
  });

  it('reads "its purchase of ⟨W⟩ from ⟨A⟩" as bought by the party the pronoun stands for, one transfer per system', async () => {
    const d = await extract(
      'Washington imposed sanctions on Egypt over its purchase of Su-35 fighters and S-300 systems from Russia.',
    );
    expect(transfers(d)).toEqual(['state:RUS > state:EGY: weapon:s-300', 'state:RUS > state:EGY: weapon:su-35']);
  });

  it('reads a relative clause with "that" left out and a pronoun or a state for the supplier', async () => {
    const statement = await extract(
      'Spain remains a partner of the region. It will keep working with Morocco and Tunisia, and the Eurofighter jets it has delivered to Qatar show that Spain keeps its word.',
    );
    expect(transfers(statement)).toEqual(['state:ESP > state:QAT: weapon:eurofighter']);
    const wire = await extract('The Gripen fighters Sweden agreed to lend Hungary arrived in Kecskemet.');
    expect(transfers(wire)).toEqual(['state:SWE > state:HUN: weapon:gripen']);
  });

  it('reads a seller named inside the buyer’s clause as no buyer', async () => {
    const d = await extract(
      'Finland, whose air bases hosted American tankers last year, now flies 64 F-35A fighters bought from the United States.',
    );
    expect(transfers(d)).toEqual(['state:USA > state:FIN: weapon:f-35a']);
  });

  it('reads nothing from a system used or shot down, with no transfer', async () => {
    expect(transfers(await extract('The Patriot shot down three Kinzhal missiles over Kyiv in May.'))).toEqual([]);
    expect(transfers(await extract('Its F-16s were used against targets near Kharkiv.'))).toEqual([]);
  });
});

describe('recipients named by what they are', () => {
  it('reads armed groups named by no name as the recipients of a transfer', async () => {
    const un = await extract(
      'The representative of Ethiopia said Eritrea had sent rifles and mortars across the border to the rebels.',
    );
    expect(transfers(un, { weapon: false })).toEqual(['state:ERI > org:rebels']);
    const wire = await extract('Officials said Sudan delivered anti-tank missiles to armed groups in Chad.');
    expect(transfers(wire, { weapon: false })).toEqual(['state:SDN > org:armed-groups']);
    const analysis = await extract(
      'The rifles were supplied to vetted opposition groups under a programme run by the United Kingdom.',
    );
    expect(transfers(analysis, { weapon: false })).toEqual(['state:GBR > org:vetted-opposition-groups']);
    const statement = await extract('Libya said Egypt had supplied the militias with armoured vehicles.');
    expect(transfers(statement, { weapon: false })).toEqual(['state:EGY > org:militias']);
    const georgia = await extract(
      'The representative of Georgia said Russia had sent heavy weapons across the border to the separatists in Abkhazia.',
    );
    expect(transfers(georgia, { weapon: false })).toEqual(['state:RUS > org:separatists']);
    const colombia = await extract('Colombia said Venezuela had delivered rifles to the guerrillas.');
    expect(transfers(colombia, { weapon: false })).toEqual(['state:VEN > org:guerrillas']);
    const group = documentOf(un).entities.find((e) => e.key === 'org:rebels');
    expect(group?.type).toBe('Organization');
  });

  it('reads no group where no weapons went to it', async () => {
    expect(transfers(await extract('The separatists shelled Donetsk, and Russia sent troops to the border.'))).toEqual(
      [],
    );
    expect(
      transfers(await extract('Russia denied that it had sent any tanks across the border to the separatists.')),
    ).toEqual([]);
  });

  it('reads a recipient named by its forces and a supplier named as a "side"', async () => {
    expect(
      transfers(
        await extract(
          'Moscow accused the West of arming the Ukrainian forces, which have received Storm Shadow missiles from the United Kingdom.',
        ),
      ),
    ).toEqual(['state:GBR > state:UKR: weapon:storm-shadow']);
    expect(
      transfers(
        await extract('Kyiv condemned the Belarusian side, which has supplied the Russian Federation with T-72 tanks.'),
      ),
    ).toEqual(['state:BLR > state:RUS: weapon:t-72']);
  });

  it('reads weapons "they have provided", with no recipient named, as the state a statement speaks for', async () => {
    const d = await extract(
      'Statement by the Ministry of Foreign Affairs of Moldova\n\n' +
        'Moldova thanks its partners, above all France and Romania, for the air defence systems they have provided.',
      '2024-03-04',
      'Ministry of Foreign Affairs of Moldova',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:FRA > state:MDA', 'state:ROU > state:MDA']);
    const wire = await extract('Analysts praised France and Romania for the air defence systems they have provided.');
    expect(transfers(wire)).toEqual([]);
  });
});

describe('a system named in apposition to a weapon named by its kind', () => {
  it('reads "a ⟨W⟩ launcher, a weapon supplied to ..." as a transfer of that system', async () => {
    const wire = await extract(
      'Rebels filmed what appeared to be an M-79 Osa rocket launcher, a weapon supplied to armed groups under a programme funded by Croatia, officials said.',
    );
    expect(transfers(wire)).toEqual(['state:HRV > org:armed-groups: weapon:m-79-osa']);
    const un = await extract('Militants fired a Kornet-E missile, a weapon delivered to the militias by Iran.');
    expect(transfers(un)).toEqual(['state:IRN > org:militias: weapon:kornet-e']);
  });
});

describe('a system named after a supply told in general terms', () => {
  it('keeps a named system apart from weapons supplied in general before it', async () => {
    const d = await extract(
      'The representative of Israel said Iran had supplied Hezbollah with weapons for years. ' +
        'In 2023, he said, Fateh-110 missiles sent from Iran to Hezbollah were seized in Syria.',
    );
    expect(transfers(d)).toEqual(['state:IRN > org:hezbollah: -', 'state:IRN > org:hezbollah: weapon:fateh-110']);
  });

  it('keeps a named system with a transfer named before by its kind', async () => {
    const d = await extract(
      'Tonga said Australia had given it two patrol vessels in 2019. The navy says the Guardian-class patrol boats given to Tonga by Australia are in service.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:AUS > state:TON']);
  });
});
