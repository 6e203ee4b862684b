import { describe, expect, it } from 'vitest';
import { claim, documentOf, extract, organizationNamed as named, partOf } from './drafts.js';

/**
 * A state's organs whose state is told by a word that is not its demonym: a name of the state written as one ("the
 * Thai foreign ministry", "U.S. prosecutors"), a capital the sentence opens on ("In Islamabad, Foreign Office
 * spokeswoman ..."), the state a wire story is about or datelined in. Sentences written for these tests, in wire,
 * UN meetings and statement styles.
 */

describe('a name of a state written as its demonym, before an organ', () => {
  it('reads "the Saudi foreign ministry", "a Thai defence ministry spokeswoman" and "the UK foreign office" as the state\'s ministries', async () => {
    const saudi = await extract(
      'RIYADH, March 3 (Reuters) - The Saudi foreign ministry said on Sunday that Houthi drones had struck a pumping station near Yanbu.',
    );
    expect(partOf(saudi, named(saudi, 'Saudi foreign ministry')?.key)).toEqual(['state:SAU']);
    expect(claim(saudi, 'org:saudi-arabia-ministry-of-foreign-affairs', 'ACCUSE').onBehalfOf).toBe('state:SAU');
    const thai = await extract(
      'BANGKOK, Aug 26 - A Thai defence ministry spokeswoman rejected the charge, saying the shelling had hit only military positions.',
    );
    expect(partOf(thai, named(thai, 'Thai defence ministry')?.key)).toEqual(['state:THA']);
    expect(claim(thai, 'org:thailand-ministry-of-defence', 'DENY').onBehalfOf).toBe('state:THA');
    const uk = await extract(
      'The UK foreign office said on Friday that Iranian boats had harassed a tanker in the Gulf.',
    );
    expect(partOf(uk, named(uk, 'UK foreign office')?.key)).toEqual(['state:GBR']);
  });

  it('reads "U.S. federal prosecutors" and "UK prosecutors" as bodies of the state', async () => {
    const us = await extract('U.S. federal prosecutors charged two men on Monday with smuggling drone parts to Iran.');
    expect(partOf(us, named(us, 'U.S. federal prosecutors')?.key)).toEqual(['state:USA']);
    const uk = await extract('UK prosecutors said the company had shipped controlled parts to Russia through Armenia.');
    expect(partOf(uk, named(uk, 'UK prosecutors')?.key)).toEqual(['state:GBR']);
  });
});

describe('a ministry named without its state', () => {
  it('reads a ministry in a sentence opening on a capital as that capital\'s state\'s ("In Beijing, Foreign Ministry spokesman ...")', async () => {
    const beijing = await extract(
      'In Beijing, Foreign Ministry spokesman Lin Jian said the Philippine vessel had rammed a Chinese ship deliberately.',
    );
    expect(partOf(beijing, named(beijing, 'Foreign Ministry')?.key)).toEqual(['state:CHN']);
    expect(claim(beijing, 'person:lin-jian', 'ACCUSE', 'state:PHL').onBehalfOf).toBe('state:CHN');
    const islamabad = await extract(
      'In Islamabad, Foreign Office spokeswoman Amna Baig said India had violated the ceasefire along the Line of Control.',
    );
    expect(partOf(islamabad, named(islamabad, 'Foreign Office')?.key)).toEqual(['state:PAK']);
    expect(claim(islamabad, 'person:amna-baig', 'ACCUSE', 'state:IND').onBehalfOf).toBe('state:PAK');
  });

  it('reads a bare "the Ministry of Defence" in a story datelined in a capital as that state\'s, and not aimed at it', async () => {
    const tokyo = await extract(
      'TOKYO, Jan 5 - A drone had flown between Okinawa and Miyako island on Sunday, the Ministry of Defence said.',
    );
    expect(partOf(tokyo, named(tokyo, 'Ministry of Defence')?.key)).toEqual(['state:JPN']);
    const warsaw = await extract(
      'WARSAW, May 14 - Poland will buy 96 Apache helicopters, the Defence Ministry said on Tuesday. The helicopters will be based in eastern Poland, the ministry said.',
    );
    const ministry = named(warsaw, 'Defence Ministry')?.key;
    expect(partOf(warsaw, ministry)).toEqual(['state:POL']);
    expect(warsaw.claims.filter((c) => c.speaker === ministry && c.targets.includes('state:POL'))).toEqual([]);
  });

  it("does not give a bare ministry the dateline's state when its sentence names another state", async () => {
    const tokyo = await extract(
      "TOKYO, May 3 - Foreign ministry spokesman Guo Ming said the islands were China's inherent territory and urged Japan to stop provocations.",
    );
    expect(partOf(tokyo, named(tokyo, 'Foreign ministry')?.key)).not.toEqual(['state:JPN']);
    claim(tokyo, 'person:guo-ming', 'DEMAND', 'state:JPN');
  });
});

describe("a state's organs named by a common noun of another kind", () => {
  it('reads "the armed forces of ⟨State⟩" as its armed forces, a charge of what they did still aimed at the state', async () => {
    const baku = await extract(
      "BAKU, Sept 19 - Azerbaijan's Ministry of Defence said that the armed forces of Armenia had shelled its positions near Lachin.",
    );
    expect(partOf(baku, named(baku, 'Armed Forces of Armenia')?.key)).toEqual(['state:ARM']);
    claim(baku, 'org:azerbaijan-ministry-of-defence', 'ACCUSE', 'state:ARM');
    const council = await extract(
      'The representative of Ecuador said the armed forces of Colombia had entered its territory without permission.',
    );
    expect(partOf(council, named(council, 'Armed Forces of Colombia')?.key)).toEqual(['state:COL']);
    claim(council, 'state:ECU', 'ACCUSE', 'state:COL');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Ukraine\n\nThe armed forces of the Russian Federation struck the city of Odesa overnight.',
    );
    expect(partOf(statement, named(statement, 'armed forces of the Russian Federation')?.key)).toEqual(['state:RUS']);
  });

  it('reads "the American administration", "the United States administration" and "the legislature" as the state\'s organs', async () => {
    const thanks = await extract(
      'ATHENS, June 4 - "I would like to thank the American administration for its support," the spokeswoman said.',
    );
    expect(partOf(thanks, named(thanks, 'American administration')?.key)).toEqual(['state:USA']);
    const call = await extract(
      'HAVANA, May 2 - The foreign ministry called on the United States administration to stop spreading misinformation.',
    );
    expect(partOf(call, named(call, 'United States administration')?.key)).toEqual(['state:USA']);
    const legislature = await extract(
      'TAIPEI, Jan 5 - We respect the legislature, and the minister will answer its questions next week, the ministry said.',
    );
    expect(partOf(legislature, named(legislature, 'legislature')?.key)).toEqual(['state:TWN']);
  });

  it('reads a second service joined to one its state\'s word qualifies ("Chinese navy and coast guard ships") as that state\'s', async () => {
    for (const [text, state] of [
      [
        'Last week more than 60 Chinese navy and coast guard ships sailed around the island, the ministry said.',
        'state:CHN',
      ],
      [
        'MANILA, March 4 - The Philippine navy and coast guard will escort the supply boats, officials said.',
        'state:PHL',
      ],
      ["Vietnam's navy and coast guard have shadowed the survey ship since Monday, the ministry said.", 'state:VNM'],
    ] as const) {
      const draft = await extract(text);
      expect(partOf(draft, named(draft, 'coast guard')?.key), text).toEqual([state]);
    }
  });

  it('reads a bare "Parliament" in a story datelined in a capital as that state\'s, and a state\'s own name of its ministry as a name of it', async () => {
    const delhi = await extract(
      'NEW DELHI, Oct 15 - The opposition demanded that the contract be placed before Parliament before any payment.',
    );
    expect(partOf(delhi, named(delhi, 'Parliament')?.key)).toEqual(['state:IND']);
    const seoul = await extract(
      "SEOUL, Dec 21 - South Korea's Ministry of National Defense denied that the destroyer had tracked the aircraft.",
    );
    expect(partOf(seoul, named(seoul, 'Ministry of National Defense')?.key)).toEqual(['state:KOR']);
  });
});

describe("parties named by a word of a body's kind, or by a name of their own", () => {
  it('reads "the opposition Congress party", "the opposition National party" and "the ruling Movement party" as parties that speak', async () => {
    const delhi = await extract(
      'NEW DELHI, Jan 5 - The opposition Congress party accused the government of hiding the price of the deal.',
    );
    expect(named(delhi, 'Congress party')).toBeDefined();
    expect(delhi.claims.some((c) => c.speaker === named(delhi, 'Congress party')?.key && c.kind === 'ACCUSE')).toBe(
      true,
    );
    const wellington = await extract(
      'WELLINGTON, May 2 - The opposition National party accused the government of hiding the cost of the frigate upgrade.',
    );
    expect(named(wellington, 'National party')).toBeDefined();
    const juba = await extract(
      'JUBA, May 2 - The ruling Movement party said the elections would go ahead in December.',
    );
    expect(juba.claims.some((c) => c.speaker === named(juba, 'Movement party')?.key)).toBe(true);
  });

  it('reads "the Kuomintang" and "the KMT" as a party, not a state\'s organ', async () => {
    const briefing = await extract(
      'Q: Legislators of the Kuomintang say the tanks are too heavy for the bridges. How do you respond?',
    );
    expect(named(briefing, 'Kuomintang')).toBeDefined();
    const wire = await extract(
      'TAIPEI, Jan 5 - The KMT accused the government of buying weapons it could not maintain.',
    );
    const kmt = named(wire, 'KMT')?.key;
    expect(partOf(wire, kmt)).toEqual([]);
    expect(wire.claims.some((c) => c.speaker === kmt && c.kind === 'ACCUSE')).toBe(true);
  });
});

describe('regional bodies named without a word for a body', () => {
  it('reads "the G5 Sahel", "Warsaw Pact armies" and "the Pacific Islands Forum" as bodies of states, not a capital', async () => {
    for (const [text, key] of [
      [
        'In December 2023 Mauritania and Chad announced the dissolution of the G5 Sahel, after Mali left it.',
        'org:g5-sahel',
      ],
      [
        'PRAGUE, Aug 21 - The day after Warsaw Pact armies crossed into Czechoslovakia, the Security Council met.',
        'org:warsaw-pact',
      ],
      [
        'Fiji will raise the incident at the Pacific Islands Forum in Honiara next month, the minister said.',
        'org:pacific-islands-forum',
      ],
    ] as const) {
      const draft = await extract(text);
      expect(
        documentOf(draft)
          .entities.filter((e) => e.type === 'Organization')
          .map((e) => e.key),
        text,
      ).toContain(key);
    }
    const prague = await extract(
      'PRAGUE, Aug 21 - The day after Warsaw Pact armies crossed into Czechoslovakia, the Security Council met.',
    );
    expect(documentOf(prague).entities.map((e) => e.key)).not.toContain('state:POL');
  });
});
