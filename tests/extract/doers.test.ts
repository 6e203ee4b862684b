import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * A criticism of something done, naming no one ("condemned the strike",
 * "deplored the use of the veto", "condemned those deliveries"), is aimed
 * at whoever did it as the draft records it: the vetoing or striking
 * state, the transfer's supplier, or the party an earlier accusation about
 * the event accused. Sentences written for these tests.
 */

describe('criticism of an event or a transfer', () => {
  it('aims "deplored the use of the veto" in UN coverage at the vetoing state', async () => {
    const draft = await extract(
      'China vetoed the draft resolution on the humanitarian situation in the Sahel on 12 June 2025. The representative of Ireland deplored the use of the veto.',
    );
    claim(draft, 'state:IRL', 'CRITICIZE', 'state:CHN');
  });

  it('aims "condemned those deliveries" at the supplier of the transfer', async () => {
    const draft = await extract(
      'Belarus delivered twelve Mi-8 helicopters to Sudan in March 2025, the panel said. The representative of Norway condemned those deliveries.',
    );
    claim(draft, 'state:NOR', 'CRITICIZE', 'state:BLR');
  });

  it('aims "condemned the strike" at the party accused of it when the strike has no doer of its own', async () => {
    const draft = await extract(
      'Sudan accused Chad on Tuesday of bombing a market in the town of Tine, killing 12 people. France condemned the strike and called for an inquiry.',
    );
    claim(draft, 'state:FRA', 'CRITICIZE', 'state:TCD');
  });

  it('aims at neither of those who condemn an attack together, nor at anyone for a commentator judging a kind of act', async () => {
    const draft = await extract(
      'China vetoed the draft resolution on Myanmar on 2 April 2025. Kenya and Ghana condemned the veto. "The veto has become a shield for friends of the junta," said Maria Lindqvist, a researcher at the Swedish Institute of International Affairs.',
    );
    claim(draft, 'state:KEN', 'CRITICIZE', 'state:CHN');
    expect(draft.claims.filter((c) => c.speaker === 'state:KEN').flatMap((c) => c.targets)).toEqual(['state:CHN']);
    expect(claim(draft, 'person:maria-lindqvist', 'CRITICIZE').targets).toEqual([]);
  });

  it('leaves a criticism of a meeting aimed at no one', async () => {
    const draft = await extract(
      'The foreign ministers of Iran and Russia met in Tehran on 3 May 2025. Germany criticized the meeting as unhelpful.',
    );
    expect(claim(draft, 'state:DEU', 'CRITICIZE').targets).toEqual([]);
  });

  it('aims a criticism of the purchases at the buyer, and of the sale at the seller', async () => {
    const draft = await extract(
      'In May 2024 France approved the sale of 12 Rafale fighters to Serbia. Croatia has condemned the purchases. Kosovo criticized the sale.',
    );
    claim(draft, 'state:HRV', 'CRITICIZE', 'state:SRB');
    claim(draft, 'state:XKX', 'CRITICIZE', 'state:FRA');
  });
});

describe('killings and abductions reported, then condemned', () => {
  it('aims "We condemn these killings" in a briefing at the state whose named force the text said shot them', async () => {
    const draft = await extract(
      'Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Nepal, Dhaka\n\n' +
        "Sita Lama: Good afternoon. Two Nepali traders were shot dead by India's Sashastra Patrol Force on Monday. " +
        'We strongly condemn these killings.\n\nQuestion: Will you summon the envoy?\n\nSita Lama: We will.',
    );
    expect(draft.entities.find((e) => e.key === 'org:sashastra-patrol-force')).toBeDefined();
    claim(draft, 'person:sita-lama', 'CRITICIZE', 'state:IND');
  });

  it('aims "condemned the abduction" at whoever the text said abducted', async () => {
    const draft = await extract(
      'Four engineers were abducted by Al-Shabaab near Baidoa on Sunday. Kenya condemned the abduction.',
    );
    claim(draft, 'state:KEN', 'CRITICIZE', 'org:al-shabaab');
  });
});
