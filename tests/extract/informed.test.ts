import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Words told to a party named, by "informed" or "notified" (src/extract/verbs.json): the speaker's claim, whose
 * kind what they tell gives. Each on sentences written for these tests.
 */

describe('a party informed or notified of something', () => {
  it('reads "has informed ⟨X⟩ of", "notified ⟨X⟩ and ⟨Y⟩ of" and "informed its allies about" as the speaker\'s words', async () => {
    const draft = await extract(
      'Lithuania has informed NATO of the incident over the Curonian Lagoon. ' +
        'The Greek foreign ministry on Tuesday notified the European Union and the United Nations of the survey ship. ' +
        'Romania informed its allies about the drone debris found near Galati.',
    );
    claim(draft, 'state:LTU', 'STATE');
    claim(draft, 'org:greece-ministry-of-foreign-affairs', 'STATE');
    claim(draft, 'state:ROU', 'STATE');
  });

  it('reads what the party was told for its kind: "notified ⟨X⟩ that ⟨B⟩ had crossed" accuses ⟨B⟩', async () => {
    const draft = await extract(
      'Kenya notified the African Union that Somali militia had crossed into Mandera county. ' +
        'The Philippine coast guard informed the United States that Chinese vessels had blocked the resupply mission.',
    );
    claim(draft, 'state:KEN', 'ACCUSE', 'state:SOM');
    expect(draft.claims.some((c) => c.kind === 'ACCUSE' && c.targets.includes('state:CHN'))).toBe(true);
  });
});
