import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Charges and denials a party makes after a plain verb of saying, with no
 * verb of charging or denying: arms or troops told as moving across from a
 * state (src/extract/claims/crossing.ts, said.json `crossing`); a wrong told
 * in a relative clause with no comma, hung on a craft or a force named by its
 * state's demonym (claims/relatives.ts); a predicate joined by "and had",
 * told of the same subject by the same speaker, a wrong done "from abroad"
 * charging no one named, and every offer of talks refused or a truce ignored
 * as a wrong (said.ts, said.json `fromUnnamed`, `wrongdoing`, verbs.json);
 * monitors or aid kept out (said.json `accessDenied`); a craft said to have
 * kept its distance or its lawful purpose, a denial only after a charge
 * against the speaker's side (positions.json `rebuttal`); and a party said to
 * be to blame (content.json `responsibility`). Each with the sentences the
 * rules must leave alone. Sentences written for these tests.
 */

const meeting = (body: string) =>
  extract(`Security Council Hears Charges and Denials over Border Fighting

The Security Council met this morning to consider the situation.

${body}`);

const wire = (body: string) => extract(body, '2025-05-04', 'Reuters');

const statement = (issuer: string, capital: string, body: string) =>
  extract(`Statement of the Ministry of Foreign Affairs of ${issuer}

${capital}, 3 June 2025

${body}`);

const briefing = (heading: string, answer: string) =>
  extract(`${heading}

Question: What is your response to the latest reports?

Aliyeva: ${answer}`);

/** The lines of a draft's claims of one kind. */
const of = (draft: Awaited<ReturnType<typeof extract>>, kind: string) =>
  lines(draft).filter((l) => l.split(' ')[1] === kind);

describe('arms or troops told as moving across from a state', () => {
  it.each([
    [
      'The representative of Georgia said that armoured columns and Smerch launchers were still crossing into Abkhazia from the Russian Federation.',
      'state:GEO ACCUSE state:RUS',
    ],
    [
      'The representative of Ukraine said Belarusian troops had crossed into the Kyiv region from Belarus in February 2022.',
      'state:UKR ACCUSE state:BLR',
    ],
    [
      'The delegate of Lebanon said his country had observed Syrian tanks and artillery moving across the border near Hermel.',
      'state:LBN ACCUSE state:SYR',
    ],
  ])('reads it in Council coverage: %s', async (sentence, expected) => {
    expect(of(await meeting(sentence), 'ACCUSE')).toContain(expected);
  });

  it('reads it in wire copy, with the witness and a time before the arms', async () => {
    const draft = await wire(
      'TBILISI, May 4 (Reuters) - Georgian officials said that overnight, Russian tanks and howitzers had been moved across the boundary line near Gori.',
    );
    expect(of(draft, 'ACCUSE')).toContain('state:GEO ACCUSE state:RUS');
  });

  it("reads it in a statement's own voice and in an analyst's shorthand", async () => {
    const stated = await statement(
      'Armenia',
      'Yerevan',
      'Over the past week, Azerbaijani troops and heavy artillery have poured across the line of contact into the Syunik region.',
    );
    expect(of(stated, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('state:AZE');
    const analysed = await wire(
      'RIYADH - Saudi officials say Iranian missiles and drone parts keep flowing into Yemen despite the embargo.',
    );
    expect(of(analysed, 'ACCUSE')).toContain('state:SAU ACCUSE state:IRN');
  });

  it("charges no one for the speaker's own troops, refugees, arms sent to a state, or a UN official's account", async () => {
    const own = await meeting(
      'The representative of Kenya said Kenyan troops had crossed into Somalia to pursue the fighters of Al-Shabaab.',
    );
    expect(of(own, 'ACCUSE')).toEqual([]);
    const refugees = await meeting(
      'The representative of Chad said thousands of refugees were still crossing into Chad from the Sudan.',
    );
    expect(of(refugees, 'ACCUSE')).toEqual([]);
    const sent = await meeting('The representative of Poland said German tanks had been sent to Ukraine in January.');
    expect(of(sent, 'ACCUSE')).toEqual([]);
    const envoy = await meeting(
      'The Special Envoy of the Secretary-General for the Great Lakes said Rwandan troops had been seen crossing into North Kivu.',
    );
    expect(of(envoy, 'ACCUSE')).toEqual([]);
  });
});

describe('a wrong told in a clause hung on a state’s craft or force, with no comma', () => {
  it.each([
    [
      'NAIROBI (Reuters) - Kenya said it had shot down a Somali drone that entered its airspace near Mandera.',
      'state:KEN ACCUSE state:SOM',
    ],
    [
      'ATHENS (Reuters) - Greece said its pilots had intercepted two Turkish F-16s that violated Greek airspace over Lesbos.',
      'state:GRC ACCUSE state:TUR',
    ],
    [
      'ISLAMABAD (Reuters) - Pakistan said its air defences had tracked Indian aircraft which violated Pakistani airspace near Sialkot.',
      'state:PAK ACCUSE state:IND',
    ],
  ])('reads it in wire copy: %s', async (sentence, expected) => {
    expect(of(await wire(sentence), 'ACCUSE')).toContain(expected);
  });

  it('reads it in Council coverage, with "who" and a past perfect', async () => {
    const draft = await meeting(
      'The representative of Guyana said that Venezuelan soldiers who had entered its territory were detained near the river.',
    );
    expect(of(draft, 'ACCUSE')).toContain('state:GUY ACCUSE state:VEN');
  });

  it('reads it of a state’s men named as one, and in Council coverage', async () => {
    const draft = await meeting(
      'The representative of Azerbaijan said its air defence units had tracked an Iranian drone that entered its airspace from the south.',
    );
    expect(of(draft, 'ACCUSE')).toContain('state:AZE ACCUSE state:IRN');
  });

  it("charges no one for the speaker's own craft, a craft doing no wrong, or men a wrong was done to", async () => {
    const own = await wire(
      'ANKARA (Reuters) - Turkey said a Turkish drone that entered Syrian airspace had been lost on Tuesday.',
    );
    expect(of(own, 'ACCUSE').filter((l) => l.endsWith('state:TUR'))).toEqual([]);
    const aid = await wire('NAIROBI (Reuters) - Kenya said it had escorted a Somali vessel that carried food aid.');
    expect(of(aid, 'ACCUSE')).toEqual([]);
    const wounded = await wire(
      "N'DJAMENA (Reuters) - Chad said it had treated two Sudanese soldiers who had been wounded in the fighting.",
    );
    expect(of(wounded, 'ACCUSE')).toEqual([]);
  });
});

describe('predicates joined by "and had", a wrong from abroad, talks refused and a truce ignored', () => {
  it('reads two charges in one sentence: the subject’s wrong and one from parties left unnamed', async () => {
    const draft = await meeting(
      'The representative of the Democratic Republic of the Congo said the M23 had rejected every offer of dialogue and had been armed and trained from abroad.',
    );
    expect(of(draft, 'ACCUSE').sort()).toEqual(['state:COD ACCUSE -', 'state:COD ACCUSE org:m23']);
    expect(of(draft, 'DENY')).toEqual([]);
    expect(of(draft, 'DEMAND')).toEqual([]);
  });

  it('carries the subject to the joined predicate', async () => {
    const draft = await meeting(
      'The representative of Ukraine said the Russian Federation had shelled Kharkiv overnight and had then blocked the aid convoys.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:UKR'))).toContain('state:UKR ACCUSE state:RUS');
    expect(lines(draft).filter((l) => l.startsWith('state:UKR') && !l.endsWith('state:RUS'))).toEqual([]);
  });

  it("reads a statement's charge of help by outside powers, and a truce ignored in wire copy", async () => {
    const stated = await statement(
      'Armenia',
      'Yerevan',
      'Azerbaijan has rejected all proposals for talks and has been armed by outside powers.',
    );
    const charges = of(stated, 'ACCUSE').map((l) => l.split(' ')[2]);
    expect(charges).toContain('state:AZE');
    expect(charges).toContain('-');
    const ignored = await wire(
      "KHARTOUM (Reuters) - Sudan's foreign ministry said the Rapid Support Forces had ignored the truce from its first day.",
    );
    expect(of(ignored, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('org:rapid-support-forces');
  });

  it("reads both charges in a briefing's answer", async () => {
    const draft = await briefing(
      'Regular press briefing of the Spokesperson of the Ministry of Foreign Affairs of Azerbaijan, Leyla Aliyeva, Baku, 2 June 2025',
      'Armenia has turned down every invitation to talks and has been armed by foreign sponsors.',
    );
    expect(
      of(draft, 'ACCUSE')
        .map((l) => l.split(' ')[2])
        .sort(),
    ).toEqual(['-', 'state:ARM']);
  });

  it('keeps a denial a denial, and charges no one for help the speaker’s own side received', async () => {
    const denied = await meeting('The representative of Iran said it rejected the claims as baseless.');
    expect(of(denied, 'DENY')).toHaveLength(1);
    const own = await meeting(
      'The representative of Mali said its soldiers had been trained and equipped from abroad for many years.',
    );
    expect(of(own, 'ACCUSE')).toEqual([]);
    const regrouped = await meeting(
      'The representative of Ukraine said its forces had withdrawn from Avdiivka and had regrouped to the west.',
    );
    expect(of(regrouped, 'ACCUSE')).toEqual([]);
  });
});

describe('monitors, inspectors or aid kept out', () => {
  it.each([
    'The representative of Georgia said the EU monitors had again been denied access to the occupied regions.',
    'The representative of Sudan said that aid convoys have been blocked from reaching Al-Fashir for six weeks.',
    'The inspectors had been refused entry to the site, the representative of Ukraine added.',
  ])('reads a charge aimed at no one named: %s', async (sentence) => {
    const draft = await meeting(sentence);
    expect(of(draft, 'ACCUSE').map((l) => l.split(' ')[2])).toEqual(['-']);
  });

  it('charges whoever the words name after "by", in wire copy', async () => {
    const draft = await wire(
      'YEREVAN (Reuters) - Armenian officials said international observers had been refused entry to the corridor by Azerbaijani border guards.',
    );
    expect(of(draft, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('state:AZE');
  });

  it("reads it in a briefing's answer", async () => {
    const draft = await briefing(
      'Regular press briefing of the Spokesperson of the Ministry of Foreign Affairs of Ukraine, Oksana Aliyeva, Kyiv, 9 May 2025',
      'Journalists have been barred from entering the occupied town since March.',
    );
    expect(of(draft, 'ACCUSE')).toHaveLength(1);
  });

  it('charges no one for access granted, visas refused, or what the UN tells of its own teams', async () => {
    const granted = await meeting(
      'The representative of Sudan said aid convoys had been granted access to Al-Fashir last week.',
    );
    expect(of(granted, 'ACCUSE')).toEqual([]);
    const visas = await meeting('The representative of Mali said the experts had been denied visas in March.');
    expect(of(visas, 'ACCUSE')).toEqual([]);
    const un = await meeting(
      'The Under-Secretary-General for Humanitarian Affairs said the United Nations teams had been denied access to the area.',
    );
    expect(of(un, 'ACCUSE')).toEqual([]);
  });
});

describe('a craft said to have kept its distance or its purpose, after a charge', () => {
  it('reads a distance kept as a denial aimed at the accuser, in news analysis', async () => {
    const draft = await wire(
      'Beijing accused the Philippines of sending a patrol plane into its airspace over the Spratly Islands. Manila said the plane had never come closer than 12 nautical miles to the reef.',
    );
    expect(of(draft, 'DENY')).toContain('state:PHL DENY state:CHN');
  });

  it('reads a lawful course and purpose told in the present, in wire copy', async () => {
    const draft = await wire(
      'OSLO (Reuters) - Moscow has accused Norway of spying on its Northern Fleet for NATO. Norwegian officials say the flights remain in international airspace and serve only to monitor naval movements.',
    );
    expect(of(draft, 'DENY')).toContain('state:NOR DENY state:RUS');
  });

  it('reads it in Council coverage and in wire copy, in the past', async () => {
    const met = await meeting(
      'The representative of the Russian Federation accused the United States of sending a drone into the closed zone. The representative of the United States said the drone had stayed in international airspace at all times.',
    );
    expect(of(met, 'DENY')).toContain('state:USA DENY state:RUS');
    const wired = await wire(
      "TOKYO (Reuters) - China's defence ministry accused the Japanese aircraft of provocation. Japan's defence ministry said the aircraft came no closer than 40 nautical miles to the coast.",
    );
    expect(of(wired, 'DENY').map((l) => l.split(' ')[2])).toContain('state:CHN');
  });

  it('reads a course over international waters and a distance in kilometres', async () => {
    const met = await meeting(
      'The representative of the Russian Federation accused Norway of provocation with its patrol flights. The representative of Norway said the aircraft had stayed over international waters throughout.',
    );
    expect(of(met, 'DENY')).toContain('state:NOR DENY state:RUS');
    const wired = await wire(
      'DUBAI (Reuters) - Tehran accused the United States of sending a drone into Iranian airspace. Washington said the drone had flown no closer than 34 kilometres to the coast.',
    );
    expect(of(wired, 'DENY')).toContain('state:USA DENY state:IRN');
  });

  it('reads no denial where no charge was made against the speaker’s side', async () => {
    const alone = await wire(
      'OSLO (Reuters) - Norwegian officials say the flights remain in international airspace and serve only to monitor naval movements.',
    );
    expect(of(alone, 'DENY')).toEqual([]);
    const elsewhere = await wire(
      'OSLO (Reuters) - Russia accused Finland of hosting American bombers. Norwegian officials say the flights remain in international airspace.',
    );
    expect(of(elsewhere, 'DENY')).toEqual([]);
  });
});

describe('a party said to be to blame', () => {
  it.each([
    [
      'The representative of Azerbaijan said Armenia was itself to blame for the collapse of the talks.',
      'state:AZE ACCUSE state:ARM',
    ],
    [
      'The representative of Pakistan said that India alone was to blame for the escalation.',
      'state:PAK ACCUSE state:IND',
    ],
  ])('reads it as an accusation: %s', async (sentence, expected) => {
    expect(of(await meeting(sentence), 'ACCUSE')).toContain(expected);
  });

  it("reads it in a statement's own voice", async () => {
    const draft = await statement('Ukraine', 'Kyiv', 'Russia is to blame for every death in Bucha.');
    expect(of(draft, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('state:RUS');
  });

  it("reads it in wire copy and in a briefing's answer", async () => {
    const wired = await wire(
      'BAKU (Reuters) - Azerbaijani officials said Armenian forces were squarely to blame for the shelling of Tovuz.',
    );
    expect(of(wired, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('state:ARM');
    const answered = await briefing(
      'Regular press briefing of the Spokesperson of the Ministry of Foreign Affairs of Azerbaijan, Leyla Aliyeva, Baku, 2 June 2025',
      'Yerevan alone is to blame for the failure of the talks.',
    );
    expect(of(answered, 'ACCUSE').map((l) => l.split(' ')[2])).toContain('state:ARM');
  });

  it('reads no charge when no party is to blame, or when the words only say someone is trying to blame another', async () => {
    const denied = await meeting('The representative of Azerbaijan said Armenia was not to blame for the flooding.');
    expect(of(denied, 'ACCUSE')).toEqual([]);
    const weather = await meeting('The representative of Chile said the weather was to blame for the delay.');
    expect(of(weather, 'ACCUSE')).toEqual([]);
    const trying = await meeting(
      'The representative of India said Pakistan was trying to blame its neighbours for its own failures.',
    );
    expect(of(trying, 'ACCUSE')).toEqual([]);
  });
});
