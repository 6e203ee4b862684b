import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * Events told by kinds of sentence that look back: an inquiry's finding
 * told with its date (a report), a place held by force from the day it was
 * taken (an invasion), an attack dated by the clause whose dead it names, a
 * state of emergency or deportations with their date, and the forms that
 * look like them and name no such event: a finding with no date, a date
 * inside what was found, a place held since a year alone, a participle
 * before a place, a verb's form used as a noun ("a commission of inquiry").
 * Sentences written for these tests, in the styles the extractor reads.
 */

describe("an inquiry's finding told with its date", () => {
  it('is a report dated by the date before "that"', async () => {
    const wire = await extract(
      'A fact-finding mission sent by the regional bloc reported in April 2019 that militia fighters had burned two villages.',
    );
    expect(events(wire)).toContain('REPORT 2019-04');
    const analysis = await extract(
      'A truth commission set up after the war concluded in 2004 that the army had carried out most of the killings.',
    );
    expect(events(analysis)).toContain('REPORT 2004');
    const un = await extract(
      'The Group of Experts had found in June that the armed group was still receiving mortar rounds across the lake, she said.',
      '2025-11-20',
    );
    expect(events(un)).toContain('REPORT 2025-06');
  });

  it('is dated by a date opening its clause', async () => {
    const d = await extract(
      'In March 2021 the investigators concluded that the tanker had been struck by a limpet mine.',
      '2024-05-02',
    );
    expect(events(d)).toContain('REPORT 2021-03');
  });

  it('is read when the body is named before its verb', async () => {
    const d = await extract(
      'The Panel of Experts on Yemen reported on 12 February 2024 that components of the missiles bore Iranian markings.',
    );
    expect(events(d)).toContain('REPORT 2024-02-12');
  });

  it('is no event without a date of its own', async () => {
    const statement = await extract(
      'The ministry notes that the commission of inquiry has found that no shots were fired from the Bolivian side.',
    );
    expect(events(statement).filter((e) => e.startsWith('REPORT'))).toEqual([]);
  });

  it('takes no date from inside what was found', async () => {
    const d = await extract(
      'The independent panel concluded that the convoy had been hit by two air strikes on 9 October 2023.',
      '2025-01-15',
    );
    expect(events(d).filter((e) => e.startsWith('REPORT'))).toEqual([]);
  });

  it('is no report when a news agency or a government "reported" it', async () => {
    const wire = await extract('Reuters reported in May 2024 that the frigates had been sold to a private broker.');
    expect(events(wire).filter((e) => e.startsWith('REPORT'))).toEqual([]);
    const briefing = await extract(
      'MS. OKAFOR: The ministry reported on Tuesday that the border post had reopened to trucks.',
    );
    expect(events(briefing).filter((e) => e.startsWith('REPORT'))).toEqual([]);
  });
});

describe('a place held by force from the day it was taken', () => {
  it('is an invasion dated by the day it began', async () => {
    const statement = await extract(
      'The two atolls have been occupied by Chinese forces since 3 August 1988, in breach of international law.',
    );
    expect(events(statement)).toContain('INVASION 1988-08-03');
    const wire = await extract(
      'Government troops launched an offensive on Monday against the gunmen who have occupied Port Elara since 4 June 2024.',
      '2024-07-03',
    );
    expect(events(wire)).toContain('INVASION 2024-06-04');
  });

  it('is read from the active verb with its date after the place', async () => {
    const d = await extract('Rebel fighters occupied the airport at Kavala on 17 January 2022, the mission said.');
    expect(events(d)).toContain('INVASION 2022-01-17');
  });

  it('is no event when the place has been held since a year alone', async () => {
    const d = await extract('The settlements built on the land occupied since 1967 remain the main obstacle, he said.');
    expect(events(d).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });

  it('is no event when the participle only qualifies a place', async () => {
    const analysis = await extract(
      'Since 2015 the occupied districts have received artillery shells by rail, according to the monitors.',
    );
    expect(events(analysis).filter((e) => e.startsWith('INVASION'))).toEqual([]);
    const heading = await extract(
      'Statement on the Military Exercises on the Occupied Island of Marel\n\nPort Louis, 8 October 2026\n\nThe Ministry protests.',
    );
    expect(events(heading).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });
});

describe('an attack dated by the clause whose dead it names', () => {
  it('takes the date opening the clause of the passive', async () => {
    const statement = await extract(
      'On 6 May, gunmen fired on a patrol, and on 8 May four soldiers were killed in an ambush near Tessit.',
    );
    expect(events(statement)).toContain('STRIKE 2024-05-08');
    const wire = await extract(
      'On Saturday, three aid workers were wounded in a drone attack on a clinic in Kherson, the agency said.',
      '2024-07-08',
    );
    expect(events(wire)).toContain('STRIKE 2024-07-06');
  });

  it('takes the date of its own clause, not of the clause before', async () => {
    const d = await extract(
      'On 1 June the talks resumed in Geneva, and on 3 June two guards were killed in an attack at the crossing.',
      '2024-07-03',
    );
    expect(events(d)).toContain('STRIKE 2024-06-03');
    expect(events(d)).not.toContain('STRIKE 2024-06-01');
  });
});

describe('a state of emergency and deportations told with their date', () => {
  it('is an event of no category dated as told', async () => {
    const wire = await extract(
      'At least 40 people have been detained since the government declared a state of emergency in the province on 2 March.',
      '2024-04-10',
    );
    expect(events(wire)).toContain('OTHER 2024-03-02');
    const briefing = await extract(
      'Q: Your neighbours say the deportations carried out this month broke the bilateral protocol.',
      '2024-10-12',
    );
    expect(events(briefing)).toContain('OTHER 2024-10');
  });

  it('is no event when undated or only feared', async () => {
    const d = await extract('The opposition warned that a state of emergency would only deepen the crisis.');
    expect(events(d)).toEqual([]);
  });
});

describe("a verb's form used as a noun", () => {
  it('names no act between an article, its adjectives and "of"', async () => {
    const d = await extract(
      'An independent commission of inquiry will be set up in 2025, the minister told the UN News Centre.',
    );
    expect(events(d)).toEqual([]);
  });
});
