import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * Events the earlier forms missed: a part of a day the narrative named
 * before ("the same evening", "hours earlier") dating what it tells; an
 * armed force's entry into a state or a territory as an invasion; an
 * agreement initialled as its signing; and an order of weapons as the
 * signing of its contract, while an order of anything else is none.
 * Sentences written for these tests.
 */
describe('entries, orders and parts of a day told before', () => {
  it('dates what happened "the same evening" or "hours later" by the day told before', async () => {
    const a = await extract(
      'On 12 March 1971, the Soviet Union vetoed the draft on the border. Hours later, the Assembly met in an emergency session.',
    );
    expect(events(a)).toContain('VETO 1971-03-12');
    expect(events(a)).toContain('MEETING 1971-03-12');
    const b = await extract(
      'Rebels shelled the airport on 4 May 2019. That night the army attacked their positions near Tripoli.',
    );
    expect(events(b)).toEqual(['STRIKE 2019-05-04']);
  });

  it('reads an armed force entering a state or crossing into a territory as an invasion, dated', async () => {
    const a = await extract('Iraqi troops crossed into Kuwait on 2 August 1990, and the Council met that morning.');
    expect(events(a)).toContain('INVASION 1990-08-02');
    const b = await extract(
      'Turkish forces marched into Famagusta on 14 August 1974, weeks after the first landings on the island.',
    );
    expect(events(b)).toContain('INVASION 1974-08-14');
    const c = await extract('Ethiopian soldiers entered Somalia on 24 December 2006, officials in Mogadishu said.');
    expect(events(c)).toEqual(['INVASION 2006-12-24']);
  });

  it('reads no invasion in an entry by anyone else, or troops entering a town', async () => {
    const a = await extract('Refugees crossed into Chad on 3 June 2023, the agency said.');
    expect(events(a).filter((e) => e.startsWith('INVASION'))).toEqual([]);
    const b = await extract('Government troops entered the town of Bama on 3 June 2023.');
    expect(events(b).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });

  it('reads an agreement initialled, and an order of weapons, as a signing with its date', async () => {
    const a = await extract('The two foreign ministers initialled the border treaty in Geneva on 6 May 2024.');
    expect(events(a)).toEqual(['SIGNING 2024-05-06']);
    const b = await extract('Greece ordered 24 Rafale fighters in January 2021, the ministry said.');
    expect(events(b)).toEqual(['SIGNING 2021-01']);
    const c = await extract('The frigates were ordered in March 2019 under a contract worth 2 billion euros.');
    expect(events(c)).toEqual(['SIGNING 2019-03']);
    const d = await extract(
      'The navy took delivery of its last patrol boat on Friday, completing an order placed in June 2020.',
      '2024-07-05',
    );
    expect(events(d)).toContain('SIGNING 2020-06');
  });

  it('reads no signing in an order of anything but weapons', async () => {
    const a = await extract('The general ordered his troops to withdraw from the border on 3 May 2024.');
    expect(events(a).filter((e) => e.startsWith('SIGNING'))).toEqual([]);
    const b = await extract('A court ordered the release of the journalists on 9 April 2024.');
    expect(events(b).filter((e) => e.startsWith('SIGNING'))).toEqual([]);
  });
});
