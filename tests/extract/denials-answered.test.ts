import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Whom a denial is aimed at: the one who made the charge, the finding or the claim it answers, as the text told it,
 * never the party the charge is about. A denial in apposition answers the clause it follows ("..., and ⟨C⟩ charged
 * that ..., which ⟨B⟩ denied"), also when that clause is a participle hung on an act ("⟨A⟩ suspended ⟨B⟩, accusing it
 * of ..., a charge ⟨B⟩ rejected"); a denial of "the panel's findings" answers the body the text called so; and a side
 * saying its own craft did not cross a line denies the charge that they did. Sentences written for these tests.
 */

const denials = (draft: Awaited<ReturnType<typeof extract>>) => lines(draft).filter((l) => / DENY /.test(l));

describe('a denial in apposition answers the clause it follows', () => {
  it.each([
    // Wire copy: two charges in one sentence, the relative clause answers the second.
    [
      'Turkey accused Greece of arming the islands, and Bulgaria charged that Greek crews were flying Cypriot jets, which Athens denied.',
      ['state:GRC DENY state:BGR'],
    ],
    [
      'Kenya accused Somalia of harbouring smugglers, and Ethiopia charged that Somali officers had sold rifles to the militia, which Mogadishu denied.',
      ['state:SOM DENY state:ETH'],
    ],
    // Analysis: "charged that" alone is an accusation the denial answers.
    [
      'In 1998 Peru charged that Ecuadorian patrols were laying mines, a charge Quito rejected.',
      ['state:ECU DENY state:PER'],
    ],
    [
      'Armenia charged that Azerbaijani drones had struck a school near Goris, which Baku denied.',
      ['state:AZE DENY state:ARM'],
    ],
    // UN coverage: the charge made by several states together is answered for each.
    [
      'Estonia, Latvia and Lithuania said Belarus had sent balloons into their airspace, a charge Minsk denied.',
      ['state:BLR DENY state:EST', 'state:BLR DENY state:LVA', 'state:BLR DENY state:LTU'],
    ],
    // The act's participle: the participle's words are the charge the apposition answers.
    [
      'Chad closed its border with Sudan on Monday, accusing Khartoum of sheltering rebels, which Sudan denied.',
      ['state:SDN DENY state:TCD'],
    ],
    [
      'In 2012 the African Union suspended Mali, accusing its army of arming militias, a charge Bamako rejected.',
      ['state:MLI DENY org:african-union'],
    ],
    [
      'Rwanda recalled its ambassador from Kinshasa, accusing Congo of backing the rebels, a charge Kinshasa has always denied.',
      ['state:COD DENY state:RWA'],
    ],
  ])('%s', async (text, expected) => {
    expect(denials(await extract(text)).sort()).toEqual([...expected].sort());
  });

  it('"charged" with no that-clause is no accusation: a charge at the lines, a charge brought in court', async () => {
    for (const text of [
      'The cavalry charged the Austrian lines at dawn.',
      'Prosecutors in Lima charged two officers with selling rifles.',
    ])
      expect(lines(await extract(text)).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });
});

describe("a denial of a body's findings answers the body", () => {
  it.each([
    // Analysis: the body named once in full, then called back by a common noun.
    [
      "A United Nations panel of experts reported in 2001 that Liberia had sent weapons to the rebels. Liberia and Guinea rejected the panel's findings.",
      ['state:LBR DENY org:united-nations-panel-of-experts', 'state:GIN DENY org:united-nations-panel-of-experts'],
    ],
    [
      "The Commission for Truth found in May that Yugoslavia had supplied arms to the guerrillas. Belgrade rejected the commission's findings as one-sided.",
      ['state:YUG DENY org:commission-for-truth'],
    ],
    [
      "A commission of inquiry established in 2019 that Myanmar's army had burned villages. Naypyidaw rejected the commission's findings.",
      ['state:MMR DENY org:commission-of-inquiry'],
    ],
    // Briefing and UN coverage: the finding body called back by its kind, its report or its findings named.
    [
      "The International Atomic Energy Agency concluded in June that Iran had enriched uranium to 60 percent. Tehran rejected the agency's report as politically motivated.",
      ['state:IRN DENY org:iaea'],
    ],
    [
      "The Group of Experts found in its final report that Rwanda had backed the M23. Kigali rejected the group's findings.",
      ['state:RWA DENY org:group-of-experts'],
    ],
    [
      'Human Rights Watch reported last year that Ethiopian troops had killed civilians in Tigray. Addis Ababa dismissed the findings as biased.',
      ['state:ETH DENY org:human-rights-watch'],
    ],
  ])('%s', async (text, expected) => {
    expect(denials(await extract(text)).sort()).toEqual([...expected].sort());
  });

  it('finds whoever the text said reported or found them, when it was done between', async () => {
    const draft = await extract(
      'Amnesty International reported in March that Syrian forces had used barrel bombs. Damascus rejected the findings as fabricated.',
    );
    expect(denials(draft)).toEqual(['state:SYR DENY org:amnesty-international']);
  });

  it.each([
    // Near misses: findings welcomed, a report spoken of without rejecting it.
    "The Commission for Truth found in May that Yugoslavia had supplied arms to the guerrillas. Albania welcomed the commission's findings.",
    'Amnesty International published a report on the prisons in April. Cairo said the report contained valuable recommendations.',
  ])('is no denial when the findings are not rejected: %s', async (text) => {
    expect(denials(await extract(text))).toEqual([]);
  });
});

describe("a side's craft said not to have crossed a line", () => {
  it.each([
    // Government statement answering a charge the text told before.
    [
      'The Ministry of Defence of the Russian Federation has claimed that the aircraft flew over neutral waters and did not violate the borders of any State.',
      ['org:russia-ministry-of-defence DENY -'],
    ],
    // Wire copy: the denial answers the accuser.
    [
      'Greece accused Turkish jets of violating its airspace. Ankara said its jets had not entered Greek airspace and had flown over international waters.',
      ['state:TUR DENY state:GRC'],
    ],
    [
      'Greece accused Turkey of violating its airspace. The Turkish General Staff said the jets never entered Greek airspace.',
      ['org:turkish-general-staff DENY state:GRC'],
    ],
    [
      'Ukraine said Hungarian drones had crossed into its airspace. Hungary said Hungarian drones have not entered Ukrainian airspace.',
      ['state:HUN DENY state:UKR'],
    ],
    // Briefing: a spokesman of the accused side.
    [
      'Papua New Guinea said Indonesian soldiers had entered Sandaun province. Colonel Agus Widodo, an Indonesian military spokesman, said its troops had followed the fighters to the border line but had not crossed it.',
      ['person:agus-widodo DENY state:PNG'],
    ],
  ])('%s', async (text, expected) => {
    expect(denials(await extract(text))).toEqual(expected);
  });

  it.each([
    // Near misses: another side's craft said to have stayed out, or the speaker's own line kept.
    "Canada's defence minister said the Russian aircraft did not enter Canadian sovereign airspace.",
    'Poland said the Belarusian helicopters did not cross the border, according to its radar data.',
    'Finland said the Russian helicopter did not violate Finnish airspace.',
  ])("is no denial when the craft are another side's or the line is the speaker's own: %s", async (text) => {
    expect(denials(await extract(text))).toEqual([]);
  });
});
