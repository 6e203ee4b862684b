import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A hostile act a party tells of another in its own words, with no accusing
 * verb (src/extract/claims/hostile.ts, src/extract/hostile.json): an
 * accusation of the doer, in a statement's own voice, in reported speech and
 * after a dateline, never of the speaker's own forces and never in a
 * journalist's narration. Sentences written for these tests.
 */

describe('a hostile act told in a statement or in reported speech', () => {
  it('reads an act after a statement\'s frame ("has learned with deep concern that") as an accusation of the state whose force did it', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Namibia\n\nThe Government of the Republic of Namibia has learned with deep concern that on 3 March 2026, a patrol boat of the Angolan Navy stopped four Namibian fishing boats near the mouth of the Kunene River and confiscated their catch.',
    );
    claim(draft, 'org:namibia-ministry-of-foreign-affairs', 'ACCUSE', 'state:AGO');
  });

  it('reads "⟨B⟩ was rebuilding its arsenal" and "⟨B⟩ aircraft came within ... of" in reported speech as accusations', async () => {
    const draft = await extract(
      "Israel's delegate said Hamas was rebuilding its arsenal in southern Gaza. Japan said a Chinese fighter jet came within thirty metres of its patrol aircraft over the East China Sea.",
    );
    claim(draft, 'state:ISR', 'ACCUSE', 'org:hamas');
    claim(draft, 'state:JPN', 'ACCUSE', 'state:CHN');
  });

  it('reads an act after a dateline, or in a clause opened by "after", as the speaker\'s accusation', async () => {
    const draft = await extract(
      "NAIROBI, May 4 - Somali militia fighters crossed the border into Mandera county overnight, Kenya's defence ministry said on Monday.\n\nThailand's army said its troops returned fire after Cambodian soldiers crossed the border line near the temple.",
    );
    claim(draft, 'org:kenya-ministry-of-defence', 'ACCUSE', 'state:SOM');
    claim(draft, 'org:thailand-army', 'ACCUSE', 'state:KHM');
  });

  it('reads the doer of a passive hostile act ("were seized by soldiers of the ⟨B⟩ army") and of strikes told in a relative clause', async () => {
    const draft = await extract(
      'Ghana said two of its fishermen were seized by soldiers of the Togolese army on Lake Volta. Sudan said its operation was a response to Chadian air strikes that hit a market in Darfur.',
    );
    claim(draft, 'state:GHA', 'ACCUSE', 'state:TGO');
    claim(draft, 'state:SDN', 'ACCUSE', 'state:TCD');
  });
});

describe('what a hostile act told does not make an accusation of', () => {
  it("leaves the speaker's own forces' act, and an act done to the subject, unaccused", async () => {
    const draft = await extract(
      "Kenya's defence ministry said Kenyan troops crossed the border into Somalia to pursue the attackers. Peru said three Peruvian soldiers were killed in the clash.",
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('leaves a nation\'s noun ("the ⟨Israeli⟩ strikes", "⟨Israel⟩\'s attacks") unread as a verb', async () => {
    const draft = await extract(
      "Türkiye's foreign minister said Israel's attacks on Syria are the main threat to the region. Egypt said the Israeli strikes were a matter for the Council.",
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it("leaves a journalist's narration of an act, with no speaker, unclaimed", async () => {
    const draft = await extract(
      'Ethiopian troops crossed into Sudanese territory near al-Fashaga on Sunday. The area has been disputed for decades.',
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });
});
