import { describe, expect, it } from 'vitest';
import { events, extract, organizationNamed } from './drafts.js';

/**
 * Events told by whose act they were and the date beside them: a measure
 * the Security Council imposes or lifts is its vote, a mission it ends is
 * disbanded; a ceasefire agreed by parties named between is a signing; an
 * event's noun with "of" and a year is dated by that year. And colleges,
 * named as bodies by their last word. Sentences written for these tests.
 */

describe("a measure the Security Council imposes or lifts, told with its date, is the Council's vote", () => {
  it('drafts the vote, dated, across styles', async () => {
    const wire = await extract(
      'NEW YORK, March 4 - The Security Council imposed an arms embargo on the junta in May 2011, diplomats recalled.',
    );
    expect(events(wire)).toEqual(['VOTE 2011-05']);
    const analysis = await extract(
      'The Security Council lifted the sanctions on Liberian timber in June 2006, after the elections.',
    );
    expect(events(analysis)).toEqual(['VOTE 2006-06']);
    const un = await extract(
      'Recalling that the Security Council had imposed a travel ban on the commanders in April 2019, the representative of France said it was time to act.',
    );
    expect(events(un)).toContain('VOTE 2019-04');
    const statement = await extract(
      'The Ministry recalls that the Security Council unanimously lifted the measures on 3 October 2023.',
    );
    expect(events(statement)).toEqual(['VOTE 2023-10-03']);
    const briefing = await extract(
      'Q: Will the Security Council act? A: The Security Council imposed the asset freeze on 12 February 2022 and we expect it to be enforced.',
    );
    expect(events(briefing)).toContain('VOTE 2022-02-12');
  });

  it("leaves a state's or a union's measure an event of no category, and drafts none still to come", async () => {
    const union = await extract('The European Union imposed sanctions on the airline in May 2022.');
    expect(events(union)).toEqual(['OTHER 2022-05']);
    const state = await extract('Washington lifted its arms embargo on Hanoi in May 2016.');
    expect(events(state)).toEqual(['OTHER 2016-05']);
    const planned = await extract('The Security Council may lift the embargo next year, diplomats said.');
    expect(events(planned)).toEqual([]);
  });
});

describe('a mission the Security Council ends, told with its date, is disbanded', () => {
  it('drafts the disbanding of the mission named or described', async () => {
    const named = await extract(
      'The Security Council ended the United Nations Observer Mission in Georgia in June 2009.',
      '2019-06-15',
    );
    expect(events(named)).toEqual(['DISBANDING 2009-06']);
    const mandate = await extract(
      'In 2005 the Security Council terminated the mandate of the observers on the border.',
    );
    expect(events(mandate)).toEqual(['DISBANDING 2005']);
    const un = await extract(
      'The Security Council ended the mandate of the stabilization mission in Mali on 30 June 2023, at the request of the transitional authorities.',
    );
    expect(events(un)).toEqual(['DISBANDING 2023-06-30']);
  });

  it('drafts no disbanding for an end with another subject or object', async () => {
    expect(events(await extract('The agreement ended the war in 2000.'))).not.toContain('DISBANDING 2000');
    expect(events(await extract('Ethiopia ended the mission of the observers in 2008.'))).toEqual([]);
    const meeting = await extract('The Security Council ended the debate without a vote in March.');
    expect(events(meeting)).not.toContain('DISBANDING 2024-03');
    const talks = await extract('The mediators ended the mission of the envoys to the capital on 2 April.');
    expect(events(talks).filter((e) => e.startsWith('DISBANDING'))).toEqual([]);
    const session = await extract('The Security Council ended its meeting at 1 p.m. on 3 May.');
    expect(events(session).filter((e) => e.startsWith('DISBANDING'))).toEqual([]);
  });
});

describe('a ceasefire or a truce agreed by the parties named between', () => {
  it('is a signing, dated by its agreeing', async () => {
    const accused = await extract(
      'He accused the rebels of breaking the ceasefire they had agreed with the Government in March.',
    );
    expect(events(accused)).toEqual(['SIGNING 2024-03']);
    const sides = await extract('The truce that the two sides signed on 5 May collapsed within a week.');
    expect(events(sides)).toEqual(['SIGNING 2024-05-05']);
    const named = await extract('The ceasefire Armenia and Azerbaijan agreed in November 2020 ended the fighting.');
    expect(events(named)).toEqual(['SIGNING 2020-11']);
    const reached = await extract('The Houthis said the truce the parties reached in April 2022 had lapsed.');
    expect(events(reached)).toEqual(['SIGNING 2022-04']);
  });

  it('leaves a ceasefire that holds, or one not yet agreed, no signing', async () => {
    expect(events(await extract('The ceasefire that has held since April 2022 is fragile.'))).toEqual([
      'OTHER 2022-04',
    ]);
    expect(events(await extract('The ceasefire took hold on 10 October 2023.'))).toEqual(['OTHER 2023-10-10']);
    expect(events(await extract('The ceasefire they want has not been agreed.'))).toEqual([]);
    const urged = await extract('A ceasefire, the spokesperson said, must be agreed now.');
    expect(events(urged).filter((e) => e.startsWith('SIGNING'))).toEqual([]);
  });
});

describe("an event's noun dated by a year after it", () => {
  it('dates an invasion, a veto, a coup, a war or an uprising "of" a year', async () => {
    expect(events(await extract("Iran never forgot Iraq's invasion of 1980."))).toEqual(['INVASION 1980']);
    expect(events(await extract('The veto of 1960 ended the debate.'))).toEqual(['VETO 1960']);
    expect(events(await extract('After the coup of 2021 the junta expelled the envoy.'))).toEqual(['OTHER 2021']);
    expect(events(await extract('Jordan recalled the war of 1967 in its statement.'))).toEqual(['OTHER 1967']);
    expect(events(await extract('Hungarians still mark the uprising of 1956 every October.'))).toEqual(['OTHER 1956']);
  });

  it('reads no decade, and no year after a word that names no event', async () => {
    expect(events(await extract('The war of the 1990s left the region poor.'))).toEqual([]);
    expect(events(await extract('The reforms of 1980 opened the economy.'))).toEqual([]);
    expect(events(await extract('Both sides cite the border agreement of 1902.'))).toEqual([]);
  });
});

describe("a place's occupation told with the day or the month it was taken", () => {
  it('is an invasion, dated', async () => {
    const un = await extract("It strongly condemned the rebels' occupation of the town of Bunia in May 2003.");
    expect(events(un)).toEqual(['INVASION 2003-05']);
    const statement = await extract("The Government recalls Iran's occupation of the islands on 30 November 1971.");
    expect(events(statement)).toEqual(['INVASION 1971-11-30']);
    const analysis = await extract('The occupation of Kuwait in August 1990 ended with the war of 1991.');
    expect(events(analysis)).toContain('INVASION 1990-08');
    const wire = await extract(
      "Residents fled after the militia's occupation of the airport on 3 March, the agency said.",
    );
    expect(events(wire)).toEqual(['INVASION 2024-03-03']);
  });

  it('drafts none for an occupation undated, dated by a year alone, or a word qualifying others', async () => {
    expect(events(await extract('The Emirates call on Iran to end its occupation of the three islands.'))).toEqual([]);
    expect(events(await extract('Its occupation of the territory since 1967 is unlawful.'))).toEqual([]);
    expect(events(await extract('The occupation of the border hills remains the main obstacle.'))).toEqual([]);
    expect(events(await extract('On 4 June the occupation authorities closed the crossing.'))).toEqual([]);
  });
});

describe('a college named as a body', () => {
  it('drafts the college named by its capitalised name', async () => {
    const wire = await extract('Students at Kenema Teachers College protested on Monday.');
    expect(organizationNamed(wire, 'Kenema Teachers College')).toBeDefined();
    const analysis = await extract(
      'A professor at the National Defence College in Nairobi said the purchase was overdue.',
    );
    expect(organizationNamed(analysis, 'National Defence College')).toBeDefined();
    const statement = await extract('The Ministry thanks the Defence Services Staff College for hosting the course.');
    expect(organizationNamed(statement, 'Defence Services Staff College')).toBeDefined();
    const briefing = await extract(
      'Q: Who trains the officers? A: The Naval War College trains them, as it always has.',
    );
    expect(organizationNamed(briefing, 'Naval War College')).toBeDefined();
    const un = await extract(
      'The representative of Sierra Leone said that the Police Training College at Hastings had reopened.',
    );
    expect(organizationNamed(un, 'Police Training College')).toBeDefined();
  });

  it('drafts no body for a college not named', async () => {
    const lower = await extract('College students marched to the embassy on Friday.');
    expect(organizationNamed(lower, 'College')).toBeUndefined();
    const bare = await extract('A lecturer at the college said the students had gone home.');
    expect(organizationNamed(bare, 'college')).toBeUndefined();
    const year = await extract('She studied law in college before joining the ministry.');
    expect(organizationNamed(year, 'college')).toBeUndefined();
  });
});
