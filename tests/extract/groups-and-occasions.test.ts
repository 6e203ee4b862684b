import { describe, expect, it } from 'vitest';
import { events, extract, transfers } from './drafts.js';

/**
 * An armed group named again by what it is as the recipient of weapons
 * ("had supplied the group with ⟨W⟩"), and occasions of no category of
 * their own with their date or place: a collision, a parade, a ceremony,
 * a commissioning, a court ruling; two such events of one day told by
 * different words are two. Sentences written for these tests.
 */
describe('armed groups named again as recipients, and occasions', () => {
  it('reads "the group" or "the militia" receiving weapons as the armed group named last', async () => {
    const a = await extract(
      'The M23 took Goma in January. Experts found that Rwanda had supplied the group with surface-to-air missiles.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:RWA > org:m23']);
    const b = await extract(
      'Al-Shabaab attacked the base on Sunday. Officials said Eritrea had provided the militia with mortars and rifles.',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:ERI > org:al-shabaab']);
    const c = await extract(
      'The Houthis fired drones at shipping in the Red Sea. The panel said Iran had shipped missiles to the group.',
    );
    expect(transfers(c, { weapon: false })).toEqual(['state:IRN > org:houthis']);
  });

  it('reads a collision, a parade and a ceremony with their date or place', async () => {
    const a = await extract('A Greek frigate collided with a Turkish frigate on 12 August 2020, the ministry said.');
    expect(events(a)).toEqual(['OTHER 2020-08-12']);
    const b = await extract('Tanks rolled through Moscow at a military parade on 9 May 2024.');
    expect(events(b)).toEqual(['OTHER 2024-05-09']);
    const c = await extract('The minister spoke at a ceremony in Manila on 14 June 2024.');
    expect(events(c)).toEqual(['OTHER 2024-06-14']);
  });

  it('reads a ship commissioned and a court ruling, dated', async () => {
    const a = await extract('The destroyer was commissioned in March 2023 at the naval base.');
    expect(events(a)).toEqual(['OTHER 2023-03']);
    const b = await extract('On 20 June 2019 the Court of Appeal ruled that the export licences were unlawful.');
    expect(events(b)).toEqual(['OTHER 2019-06-20']);
    const c = await extract('In March 2021 a court in The Hague ruled that the exports must stop.');
    expect(events(c)).toEqual(['OTHER 2021-03']);
  });

  it('keeps two events of no category on one day apart when different words tell them', async () => {
    const d = await extract(
      'Border guards seized a fishing boat on 3 May 2022. A patrol boat collided with a ferry on 3 May 2022.',
    );
    expect(events(d)).toEqual(['OTHER 2022-05-03', 'OTHER 2022-05-03']);
  });
});
