import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * A break between states told with its date: relations or ties cut, airspace or a border closed. Such a break is an
 * event of no category of its own, drafted only when dated, as a closure or a rupture told undated is a standing state
 * of affairs more often than an event. Sentences written for these tests.
 */
describe('ruptures and closures', () => {
  it('reads relations cut and airspace closed, each with its date', async () => {
    const d = await extract(
      'Belize cut diplomatic relations with Guatemala in May 2019 and closed its airspace to Guatemalan flights on 2 June 2019.',
    );
    expect(events(d)).toEqual(['OTHER 2019-05', 'OTHER 2019-06-02']);
  });

  it('reads ties severed and a border shut, dated in UN coverage and in a statement', async () => {
    const a = await extract('The representative of Gabon recalled that Cameroon had severed ties with it in 1998.');
    expect(events(a)).toEqual(['OTHER 1998']);
    const b = await extract('On 12 January 2020, the Government shut the border with Niger to all traffic.');
    expect(events(b)).toEqual(['OTHER 2020-01-12']);
  });

  it('drafts no event for a closure told undated', async () => {
    const d = await extract('Burkina Faso has closed its border with Mali and cut ties with its junta.');
    expect(events(d)).toEqual([]);
  });
});
