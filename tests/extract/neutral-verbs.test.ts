import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The kind of what is said after a neutral verb ("said", "told"), read from
 * the words: an act judged unlawful is a criticism of whoever did it, blame
 * shifted a criticism of the one shifting it, foreign forces said not to be
 * on one's own soil a denial. Each on sentences written for these tests.
 */

describe('an act said to break the law or a sovereignty', () => {
  it('criticizes the party named with the act, not the state whose sovereignty it names', async () => {
    const draft = await extract(
      "The representative of Brazil said the Turkish strikes on Kirkuk violated Iraq's sovereignty and the Charter.",
    );
    claim(draft, 'state:BRA', 'CRITICIZE', 'state:TUR');
    expect(lines(draft)).not.toContain('state:BRA ACCUSE state:TUR');
    expect(draft.claims.filter((c) => c.targets.includes('state:IRQ'))).toEqual([]);
  });

  it('aims a breach by acts that name no one at whoever the text said carried them out', async () => {
    const draft = await extract(
      'Ethiopia launched air strikes on border villages in Eritrea on Sunday. The Norwegian delegate said the attacks breached international humanitarian law.',
    );
    claim(draft, 'state:NOR', 'CRITICIZE', 'state:ETH');
    expect(lines(draft)).not.toContain('state:NOR ACCUSE state:ETH');
    expect(lines(draft)).not.toContain('state:NOR CRITICIZE state:ERI');
  });

  it('aims a breach by acts "by" a party at that party', async () => {
    const draft = await extract(
      'Chile said raids by Peru had violated its territorial integrity. Ecuador said the seizure of its trawlers by Peru flouted international law.',
    );
    claim(draft, 'state:CHL', 'CRITICIZE', 'state:PER');
    claim(draft, 'state:ECU', 'CRITICIZE', 'state:PER');
  });

  it('keeps a party that itself broke the law accused, and a neutral account of acts a statement', async () => {
    const draft = await extract(
      'Ghana said Togo had violated international law. Ghana said the exercises would end on Friday.',
    );
    claim(draft, 'state:GHA', 'ACCUSE', 'state:TGO');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });
});

describe('blame said to be shifted', () => {
  it('reads "looking for a scapegoat for its own failures" as a criticism of the subject', async () => {
    const draft = await extract(
      "Senegal's foreign minister, Awa Ndiaye, said Mali was looking for a scapegoat for its own military setbacks.",
    );
    claim(draft, 'person:awa-ndiaye', 'CRITICIZE', 'state:MLI');
  });

  it('reads a wrong done to draw attention from its own failings as a wrong, and a plain account as a statement', async () => {
    const draft = await extract(
      'Moldova said Russia was using the gas dispute to draw attention away from its own losses. Moldova said its own harvest had been poor.',
    );
    claim(draft, 'state:MDA', 'ACCUSE', 'state:RUS');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });
});

describe('foreign forces said not to be on the speaker’s soil', () => {
  it('reads "there are no foreign bases in ⟨own state⟩" as a denial, and the clause after it for its own kind', async () => {
    const draft = await extract(
      'Togo accused Ghana of hosting French troops. Ghana said there were no foreign military bases in Ghana and that Togo was looking for a scapegoat for its own failures.',
    );
    claim(draft, 'state:GHA', 'DENY', 'state:TGO');
    claim(draft, 'state:GHA', 'CRITICIZE', 'state:TGO');
  });

  it('reads the demonym of the speaker’s soil as its own, and another state’s soil as no denial', async () => {
    const draft = await extract(
      'The Beninese government spokesman, Paul Agossou, said there was no French base on Beninese soil. Benin said there were no Russian instructors in Niger any longer.',
    );
    claim(draft, 'person:paul-agossou', 'DENY');
    expect(draft.claims.filter((c) => c.speaker === 'state:BEN' && c.kind === 'DENY')).toEqual([]);
  });
});

describe('what the United Nations counted or was told', () => {
  it('reads a toll, a rise and reports received, told by a UN official, as findings aimed at no one', async () => {
    const draft = await extract(
      'Briefing the Security Council, Assistant Secretary-General for Africa Martina Olsen said at least 80 civilians had been killed in eastern Chad since March. She said arrests of aid workers had doubled since January. She said her office had received credible reports of looting in the camps.',
    );
    const kinds = draft.claims.filter((c) => c.speaker === 'person:martina-olsen').map((c) => c.kind);
    expect(kinds).toEqual(['REPORT', 'REPORT', 'REPORT']);
    expect(draft.claims.flatMap((c) => c.targets)).toEqual([]);
  });

  it("keeps a state's own count what the state says", async () => {
    const draft = await extract('Chad said at least 80 civilians had been killed in the east since March.');
    expect(draft.claims.map((c) => c.kind)).toEqual(['STATE']);
  });
});

describe('a wrong said of parties the speaker does not name', () => {
  it('reads it as an accusation aimed at no one, not at the party the text named last', async () => {
    const draft = await extract(
      'Iran said foreign powers were arming militias in Baluchistan. Venezuela said some Western Governments had deliberately obstructed the talks with Guyana.',
    );
    claim(draft, 'state:IRN', 'ACCUSE');
    claim(draft, 'state:VEN', 'ACCUSE');
    expect(draft.claims.flatMap((c) => c.targets)).toEqual([]);
  });

  it('keeps a neutral account of such parties a statement', async () => {
    const draft = await extract('Iran said foreign powers were watching the talks closely.');
    expect(draft.claims.map((c) => c.kind)).toEqual(['STATE']);
  });
});

describe('a part in a wrong said to have been needed', () => {
  it('accuses the party without whose support the wrong could not have been done', async () => {
    const draft = await extract(
      'Armenia said the drone strike could not have been launched without the intelligence and backing of Türkiye.',
    );
    claim(draft, 'state:ARM', 'ACCUSE', 'state:TUR');
  });

  it('reads no accusation in a part the speaker’s own side played', async () => {
    const draft = await extract(
      'Armenia said the election could not have been held without the support of Armenia and its observers.',
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});
