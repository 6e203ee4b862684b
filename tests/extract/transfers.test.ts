import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract, transfers } from './drafts.js';

/**
 * Forms in which analysis and wire copy name a weapons transfer beyond
 * "X supplied Y": purchases, orders, deals and contracts, a weapon before
 * the clause that says who sold it, a clause of buying hung on the
 * sentence's subject, a capital for its state, several systems in one
 * phrase, and the weapon designations they name. Sentences written for
 * these tests.
 */

/** The keys of the weapon systems a draft names, sorted. */
const weaponKeys = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'WeaponSystem')
    .map((e) => e.key as string)
    .sort();

describe('weapons transfers in the forms of analysis and wire copy', () => {
  it('reads an order from a supplier, with the quantity and the year', async () => {
    const d = await extract('Romania ordered 54 K2 tanks from South Korea in 2024.');
    expect(transfers(d)).toEqual(['state:KOR > state:ROU: weapon:k2']);
    expect(documentOf(d).entities.find((e) => e.type === 'WeaponsTransfer')).toMatchObject({
      quantity: '54',
      periodStart: '2024',
    });
  });

  it('reads "signed a $N deal for ⟨W⟩ with ⟨A⟩" and "a contract with ⟨maker⟩ for ⟨W⟩", a maker standing for its state', async () => {
    const a = await extract('Vilnius signed a $1 billion deal for 18 Caesar howitzers with France last year.');
    expect(transfers(a)).toEqual(['state:FRA > state:LTU: weapon:caesar']);
    const b = await extract('The Philippine defence ministry signed a contract with Saab for 14 Gripen fighters.');
    expect(transfers(b)).toEqual(['state:SWE > state:PHL: weapon:gripen']);
  });

  it('makes one transfer per weapon system when a sale names several', async () => {
    const d = await extract(
      'Washington cleared the sale of NASAMS air defence systems and 30 ATACMS missiles to Estonia.',
    );
    expect(transfers(d)).toEqual(['state:USA > state:EST: weapon:atacms', 'state:USA > state:EST: weapon:nasams']);
  });

  it('reads "it" supplying as the state named before it in its sentence, or the first the sentence before named', async () => {
    const d = await extract(
      'Norway remains the main partner of Latvia. It handed over six patrol boats to the Latvian navy in 2024. ' +
        'Critics in Moscow say Finland broke its word when it sold 20 Leopard 2 tanks to Poland.',
    );
    expect(transfers(d)).toEqual(['state:FIN > state:POL: weapon:leopard-2', 'state:NOR > state:LVA: -']);
  });

  it('reads a second object with its own recipient after the first, and a name closed by the word for a vehicle', async () => {
    const d = await extract(
      'Canada handed over four Piranha armoured vehicles to Ghana in 2024 and 12 Bison jeeps to the Togolese army in May.',
    );
    expect(transfers(d)).toEqual(['state:CAN > state:GHA: weapon:piranha', 'state:CAN > state:TGO: weapon:bison']);
    const bison = documentOf(d).entities.find((e) => e.key === 'weapon:bison');
    expect(bison?.aliases).toContain('Bison jeep');
  });

  it('reads a designation in the plural with no word after it as the system', async () => {
    const d = await extract('The new jets will replace the air force’s ageing MiG-29s next year.');
    expect(documentOf(d).entities.map((e) => e.key)).toContain('weapon:mig-29');
  });

  it('reads a weapon before the clause saying who sold it, and a system named by a code without the word for it', async () => {
    const d = await extract(
      "The aircraft shot down was an Akinci B2, one of several that Turkey sold to Niger's armed forces in 2023.",
    );
    expect(transfers(d)).toEqual(['state:TUR > state:NER: weapon:akinci-b2']);
  });

  it('reads "after buying ⟨W⟩ from ⟨capital⟩" as a purchase by the sentence\'s subject, the capital standing for its state', async () => {
    const d = await extract(
      'Egypt, a long-standing customer, wants more jets, after buying 24 MiG-29M fighters from Moscow between 2015 and 2018.',
    );
    expect(transfers(d)).toEqual(['state:RUS > state:EGY: weapon:mig-29m']);
  });

  it('reads a supplier accused "of ⟨doing⟩ ... by supplying" and a maker\'s word before a name', async () => {
    const a = await extract(
      'Armenia accused Azerbaijan of stoking tension by supplying the militia with Harop drones.',
    );
    expect(transfers(a)).toEqual([]);
    const b = await extract('Minsk accused Warsaw of raising tension by supplying Lithuania with Piorun missiles.');
    expect(transfers(b)).toEqual(['state:POL > state:LTU: weapon:piorun']);
    const c = await extract('Morocco received its first Israeli-made Barak MX air defence batteries in January.');
    expect(transfers(c)).toEqual(['state:ISR > state:MAR: weapon:barak-mx']);
  });

  it('reads designations of letters and digits, camel case and a name with a model number', async () => {
    const d = await extract('The army fields K9 howitzers, BrahMos missiles and Leopard 2A4 tanks, officials said.');
    const weapons = weaponKeys(d);
    expect(weapons).toEqual(['weapon:brahmos', 'weapon:k9', 'weapon:leopard-2a4']);
  });

  it('reads a name after a code, a class, squadrons, systems named together and "the ⟨W⟩ it bought from ⟨A⟩"', async () => {
    const d = await extract(
      'Morocco bought 24 AH-64E Apache helicopters from the United States. Spain will transfer two Descubierta-class frigates to Ecuador. Egypt ordered Su-35 and MiG-29 fighters from Russia. Turkey delivered the remaining S-400 squadrons to Iraq. Chile still operates the 24 Leopard 2 tanks it bought from Germany in 2007.',
    );
    const weapons = weaponKeys(d);
    expect(weapons).toEqual(
      expect.arrayContaining([
        'weapon:ah-64e-apache',
        'weapon:descubierta-class-frigate',
        'weapon:su-35',
        'weapon:mig-29',
        'weapon:s-400',
        'weapon:leopard-2',
      ]),
    );
    expect(transfers(d)).toEqual(
      expect.arrayContaining([
        'state:USA > state:MAR: weapon:ah-64e-apache',
        'state:ESP > state:ECU: weapon:descubierta-class-frigate',
        'state:RUS > state:EGY: weapon:su-35',
        'state:RUS > state:EGY: weapon:mig-29',
        'state:TUR > state:IRQ: weapon:s-400',
        'state:DEU > state:CHL: weapon:leopard-2',
      ]),
    );
  });

  it("reads a supplier with no recipient beside it: the clause's subject receives, or the state the text speaks for", async () => {
    const d = await extract(
      'The Kenyan Air Force has flown Z-19 helicopters bought from China since 2019. Uganda said the weapons were ' +
        'supplied by Sudan.',
    );
    expect(transfers(d)).toEqual(['state:CHN > state:KEN: weapon:z-19']);
  });

  it('reads "the ⟨W⟩ we purchased from ⟨A⟩" and "⟨W⟩ delivered by ⟨A⟩" in a statement as received by its state', async () => {
    const d = await extract(
      'Statement by the Ministry of Foreign Affairs of Ghana\n\nThe six Z-19 helicopters we purchased from China ' +
        'arrived on Monday. The armoured vehicles delivered by Turkey in May were not delivered by France.',
      '2024-07-03',
      'Ministry of Foreign Affairs of Ghana',
    );
    expect(transfers(d)).toEqual(['state:CHN > state:GHA: weapon:z-19', 'state:TUR > state:GHA: -']);
  });

  it('reads a letter code after the hyphen, names after a code, a series number and capitals alone as systems', async () => {
    const d = await extract(
      'Qatar bought IRIS-T SLM air defence systems, PAC-3 MSE interceptors, six A-29 Super Tucano aircraft and four ' +
        'UH-60M Black Hawk helicopters. Chad flies Wing Loong II drones and KAAN fighters, and its MiG-29 and Mirage ' +
        '2000 fleets and Su-24 bombers are old. NATO jets flew over.',
    );
    const weapons = weaponKeys(d);
    expect(weapons).toEqual([
      'weapon:a-29-super-tucano',
      'weapon:iris-t-slm',
      'weapon:kaan',
      'weapon:mig-29',
      'weapon:mirage-2000',
      'weapon:pac-3-mse',
      'weapon:su-24',
      'weapon:uh-60m-black-hawk',
      'weapon:wing-loong-ii',
    ]);
  });

  it('reads a system named after a demonym ("Turkish Aksungur drones") and "has itself received"', async () => {
    const d = await extract(
      'The institute recorded deliveries of Turkish Aksungur drones to Bishkek. Baghdad has itself received six ' +
        'Kalkan armed drones from Turkey since last year.',
    );
    expect(transfers(d)).toEqual(['state:TUR > state:IRQ: weapon:kalkan', 'state:TUR > state:KGZ: weapon:aksungur']);
  });

  it('reads a recipient or a supplier opening a relative clause, and patrol vessels as weapons', async () => {
    const d = await extract(
      'The Peruvian Navy, which received two Kellan patrol vessels from Spain, patrols the river. Japan, which ' +
        'supplied four Tenrai radars to the Philippines, said nothing.',
    );
    expect(transfers(d)).toEqual(['state:ESP > state:PER: weapon:kellan', 'state:JPN > state:PHL: weapon:tenrai']);
  });

  it('reads the buyer a relative clause names: "the ⟨W⟩ that ⟨B⟩ ordered from ⟨A⟩"', async () => {
    const d = await extract(
      'The first four of the 36 Kestrel fighter jets that Malaysia ordered from Sweden in 2024 landed in Kuantan.',
    );
    expect(transfers(d)).toEqual(['state:SWE > state:MYS: weapon:kestrel']);
  });

  it('reads a class with what it is a class of, a digit after a letter code, and a count opening a sentence', async () => {
    const d = await extract(
      'Chile bought Tu-22MR3 bombers and Oberon-class submarines from Moscow in 2010. Five KORAL radars arrived ' +
        'from Türkiye in May. Norway handed over two Skjold-class corvettes to Latvia.',
    );
    expect(weaponKeys(d)).toEqual([
      'weapon:koral',
      'weapon:oberon-class-submarine',
      'weapon:skjold-class-corvette',
      'weapon:tu-22mr3',
    ]);
    expect(documentOf(d).entities.find((e) => e.key === 'weapon:oberon-class-submarine')).toMatchObject({
      name: 'Oberon-class submarine',
      aliases: expect.arrayContaining(['Oberon-class']),
    });
    expect(transfers(d)).toEqual([
      'state:NOR > state:LVA: weapon:skjold-class-corvette',
      'state:RUS > state:CHL: weapon:oberon-class-submarine',
      'state:RUS > state:CHL: weapon:tu-22mr3',
    ]);
  });

  it('reads "the last of 44 ⟨W⟩", counts in millions, items with counts of their own, "arrived from" and "built in"', async () => {
    const a = await extract('Italy delivered the last of 18 Centauro tanks to Brazil this month.');
    expect(transfers(a)).toEqual(['state:ITA > state:BRA: weapon:centauro']);
    const b = await extract(
      'Iran had shipped at least two million artillery shells and more than 80 Fateh-110 and Fateh-313 ' +
        'missiles to Sudan.',
    );
    expect(transfers(b)).toEqual(
      expect.arrayContaining(['state:IRN > state:SDN: weapon:fateh-110', 'state:IRN > state:SDN: weapon:fateh-313']),
    );
    const c = await extract('Peru took delivery of three patrol boats built in Spain in June.');
    expect(transfers(c)).toEqual(['state:ESP > state:PER: -']);
  });

  it('reads a system named after "The" opening a sentence, and "⟨W⟩ arrived from ⟨A⟩" in a state\'s own statement', async () => {
    const d = await extract(
      'Statement of the Ministry of Foreign Affairs of Ghana\n\nThe Vektor armoured vehicles delivered by Germany in ' +
        '2022 guard the border. Four KORAL radars arrived from Türkiye in May.',
      '2024-07-03',
      'Ministry of Foreign Affairs of Ghana',
    );
    expect(weaponKeys(d)).toEqual(expect.arrayContaining(['weapon:vektor', 'weapon:koral']));
    expect(transfers(d)).toEqual(['state:DEU > state:GHA: weapon:vektor', 'state:TUR > state:GHA: weapon:koral']);
  });

  it('reads "his country had supplied ⟨B⟩ with ⟨W⟩" in UN coverage as supplied by the delegate\'s state, and a claim about it', async () => {
    const d = await extract(
      'The representative of Belarus rejected the charges. He recalled that his country had supplied Mali with ' +
        'Mi-24 helicopters, which he said were purely defensive.',
    );
    expect(transfers(d)).toEqual(['state:BLR > state:MLI: weapon:mi-24']);
    const about = d.claims.filter((c) => c.speaker === 'state:BLR').flatMap((c) => c.about);
    expect(about).toContain(documentOf(d).entities.find((e) => e.type === 'WeaponsTransfer')!.key);
  });
});

describe('transfers whose recipient is implied or named by a pronoun', () => {
  it('reads "⟨W⟩ handed over by ⟨A⟩ were the first ⟨B⟩\'s navy operated": the state named after it in its clause receives', async () => {
    const d = await extract(
      'Two Jiangdao-class corvettes handed over by China in March were the first warships the Bangladesh Navy had ever commissioned.',
    );
    expect(transfers(d)).toEqual([expect.stringMatching(/^state:CHN > state:BGD: /)]);
  });

  it('does not take a second supplier of a list for the recipient', async () => {
    const d = await extract('The rebels said the junta was flying jets supplied by Russia and China over the hills.');
    expect(transfers(d).filter((t) => / > state:(?:CHN|RUS):/.test(t))).toEqual([]);
  });

  it('reads "it took delivery of ⟨W⟩ from ⟨A⟩" as the sentence\'s subject, or the last one before, receiving', async () => {
    const d = await extract(
      'Two years ago Mauritania had signed a loan with China, and by the end of that year it had received Bayraktar TB2 ' +
        'drones from Türkiye. Senegal went further. It took delivery of six ANKA drones from Türkiye in May 2024.',
    );
    expect(transfers(d)).toEqual(
      expect.arrayContaining([
        'state:TUR > state:MRT: weapon:bayraktar-tb2',
        expect.stringMatching(/^state:TUR > state:SEN: weapon:anka/),
      ]),
    );
    expect(transfers(d).filter((t) => t.includes('> state:CHN'))).toEqual([]);
  });

  it('reads "is due to receive", and "a stock of ⟨W⟩" as a further weapon of the list', async () => {
    const d = await extract(
      'Bolivia is due to receive four K-8 trainer jets from China this year. Belarus has supplied two Mi-24 ' +
        'helicopters and a stock of S-8 rockets to the Zimbabwean air force.',
    );
    expect(transfers(d)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^state:CHN > state:BOL: weapon:k-8/),
        expect.stringMatching(/^state:BLR > state:ZWE: weapon:mi-24/),
        expect.stringMatching(/^state:BLR > state:ZWE: weapon:s-8/),
      ]),
    );
  });
});

describe('weapon systems named by two capitalised words', () => {
  it('reads a name of two capitalised words before the word for the weapon, and the transfer of it', async () => {
    const d = await extract('Latvia received Silver Lance coastal defence missiles from Norway in 2025.');
    expect(weaponKeys(d)).toEqual(['weapon:silver-lance']);
    expect(transfers(d)).toEqual(['state:NOR > state:LVA: weapon:silver-lance']);
  });

  it('leaves out an article, a demonym, a state and a place opening the two words', async () => {
    const article = await extract('The Piranha armoured vehicles were handed over to Moldova by Germany.');
    expect(weaponKeys(article)).toEqual(['weapon:piranha']);
    const demonym = await extract('Kyrgyzstan took delivery of Turkish Aksungur drones last year.');
    expect(weaponKeys(demonym)).toEqual(['weapon:aksungur']);
    const state = await extract('South Sudan drones were seen over the border.');
    expect(weaponKeys(state)).toEqual([]);
  });
});

describe('transfers to a state named by its forces, or by its buying', () => {
  it('reads "⟨B⟩\'s purchase of ⟨W⟩ from ⟨A⟩" as a transfer from A to B', async () => {
    const d = await extract("He said Norway's purchase of K9 howitzers from South Korea threatened no one.");
    expect(transfers(d)).toEqual(['state:KOR > state:NOR: weapon:k9']);
  });

  it('reads the forces a relative clause of receiving hangs on as the recipient, not as the weapon', async () => {
    const d = await extract(
      'Ghana called for more support to the Malian security forces, which had received four patrol boats from Spain in March.',
    );
    expect(transfers(d)).toEqual(['state:ESP > state:MLI: -']);
    const own = await extract("Chad's own army has received Bayraktar TB2 drones from Türkiye since 2023.");
    expect(transfers(own)).toEqual(['state:TUR > state:TCD: weapon:bayraktar-tb2']);
  });
});

describe('a recipient named by a pronoun', () => {
  it('reads "supplied it with ⟨W⟩" and "sold it ⟨W⟩" as going to the actor named nearest before the supplier', async () => {
    const d = await extract(
      'Moldova was short of air defence, officials said, and Romania had supplied it with Hawk missiles in 2024.',
    );
    expect(transfers(d)).toEqual(['state:ROU > state:MDA: weapon:hawk']);
    const sold = await extract(
      'Croatia delivered rifles to the Somali army last year, and Türkiye sold it Bayraktar TB2 drones in 2023.',
    );
    expect(transfers(sold)).toEqual(['state:HRV > state:SOM: -', 'state:TUR > state:SOM: weapon:bayraktar-tb2']);
  });
});

describe('a recipient only the topic of the text gives', () => {
  it('reads a weapon handed over to no one named as going to the state the text is about', async () => {
    const d = await extract(
      'Paraguay has rebuilt its air force in a decade. Paraguay now flies more aircraft than at any time since the 1980s, and Paraguay pays for them with soy revenue. Brazil has supplied Super Tucano aircraft since 2016, and Spain delivered C-295 transport aircraft in 2022.',
    );
    expect(transfers(d)).toEqual(['state:BRA > state:PRY: weapon:super-tucano', 'state:ESP > state:PRY: weapon:c-295']);
  });

  it('guesses no recipient when no state is clearly the topic, when the supplier is the topic, or when the clause names one', async () => {
    const even = await extract(
      'Chile and Peru have both bought arms. Brazil has supplied Super Tucano aircraft since 2016.',
    );
    expect(transfers(even)).toEqual([]);
    const own = await extract(
      'Brazil is expanding its arms industry. Brazil exported more last year. Brazil has supplied Super Tucano aircraft since 2016.',
    );
    expect(transfers(own)).toEqual([]);
    const named = await extract(
      'Paraguay has rebuilt its air force. Paraguay now flies more aircraft. Paraguay pays for them. Brazil delivered Super Tucano aircraft in 2016 to the Bolivian air force.',
    );
    expect(transfers(named)).toEqual(['state:BRA > state:BOL: weapon:super-tucano']);
  });
});

describe('the topic of a datelined story, and a second weapon after "and"', () => {
  it('takes the state of the dateline as the topic when the text names it most, its suppliers often too', async () => {
    const d = await extract(
      'ASUNCIÓN, March 3 - Paraguay has rebuilt its air force with help from Brazil. Brazilian instructors train its pilots, and Paraguay pays for them with soy revenue. Paraguay now flies more aircraft than at any time since the 1980s, and Paraguay plans more. Brazil has supplied Super Tucano aircraft since 2016.',
    );
    expect(transfers(d)).toEqual(['state:BRA > state:PRY: weapon:super-tucano']);
    const undated = await extract(
      'Paraguay has rebuilt its air force with help from Brazil. Brazilian instructors train its pilots, and Paraguay pays for them with soy revenue. Paraguay now flies more aircraft than at any time since the 1980s, and Paraguay plans more. Brazil has supplied Super Tucano aircraft since 2016.',
    );
    expect(transfers(undated)).toEqual([]);
  });

  it('reads a second weapon after "and" as going where the first went, in its own year', async () => {
    const d = await extract(
      'Paraguay has rebuilt its air force in a decade. Paraguay now flies more aircraft than at any time since the 1980s, and Paraguay pays for them with soy revenue. Brazil delivered six Super Tucano aircraft between 2016 and 2018 and C-295 transport aircraft in 2022, and mechanics still service them.',
    );
    expect(transfers(d)).toEqual(['state:BRA > state:PRY: weapon:c-295', 'state:BRA > state:PRY: weapon:super-tucano']);
    const c295 = documentOf(d).entities.find(
      (e) => e.type === 'WeaponsTransfer' && (e.key as string).includes('c-295'),
    );
    expect(c295?.periodStart).toBe('2022');
  });
});

describe("a state named by its rank among another state's suppliers", () => {
  it('reads "⟨A⟩ was ⟨B⟩\'s largest arms supplier" and "⟨A⟩, ⟨B⟩\'s second largest supplier," as a transfer with no weapon', async () => {
    const a = await extract(
      "France was Greece's largest arms supplier between 2019 and 2023, according to the institute.",
    );
    expect(transfers(a)).toEqual(['state:FRA > state:GRC: -']);
    expect(documentOf(a).entities.find((e) => e.type === 'WeaponsTransfer')).toMatchObject({ periodStart: '2019' });
    const b = await extract("Italy, Qatar's second largest supplier, paused new export licences in March.");
    expect(transfers(b)).toEqual(['state:ITA > state:QAT: -']);
    const c = await extract("Russia remains one of India's main suppliers of weapons.");
    expect(transfers(c)).toEqual(['state:RUS > state:IND: -']);
  });

  it('keeps the whole trade apart from a delivery of one weapon, before it or after', async () => {
    const d = await extract(
      "China is now Myanmar's main supplier. Myanmar received six FTC-2000G aircraft from China in 2022.",
    );
    expect(transfers(d)).toEqual(['state:CHN > state:MMR: -', 'state:CHN > state:MMR: weapon:ftc-2000g']);
  });

  it('reads no transfer from suppliers named without a rank or from a supplier named as an object', async () => {
    const a = await extract('Egypt has turned to new suppliers since 2015.');
    expect(transfers(a)).toEqual([]);
    const b = await extract("Buyers turned to Serbia's main supplier for spare parts.");
    expect(transfers(b)).toEqual([]);
    const c = await extract("Analysts said Kazakhstan's suppliers were changing.");
    expect(transfers(c)).toEqual([]);
  });
});

describe('a recipient with words set off after it, and a second verb of receiving', () => {
  it('reads a recipient whose aside holds a number with a thousands comma', async () => {
    const d = await extract(
      "Belize's Defence Force, which has about 1,500 troops, has received two patrol boats from Taiwan, officials said.",
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:TWN > state:BLZ']);
  });

  it('reads "has received ⟨W1⟩ from ⟨A1⟩ and is buying ⟨W2⟩ from ⟨A2⟩" as two transfers to the same recipient', async () => {
    const d = await extract(
      'Suriname has received two Dornier 228 aircraft from India and is buying patrol boats from the Netherlands.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:IND > state:SUR', 'state:NLD > state:SUR']);
  });

  it('reads no second transfer when the second verb is denied', async () => {
    const d = await extract(
      'Suriname has received two Dornier 228 aircraft from India and has not bought patrol boats from the Netherlands.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:IND > state:SUR']);
  });
});
