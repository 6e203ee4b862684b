import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims carried by a clause hung on a party rather than by the main clause
 * (src/extract/claims/relatives.ts): a relative clause telling a wrong of the
 * party, a reason clause, a relative clause between a subject and its verb,
 * and a cause or a description laid by a party of the relative clause. In the
 * speaker's voice only: a clause that only says who the party is, or one in a
 * sentence nobody speaks in, makes no claim. Sentences written for these tests.
 */

describe('a wrong told in a relative clause of the words said', () => {
  it('reads "⟨B⟩, whose fighters had killed ..." in an accusation of another party as an accusation of ⟨B⟩ too', async () => {
    const draft = await extract(
      'The representative of Pakistan accused the Afghan authorities of sheltering Tehrik-e Taliban Pakistan, whose fighters had killed twelve policemen in Bannu in March.',
    );
    claim(draft, 'state:PAK', 'ACCUSE', 'org:tehreek-e-taliban-pakistan');
  });

  it('reads "⟨B⟩, which had fired ... at" in reported words as the speaker\'s accusation of ⟨B⟩', async () => {
    const draft = await extract(
      "Ukraine's delegate said Iran had sent Shahed drones to the Russian Federation, which had fired them at Odesa's port in May.",
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
  });

  it('reads a reason clause, "since it armed and trained ⟨B⟩", as an accusation of the party the words are aimed at', async () => {
    const draft = await extract(
      "Morocco's representative called on Algeria to join the talks as a full party, since it sheltered, armed and trained the Polisario.",
    );
    claim(draft, 'state:MAR', 'DEMAND', 'state:DZA');
    claim(draft, 'state:MAR', 'ACCUSE', 'state:DZA');
  });

  it('reads a subject whose verb comes after a relative clause ("⟨B⟩, which replaced ⟨C⟩, bore responsibility for")', async () => {
    const draft = await extract(
      'The French representative said the Africa Corps, which took over from the Wagner Group, bore responsibility for the killing of herders near Ménaka.',
    );
    claim(draft, 'state:FRA', 'ACCUSE', 'org:africa-corps');
  });
});

describe('what a party of the relative clause says of the thing told', () => {
  it('reads "..., which it blamed on ⟨B⟩ agents" as the accusation of the party "it" stands for', async () => {
    const draft = await extract(
      'Paris said the expulsions answered the sabotage of a rail line near Lyon, which it blamed on Russian agents.',
    );
    claim(draft, 'state:FRA', 'ACCUSE', 'state:RUS');
  });

  it('reads "which ⟨X⟩ describes as ineffective" as a criticism and "which it describes as ..." as an account', async () => {
    const draft = await extract(
      'Somalia has been under an arms embargo since 1992, which the Security Council\'s own monitors describe as "largely ineffective". Manila said the buoys that China has anchored near the shoal, which it describes as weather stations, must be removed.',
    );
    claim(draft, 'org:un-security-council', 'CRITICIZE');
    claim(draft, 'state:CHN', 'STATE');
  });
});

describe('the reason given for an abstention or a vote against', () => {
  it('reads a reason that finds fault with the text or leaves questions open as a criticism, and a view of the moment as a statement', async () => {
    const draft = await extract(
      "The representative of Ecuador said her delegation had abstained because the draft was silent on the mandate's funding. The representative of Malta said her country had abstained because both parties had asked for more time to consult.",
    );
    claim(draft, 'state:ECU', 'CRITICIZE');
    expect(lines(draft).filter((l) => l.startsWith('state:MLT CRITICIZE'))).toEqual([]);
  });
});

describe('clauses that make no claim', () => {
  it("leaves a clause that only says who the party is, and a journalist's narration, unclaimed", async () => {
    const draft = await extract(
      'Russia, which holds a permanent seat on the Council, voted against the draft. Tehrik-e Taliban Pakistan, whose fighters had killed twelve policemen in March, operates from eastern Afghanistan.',
    );
    expect(lines(draft).filter((l) => / (?:ACCUSE|CRITICIZE) /.test(l))).toEqual([]);
  });

  it('hangs no wrong on a place named after "in", nor on the speaker\'s own side', async () => {
    const draft = await extract(
      "The representative of the United States said Iran had armed militias in Iraq, which had attacked a base in Erbil. Türkiye's delegate said his country, which had hosted four million refugees, had been attacked by the PKK.",
    );
    expect(lines(draft).filter((l) => l.includes('ACCUSE state:IRQ'))).toEqual([]);
    expect(lines(draft).filter((l) => /^state:TUR ACCUSE state:TUR/.test(l))).toEqual([]);
  });

  it('charges a party once when the main clause already holds it to account ("summoned the envoy of ⟨B⟩ after ⟨B⟩ ...")', async () => {
    const draft = await extract(
      "Lithuania's foreign ministry said it had summoned the chargé d'affaires of Belarus after Belarusian border guards detained two Lithuanian citizens.",
    );
    const charges = lines(draft).filter((l) => / (?:ACCUSE|CRITICIZE) state:BLR/.test(l));
    expect(charges).toHaveLength(1);
  });
});
