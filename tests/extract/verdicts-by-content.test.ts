import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Criticism and warnings judged by what is said, not by the verb: after "said" the words may pass a verdict on a
 * party's act (absurd for it to act so, no business doing it, an act that will only prolong a war or buy it nothing,
 * a body's impartiality doubted, a text rejected as politicized) or hold consequences over a party (for relations with
 * it, a measure to last until it yields, a firm message sent to it). The verdict is aimed at the doer of the act
 * judged, never at whom the act is done to, and at no one when none is named; a warning at the party the consequence
 * is held over. Neutral forecasts, praise and a side's own resolve are not verdicts. Sentences written for these tests.
 */

type Expected = [text: string, speaker: string, kind: string, target: string | null];

/** The claim expected is drafted, with that target alone (or none). */
async function expectClaim([text, speaker, kind, target]: Expected) {
  const draft = await extract(text);
  const found = draft.claims.filter((c) => c.speaker === speaker && c.kind === kind);
  expect(
    found.map((c) => c.targets.join(',') || '-'),
    `${text}\n${lines(draft).join('\n')}`,
  ).toContain(target ?? '-');
}

/** No claim of that kind (with that target, when one is given) is drafted. */
async function expectNone(text: string, kind: string, target?: string) {
  const draft = await extract(text);
  const found = draft.claims.filter((c) => c.kind === kind && (target === undefined || c.targets.includes(target)));
  expect(found.length, `${text}\n${lines(draft).join('\n')}`).toBe(0);
}

describe('a verdict on what a party did it for it to do: "it was absurd for ⟨X⟩ to ..."', () => {
  const cases: Expected[] = [
    [
      'The representative of France said it was hypocritical for the Russian Federation to invoke international law while its troops held Ukrainian land.',
      'state:FRA',
      'CRITICIZE',
      'state:RUS',
    ],
    [
      "Armenia's foreign minister said it was unacceptable for Azerbaijan to block the only road into the region.",
      'state:ARM',
      'CRITICIZE',
      'state:AZE',
    ],
    [
      'The Ministry of Foreign Affairs of Ghana said it is regrettable for Togo to close the border without notice.',
      'org:ghana-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:TGO',
    ],
    [
      'The Chinese Foreign Ministry said it was irresponsible of the United States to send cluster munitions to Ukraine.',
      'org:china-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:USA',
    ],
    [
      "Croatia's representative said it was cynical for Serbia to buy drones from China while it sought membership of the European Union.",
      'state:HRV',
      'CRITICIZE',
      'state:SRB',
    ],
    [
      "Kenya's delegate said it had been wrong for the Security Council to wait so long before acting.",
      'state:KEN',
      'CRITICIZE',
      'org:un-security-council',
    ],
    [
      "Poland's representative said it was absurd for Belarus to speak of provocations while it pushed migrants towards the border.",
      'state:POL',
      'CRITICIZE',
      'state:BLR',
    ],
    [
      'The Philippine Department of Foreign Affairs said it is outrageous for China to call the shoal its own.',
      'org:philippines-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:CHN',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('finds no fault where what is said of the party is no verdict', async () => {
    await expectNone("Norway's representative said it was important for Ghana to host the talks.", 'CRITICIZE');
    await expectNone("Ireland's delegate said it was time for the Security Council to act.", 'CRITICIZE');
    await expectNone('The representative of Chile said it was right for Peru to seek a ruling.', 'CRITICIZE');
  });
});

describe('a party told it has no business or no right to do what it does', () => {
  const cases: Expected[] = [
    [
      'The Chinese Foreign Ministry said American warships had no business patrolling the Taiwan Strait.',
      'org:china-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:USA',
    ],
    [
      "Venezuela's representative said Guyana had no right to grant oil licences in waters still in dispute.",
      'state:VEN',
      'CRITICIZE',
      'state:GUY',
    ],
    [
      "Morocco's foreign minister said Algeria had no business interfering in the Western Sahara question.",
      'state:MAR',
      'CRITICIZE',
      'state:DZA',
    ],
    [
      'The Russian Embassy in Oslo said NATO aircraft have no business near Kaliningrad.',
      'org:embassy-of-russia-in-oslo',
      'CRITICIZE',
      'org:nato',
    ],
    [
      "Ethiopia's envoy said Egypt has no right to dictate how the dam is filled.",
      'state:ETH',
      'CRITICIZE',
      'state:EGY',
    ],
    [
      'The South Korean Foreign Ministry said Japanese officials had no business visiting the islets.',
      'org:south-korea-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:JPN',
    ],
    [
      "Pakistan's representative said India had no right to speak for the people of Kashmir.",
      'state:PAK',
      'CRITICIZE',
      'state:IND',
    ],
    [
      "Iran's delegate said the United Kingdom had no right to complain about the seizure of a tanker it had itself detained in Gibraltar.",
      'state:IRN',
      'CRITICIZE',
      'state:GBR',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('reads no verdict on another party in what is no business or no right of anyone named', async () => {
    await expectNone("Poland's defence minister said soldiers have no right to refuse orders.", 'CRITICIZE');
    await expectNone("Lithuania's minister said Lithuania had no intention of closing the border.", 'CRITICIZE');
  });
});

describe('an act judged by what it will do or fail to do', () => {
  const cases: Expected[] = [
    ["China's delegate said the draft would harm trust among Council members.", 'state:CHN', 'CRITICIZE', null],
    [
      "Hungary's foreign minister said European talk of sending troops to Ukraine would only prolong the war.",
      'state:HUN',
      'CRITICIZE',
      null,
    ],
    [
      "Armenia's representative said new weapons would not buy Azerbaijan a lasting peace.",
      'state:ARM',
      'CRITICIZE',
      'state:AZE',
    ],
    [
      'The Saudi minister said missiles would not buy the Houthis a seat at the table.',
      'state:SAU',
      'CRITICIZE',
      'org:houthis',
    ],
    [
      "Switzerland's delegate said the decision would weaken the credibility of the Council.",
      'state:CHE',
      'CRITICIZE',
      null,
    ],
    [
      'The Brazilian Foreign Ministry said the plan to arm the militias would erode confidence among neighbours.',
      'org:brazil-ministry-of-foreign-affairs',
      'CRITICIZE',
      null,
    ],
    [
      "Japan's representative said talk of supplying missiles to North Korea would only deepen the crisis.",
      'state:JPN',
      'CRITICIZE',
      null,
    ],
    [
      "Mali's delegate said the sanctions on Niger would not bring the region any closer to peace.",
      'state:MLI',
      'CRITICIZE',
      null,
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('aims no verdict at the party an act is done to', async () => {
    await expectNone(
      "Hungary's foreign minister said European talk of sending troops to Ukraine would only prolong the war.",
      'CRITICIZE',
      'state:UKR',
    );
    await expectNone(
      "Japan's representative said talk of supplying missiles to North Korea would only deepen the crisis.",
      'CRITICIZE',
      'state:PRK',
    );
  });

  it('reads no verdict in a neutral forecast', async () => {
    await expectNone("Qatar's foreign ministry said the talks would resume next week.", 'CRITICIZE');
    await expectNone("Ghana's defence minister said Ghana would not buy more patrol boats this year.", 'CRITICIZE');
    await expectNone("Norway's delegate said the new radars would help Ghana watch its coast.", 'CRITICIZE');
  });
});

describe("a body's impartiality or a party's good faith doubted", () => {
  const cases: Expected[] = [
    ["Iran's envoy questioned the IAEA's independence.", 'state:IRN', 'CRITICIZE', 'org:iaea'],
    ["Russia's delegate questioned the objectivity of the OSCE.", 'state:RUS', 'CRITICIZE', 'org:osce'],
    [
      'The Sudanese Foreign Ministry cast doubt on the neutrality of the African Union.',
      'org:sudan-ministry-of-foreign-affairs',
      'CRITICIZE',
      'org:african-union',
    ],
    [
      "Speaking for Venezuela, Samuel Moncada doubted the International Criminal Court's impartiality.",
      'person:samuel-moncada',
      'CRITICIZE',
      'org:icc',
    ],
    [
      "Rwanda's representative doubted the good faith of the Democratic Republic of the Congo.",
      'state:RWA',
      'CRITICIZE',
      'state:COD',
    ],
    [
      'The Chinese Foreign Ministry questioned the sincerity of the United States.',
      'org:china-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:USA',
    ],
    [
      "Belarus's delegate questioned the legitimacy of the European Union's sanctions.",
      'state:BLR',
      'CRITICIZE',
      'org:european-union',
    ],
    ["The Serbian representative doubted NATO's impartiality in Kosovo.", 'state:SRB', 'CRITICIZE', 'org:nato'],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('reads no verdict in a question put or a doubt about what will happen', async () => {
    await expectNone("Iran's envoy doubted that the talks with the IAEA would resume soon.", 'CRITICIZE', 'org:iaea');
    await expectNone('Police questioned the crew of the Panamanian tanker.', 'CRITICIZE');
  });
});

describe('a text, a plan or a decision rejected as wrong', () => {
  const cases: Expected[] = [
    ["Belarus's representative rejected the draft as politicized.", 'state:BLR', 'CRITICIZE', null],
    ["Ethiopia's representative rejected Egypt's proposal as one-sided.", 'state:ETH', 'CRITICIZE', 'state:EGY'],
    ["Pakistan's delegate rejected the Indian plan as unacceptable.", 'state:PAK', 'CRITICIZE', 'state:IND'],
    [
      'The Russian Foreign Ministry rejected the decision of the European Union as discriminatory.',
      'org:russia-ministry-of-foreign-affairs',
      'CRITICIZE',
      'org:european-union',
    ],
    ["Nicaragua's representative rejected the text as biased and unbalanced.", 'state:NIC', 'CRITICIZE', null],
    [
      "Myanmar's envoy rejected the resolution as interference in its internal affairs.",
      'state:MMR',
      'CRITICIZE',
      null,
    ],
    ["Eritrea's delegate rejected the sanctions as unjust.", 'state:ERI', 'CRITICIZE', null],
    ["Cuba's representative rejected the American embargo as illegal.", 'state:CUB', 'CRITICIZE', 'state:USA'],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('keeps a charge rejected as untrue a denial', async () => {
    await expectClaim(["Serbia's representative rejected the accusations as baseless.", 'state:SRB', 'DENY', null]);
    await expectNone("Serbia's representative rejected the accusations as baseless.", 'CRITICIZE');
  });
});

describe('consequences held over a party without a verb of warning', () => {
  const cases: Expected[] = [
    [
      'President Vladimir Putin of Russia said the downing would have serious consequences for relations with Türkiye.',
      'person:vladimir-putin',
      'WARN',
      'state:TUR',
    ],
    [
      "Greece's foreign minister said the survey would have consequences for relations with Türkiye.",
      'state:GRC',
      'WARN',
      'state:TUR',
    ],
    [
      'The Emirati Foreign Ministry said the boycott could last years unless Qatar changed course.',
      'org:united-arab-emirates-ministry-of-foreign-affairs',
      'WARN',
      'state:QAT',
    ],
    [
      "Egypt's foreign ministry said the embargo would continue until Tripoli and Benghazi agreed on a budget.",
      'org:egypt-ministry-of-foreign-affairs',
      'WARN',
      'state:LBY',
    ],
    [
      "China's Ministry of Commerce said the sanctions would remain in place as long as Lithuania hosted the office.",
      'org:china-ministry-of-trade',
      'WARN',
      'state:LTU',
    ],
    [
      "Jordan's representative said the resolution sent a firm message to the Houthis that they could not seize power by force.",
      'state:JOR',
      'WARN',
      'org:houthis',
    ],
    [
      'The representative of the United Kingdom said the vote sent a clear message to the Taliban that the world was watching.',
      'state:GBR',
      'WARN',
      'org:taliban',
    ],
    [
      "Japan's Ministry of Foreign Affairs said the sanctions sent a strong signal to North Korea that its launches would carry a cost.",
      'org:japan-ministry-of-foreign-affairs',
      'WARN',
      'state:PRK',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('reads no warning in a plain forecast or a message of friendship', async () => {
    await expectNone("Qatar's foreign ministry said the summit would continue until Friday.", 'WARN');
    await expectNone("Kenya's president said the visit sent a message of friendship to Uganda.", 'WARN');
    await expectNone("Morocco's representative said the talks would continue until the parties agreed.", 'WARN');
  });
});

describe('responsibility for the consequences laid on a party: a warning, not blame', () => {
  const cases: Expected[] = [
    [
      'The Ministry of Foreign Affairs of Ghana said Togo will bear full responsibility for the consequences of this decision.',
      'org:ghana-ministry-of-foreign-affairs',
      'WARN',
      'state:TGO',
    ],
    [
      "Armenia's representative said Azerbaijan bears full responsibility for the consequences of its choice.",
      'state:ARM',
      'WARN',
      'state:AZE',
    ],
    [
      'The Chinese Foreign Ministry said the Philippines would bear all responsibility for the consequences.',
      'org:china-ministry-of-foreign-affairs',
      'WARN',
      'state:PHL',
    ],
    [
      "Serbia's representative said Pristina bore sole responsibility for the repercussions of the raid.",
      'state:SRB',
      'WARN',
      'state:XKX',
    ],
    [
      "Egypt's foreign ministry said Ethiopia bears the responsibility for any consequences of the third filling.",
      'org:egypt-ministry-of-foreign-affairs',
      'WARN',
      'state:ETH',
    ],
    [
      'The Venezuelan Foreign Ministry said Guyana will carry full responsibility for the consequences of its provocations.',
      'org:venezuela-ministry-of-foreign-affairs',
      'WARN',
      'state:GUY',
    ],
    [
      "Pakistan's delegate said India would bear full responsibility for the consequences of any adventure.",
      'state:PAK',
      'WARN',
      'state:IND',
    ],
    [
      'The Iranian Foreign Ministry said the United States bears full responsibility for the consequences of the seizure.',
      'org:iran-ministry-of-foreign-affairs',
      'WARN',
      'state:USA',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('keeps responsibility for a wrong done an accusation', async () => {
    await expectClaim([
      'The Lithuanian foreign ministry said Belarus bears full responsibility for the balloons that closed the airport.',
      'org:lithuania-ministry-of-foreign-affairs',
      'ACCUSE',
      'state:BLR',
    ]);
    await expectNone(
      'The Lithuanian foreign ministry said Belarus bears full responsibility for the balloons that closed the airport.',
      'WARN',
    );
  });
});

describe("an act judged by the doer's name before it: 'the delays in ⟨Russian⟩ deliveries'", () => {
  const cases: Expected[] = [
    [
      'A retired Indian air marshal, Vikram Rao, criticized the delays in Russian deliveries.',
      'person:vikram-rao',
      'CRITICIZE',
      'state:RUS',
    ],
    [
      'The Kenyan defence minister criticized the delays in Chinese deliveries of patrol boats.',
      'state:KEN',
      'CRITICIZE',
      'state:CHN',
    ],
    [
      "Poland's foreign minister condemned the slow pace of American deliveries.",
      'state:POL',
      'CRITICIZE',
      'state:USA',
    ],
    [
      "Ukraine's representative deplored the gaps in German air defence deliveries.",
      'state:UKR',
      'CRITICIZE',
      'state:DEU',
    ],
    [
      "Armenia's foreign ministry criticized the failures in Russian peacekeeping.",
      'org:armenia-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:RUS',
    ],
    [
      'The Philippine Coast Guard condemned the rise in Chinese incursions near the shoal.',
      'org:philippines-coast-guard',
      'CRITICIZE',
      'state:CHN',
    ],
    ["Lithuania's delegate deplored the surge in Belarusian balloon launches.", 'state:LTU', 'CRITICIZE', 'state:BLR'],
    [
      "Japan's Ministry of Defense criticized the increase in Russian patrols off Hokkaido.",
      'org:japan-ministry-of-defence',
      'CRITICIZE',
      'state:RUS',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('aims no criticism at a place named after "in"', async () => {
    await expectNone('The representative of Ireland condemned the attack in Mali.', 'CRITICIZE', 'state:MLI');
  });
});

describe('an act called an act of war: a criticism of its doer', () => {
  const cases: Expected[] = [
    [
      'Chad said Sudanese troops had shelled a border post near Adre. The Chadian Foreign Ministry called the shelling an act of war.',
      'org:chad-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:SDN',
    ],
    [
      'Rwandan soldiers fired on a Congolese patrol near Gisenyi. Kinshasa called the shooting an act of war.',
      'state:COD',
      'CRITICIZE',
      'state:RWA',
    ],
    [
      "Azerbaijani artillery struck Jermuk overnight. Armenia's representative described the strike as an act of war.",
      'state:ARM',
      'CRITICIZE',
      'state:AZE',
    ],
    [
      "Israeli aircraft struck the Iranian consulate in Damascus. Iran's envoy said the strike was an act of war.",
      'state:IRN',
      'CRITICIZE',
      'state:ISR',
    ],
    [
      'Venezuela said the seizure of its tanker by the United States was an act of war.',
      'state:VEN',
      'CRITICIZE',
      'state:USA',
    ],
    [
      "Ethiopia's representative said any Egyptian strike on the dam would be an act of war.",
      'state:ETH',
      'WARN',
      'state:EGY',
    ],
    [
      'The Greek Foreign Ministry said the Turkish landing on Imia would amount to an act of war.',
      'org:greece-ministry-of-foreign-affairs',
      'CRITICIZE',
      'state:TUR',
    ],
    [
      "Guyana's foreign minister called the annexation of the Essequibo by Venezuela an act of war.",
      'state:GUY',
      'CRITICIZE',
      'state:VEN',
    ],
  ];
  for (const c of cases) it(c[0].slice(0, 70), () => expectClaim(c));

  it('reads no criticism in a war told as history', async () => {
    await expectNone('The museum in Baku tells the history of the war of 1992.', 'CRITICIZE');
  });
});
