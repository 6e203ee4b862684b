import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A government's own statement speaks for its state throughout, with claims
 * in sentences that have no verb of saying: sentences written for these
 * tests in the style of a ministry's communiqué.
 */

describe('a communiqué', () => {
  it("is a statement: its sentences with no speaker of their own are its issuer's words", async () => {
    const draft = await extract(
      'Communiqué of the Ministry of Foreign Affairs of Peru on the Seizure of a Fishing Vessel\n\nLima, 3 March 2025\n\nChilean coast guard boats stormed a Peruvian fishing vessel in waters under Peruvian jurisdiction. This act is a flagrant violation of the maritime boundary fixed in 2014.',
    );
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'CRITICIZE');
  });

  it('is not read as a statement when only a news report quotes one', async () => {
    const draft = await extract(
      'Peru protested to Chile on Monday. This act is a flagrant violation of the maritime boundary, the communiqué said.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:peru-ministry'))).toEqual([]);
  });
});

describe("a decision of the statement's own side", () => {
  it('is its position, aimed at no one, whether the Government or the authorities decided', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Relations with Chile\n\nConsequently, the Peruvian authorities have decided to declare three officials of the Embassy of Chile persona non grata. The Government of Peru has decided to close its consulate in Arica for one month.',
    );
    const positions = draft.claims.filter((c) => c.kind === 'STATE');
    expect(positions).toHaveLength(2);
    expect(positions.map((c) => c.targets)).toEqual([[], []]);
  });

  it("is not the speaker's when another party decided", async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Relations with Chile\n\nThe Government of Chile has decided to close its consulate in Tacna.',
    );
    expect(draft.claims.filter((c) => c.kind === 'STATE')).toEqual([]);
  });
});

describe('an account the statement refuses to accept', () => {
  it('denies the account of whoever gave it, a ministry standing for its state', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Estonia on the Violation of Estonian Airspace\n\nThe claims of the Ministry of Defence of the Russian Federation that its aircraft stayed over neutral waters are not credible. Nor can Estonia accept the explanation of the Belarusian side that the balloons drifted with the wind.',
    );
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'DENY', 'state:RUS');
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'DENY', 'state:BLR');
  });

  it('reads an account accepted as no denial', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Estonia on the Violation of Estonian Airspace\n\nEstonia can accept the explanation of the Finnish side that the drone lost its course.',
    );
    expect(lines(draft).filter((l) => l.includes('DENY'))).toEqual([]);
  });
});

describe('a wrong done by men or craft of another party', () => {
  it('is an accusation of the state whose police or navy they belong to, after an opening time', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on the Consulate in Guayaquil\n\nOn the evening of 2 June, officers of the National Police of Ecuador stormed the residence of the Peruvian consul in Guayaquil.',
    );
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'ACCUSE', 'state:ECU');
  });

  it("is no accusation when the men are the speaker's own", async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Smuggling\n\nOn 2 June, officers of the National Police of Peru detained two smugglers near Tumbes.',
    );
    expect(lines(draft).filter((l) => l.includes('ACCUSE'))).toEqual([]);
  });
});
