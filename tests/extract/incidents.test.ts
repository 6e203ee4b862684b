import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract, transfers } from './drafts.js';

/**
 * Entities told in forms the rules first missed on articles they had not
 * seen: incidents of no category of their own (a boat boarded or
 * overturned, waters entered, a government taking office), several such
 * incidents on one day, a decision to buy
 * dated between its verb and what was bought, and ships named by their
 * class. Sentences written for these tests.
 */

describe('incidents told by their verb', () => {
  it('reads a vessel boarded and a government taking office as dated events', async () => {
    const boarded = await extract(
      'The trawler was boarded on 2 June 2024 about a mile off the cape, the ministry said.',
    );
    expect(events(boarded)).toEqual(['OTHER 2024-06-02']);
    const office = await extract('The new Government of Latvia took office in January 2024, the president said.');
    expect(events(office)).toEqual(['OTHER 2024-01']);
  });

  it('reads a boat overturned and vessels entering waters by their date', async () => {
    const d = await extract(
      'A migrant boat overturned on 4 June 2024 off the coast of Lampedusa, the coast guard said. On 6 June 2024, four patrol vessels entered Greek waters near Kos.',
      '2024-06-08',
    );
    expect(events(d)).toEqual(['OTHER 2024-06-04', 'OTHER 2024-06-06']);
  });

  it('keeps two incidents of one day apart when different words tell them, and one when the same word does', async () => {
    const two = await extract(
      'A Russian helicopter flew into Estonian airspace near Vaindloo on 5 June 2024. Two Russian patrol boats entered Estonian waters on the Narva river on 5 June 2024.',
      '2024-06-07',
    );
    expect(events(two)).toEqual(['OTHER 2024-06-05', 'OTHER 2024-06-05']);
    const one = await extract(
      'Guinea seized two trawlers on 5 June 2024. The seizure on 5 June 2024 was the third this year, the ministry said.',
      '2024-06-07',
    );
    expect(events(one)).toEqual(['OTHER 2024-06-05']);
  });

  it('reads no event from an envoy summoned, troops deployed or a handover, which analysts seldom record', async () => {
    const d = await extract(
      'Lithuania summoned the Belarusian chargé d’affaires on 12 May 2024. Chad deployed its troops to the border in March 2024. Spain handed over two patrol boats to Senegal on 2 April 2024.',
      '2024-05-14',
    );
    expect(events(d)).toEqual([]);
  });

  it('does not read a government to take office as an event that took place', async () => {
    const d = await extract('The new cabinet will take office in September 2024, the president said.');
    expect(events(d)).toEqual([]);
  });
});

describe('dates counted from the narrative', () => {
  it('counts "eleven days later" and "the day before" from the date told before them, not from publication', async () => {
    const d = await extract(
      'On 5 December 1971 the Soviet Union vetoed the draft. Eleven days later the garrison in Dhaka surrendered. The day before, India had taken control of Jessore.',
      '2026-03-10',
    );
    expect(events(d)).toEqual(['OTHER 1971-12-15', 'OTHER 1971-12-16', 'VETO 1971-12-05']);
  });

  it('counts "nine years later" at the precision of a year, and "earlier in the day" as the day told', async () => {
    const years = await extract(
      'Estonia and Russia first agreed a border treaty in May 2005. Nine years later, the two foreign ministers signed it again in Moscow.',
      '2026-03-10',
    );
    expect(events(years)).toEqual(['SIGNING 2014']);
    const day = await extract(
      'On 9 May 2024 a drone struck the port of Izmail. Earlier in the day, a fishing boat had been boarded off the port.',
      '2026-03-10',
    );
    expect(events(day)).toEqual(['OTHER 2024-05-09', 'STRIKE 2024-05-09']);
  });

  it('drafts no date from "two days later" when the narrative has told none', async () => {
    const d = await extract('Two days later, armed men crossed into Niger from Mali, the army said.', '2026-03-10');
    expect(events(d)).toEqual([]);
  });
});

describe('transfers told by a dated decision or by a ship class', () => {
  it('reads "agreed in ⟨year⟩ to buy ⟨W⟩ from ⟨A⟩" and "decided last month to buy"', async () => {
    const a = await extract('Romania agreed in 2023 to buy 32 F-35 fighters from the United States.');
    expect(transfers(a)).toEqual(['state:USA > state:ROU: weapon:f-35']);
    const b = await extract('Peru decided last month to buy six Black Hawk helicopters from the United States.');
    expect(transfers(b)).toEqual(['state:USA > state:PER: weapon:black-hawk']);
  });

  it('names a cutter, a gunboat or a minesweeper of a class as the weapon a transfer moves', async () => {
    const d = await extract(
      'Sri Lanka has received two Reliance-class cutters from the United States since 2004. Ghana took delivery of four Snake-class gunboats from China in 2011.',
    );
    expect(transfers(d)).toEqual([
      'state:CHN > state:GHA: weapon:snake-class-gunboat',
      'state:USA > state:LKA: weapon:reliance-class-cutter',
    ]);
  });
});

describe('bodies named by what they are', () => {
  const organizations = (d: Draft) =>
    documentOf(d)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name as string)
      .sort();

  it('reads a research institute whose field is joined by "and", and leaves the city-state it sits in out of its name', async () => {
    const d = await extract(
      '"The deal will be tested at sea," said Anwar Hossain, a fellow at the Pakistan Institute of Peace and Conflict Studies. "Both navies know it," said Mei Lin, a researcher at the Lee Kuan Yew Centre in Singapore.',
    );
    expect(organizations(d)).toEqual(['Lee Kuan Yew Centre', 'Pakistan Institute of Peace and Conflict Studies']);
  });

  it("reads a state's military district, its chiefs of staff and a numbered unit as bodies, not places", async () => {
    const d = await extract(
      "Russia's Southern Military District said 40 aircraft took part. The launcher came from the 17th Air Defence Brigade, the General Staff said.",
    );
    expect(organizations(d)).toEqual(['17th Air Defence Brigade', 'General Staff', 'Southern Military District']);
    expect(documentOf(d).entities.filter((e) => e.type === 'Place')).toEqual([]);
  });

  it("names a state's ministry by the field of security, by the capital it sits in, and by the name the state gives it", async () => {
    const d = await extract(
      "Chile's security ministry said the patrol had been attacked. The defence ministry in Ulaanbaatar confirmed the order. The foreign ministry in New Delhi summoned the envoy.",
    );
    expect(organizations(d)).toEqual([
      'Ministry of Defence of Mongolia',
      'Ministry of External Affairs of India',
      'Ministry of Security of Chile',
    ]);
  });
});
