import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * What a United Nations briefer or a monitor tells a party did (src/extract/claims/briefed.ts,
 * src/extract/briefed.json, src/extract/claims/forms/carried.ts): a finding (REPORT) aimed at the doer, in the
 * briefer's reported words and in the unattributed sentence that carries them on; an account of victims or of a
 * neutral event is aimed at no one. Sentences written for these tests.
 */

const reports = (draft: Awaited<ReturnType<typeof extract>>) => lines(draft).filter((l) => / REPORT /.test(l));

describe("a briefer's or a monitor's account of a party's act", () => {
  it('reads an act of hostile.json or briefed.json told by a UN envoy as a finding aimed at the doer', async () => {
    const draft = await extract(
      'The Special Envoy of the Secretary-General for the Horn of Africa, Carla Mendes, told the Security Council that Al-Shabaab fighters had overrun a military base near Baidoa on 3 May.',
    );
    expect(reports(draft)).toEqual([expect.stringMatching(/ REPORT org:al-shabaab$/)]);
  });

  it('reads men "linked to" a party, and an aside between the doer and the act, as the party\'s', async () => {
    const draft = await extract(
      'The Special Envoy of the Secretary-General for the Great Lakes, Carla Mendes, said fighters linked to the M23 had been seen crossing into Uganda. She said Rwandan troops, however, remained at three positions inside Congolese territory.',
    );
    const found = reports(draft).join('\n');
    expect(found).toMatch(/ REPORT org:m23/);
    expect(found).toMatch(/ REPORT state:RWA/);
  });

  it("carries a briefer's account on into the next sentence of the paragraph, with no attribution of its own", async () => {
    const draft = await extract(
      'Blue Line Holds as Peacekeepers Prepare to Leave, Force Commander Tells Security Council\n\nBriefing the Council from Naqoura, Force Commander Major General Paolo Serra said the Lebanese Armed Forces had deployed to 20 more positions south of the Litani River. Israeli forces, however, remained at five hilltop positions inside Lebanese territory.',
    );
    expect(reports(draft)).toContainEqual(expect.stringMatching(/^person:paolo-serra REPORT state:ISR$/));
  });

  it('reads arms traced to a party, or carried from one, as a finding aimed at that party', async () => {
    const draft = await extract(
      'Briefing the Council, the Coordinator of the Panel of Experts on South Sudan, Ines Araujo, said the Panel had visited Malakal. Rifles recovered near Malakal had been traced to a consignment sold by Bulgaria to Uganda in 2014, she said. Cargo flights from the United Arab Emirates had delivered drones and ammunition to the airstrip at Amdjarass, according to the Panel of Experts on the Sudan.',
    );
    const found = reports(draft).join('\n');
    expect(found).toMatch(/ REPORT state:UGA/);
    expect(found).toMatch(/ REPORT state:ARE/);
  });
});

describe('who is a briefer', () => {
  it("gives the lede's unnamed post to the name after a paragraph's opening participle", async () => {
    const draft = await extract(
      'Insurgents Regain Ground Around Lake Chad, Envoy Warns\n\nArmed groups have regained ground around Lake Chad, the Special Representative of the Secretary-General for West Africa told the Security Council this afternoon.\n\nPresenting the latest report of his Office, Moussa Keita Traore said that Boko Haram fighters had overrun a military camp near Diffa on 9 April.',
    );
    expect(reports(draft)).toContainEqual(expect.stringMatching(/^person:moussa-keita-traore REPORT org:boko-haram$/));
  });

  it('reads experts named "U.N. experts" as the United Nations\' own: their account is a finding, not an accusation', async () => {
    const draft = await extract(
      'GOMA, Congo, March 2 - Fighting resumed near Sake on Monday. In a report last year, U.N. experts said Rwanda had deployed several thousand troops in eastern Congo.',
    );
    expect(lines(draft).filter((l) => / (?:REPORT|ACCUSE) state:RWA$/.test(l))).toEqual([
      expect.stringMatching(/ REPORT state:RWA$/),
    ]);
  });
});

describe("what a briefer's account does not aim at anyone", () => {
  it('leaves a count of victims and a neutral handover aimed at no one', async () => {
    const draft = await extract(
      'The Special Envoy of the Secretary-General for the Sudan, Carla Mendes, said at least 20 civilians had been killed in North Darfur since June. She said the Sudanese Armed Forces had taken over ten positions from the departing mission.',
    );
    expect(reports(draft).filter((l) => !/ -$/.test(l))).toEqual([]);
  });

  it("leaves a party's own account of another's act an accusation, not a finding", async () => {
    const draft = await extract("Sudan's representative said Chadian troops had overrun a border post near Adré.");
    expect(lines(draft)).toContainEqual('state:SDN ACCUSE state:TCD');
  });
});
