import { describe, expect, it } from 'vitest';
import { extract, events } from './drafts.js';

/**
 * Measures a state or a body takes against another, told with their date:
 * sanctions or a ban imposed, a grant, an agreement or a membership
 * suspended, a licence or an agreement revoked; and "the events of ⟨date⟩",
 * as statements name a coup or an attack they will not call by name. Each
 * is an event of no category of its own (events.json), drafted only with
 * its date. Sentences written for these tests.
 */
describe('measures and events told by their date', () => {
  it('reads sanctions imposed with their date, whatever words qualify them', async () => {
    const a = await extract('The European Union imposed sweeping sanctions on Belarus in June 2021.');
    expect(events(a)).toEqual(['OTHER 2021-06']);
    const b = await extract(
      'The bloc had imposed harsh, unjust and counterproductive measures on Guinea on 16 September 2021, the junta said.',
    );
    expect(events(b)).toEqual(['OTHER 2021-09-16']);
    const c = await extract('Washington says it will impose new tariffs and sanctions on the regime.');
    expect(events(c)).toEqual([]);
  });

  it('reads a suspension and a revocation with their date', async () => {
    const a = await extract('The African Union suspended Gabon from all its activities on 31 August 2023.');
    expect(events(a)).toEqual(['OTHER 2023-08-31']);
    const b = await extract(
      'Canada froze its export permits in March 2020 and revoked six permits for drones bound for Turkey in April 2021.',
    );
    expect(events(b)).toContain('OTHER 2021-04');
    const c = await extract(
      'The suspension of the grain deal in July 2023 drove prices up, the minister told reporters.',
    );
    expect(events(c)).toEqual(['OTHER 2023-07']);
  });

  it('reads "the events of ⟨date⟩" as the event of that day', async () => {
    const a = await extract(
      'The Government recalls that since the events of 30 September 2022 the transition has held.',
    );
    expect(events(a)).toEqual(['OTHER 2022-09-30']);
    const b = await extract('Nobody has been tried for the tragic events of 28 September 2009 in Conakry.');
    expect(events(b)).toEqual(['OTHER 2009-09-28']);
  });
});

describe('an act a text performs itself', () => {
  it('dates an act done "with immediate effect" or "hereby" on the day the text is published', async () => {
    const a = await extract(
      'The Government of Chad revokes with immediate effect the defence cooperation agreement of 2019 with France.',
      '2024-11-28',
    );
    expect(events(a)).toEqual(['OTHER 2024-11-28']);
    const b = await extract(
      'The Transitional Government hereby suspends the accreditation of the broadcaster.',
      '2024-05-02',
    );
    expect(events(b)).toEqual(['OTHER 2024-05-02']);
    const c = await extract('Ankara revoked the licences in March 2021, the ministry said.', '2024-05-02');
    expect(events(c)).toEqual(['OTHER 2021-03']);
  });
});
