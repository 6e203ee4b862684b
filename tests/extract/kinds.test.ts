import { describe, expect, it } from 'vitest';
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

describe('a wrong told as what the other side did, with no verb of accusing', () => {
  it('reads "approached and harassed" as an accusation of the state whose aircraft did it', async () => {
    const draft = await extract(
      "China's Ministry of National Defense said Philippine aircraft repeatedly approached and harassed a Chinese survey ship near Scarborough Shoal on Tuesday.",
    );
    claim(draft, 'org:china-ministry-of-defence', 'ACCUSE', 'state:PHL');
  });

  it('reads a boat that "had sailed into waters near" a disputed reef as an accusation', async () => {
    const draft = await extract(
      'The Indonesian Navy said a Malaysian patrol boat had sailed into waters near the Ambalat block and was escorted out.',
    );
    claim(draft, 'org:indonesia-navy', 'ACCUSE', 'state:MYS');
  });

  it('reads a wrong after an opening time ("on 3 May, ... had struck") as an accusation', async () => {
    const draft = await extract(
      "Russia's Ministry of Defence said that on 3 May Ukrainian drones had struck a substation that supplies the plant.",
    );
    claim(draft, 'org:russia-ministry-of-defence', 'ACCUSE', 'state:UKR');
  });

  it('does not read "struck a deal" as a wrong', async () => {
    const draft = await extract(
      "Egypt's foreign ministry said Ethiopia had struck a deal with Sudan on the dam's filling.",
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe("a denial told as a counter-account of the party's own conduct", () => {
  it('reads "had been sailing in international waters" from the ship\'s side as a denial of the accusation', async () => {
    const draft = await extract(
      "Britain's defence ministry said a Russian spy ship had entered British waters off Scotland. The Russian embassy in London said the ship had been sailing in international waters.",
    );
    claim(draft, 'org:embassy-of-russia-in-london', 'DENY', 'state:GBR');
  });

  it('reads "its vessel had stayed in ⟨its own⟩ waters" as a denial', async () => {
    const draft = await extract(
      'The Indonesian Navy said a Malaysian patrol boat had crossed into Indonesian waters. The Malaysian Maritime Enforcement Agency said its vessel had stayed in Malaysian waters throughout.',
    );
    expect(draft.claims.map((c) => c.kind)).toContain('DENY');
  });

  it('reads "on the northern side of the line" as a denial', async () => {
    const draft = await extract(
      "North Korea's army said its soldiers had been on the northern side of the line when the South fired.",
    );
    expect(draft.claims.some((c) => c.kind === 'DENY')).toBe(true);
  });

  it('does not read a promise to go on with "lawful operations" as a denial', async () => {
    const draft = await extract(
      'Philippine Foreign Secretary Elena Marquez said the Philippines would not be intimidated and would continue its lawful operations.',
    );
    expect(draft.claims.map((c) => c.kind)).not.toContain('DENY');
  });
});

describe("a call for what a party's forces are to do", () => {
  it('reads "called for an immediate withdrawal of ⟨B⟩ forces" as a demand of ⟨B⟩', async () => {
    const draft = await extract(
      "Egypt's representative called for an immediate and unconditional withdrawal of Israeli forces from Lebanese territory.",
    );
    claim(draft, 'state:EGY', 'DEMAND', 'state:ISR');
  });

  it('keeps a call for the withdrawal of foreign forces, naming no party, a call for an outcome', async () => {
    const draft = await extract("Egypt's representative called for the withdrawal of all foreign forces from Libya.");
    expect(draft.claims.map((c) => c.kind)).not.toContain('DEMAND');
  });
});
