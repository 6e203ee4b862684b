import { describe, expect, it } from 'vitest';
import { documentOf, events, extract } from './drafts.js';

/**
 * Events told with their dates, by the class of sentence that tells them, whatever the actors and the wording: dates
 * counted from the text's own ("in May last year", "last night", "planned for Wednesday", "Sept. 20" in a paragraph
 * after "Sept. 17, 1960", "two months after ..."); votes and vetoes looked back on (a resolution with its year and the
 * month it was adopted, the negative votes of two permanent members); military operations and campaigns; wars waged on
 * a state, undated; acts of states and governments (a secession, an announcement, an envoy recalled, a handover, a
 * parliament's approval, a sale cleared, a conference). With the near misses each must leave alone: a date of another
 * clause, an event prevented or only a phrase ("a press conference", "an act of war"), a verb used as a noun.
 * Sentences written for these tests, in the styles of wire copy, UN meetings coverage, government statements, press
 * briefings and news analysis.
 */

const participants = (draft: Awaited<ReturnType<typeof extract>>, category: string) => {
  const { entities, relationships } = documentOf(draft);
  const keys = entities.filter((e) => e.type === 'Event' && e.category === category).map((e) => e.key as string);
  return relationships
    .filter((r) => r.type === 'PARTICIPATED_IN' && keys.includes(r.to))
    .map((r) => r.from)
    .sort();
};

describe('a month given with a year counted from the text’s', () => {
  it('reads "in May last year", "in March of this year", "last October", "in early June", "at the end of May"', async () => {
    // Briefing, published in August 2024.
    const briefing = await extract(
      'SPOKESPERSON: Our air defence shot down six cruise missiles over Odesa in May last year.',
      '2024-08-05',
    );
    expect(events(briefing)).toEqual(['STRIKE 2023-05']);
    const wire = await extract(
      'Rebels shelled the airport in Goma in March of this year, the army said.',
      '2024-08-05',
    );
    expect(events(wire)).toEqual(['STRIKE 2024-03']);
    const analysis = await extract(
      'The two navies held joint exercises in the Arabian Sea last October, the first since 2019.',
      '2024-08-05',
    );
    expect(events(analysis)).toEqual(['OTHER 2023-10']);
    const statement = await extract(
      'Militants attacked a border post near Tillabéri in early June, killing four soldiers.',
      '2024-08-05',
    );
    expect(events(statement)).toEqual(['STRIKE 2024-06']);
    const un = await extract(
      'He recalled that drones had struck the port of Hodeidah at the end of May.',
      '2024-08-05',
    );
    expect(events(un)).toEqual(['STRIKE 2024-05']);
    const late = await extract(
      'A drone strike hit a fuel depot in Kherson in late July, officials said.',
      '2024-08-05',
    );
    expect(events(late)).toEqual(['STRIKE 2024-07']);
  });

  it('dates "last night" by the day of the briefing or the report', async () => {
    const briefing = await extract(
      'COL. DUDA: Last night Russia launched 40 drones at the Kharkiv region; our forces destroyed 31 of them.',
      '2025-03-12',
    );
    expect(events(briefing)).toEqual(['STRIKE 2025-03-12']);
    const wire = await extract('Drones struck an oil depot in Bryansk last night, the governor said.', '2025-03-12');
    expect(events(wire)).toEqual(['STRIKE 2025-03-12']);
  });

  it('puts a weekday "planned for" or "scheduled for" ahead, not behind', async () => {
    // 2025-06-03 is a Tuesday.
    const wire = await extract(
      'The foreign minister cancelled a visit to Baku planned for Thursday, his office said.',
      '2025-06-03',
    );
    expect(events(wire)).toEqual(['VISIT 2025-06-05']);
    const statement = await extract(
      'The Ministry has postponed the visit to Tbilisi scheduled for Friday.',
      '2025-06-03',
    );
    expect(events(statement)).toEqual(['VISIT 2025-06-06']);
  });

  it('keeps in the past a month in a clause of what was begun, after words of the future', async () => {
    const un = await extract(
      'He said the draft would undermine the search for a settlement begun at the Geneva conference in January.',
      '2014-05-22',
    );
    expect(events(un)).toEqual(['MEETING 2014-01']);
    const planned = await extract('The ministers said they would meet in Geneva in January.', '2014-05-22');
    expect(events(planned)).toEqual(['MEETING 2015-01']);
  });
});

describe('a day without its year, in a narrative of an earlier year', () => {
  it('takes the year a paragraph before gave with a shortened month ("Sept. 17, 1960", "Jan. 5, 1979")', async () => {
    const analysis = await extract(
      'On Sept. 17, 1960, the Soviet Union vetoed the draft.\n\nThe Council then called an emergency session of the Assembly, which on Sept. 20 adopted resolution 1474.',
      '2025-09-17',
    );
    expect(events(analysis)).toContain('VOTE 1960-09-20');
    const wire = await extract(
      'On Jan. 5, 1979, Vietnamese troops crossed into Cambodia.\n\nThe army seized the airport on Jan. 7 and shelled the river port.',
      '2025-01-07',
    );
    expect(events(wire)).toContain('OTHER 1979-01-07');
    const back = await extract(
      'On Oct. 6, 1973, Egyptian forces crossed into Sinai.\n\nThe airlift was the largest of the war.\n\nThe province, which had seceded on Oct. 9, was retaken.',
      '2025-10-06',
    );
    expect(events(back)).toContain('OTHER 1973-10-09');
  });

  it('counts "two months after ..." back from the day its sentence gave, in that day’s year', async () => {
    const analysis = await extract(
      'On July 1, 1960, a Soviet MiG-19 shot down an RB-47 near the Kola Peninsula, two months after a U-2 was brought down near Sverdlovsk.',
      '2025-07-26',
    );
    expect(events(analysis)).toEqual(['STRIKE 1960-05', 'STRIKE 1960-07-01']);
    const wire = await extract(
      'Qatar signed the deal on Thursday, ten days after Saudi Arabia, the United Arab Emirates and Egypt cut ties with Doha.',
      '2017-06-15',
    );
    expect(events(wire)).toContain('OTHER 2017-06-05');
  });
});

describe('a vote looked back on by its resolution', () => {
  it('dates the adoption of a resolution numbered with its year by the month the text gives', async () => {
    const analysis = await extract(
      'The peacekeepers of the operation created by resolution 143 (1960) in July never reached Katanga.',
      '2025-09-17',
    );
    expect(events(analysis)).toEqual(['VOTE 1960-07']);
    const history = await extract(
      'Only in February 1961 did resolution 161 (1961) allow the peacekeepers to use force.',
      '2025-09-17',
    );
    expect(events(history)).toEqual(['VOTE 1961-02']);
    const un = await extract(
      'She recalled that in March 1992 resolution 748 (1992) had imposed an air embargo on Libya.',
      '2026-03-31',
    );
    expect(events(un)).toContain('VOTE 1992-03');
    const statement = await extract(
      'The embargo set by resolution 1970 (2011) on 26 February remains in force.',
      '2026-03-31',
    );
    expect(events(statement)).toEqual(['VOTE 2011-02-26']);
  });

  it('records no vote for a resolution named without a date of its year', async () => {
    const un = await extract(
      'Ukraine said the transfers violated Security Council resolution 2231 (2015).',
      '2022-09-23',
    );
    expect(events(un)).toEqual([]);
    const since = await extract(
      'The force has patrolled the line since resolution 1701 (2006) in 2010 widened its mandate.',
      '2026-03-31',
    );
    expect(events(since)).toEqual([]);
    const other = await extract('The Council renewed resolution 2216 (2015) in February 2026.', '2026-03-31');
    expect(events(other).filter((e) => e.startsWith('VOTE 2015'))).toEqual([]);
  });

  it('does not read the number of a resolution named without its year as a year', async () => {
    const analysis = await extract(
      'On 20 September 1960 the General Assembly adopted resolution 1474 in an emergency session.',
      '2025-09-17',
    );
    expect(events(analysis)).toContain('VOTE 1960-09-20');
    expect(events(analysis).some((e) => e.includes('1474'))).toBe(false);
  });

  it('reads a veto cast by "the negative votes of two permanent members", who are named in the tally', async () => {
    const un = await extract(
      'The Security Council today failed to adopt a draft resolution on Myanmar, owing to the negative votes of two permanent members. The text received 9 votes in favour to 2 against (China, Russian Federation), with 4 abstentions.',
      '2007-01-12',
    );
    expect(events(un)).toContain('VETO 2007-01-12');
    expect(participants(un, 'VETO')).toEqual(['state:CHN', 'state:RUS']);
  });

  it('does not date a veto by a date in another clause of its sentence', async () => {
    const un = await extract(
      'The delegate said those who vetoed the text would have to explain why they protected a government that had bombed its own people in Aleppo in August 2016.',
      '2016-10-08',
    );
    expect(events(un)).not.toContain('VETO 2016-08');
  });
});

describe('a military operation or campaign', () => {
  it('reads air campaigns, military operations and assaults, dated by their launch or their clause', async () => {
    const wire = await extract(
      'Ankara has complained of the strikes since Russia began its air campaign in Syria on Sept. 30.',
      '2015-11-24',
    );
    expect(events(wire)).toContain('STRIKE 2015-09-30');
    const un = await extract(
      'The representative of Qatar said the coalition’s operations, launched on 26 March, would continue.',
      '2015-04-14',
    );
    expect(events(un)).toEqual(['STRIKE 2015-03-26']);
    const analysis = await extract(
      'Azerbaijan’s military operation in Nagorno-Karabakh on 19 September 2023 lasted a day.',
      '2025-09-19',
    );
    expect(events(analysis)).toEqual(['STRIKE 2023-09-19']);
    const statement = await extract(
      'The Ministry condemns the assault on Bakhmut launched on 6 August by the invading forces.',
      '2023-08-08',
    );
    expect(events(statement)).toEqual(['STRIKE 2023-08-06']);
    const briefing = await extract(
      'SPOKESPERSON: The ground offensive that began on 2 October has reached the outskirts of Kidal.',
      '2023-10-20',
    );
    expect(events(briefing)).toEqual(['STRIKE 2023-10-02']);
    const bare = await extract(
      'The Nigerian Army said the operation it launched on 4 May had cleared five camps in the Sambisa forest.',
      '2025-05-20',
    );
    expect(events(bare)).toContain('STRIKE 2025-05-04');
  });

  it('leaves alone operations and campaigns that are standing work, not a strike', async () => {
    const peacekeeping = await extract(
      'Bangladesh has contributed troops to peacekeeping operations since 1988, the minister said on 3 May.',
      '2025-05-05',
    );
    expect(events(peacekeeping)).toEqual([]);
    const embassy = await extract(
      'Iceland decided to suspend the operations of its embassy in Moscow with effect from 1 August.',
      '2023-06-09',
    );
    expect(events(embassy).filter((e) => e.startsWith('STRIKE'))).toEqual([]);
    const propaganda = await extract(
      'The ministry said a propaganda campaign on 12 March had targeted voters in Chisinau.',
      '2025-03-20',
    );
    expect(events(propaganda)).toEqual([]);
  });
});

describe('a war waged on a state', () => {
  it('is an invasion, undated, whoever wages it and however the text names them', async () => {
    const statement = await extract(
      'Supplying weapons to Russia to wage war against Ukraine is an unfriendly act.',
      '2022-09-23',
    );
    expect(events(statement)).toEqual(['INVASION -']);
    expect(participants(statement, 'INVASION')).toEqual(['state:RUS']);
    const un = await extract(
      'The draft would have deplored the Russian Federation’s aggression against Ukraine.',
      '2022-02-25',
    );
    expect(events(un)).toEqual(['INVASION -']);
    const ofAggressor = await extract(
      'It is the war of aggression of the Russian Federation against Ukraine that has brought the grain corridor to an end.',
      '2023-07-07',
    );
    expect(events(ofAggressor)).toEqual(['INVASION -']);
    const pronoun = await extract(
      'Western governments accuse Iran of supplying Russia with drones for its war in Ukraine.',
      '2024-01-13',
    );
    expect(events(pronoun)).toEqual(['INVASION -']);
    expect(participants(pronoun, 'INVASION')).toEqual(['state:RUS']);
    const relative = await extract(
      'Moscow uses the campaign to divert attention from the war it is waging against Ukraine.',
      '2022-06-21',
    );
    expect(events(relative)).toEqual(['INVASION -']);
    const demonym = await extract(
      'The minister recalled the Russian military aggression against Georgia in August 2008.',
      '2025-08-08',
    );
    expect(events(demonym)).toEqual(['INVASION 2008-08']);
    expect(participants(demonym, 'INVASION')).toEqual(['state:RUS']);
    const iraq = await extract('Iraq’s war against Iran drained both economies for eight years.', '2024-01-13');
    expect(events(iraq)).toEqual(['INVASION -']);
  });

  it('leaves alone a war on no state, a war within one, a war no one is said to wage, an act of war and a war prevented', async () => {
    const unowned = await extract('Germany will not become a party to the war against Russia.', '2024-03-04');
    expect(events(unowned)).toEqual([]);
    const terror = await extract('The minister said the war against terrorism would go on.', '2024-01-13');
    expect(events(terror)).toEqual([]);
    const within = await extract('The war in Sudan has displaced millions, the agency said.', '2024-01-13');
    expect(events(within).filter((e) => e.startsWith('INVASION'))).toEqual([]);
    const act = await extract(
      'Kinshasa called the shooting on 24 January an act of war and accused Kigali of backing the rebels.',
      '2023-01-30',
    );
    expect(events(act).filter((e) => e.startsWith('OTHER') || e.startsWith('INVASION'))).toEqual([]);
    const prevented = await extract(
      'Only in February 1961 did the Council allow force to prevent civil war in the Congo.',
      '2025-09-17',
    );
    expect(events(prevented)).toEqual([]);
    const group = await extract('Israel’s war against Hamas entered its second year.', '2024-10-08');
    expect(events(group).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });
});

describe('an act of a state or a government, dated', () => {
  it('reads a secession, an assassination, an announcement and an arrival', async () => {
    const analysis = await extract(
      'Katanga, which had seceded under Moïse Tshombe on 11 July 1960, kept its Belgian officers.',
      '2025-09-17',
    );
    expect(events(analysis)).toEqual(['OTHER 1960-07-11']);
    const wire = await extract('The secession of Biafra on 30 May 1967 led to three years of war.', '2025-05-30');
    expect(events(wire)).toContain('OTHER 1967-05-30');
    const statement = await extract(
      'This decision is justified by the gravity of the announcements made on 15 September by Australia and the United States.',
      '2021-09-17',
    );
    expect(events(statement)).toEqual(['OTHER 2021-09-15']);
    const arrival = await extract(
      'The arrival of the first six F-16s at the Río Cuarto air base in December was marked with a parade.',
      '2026-06-04',
    );
    expect(events(arrival)).toContain('OTHER 2025-12');
    const killed = await extract(
      'The assassination of the prime minister on 14 February 2005 led to the withdrawal of Syrian troops.',
      '2025-02-14',
    );
    expect(events(killed)).toContain('OTHER 2005-02-14');
  });

  it('reads envoys recalled, by a decision told now or a recall dated', async () => {
    const statement = await extract(
      'At the request of the President, the Minister has decided to recall immediately to Paris for consultations our Ambassadors to the United States and to Australia.',
      '2021-09-17',
    );
    expect(events(statement)).toEqual(['OTHER 2021-09-17']);
    const wire = await extract(
      'Khartoum recalled its ambassador from Nairobi on 20 February, the foreign ministry said.',
      '2025-02-24',
    );
    expect(events(wire)).toEqual(['OTHER 2025-02-20']);
    const un = await extract(
      'He recalled that the Council had met on the question many times, and urged restraint.',
      '2025-02-24',
    );
    expect(events(un)).toEqual([]);
  });

  it('reads a legislature’s approval as a vote, a government’s approval or a sale cleared as an event', async () => {
    const wire = await extract(
      'Türkiye’s parliament approved last week the deployment of more troops to its base in Qatar.',
      '2017-06-15',
    );
    expect(events(wire)).toContain('VOTE 2017-06');
    expect(events(wire)).not.toContain('OTHER 2017-06-15');
    const committees = await extract(
      'The ministry said both defence committees of parliament had approved the purchase in October.',
      '2024-11-20',
    );
    expect(events(committees)).toEqual(['VOTE 2024-10']);
    const senate = await extract('The Senate ratified the agreement on 4 March, the government said.', '2025-03-10');
    expect(events(senate)).toContain('VOTE 2025-03-04');
    const government = await extract('The US government approved the sale last month.', '2023-09-28');
    expect(events(government)).toEqual(['OTHER 2023-08']);
    const cleared = await extract(
      'Congress cleared the sale of up to 72 F-15QA aircraft to Qatar in November.',
      '2017-06-15',
    );
    expect(events(cleared)).toEqual(['OTHER 2016-11']);
  });

  it('reads a conference as a meeting, not a press conference', async () => {
    const un = await extract('He said a settlement had been sought at the Geneva conference in January.', '2014-05-22');
    expect(events(un)).toEqual(['MEETING 2014-01']);
    const briefing = await extract(
      'SPOKESPERSON: The international conference on demining opens in Lausanne on 24 March.',
      '2026-03-10',
    );
    expect(events(briefing)).toEqual(['MEETING 2026-03-24']);
    const press = await extract(
      'The minister told a press conference in Ankara on Tuesday that the border would stay closed.',
      '2025-06-03',
    );
    expect(events(press).filter((e) => e.startsWith('MEETING 2025-06-03'))).toEqual([]);
  });

  it('leaves alone an announcement undated, an act refused and a verb used as a noun', async () => {
    const undated = await extract('The announcement surprised allies in Europe.', '2021-09-17');
    expect(events(undated)).toEqual([]);
    const refused = await extract(
      'The government refused to recall its ambassador from Canberra on Friday.',
      '2021-09-17',
    );
    expect(events(refused)).toEqual([]);
    const sign = await extract(
      'France welcomed the adoption on 17 February as a sign of the Council’s unity.',
      '2015-02-17',
    );
    expect(events(sign).filter((e) => e.startsWith('SIGNING'))).toEqual([]);
  });
});
