import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * Acts told once, by a verb in the past or a noun, with the date they were
 * done: a sale approved, a decision or a finding, a ruling dated between
 * its verb and "that", a resignation, a takeover, independence, a ship
 * docking, an aircraft crashing; a ceasefire agreed with its place and day
 * after its verb; an act's noun named by what it was of; a span after a
 * day counted back from that day. Sentences written for these tests.
 */

describe('decisions, approvals and findings with their date', () => {
  it('reads an approval, active or passive, with its month', async () => {
    const wire = await extract(
      'The sale, approved by the State Department in March, also covers 40 torpedoes, officials said.',
      '2024-09-10',
    );
    expect(events(wire)).toContain('OTHER 2024-03');
    const passive = await extract(
      'Ankara took note of the assurances given when the purchase by Athens was approved in April.',
      '2024-09-10',
    );
    expect(events(passive)).toContain('OTHER 2024-04');
    const active = await extract('The Bundestag approved the treaty on 12 May 2021 by a large majority.', '2024-09-10');
    expect(events(active)).toContain('OTHER 2021-05-12');
  });

  it('reads a decision and a finding dated between the verb and "that"', async () => {
    const decided = await extract(
      'The navy picked the French design in a tender it decided in November, the ministry said.',
      '2025-02-10',
    );
    expect(events(decided)).toContain('OTHER 2024-11');
    const determined = await extract(
      'The Ministry recalls that the Commission determined on 3 March 2023 that the militia had committed war crimes.',
      '2024-09-10',
    );
    expect(events(determined)).toContain('OTHER 2023-03-03');
    const ruled = await extract(
      'Relations soured after the Constitutional Court ruled on Sept. 14 that the accord was void.',
      '2024-11-20',
    );
    expect(events(ruled)).toContain('OTHER 2024-09-14');
  });

  it('drafts no decision without its date, nor one only planned', async () => {
    const d = await extract('The government has decided to recall its ambassador for consultations.', '2024-09-10');
    expect(events(d)).toEqual([]);
    const planned = await extract('Parliament will approve the budget in December, the minister said.', '2024-09-10');
    expect(events(planned)).toEqual([]);
  });
});

describe('changes of power and standing with their date', () => {
  it('reads a resignation, a takeover and independence', async () => {
    const resigned = await extract('Prime Minister Olsen resigned on 3 March 2019 after the vote.', '2024-09-10');
    expect(events(resigned)).toContain('OTHER 2019-03-03');
    const takeover = await extract(
      'Exports stopped after the military takeover of July 2023 in Niamey, the report said.',
      '2024-09-10',
    );
    expect(events(takeover)).toContain('OTHER 2023-07');
    const independent = await extract(
      'Djibouti, which became independent from France in June 1977, still hosts French troops.',
      '2024-09-10',
    );
    expect(events(independent)).toContain('OTHER 1977-06');
    // Independence sought is no event.
    const sought = await extract('The office said this morning that the party uses the army to seek independence.');
    expect(events(sought)).toEqual([]);
  });

  it('dates a day without its year by the day the paragraph before narrated', async () => {
    const d = await extract(
      'On 12 March 1964, the Soviet Union vetoed the draft on the island.\n\nThe prime minister resigned on 3 April, the archives show.',
      '2024-09-10',
    );
    expect(events(d)).toContain('OTHER 1964-04-03');
  });

  it('names an act anew by what it was of, dated by its sentence', async () => {
    const d = await extract(
      'In March 2022 the three governments announced the dissolution of the Liptako-Gourma Authority.',
      '2024-09-10',
    );
    expect(events(d)).toContain('DISBANDING 2022-03');
  });

  it('counts a span after a day back from that day', async () => {
    const d = await extract(
      'On 9 October 1962, two weeks after the army seized power in the capital, Britain recognised the new government.',
      '2024-09-10',
    );
    expect(events(d)).toContain('OTHER 1962-09-25');
  });
});

describe('ships docking, aircraft crashing, forces crossing, ceasefires agreed', () => {
  it('reads a ship docking and an aircraft crashing with their date or place', async () => {
    const docked = await extract(
      'On 2 August 2023, the Russian frigate Admiral Golovko docked at Port Sudan for a five-day call.',
      '2024-09-10',
    );
    expect(events(docked)).toContain('OTHER 2023-08-02');
    const crashed = await extract(
      'One of the two leased drones crashed into the Arabian Sea in January, the navy said.',
      '2024-09-10',
    );
    expect(events(crashed)).toContain('OTHER 2024-01');
    // A month after "since" bounds a span: the crash's month is of the year of publication, not of the span's start.
    const since = await extract(
      'Two leased patrol drones have flown from Goa since March 2021; one crashed off the coast in January, the navy said.',
      '2024-09-10',
    );
    expect(events(since)).toContain('OTHER 2024-01');
  });

  it('reads armed exiles or rebels crossing into a state as an invasion', async () => {
    const d = await extract('Rebels crossed into Chad from Libya on 11 April 2021, the army said.', '2024-09-10');
    expect(events(d)).toContain('INVASION 2021-04-11');
  });

  it('dates a ceasefire agreed by the place and day after its verb', async () => {
    const d = await extract(
      'The deal comes weeks after a ceasefire was agreed in Doha, Qatar, on 19 June between the two armies.',
      '2024-09-10',
    );
    expect(events(d)).toContain('SIGNING 2024-06-19');
  });
});

describe('votes and meetings of coverage by their own day', () => {
  it('dates a resolution adopted with no date of its own by the year it is numbered with', async () => {
    const d = await extract(
      'After the veto the Council adopted resolution 242 (1967), a British text on withdrawal.',
      '2024-09-10',
    );
    expect(events(d)).toContain('VOTE 1967');
  });

  it('dates a verb by coverage\'s "today" beside it, not by the date of what it was about', async () => {
    const met = await extract(
      'The Security Council today met on the shelling of 2 March in the Kharkiv region, hearing three briefers.',
      '2024-03-05',
    );
    expect(events(met)).toContain('MEETING 2024-03-05');
    const adopted = await extract(
      'The Council this afternoon unanimously adopted resolution 2731 (2024), extending the mandate until 31 May 2025.',
      '2024-05-30',
    );
    expect(events(adopted)).toContain('VOTE 2024-05-30');
  });
});
