import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Who answers in a briefing when the label does not spell a name out: a
 * surname with a particle ("AL-HAMDANI:") for the spokesman the heading names
 * after his post of a state's government; a label that comes after each
 * question ("PMOS:", an initialism of the post) for the body whose briefing it
 * is; a bare surname in capitals ("OKONKWO:") for the person the heading names
 * in full. Sentences written for these tests.
 */

describe('who answers in a briefing', () => {
  it("reads a surname label with a particle as the spokesman the heading names after a government's post", async () => {
    const text = `Weekly press conference of the Official Spokesman of the Jordanian Government, Khalid al-Hamdani, Amman, 4 May 2026

AL-HAMDANI: Good afternoon. The Council of Ministers met this morning.

Q: Syria says Jordanian aircraft struck a village near Daraa on Sunday. What is your answer?

AL-HAMDANI: We call on Syria to stop the smuggling of weapons and drugs across our border.`;
    const draft = await extract(text, '2026-05-04');
    claim(draft, 'person:khalid-al-hamdani', 'DEMAND', 'state:SYR');
    expect(draft.claims.find((c) => c.speaker === 'person:khalid-al-hamdani')?.onBehalfOf).toBe('state:JOR');
  });

  it('reads a label that answers each question as the body whose briefing it is', async () => {
    const text = `Lobby briefing by the Prime Minister's Official Spokesperson, Downing Street, 2 June 2026

PMOS: Good morning. The Prime Minister will chair a meeting of COBR this afternoon.

Q: Iran says the tanker seized in the Gulf was carrying British cargo illegally. Is that right?

PMOS: We call on Iran to release the vessel and its crew immediately.

Q: Will the Foreign Secretary summon the ambassador?

PMOS: We hold Iran responsible for any harm to the crew.`;
    const draft = await extract(text, '2026-06-02');
    claim(draft, 'org:uk-prime-ministers-office', 'DEMAND', 'state:IRN');
    claim(draft, 'org:uk-prime-ministers-office', 'WARN', 'state:IRN');
  });

  it('leaves an outlet that asks after the answers a question', async () => {
    const text = `Press Conference of the Ministry of Foreign Affairs of Estonia, Tallinn, 9 February 2026

SPOKESPERSON: Good morning.

ERR: Russia says Estonian border guards detained a Russian fisherman on Lake Peipus. Will he be released?

SPOKESPERSON: The man entered Estonian waters illegally.

ERR: Will Estonia protest to Moscow about the buoys?

SPOKESPERSON: We call on Russia to return the buoys it removed from the Narva river.`;
    const draft = await extract(text, '2026-02-09');
    expect(draft.claims.filter((c) => c.speaker === 'org:err')).toEqual([]);
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'DEMAND', 'state:RUS');
  });

  it('reads a surname in capitals labelling answers as the person the heading names in full', async () => {
    const text = `Government Press Conference, Abuja, 12 March 2026, with Information Minister Bola Adeyemi and Chidi Okonkwo (Ministry of Foreign Affairs)

ADEYEMI: Good afternoon. The President will travel to Accra on Friday.

QUESTION (Punch): Niger says Nigerian troops crossed into its territory near Maradi. Is that true?

OKONKWO: We urge Niger to use the joint commission rather than the press.

QUESTION (Vanguard): Will the border reopen?

OKONKWO: The border will reopen when Niger stops the attacks on our patrols.`;
    const draft = await extract(text, '2026-03-12');
    claim(draft, 'person:chidi-okonkwo', 'DEMAND', 'state:NER');
  });
});
