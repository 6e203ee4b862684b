import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract } from './drafts.js';

/**
 * Forms in which news names events and resolutions beyond the plain "X
 * vetoed the draft on DATE": an attack whose date and place are in the
 * clause of what it did, clashes, incursions into airspace (a verb with a
 * word before its object), a date opening the sentence, and "the
 * resolution" referring back rather than being described by a weekday.
 * Sentences written for these tests.
 */

const placeOf = (d: Draft, event: string) =>
  documentOf(d).relationships.find((r) => r.from === event && r.type === 'TOOK_PLACE_IN')?.to;

describe('events', () => {
  it('dates and places an attack by the clause of what it did', async () => {
    const d = await extract(
      'The rebels said an army drone strike had killed nine people at a market in Tigray on 3 March 2025.',
    );
    expect(events(d)).toEqual(['STRIKE 2025-03-03']);
    const event = documentOf(d).entities.find((e) => e.type === 'Event')!.key as string;
    expect(placeOf(d, event)).toBe('place:tigray');
  });

  it('reads clashes with their place and date as an attack', async () => {
    const d = await extract('Kyrgyz and Tajik border guards clashed near Osh on 14 September 2022, officials said.');
    expect(events(d)).toEqual(['STRIKE 2022-09-14']);
  });

  it("reads an incursion into a state's airspace, with a word between the verb and its object", async () => {
    const a = await extract('Estonia said two Russian jets violated Estonian airspace on 19 September 2025.');
    expect(events(a)).toEqual(['OTHER 2025-09-19']);
    const b = await extract(
      'On 9 June 2025, for the second time this week, drones launched from Belarus entered Lithuanian airspace over the Vilnius region.',
    );
    expect(events(b)).toEqual(['OTHER 2025-06-09']);
  });
});

describe('resolutions', () => {
  it('reads each number of a list after "resolutions", and "UNSCR" with its number', async () => {
    const d = await extract(
      'Japan said the launch breached resolutions 1874 (2009) and 2094 (2013), and the panel cited UNSCR 2371.',
    );
    const resolutions = documentOf(d)
      .entities.filter((e) => e.type === 'Resolution')
      .map((e) => e.key)
      .sort();
    expect(resolutions).toEqual(['resolution:s-res-1874-2009', 'resolution:s-res-2094-2013', 'resolution:s-res-2371']);
  });

  it('dates a vote on a resolution numbered with its year in that year, not by a later date before it', async () => {
    const d = await extract(
      'Writing in March 2026, the envoy recalled that the Council adopted resolution 2712 (2025) unanimously.',
    );
    expect(events(d)).toEqual(['VOTE 2025']);
  });

  it('reads an event named again at its place without its date as the one named before, not a new one', async () => {
    const d = await extract(
      'Drone strikes on camps near the town of Velmora on 6 June 2026 killed four people. Iraq condemned Iranian strikes near Velmora.',
    );
    expect(events(d)).toEqual(['STRIKE 2026-06-06']);
  });

  it('reads "vetoed the resolution on Friday" as the resolution named before, not one described by a weekday', async () => {
    const d = await extract(
      'The draft was tabled as S/2025/410. Russia vetoed the resolution on Friday, saying it was one-sided.',
      '2025-06-02',
    );
    const resolutions = documentOf(d)
      .entities.filter((e) => e.type === 'Resolution')
      .map((e) => e.key);
    expect(resolutions).toEqual(['resolution:s-2025-410']);
    const veto = documentOf(d).entities.find((e) => e.type === 'Event' && e.category === 'VETO')!;
    expect(documentOf(d).relationships).toContainEqual(
      expect.objectContaining({ from: veto.key, type: 'CONCERNS', to: 'resolution:s-2025-410' }),
    );
  });
});

describe('a meeting named by the body and the time of day it sat', () => {
  it('drafts "told the Security Council this afternoon" as a meeting of the Council on the day, once', async () => {
    const d = await extract(
      'Gangs are better armed than the police, the head of the panel told the Security Council this afternoon. The Security Council today also heard from Haiti.',
      '2026-06-25',
    );
    expect(events(d).filter((e) => e.startsWith('MEETING'))).toEqual(['MEETING 2026-06-25']);
  });

  it('drafts no meeting for a state named with "today"', async () => {
    const d = await extract('France today recalled its ambassador.', '2026-06-25');
    expect(events(d).filter((e) => e.startsWith('MEETING'))).toEqual([]);
  });
});

describe('a signing named by the verb alone', () => {
  it('drafts "signed ... in March 2025" and "the agreement signed with ... in November 2016" as signings, and no signing without a date', async () => {
    const d = await extract(
      'Tajikistan said Kyrgyz troops had broken the border treaty signed by the two presidents in March 2025. The peace agreement signed with the rebels in November 2016 still holds. Colombia signed the letter.',
      '2026-04-14',
    );
    expect(events(d).filter((e) => e.startsWith('SIGNING'))).toEqual(['SIGNING 2016-11', 'SIGNING 2025-03']);
  });

  it('reads a treaty named with the day it was signed as its signing, and one cited by its year alone as no event', async () => {
    const d = await extract(
      'The island lies on the Peruvian side under the Salomón-Lozano Treaty of 24 March 1922 and the agreement of 20 ' +
        'June 2011, as the 1973 Helmand River Water Treaty, the Vienna Convention of 1961 and the 2015 peace ' +
        'agreement do not. The Outer Space Treaty says nothing of it.',
    );
    expect(events(d)).toEqual(['SIGNING 1922-03-24', 'SIGNING 2011-06-20']);
  });

  it("dates a council's meeting by the time of day it heard or met, in coverage of it", async () => {
    const d = await extract(
      'Armed groups have retaken three towns, the Security Council heard this afternoon. The Security Council met ' +
        'this morning to consider the report.',
      '2026-04-22',
    );
    expect(events(d)).toEqual(['MEETING 2026-04-22']);
  });

  it('dates an event to come in the year ahead, not the year before', async () => {
    const d = await extract(
      'The foreign minister will visit Lusaka on March 4, and leaders are due to meet at a summit in Maputo on 20 February.',
      '2026-11-30',
    );
    expect(events(d)).toEqual(['SUMMIT 2027-02-20', 'VISIT 2027-03-04']);
    const past = await extract('The foreign minister visited Lusaka on March 4.', '2026-11-30');
    expect(events(past)).toEqual(['VISIT 2026-03-04']);
  });

  it("dates an attack by the weekday that owns its noun, and gives a headline's attack the body's date", async () => {
    const d = await extract(
      "Strike in Kasese draws protest\n\nUganda protested against Sunday's bombing in Kasese. Officials said a drone " +
        'strike in Kasese on Sunday killed four people.',
      '2026-05-12',
    );
    expect(events(d)).toEqual(['STRIKE 2026-05-10']);
  });

  it('reads ambushes, downings and repeated attacks as strikes, seizures and rulings as events, by their date', async () => {
    const d = await extract(
      'Six soldiers died in an ambush on a convoy on 14 September 2025. The downing of a patrol drone on 2 April 2025 ' +
        'followed grenade attacks on two bus stations on 23 March 2025. The seizure of four fishing boats on 9 May 2025 ' +
        'drew a protest, and both sides cited the ruling of 19 May 2025.',
    );
    expect(events(d)).toEqual([
      'OTHER 2025-05-09',
      'OTHER 2025-05-19',
      'STRIKE 2025-03-23',
      'STRIKE 2025-04-02',
      'STRIKE 2025-09-14',
    ]);
  });

  it('reads attacks told by their verb and a strike whose harm is reported ("that it said killed")', async () => {
    const d = await extract(
      'Gunmen opened fire on a police post in Garissa late on Monday. Kenya protested against a drone strike that it ' +
        'said killed four herders in the Mandera district on 2 June 2024.',
      '2024-07-03',
    );
    expect(events(d)).toEqual(['STRIKE 2024-06-02', 'STRIKE 2024-07-01']);
  });

  it('counts back from the day of publication ("N years after ⟨event⟩", "N years ago today"), the finer date standing', async () => {
    const d = await extract(
      "Four years after Russia's veto, the border is quiet\n\nLIMA, May 6 - Four years ago today, Russia vetoed a " +
        'draft resolution that would have renewed the observer mission.',
      '2026-05-06',
    );
    expect(events(d)).toEqual(['VETO 2022-05-06']);
    const tens = await extract('Twenty-two years after the veto, Ukraine vetoed a draft resolution.', '2026-05-06');
    expect(events(tens).filter((e) => e.startsWith('VETO 2004'))).toEqual(['VETO 2004']);
  });

  it('reads closures, detentions, handovers, capsizings and earthquakes as events by their date, and a span counted back to an event', async () => {
    const d = await extract(
      'The closure of the border on 3 March 2025 hurt traders. The detention of a trawler on 10 May 2025 and the ' +
        'capsizing of a ferry on 9 June 2025 drew protests, as did the handover of the base on 17 July 2025 and the ' +
        'earthquake of December 2024.',
      '2026-05-06',
    );
    expect(events(d)).toEqual([
      'OTHER 2024-12',
      'OTHER 2025-03-03',
      'OTHER 2025-05-10',
      'OTHER 2025-06-09',
      'OTHER 2025-07-17',
    ]);
    const after = await extract(
      'Ten days after the commemoration at Kalongo, the two sides met again in Arusha.',
      '2026-07-14',
    );
    expect(events(after)).toEqual(['MEETING -', 'OTHER 2026-07-04']);
  });
});

describe('events named by more verbs and nouns', () => {
  it('reads seizing, detaining and capsizing by their verbs, with the date opening the sentence', async () => {
    const d = await extract(
      'On 12 March 2026, two fishermen of Benin were seized by soldiers near the village of Kalalé. On 3 May 2026, a ' +
        'boat carrying migrants capsized off the island of Anjouan.',
    );
    expect(events(d)).toEqual(expect.arrayContaining(['OTHER 2026-03-12', 'OTHER 2026-05-03']));
  });

  it('reads killings, a cyberattack, talks and a ceasefire by their nouns, when dated or placed', async () => {
    const d = await extract(
      'The killing of 17 villagers at Rumbek on 4 September 2026 was condemned. The cyberattack on 21 September 2026 ' +
        'shut the tax systems down. Talks in Doha on 8 November 2026 ended without agreement, a year after the ' +
        'ceasefire agreed in November 2025.',
      '2026-11-20',
    );
    expect(events(d)).toEqual(
      expect.arrayContaining(['STRIKE 2026-09-04', 'STRIKE 2026-09-21', 'MEETING 2026-11-08', 'SIGNING 2025-11']),
    );
  });

  it('drafts no event from such a noun with nothing said of where or when', async () => {
    const d = await extract('Officials said talks were possible and that a ceasefire would help.');
    expect(events(d)).toEqual([]);
  });
});

describe('reports', () => {
  it('reads a report with its date as an event, and an abbreviated month as no place', async () => {
    const d = await extract(
      'UN sanctions monitors said in a report published in April that the missile that hit Odesa on Jan. 2 was Iranian.',
      '2026-06-20',
    );
    expect(events(d)).toContain('REPORT 2026-04');
    expect(d.entities.filter((e) => e.type === 'Place').map((e) => e.name)).not.toContain('Jan');
  });

  it('drafts no report from the verb "report" or an undated report', async () => {
    const d = await extract('Libyan newspapers report that a report on the drones is being written.');
    expect(events(d)).toEqual([]);
  });
});

describe('events dated by the sentence rather than their clause', () => {
  it('dates an event by a date right before its noun, only an article between', async () => {
    const d = await extract(
      'The envoy said that on 9 June a strike on a clinic in Barda had killed 14 people.',
      '2026-07-01',
    );
    expect(events(d)).toEqual(['STRIKE 2026-06-09']);
  });

  it('dates an event reported anew by the one date its sentence gives, however far before it', async () => {
    const d = await extract(
      'The gunmen came on Sunday night from the direction of the hills above Kassala, burned tractors near the village of Wad Hilal and drove off cattle.',
      '2026-04-15',
    );
    expect(events(d)).toEqual(['STRIKE 2026-04-12']);
    const talks = await extract(
      'Talks between delegations of Chad and the Sudan resumed in Geneva on Monday.',
      '2026-04-15',
    );
    expect(events(talks)).toEqual(['MEETING 2026-04-13']);
  });

  it('leaves undated an event counted among others', async () => {
    const counted = await extract(
      'Amnesty International said in a report last month that the jets had been used in five strikes on villages in Rakhine.',
      '2026-04-15',
    );
    expect(events(counted).filter((e) => /^STRIKE \d/.test(e))).toEqual([]);
  });
});

describe('elections and referendums', () => {
  it('reads an election, a referendum or a plebiscite with its date as a vote of no resolution', async () => {
    const d = await extract(
      'The president was sworn in after an election in March 2024 that observers called flawed. Voters rejected the new constitution in a referendum in November 2023.',
    );
    expect(events(d)).toEqual(['VOTE 2023-11', 'VOTE 2024-03']);
    expect(documentOf(d).relationships.filter((r) => r.type === 'CONCERNS')).toEqual([]);
  });

  it('drafts no vote from an election to come, one with no date, or one dated only by the meeting that called for it', async () => {
    const d = await extract(
      'The junta must set a date for elections, the envoy told the Security Council this afternoon. Elections are due in March 2027. The opposition boycotted the referendum.',
      '2026-06-24',
    );
    expect(events(d)).not.toContain('VOTE 2026-06-24');
    expect(events(d)).not.toContain('VOTE 2027-03');
    expect(events(d).filter((e) => e.startsWith('VOTE'))).toEqual([]);
  });

  it('keeps a resolution its sentence names out of an election it calls for', async () => {
    const d = await extract(
      'Resolution 2790 (2025), adopted in May 2025, welcomed the elections of December 2024.',
      '2026-01-10',
    );
    const election = documentOf(d).entities.find((e) => e.type === 'Event' && e.date === '2024-12');
    expect(election?.name).toBe('Elections, 2024-12');
    expect(documentOf(d).relationships.filter((r) => r.from === election?.key && r.type === 'CONCERNS')).toEqual([]);
  });
});

describe('dates without their year', () => {
  it('takes the year a paragraph gives with a day, or the sentence gives, for a later date without one', async () => {
    const d = await extract(
      'Marines landed on the island on 12 March 1984, and the Council met the next day. The General Assembly adopted a resolution deploring the landing on 4 April in a vote of 97 to 12.',
      '2026-05-20',
    );
    expect(events(d)).toContain('VOTE 1984-04-04');
    expect(events(d)).not.toContain('VOTE 2026-04-04');
    const s = await extract(
      'In 2019 the navy chose a French design for four frigates and signed the contract in June.',
      '2026-05-20',
    );
    expect(events(s)).toEqual(['SIGNING 2019-06']);
  });

  it('keeps the publication year after a year that only sets the scene or bounds a span', async () => {
    const d = await extract(
      'The country left the organization in November 2023. The commission presented a report on its prisons on 30 April, which the government rejected.',
      '2026-05-20',
    );
    expect(events(d)).toContain('REPORT 2026-04-30');
    const s = await extract(
      'The air force flew fighters bought between 2003 and 2013, and the defence minister met his counterpart in Jakarta in October.',
      '2026-05-20',
    );
    expect(events(s)).toContain('MEETING 2025-10');
  });
});

describe('changes of standing', () => {
  it('reads a switch of recognition, broken relations and the fall of a government with their dates', async () => {
    const d = await extract(
      'The island switched its recognition from Taipei to Beijing in March 2019. A year later it broke off diplomatic relations with its neighbour in April 2020. The fall of the government in August 2021 ended the dispute.',
      '2026-05-20',
    );
    expect(events(d)).toEqual(['OTHER 2019-03', 'OTHER 2020-04', 'OTHER 2021-08']);
  });

  it('reads a dated decision, telephone conversation or damage as an event', async () => {
    const d = await extract(
      "The minister welcomed the Cabinet's decision of 12 March to disarm the militias. The telephone conversation between the two presidents on 28 December eased tensions. The pipeline was damaged in October 2023 by a ship's anchor.",
      '2026-05-20',
    );
    expect(events(d)).toEqual(['OTHER 2023-10', 'OTHER 2025-12-28', 'OTHER 2026-03-12']);
  });

  it('drafts no event from such a word without a date', async () => {
    const d = await extract(
      'The opposition demanded the withdrawal of the troops and the removal of the checkpoints, warned of the fall of the government and said any decision was premature.',
      '2026-05-20',
    );
    expect(events(d)).toEqual([]);
  });
});
