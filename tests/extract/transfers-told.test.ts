import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Transfers told in forms the earlier patterns missed: a purchase a government authorizes one of its organs to make
 * ("the cabinet authorized the Ministry of Defence to buy ⟨W⟩ from ⟨A⟩"); a list of purchases whose later items leave
 * the verb out ("⟨W1⟩s bought from ⟨A1⟩ and ⟨W2⟩s from ⟨A2⟩", "and later three more from ⟨A2⟩"); a subject set off
 * from its verb by a relative clause naming other states, or a buyer named by its service in one ("⟨B⟩, whose navy
 * received ..."); which of a buyer's deliveries ("its first ⟨W⟩s"); a sale approved, gone ahead with or cleared for
 * the state a story is about; an order at stake with a maker named by what it is; a state ranked among another's
 * suppliers with others; and systems named each with its supplier after a general delivery ("such as ⟨W1⟩ from ⟨A1⟩
 * and ⟨W2⟩ from ⟨A2⟩"). Sentences written for these tests.
 */
describe('transfers told by a decision, a list, an approval, an order at stake and a rank', () => {
  it('reads a purchase a government authorizes one of its organs to make as the state’s', async () => {
    const cases: [string, string[]][] = [
      [
        'Switzerland’s government on Friday authorized the Federal Office for Defence Procurement to buy 36 F-35A fighters from the United States.',
        ['state:USA > state:CHE: weapon:f-35a'],
      ],
      [
        'Norway’s government yesterday authorized the Ministry of Defence to purchase four P-8A aircraft from the United States.',
        ['state:USA > state:NOR: weapon:p-8a'],
      ],
      [
        'The Greek government today authorized the Ministry of National Defence to acquire 20 F-35 fighters from the United States.',
        ['state:USA > state:GRC: weapon:f-35'],
      ],
      [
        'Romania’s government has authorized the Defence Ministry to buy 54 K9 howitzers from South Korea, officials said.',
        ['state:KOR > state:ROU: weapon:k9'],
      ],
      [
        'The Dutch government on Tuesday authorized the Defence Materiel Organisation to buy six more F-35A fighters from the United States.',
        ['state:USA > state:NLD: weapon:f-35a'],
      ],
      [
        'The Czech government authorized the Ministry of Defence to buy 24 F-35 fighters from the United States in September.',
        ['state:USA > state:CZE: weapon:f-35'],
      ],
    ];
    for (const [text, expected] of cases) expect(transfers(await extract(text)), text).toEqual(expected);
    // Authorized to talk, not to buy: no transfer.
    const near = await extract(
      'The Danish government authorized the Ministry of Defence to open talks with the United States on F-35 support.',
    );
    expect(transfers(near)).toEqual([]);
  });

  it('gives each item of a list of purchases its own seller when the later items leave the verb out', async () => {
    const cases: [string, string[]][] = [
      [
        'Observers say the Myanmar military strikes villages with Mi-35 helicopters bought from Russia and K-8 jets from China.',
        ['state:CHN > state:MMR: weapon:k-8', 'state:RUS > state:MMR: weapon:mi-35'],
      ],
      [
        'In 2009 Venezuela bought 92 T-72 tanks from Russia, and later six more Su-30s from Belarus.',
        ['state:BLR > state:VEN: weapon:su-30', 'state:RUS > state:VEN: weapon:t-72'],
      ],
      [
        'The Egyptian air force patrols the Sinai with Rafale jets bought from France and Ka-52 helicopters from Russia.',
        ['state:FRA > state:EGY: weapon:rafale', 'state:RUS > state:EGY: weapon:ka-52'],
      ],
      [
        'Algeria ordered 14 Su-57 fighters from Russia in 2019, and then four more Mi-28 helicopters from Belarus.',
        ['state:BLR > state:DZA: weapon:mi-28', 'state:RUS > state:DZA: weapon:su-57'],
      ],
      [
        'Kazakhstan received Su-30SM fighters from Russia in 2015, and also A400M aircraft from Spain.',
        ['state:ESP > state:KAZ: weapon:a400m', 'state:RUS > state:KAZ: weapon:su-30sm'],
      ],
      [
        'Uganda patrols the lake with patrol boats bought from China and Mi-17 helicopters from Russia, the report said.',
        ['state:CHN > state:UGA: -', 'state:RUS > state:UGA: weapon:mi-17'],
      ],
      [
        'In 2018 Bangladesh bought 16 Yak-130 jets from Russia, and subsequently two frigates from China.',
        ['state:CHN > state:BGD: -', 'state:RUS > state:BGD: weapon:yak-130'],
      ],
    ];
    for (const [text, expected] of cases) expect(transfers(await extract(text)).sort(), text).toEqual(expected);
    // Two sellers named together before the buyer's clause goes on: one list of parties, one seller each.
    const list = await extract('Serbia bought Pantsir systems from Russia and China in 2020.');
    expect(transfers(list, { weapon: false }).sort()).toEqual(['state:CHN > state:SRB', 'state:RUS > state:SRB']);
  });

  it('reads the subject of a verb of moving weapons past a relative clause that names other states', async () => {
    const cases: [string, string[]][] = [
      [
        'Bulgaria, which with Romania and Greece had promised to stay out of the dispute, had shipped mortars and shells to Armenia in 2021.',
        ['state:BGR > state:ARM'],
      ],
      [
        'Belarus, which like Kazakhstan and Armenia belongs to the alliance, sent rockets to Russia last spring.',
        ['state:BLR > state:RUS'],
      ],
      [
        'Fiji, whose small navy received two Guardian-class patrol boats from Australia in 2019, hosted the exercise.',
        ['state:AUS > state:FJI'],
      ],
      [
        'Namibia, whose air force bought twelve K-8 jets from China in 2006, grounded them last year.',
        ['state:CHN > state:NAM'],
      ],
      [
        'Croatia, which like Slovenia and Austria had stayed neutral, had sold 30 tanks to Ukraine by June.',
        ['state:HRV > state:UKR'],
      ],
      [
        'Ghana, whose navy received four Snake-class patrol boats from China in 2010, patrols the gulf.',
        ['state:CHN > state:GHA'],
      ],
      [
        'Senegal, whose army bought twelve Bastion armoured vehicles from France, sent troops to Gambia.',
        ['state:FRA > state:SEN'],
      ],
    ];
    for (const [text, expected] of cases)
      expect(transfers(await extract(text), { weapon: false }), text).toEqual(expected);
    // A relative clause that is the subject's own, with no verb of moving weapons after it: no transfer.
    const near = await extract('Bulgaria, which with Romania and Greece borders the Black Sea, protested to Turkey.');
    expect(transfers(near)).toEqual([]);
  });

  it('reads which of a buyer’s deliveries a sentence counts before the system', async () => {
    const a = await extract('Jordan bought its first F-16s from the United States in the 1990s.');
    expect(transfers(a)).toEqual(['state:USA > state:JOR: weapon:f-16']);
    const b = await extract('Chile received the last two Type 23 frigates from the United Kingdom in 2008.');
    expect(transfers(b, { weapon: false })).toEqual(['state:GBR > state:CHL']);
    const c = await extract('Argentina took delivery of its initial FA-50 jets from South Korea this year.');
    expect(transfers(c)).toEqual(['state:KOR > state:ARG: weapon:fa-50']);
    const d = await extract('Peru received the remaining KT-1 trainers from South Korea in 2014.');
    expect(transfers(d)).toEqual(['state:KOR > state:PER: weapon:kt-1']);
    const e = await extract('Colombia received its final Kfir jets from Israel in 2014.');
    expect(transfers(e)).toEqual(['state:ISR > state:COL: weapon:kfir']);
    const f = await extract('Nigeria received the first A-29 Super Tucano aircraft from the United States in 2021.');
    expect(transfers(f)).toEqual(['state:USA > state:NGA: weapon:a-29-super-tucano']);
    const g = await extract(
      'The Philippines, whose air force took delivery of its first FA-50 jets from South Korea in 2015, patrols the sea.',
    );
    expect(transfers(g)).toEqual(['state:KOR > state:PHL: weapon:fa-50']);
    // "first" is no count of weapons: a first visit moves none.
    const h = await extract('Chile received its first visit from the United States navy chief in 2008.');
    expect(transfers(h)).toEqual([]);
  });

  it('reads a sale approved, cleared or gone ahead with, the buyer the state the story is about when none is named', async () => {
    const story =
      'TAIPEI, May 3 - Taiwan has waited years for new arms. Taiwan says the waiting is over, and Taiwan is glad. ' +
      'Washington approved the sale of 40 M109A7 howitzers in August 2021, and has since cleared Stinger missiles and Javelin missiles.';
    expect(transfers(await extract(story)).sort()).toEqual([
      'state:USA > state:TWN: weapon:javelin',
      'state:USA > state:TWN: weapon:m109a7',
      'state:USA > state:TWN: weapon:stinger',
    ]);
    const island = await extract(
      'Cyprus has looked for air defence for decades. In 1997 Russia approved the sale of S-300 systems to the island.',
    );
    expect(transfers(island)).toEqual(['state:RUS > state:CYP: weapon:s-300']);
    const ahead = await extract(
      'Italy will go ahead with the delivery of 200 guided bombs to Qatar, the defence ministry said on Monday.',
    );
    expect(transfers(ahead, { weapon: false })).toEqual(['state:ITA > state:QAT']);
    const resumed = await extract('Germany resumed the export of Eurofighter jets to Saudi Arabia in January.');
    expect(transfers(resumed, { weapon: false })).toEqual(['state:DEU > state:SAU']);
    const proceed = await extract(
      'Spain will proceed with the sale of 200 guided bombs to Saudi Arabia, the government said on Monday.',
    );
    expect(transfers(proceed, { weapon: false })).toEqual(['state:ESP > state:SAU']);
    const serbia = await extract(
      'Serbia has wanted fighters for years. Serbia looked in the East. Serbia looked in the West. France approved the export of 12 Rafale jets in 2024.',
    );
    expect(transfers(serbia)).toEqual(['state:FRA > state:SRB: weapon:rafale']);
    // "the kingdom" with no state it could stand for: no buyer, no transfer.
    const kingdom = await extract('In 1994 the United States cleared the sale of Patriot batteries to the kingdom.');
    expect(transfers(kingdom)).toEqual([]);
    // A purchase approved is the buyer's, not a sale to whomever the story is about.
    const bought = await extract(
      'Greece has bought arms for years. Greece says it needs more. Greece wants them soon. Poland approved the purchase of 32 F-35 fighters in 2020.',
    );
    expect(transfers(bought)).toEqual([]);
    // Criticising a sale approves none.
    const critic = await extract('China condemned the sale of F-16V fighters to Taiwan on Tuesday.');
    expect(transfers(critic)).toEqual([]);
  });

  it('reads an order a buyer would cancel, from a maker named by what it is, as agreed', async () => {
    const a = await extract(
      'Saudi Arabia had threatened to cancel a 2 billion euro order for four frigates from the state shipbuilder Navantia.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:ESP > state:SAU']);
    const b = await extract('Australia cancelled its contract for twelve submarines with France in 2021.');
    expect(transfers(b, { weapon: false })).toEqual(['state:FRA > state:AUS']);
    const c = await extract('Poland signed a contract for 250 Abrams tanks from the United States in April.');
    expect(transfers(c)).toEqual(['state:USA > state:POL: weapon:abrams']);
    const e = await extract('Qatar decided to cancel its order for 24 Typhoon jets from the United Kingdom last year.');
    expect(transfers(e)).toEqual(['state:GBR > state:QAT: weapon:typhoon']);
    const f = await extract(
      'Malaysia suspended a contract for six frigates with the French shipbuilder Naval Group in 2019.',
    );
    expect(transfers(f, { weapon: false })).toEqual(['state:FRA > state:MYS']);
    const g = await extract('Greece threatened to scrap an order for four FDI frigates from France.');
    expect(transfers(g)).toEqual(['state:FRA > state:GRC: weapon:fdi']);
    // A contract cancelled for a service, no weapon: no transfer.
    const d = await extract('Egypt cancelled its contract for port services with Italy in 2022.');
    expect(transfers(d)).toEqual([]);
  });

  it('reads a state ranked among another’s suppliers, and those named with it, as its suppliers', async () => {
    const a = await extract(
      'Italy ranks among Qatar’s largest European arms suppliers, along with Germany and France, researchers say.',
    );
    expect(transfers(a, { weapon: false }).sort()).toEqual([
      'state:DEU > state:QAT',
      'state:FRA > state:QAT',
      'state:ITA > state:QAT',
    ]);
    const b = await extract('China is among Pakistan’s main foreign suppliers.');
    expect(transfers(b, { weapon: false })).toEqual(['state:CHN > state:PAK']);
    const c = await extract('Russia remains India’s largest arms supplier, together with France.');
    expect(transfers(c, { weapon: false }).sort()).toEqual(['state:FRA > state:IND', 'state:RUS > state:IND']);
    const e = await extract('Britain ranked among Kuwait’s main arms suppliers, along with the United States.');
    expect(transfers(e, { weapon: false }).sort()).toEqual(['state:GBR > state:KWT', 'state:USA > state:KWT']);
    const f = await extract('Israel is among Azerbaijan’s largest foreign suppliers, alongside Türkiye and Russia.');
    expect(transfers(f, { weapon: false }).sort()).toEqual([
      'state:ISR > state:AZE',
      'state:RUS > state:AZE',
      'state:TUR > state:AZE',
    ]);
    const g = await extract('Norway was one of Lithuania’s principal arms suppliers in 2023.');
    expect(transfers(g, { weapon: false })).toEqual(['state:NOR > state:LTU']);
    // A supplier a buyer turns to is no supplier yet.
    const d = await extract('Kenya turned to Turkey’s main arms suppliers for advice.');
    expect(transfers(d)).toEqual([]);
  });

  it('gives each system named after a general delivery its own supplier', async () => {
    const a = await extract(
      'Partners have delivered tanks to Ukraine this year, including Leopard 2 tanks from Germany and Challenger 2 tanks from Britain.',
    );
    expect(transfers(a).sort()).toEqual([
      'state:DEU > state:UKR: weapon:leopard-2',
      'state:GBR > state:UKR: weapon:challenger-2',
    ]);
    const b = await extract(
      'Donors have sent air defence systems to Ukraine, such as Patriot batteries from the United States and Crotale systems from France.',
    );
    expect(transfers(b).sort()).toEqual([
      'state:FRA > state:UKR: weapon:crotale',
      'state:USA > state:UKR: weapon:patriot',
    ]);
    const e = await extract(
      'Allies have delivered artillery to Ukraine, including M777 howitzers from the United States and Caesar howitzers from France.',
    );
    expect(transfers(e).sort()).toEqual(['state:FRA > state:UKR: weapon:caesar', 'state:USA > state:UKR: weapon:m777']);
    const f = await extract(
      'Partners have supplied drones to Taiwan, such as MQ-9B drones from the United States and Hermes drones from Israel.',
    );
    expect(transfers(f).sort()).toEqual([
      'state:ISR > state:TWN: weapon:hermes',
      'state:USA > state:TWN: weapon:mq-9b',
    ]);
    const g = await extract(
      'Neighbours have shipped helicopters to Kenya, including Mi-17 helicopters from Russia and AW139 helicopters from Italy.',
    );
    expect(transfers(g).sort()).toEqual(['state:ITA > state:KEN: weapon:aw139', 'state:RUS > state:KEN: weapon:mi-17']);
    // "from its own stocks" names no supplier: only the first clause's.
    const c = await extract('Germany has delivered tanks to Ukraine, including Leopard 2 tanks from its own stocks.');
    expect(transfers(c, { weapon: false })).toEqual(['state:DEU > state:UKR']);
    // A delivery denied is no transfer, however its systems are listed.
    const d = await extract(
      'Officials denied that partners had delivered jets to Ukraine, such as Mirage jets from France and F-16 jets from Norway.',
    );
    expect(transfers(d)).toEqual([]);
  });
});
