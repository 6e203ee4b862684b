import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract } from './drafts.js';

/**
 * Events by the class of sentence that tells them, whatever the actors and the wording: days of one month given as a
 * range, a weekday of what is to come, an incident with its date, a court's judgment and a case brought before one,
 * a revolution and a declaration of independence, a treaty's signing dated by the year it is named with, a war told
 * by the state that wages it in a relative clause, an act decided now that takes effect on a day it names, and a
 * meeting named by a proper name. Sentences written for these tests, in the styles of wire copy, UN meetings
 * coverage and government statements.
 */

const named = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name as string);

describe('days of one month given as a range', () => {
  it('dates the event by its first day', async () => {
    const wire = await extract(
      'Leaders of the alliance met at a summit in Vilnius on 11 and 12 July 2023, diplomats said.',
      '2023-07-20',
    );
    expect(events(wire)).toEqual(['SUMMIT 2023-07-11']);
    const un = await extract(
      'She told the Council that clashes near Kadugli between 3 and 5 March 2024 had killed 40 civilians.',
      '2024-03-20',
    );
    expect(events(un)).toEqual(['STRIKE 2024-03-03']);
    const statement = await extract(
      'The Ministry recalls that a meeting of the foreign ministers was held in Cairo from 8 to 10 June 2025.',
      '2025-06-20',
    );
    expect(events(statement)).toEqual(['MEETING 2025-06-08']);
  });
});

describe('a weekday of what is to come', () => {
  it('is the next such day, not the last', async () => {
    // 2025-03-05 is a Wednesday.
    const wire = await extract(
      'The two foreign ministers will meet in Geneva on Friday, a spokesman said.',
      '2025-03-05',
    );
    expect(events(wire)).toEqual(['MEETING 2025-03-07']);
    const statement = await extract('The President is due to visit Hanoi on Monday for talks on trade.', '2025-03-05');
    expect(events(statement)).toContain('VISIT 2025-03-10');
    const past = await extract('The two foreign ministers met in Geneva on Friday, a spokesman said.', '2025-03-05');
    expect(events(past)).toEqual(['MEETING 2025-02-28']);
  });
});

describe('an incident told with its date', () => {
  it('reads "an incident took place in ...", "the incident on ...", "a similar incident occurred ..."', async () => {
    const statement = await extract(
      'A similar incident took place in March 2024, when a patrol boat cut across the bow of a research vessel.',
      '2024-09-01',
    );
    expect(events(statement)).toEqual(['OTHER 2024-03']);
    const wire = await extract(
      'The incident occurred on Saturday night about two miles off the cape, the coast guard said.',
      '2024-09-03',
    );
    expect(events(wire)).toEqual(['OTHER 2024-08-31']);
    const un = await extract(
      'He said the incident of 12 May 2024 at the crossing had been reported to the Secretary-General.',
      '2024-06-01',
    );
    expect(events(un)).toEqual(['OTHER 2024-05-12']);
  });

  it('reads no event in an incident with no date, nor in incidents counted', async () => {
    const d = await extract(
      'The incident was regrettable, and several incidents in 2023 went unreported.',
      '2024-06-01',
    );
    expect(events(d)).toEqual([]);
  });
});

describe("a court's judgment and a case brought before a court", () => {
  it('reads a judgment delivered or handed down, and a ruling issued, by its date', async () => {
    const wire = await extract(
      'On Friday the International Court of Justice delivered its judgment in the boundary case between the two states.',
      '2024-06-03',
    );
    expect(events(wire)).toEqual(['OTHER 2024-05-31']);
    const statement = await extract(
      'The Ministry notes that the arbitral tribunal handed down its ruling on 12 July 2016 and that it is binding.',
      '2024-07-12',
    );
    expect(events(statement)).toEqual(['OTHER 2016-07-12']);
    const un = await extract(
      'The representative of Guyana said the Court had issued a ruling in December 2023 ordering both parties to refrain from any action.',
      '2024-04-09',
    );
    expect(events(un)).toEqual(['OTHER 2023-12']);
  });

  it('reads an application filed or proceedings instituted by their date', async () => {
    const wire = await extract(
      'Ukraine filed an application against Russia with the International Court of Justice on 26 February 2022.',
      '2022-03-01',
    );
    expect(events(wire)).toEqual(['OTHER 2022-02-26']);
    const statement = await extract(
      'Yesterday the Government instituted proceedings against its neighbour before the International Tribunal for the Law of the Sea.',
      '2025-02-12',
    );
    expect(events(statement)).toEqual(['OTHER 2025-02-11']);
  });
});

describe('a revolution and a declaration of independence', () => {
  it('reads each with its date, however it is told', async () => {
    const analysis = await extract('After the 1979 revolution the navy turned away from its American suppliers.');
    expect(events(analysis)).toEqual(['OTHER 1979']);
    const wire = await extract(
      'The province declared independence on 17 February 2008, a step Belgrade still rejects.',
    );
    expect(events(wire)).toEqual(['OTHER 2008-02-17']);
    const un = await extract(
      'He recalled that the revolution of February 1917 had ended the monarchy that his delegation had served.',
    );
    expect(events(un)).toEqual(['OTHER 1917-02']);
  });

  it('reads no event in a revolution with no date', async () => {
    const d = await extract('The minister said a digital revolution was changing the armed forces.');
    expect(events(d)).toEqual([]);
  });
});

describe("a treaty's signing dated by the year the treaty is named with", () => {
  it('dates "the 2006 ⟨Agreement⟩, signed in ..." and "the treaty of 1994, which was signed ..." by their year', async () => {
    const wire = await extract(
      'Under the 2018 Prespa Agreement, signed on the shores of the lake, the country took a new name, officials recalled in March 2020.',
      '2024-05-02',
    );
    expect(events(wire)).toEqual(['SIGNING 2018']);
    const statement = await extract(
      'The border follows the treaty of 1994, which was signed in Amman by both heads of state.',
      '2024-05-02',
    );
    expect(events(statement)).toEqual(['SIGNING 1994']);
    const finer = await extract(
      'The 2015 agreement, signed in Algiers on 20 June 2015, ended the fighting in the north.',
      '2024-05-02',
    );
    expect(events(finer)).toEqual(['SIGNING 2015-06-20']);
  });
});

describe('a war told by the state that wages it in a relative clause', () => {
  it('reads the invasion, dated by when it began', async () => {
    const statement = await extract(
      'The Government condemns the war of aggression that the Russian Federation has waged against Ukraine since 24 February 2022.',
      '2024-02-24',
    );
    expect(events(statement)).toEqual(['INVASION 2022-02-24']);
    const un = await extract(
      'The representative of Kuwait recalled the war that Iraq had launched against Kuwait in August 1990.',
      '2024-02-24',
    );
    expect(events(un)).toEqual(['INVASION 1990-08']);
  });

  it('reads no invasion in a war a state wages on no state', async () => {
    const d = await extract('He spoke of the war that the Government has waged against the Houthis since 2015.');
    expect(events(d).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });
});

describe('an act decided now that takes effect on a day it names', () => {
  it('is an event of that day, though the day is still to come', async () => {
    const statement = await extract(
      'The Government has decided to suspend the operations of its embassy in Minsk with effect from 1 September 2025.',
      '2025-07-01',
    );
    expect(events(statement)).toEqual(['OTHER 2025-09-01']);
    const wire = await extract(
      'Latvia will close its border crossing at Silene to all traffic effective 15 March 2025, the interior ministry said.',
      '2025-03-01',
    );
    expect(events(wire)).toEqual(['OTHER 2025-03-15']);
  });

  it('reads no event in a change still to come told without such words', async () => {
    const d = await extract(
      'The Government plans to suspend the operations of its embassy in Minsk in September 2025.',
      '2025-07-01',
    );
    expect(events(d)).toEqual([]);
  });
});

describe('a meeting named by a proper name', () => {
  it('reads "the Six-Party Talks" and "the Geneva Dialogue" as meetings, not places', async () => {
    const un = await extract("China's delegate called on all parties to return to the Six-Party Talks without delay.");
    expect(events(un)).toEqual(['MEETING -']);
    expect(documentOf(un).entities.filter((e) => e.type === 'Place')).toEqual([]);
    const statement = await extract(
      'The Ministry welcomes the resumption of the Belgrade-Pristina Dialogue in Brussels.',
    );
    expect(events(statement)).toEqual(['MEETING -']);
    expect(named(statement)).toHaveLength(1);
  });

  it('reads no meeting in talks with nothing said of them', async () => {
    const d = await extract('The minister said talks were the only way forward and that dialogue must continue.');
    expect(events(d)).toEqual([]);
  });
});
