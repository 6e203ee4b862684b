import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * A body's post named with a pronoun and the person holding it, and an account set against another's
 * (src/extract/claims/speakers.ts, forms/active.ts, verbs.json). Sentences written for these tests.
 */

describe('"Its spokesman, ⟨Name⟩," after a body that said nothing', () => {
  it('speaks for the body the pronoun refers to, not for the state of the dateline', async () => {
    const draft = await extract(
      "BAMAKO, Jan 9 - Malian drones struck a convoy near Tinzaouaten on Sunday. Algeria's army moved two brigades to the border. Its spokesman, Colonel Karim Benali, accused Mali of violating Algerian airspace.",
    );
    expect(claim(draft, 'person:karim-benali', 'ACCUSE', 'state:MLI').onBehalfOf).toBe('state:DZA');
  });

  it("keeps a demand of the dateline's state as the body's", async () => {
    const draft = await extract(
      "ADDIS ABABA, Aug 2 - Ethiopian forces shelled the town of Humera. Sudan's army closed the crossing at Gallabat. Its spokesman, Brigadier Nabil Abdallah, urged Ethiopia to withdraw its troops from al-Fashaga.",
    );
    expect(claim(draft, 'person:nabil-abdallah', 'DEMAND', 'state:ETH').onBehalfOf).toBe('state:SDN');
  });

  it('reads a rank before the name', async () => {
    const draft = await extract(
      "MANILA, Oct 22 - Philippine officials said a Chinese coast guard ship had rammed a supply boat. China's Southern Theatre Command gave a different account. Its spokesman, Senior Colonel Tian Junli, said the Philippine boat had ignored repeated warnings and urged Manila to stop its provocations.",
    );
    expect(claim(draft, 'person:tian-junli', 'DEMAND', 'state:PHL').onBehalfOf).toBe('state:CHN');
  });
});

describe('an account set against the one just reported', () => {
  it('reads "gave a different account" as a denial of the side that gave the first', async () => {
    const draft = await extract(
      'The United States Navy said Chinese warships had sailed within 150 yards of the USS Decatur. The Chinese defence ministry gave a different account.',
    );
    claim(draft, 'org:china-ministry-of-defence', 'DENY', 'state:USA');
  });

  it('reads "offered a starkly different version" the same way', async () => {
    const draft = await extract(
      'Ukraine said Russian forces had shelled the plant. The Russian Defence Ministry offered a starkly different version.',
    );
    claim(draft, 'org:russia-ministry-of-defence', 'DENY', 'state:UKR');
  });

  it('leaves giving and offering anything else alone', async () => {
    const draft = await extract(
      'Japan gave a different answer to the survey. Turkey offered a different route for the pipeline and gave a briefing to reporters.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});
