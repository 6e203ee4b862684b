import { describe, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * The kind of a claim read from what its words say, and sentences read as
 * claims with no reporting verb of their own. Sentences written for these tests.
 */

describe("a briefing's answer under a rank the title words do not know", () => {
  it('reads "BRIGADIER GENERAL OKAFOR:" as the spokesperson the heading names, by surname', async () => {
    const draft = await extract(
      `Weekly Press Briefing of the Ministry of Defence of Nigeria, Spokesperson Brigadier General Tunde Okafor, Abuja, 4 March 2025

BRIGADIER GENERAL OKAFOR: Good morning. Our troops cleared three camps in Borno State this week.

JOURNALIST (Channels TV): Niger says Nigerian aircraft struck a village across the border. How do you respond?

BRIGADIER GENERAL OKAFOR: Niger must stop sheltering the fighters who attack our villages.`,
      '2025-03-04',
    );
    claim(draft, 'person:tunde-okafor', 'DEMAND', 'state:NER');
  });
});
