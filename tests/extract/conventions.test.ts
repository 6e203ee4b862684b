import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * What a claim records whatever sentence form found it: a position aimed at
 * no one, a demand of "both sides" aimed at each of the two parties the
 * text sets against each other, and no claim
 * from words that only say who spoke. Sentences written for these tests.
 */

describe('a demand of both sides', () => {
  it('records "urged both governments to ..." as a demand of each of the two states that accuse each other', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to keep talking.',
    );
    expect(
      lines(draft)
        .filter((l) => l.startsWith('org:african-union '))
        .sort(),
    ).toEqual(['org:african-union DEMAND state:GHA', 'org:african-union DEMAND state:TGO']);
  });

  it('takes the two states set against each other, not a third the text names more often', async () => {
    const draft = await extract(
      'France said its nationals in Gao were safe. France later closed its consulate, and France told its citizens to leave. ' +
        'Mali accused Algeria of shooting down a Malian drone near Tinzaouaten. The African Union called on the two neighbours to restore channels of communication.',
    );
    expect(
      lines(draft)
        .filter((l) => l.startsWith('org:african-union '))
        .sort(),
    ).toEqual(['org:african-union DEMAND state:DZA', 'org:african-union DEMAND state:MLI']);
  });

  it('leaves an appeal for calm, "urged both governments to exercise restraint", aimed at neither', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to exercise restraint.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:african-union '))).toEqual(['org:african-union DEMAND -']);
  });

  it('leaves "both governments" aimed at neither when no two states stand apart', async () => {
    const draft = await extract(
      'Kenya, Uganda and Tanzania met in Arusha on Monday. The African Union urged both governments to keep talking.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:african-union '))).toEqual(['org:african-union DEMAND -']);
  });

  it('leaves "all parties" and "both sides of the border" aimed at no one', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border. The African Union called on all parties to exercise restraint.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:african-union '))).toEqual(['org:african-union DEMAND -']);
  });
});

describe('a position', () => {
  it('is aimed at no one, whoever its words name', async () => {
    const draft = await extract(
      'Chile said on Tuesday that Bolivia remained its largest trading partner in the region.',
    );
    expect(lines(draft)).toContain('state:CHL STATE -');
    expect(lines(draft)).not.toContain('state:CHL STATE state:BOL');
  });

  it('is not read from words that only say who spoke and where', async () => {
    const draft = await extract(
      '"Togo started this, and Togo must stop it," Ghanaian army spokesman Colonel Kofi Mensah told reporters in Accra.',
    );
    expect(draft.claims.filter((c) => /told reporters/.test(c.allegation))).toEqual([]);
  });
});

describe('a demand of both parties named', () => {
  it('aims "urged both the ⟨A⟩ and the ⟨B⟩ to ..." at each', async () => {
    const draft = await extract(
      'The representative of Norway urged both the Sudanese Armed Forces and the Rapid Support Forces to agree to a truce.',
    );
    expect(
      lines(draft)
        .filter((l) => l.startsWith('state:NOR DEMAND'))
        .sort(),
    ).toEqual(['state:NOR DEMAND org:rapid-support-forces', 'state:NOR DEMAND org:sudan-armed-forces']);
  });
});

describe('a party named by what it is', () => {
  it('aims a state\'s "accused its neighbour of ..." at the other state the text is about', async () => {
    const draft = await extract(
      'Ghana and Togo have argued over the border villages for months. Ghana’s foreign ministry on Monday accused its neighbour of moving troops into two of them.',
    );
    expect(lines(draft)).toContain('org:ghana-ministry-of-foreign-affairs ACCUSE state:TGO');
  });

  it('aims a state\'s "accused the government of ..." at another state\'s government, never its own', async () => {
    const draft = await extract(
      'Togo said on Monday that the talks with Benin had failed. Ghana accused the government of moving troops to the border, and said Togo had ignored its letters.',
    );
    // The organ charged stays the target though its state is named in the next clause.
    expect(lines(draft)).toContain('state:GHA ACCUSE org:togo-government');
  });

  it('aims a voice of no state\'s "urged the administration to ..." at the administration of the state just spoken of', async () => {
    const draft = await extract(
      'Benin closed its border crossings on Friday. Shelling continued near the border with Togo. The opposition party Kofi Forum urged the administration to seek talks.',
    );
    expect(lines(draft)).toContain('org:kofi-forum DEMAND org:togo-government');
  });

  it('aims a state\'s "criticized the Government" at no one when two states are named alike', async () => {
    const draft = await extract(
      'Peru and Chile held talks on the border. Ghana criticized the government for the delays.',
    );
    expect(claim(draft, 'state:GHA', 'CRITICIZE').targets).toEqual([]);
  });

  it('aims a state\'s "urged the de facto authorities to ..." and "accused the interim government of ..." at the organs of the state the text is about', async () => {
    const draft = await extract(
      'Mali’s transitional rulers closed the border with Niger on Monday. Mali said the closure was temporary, and Mali’s army moved troops north. The representative of Senegal urged the de facto authorities to reopen the crossings, and Ghana accused the interim government of blocking trade.',
    );
    expect(lines(draft)).toContain('state:SEN DEMAND org:mali-authorities');
    // Which of Mali's two organs the charge names is not told apart yet: it is aimed at one of them, not at Mali.
    expect(lines(draft).filter((l) => l.startsWith('state:GHA ACCUSE org:mali-'))).toHaveLength(1);
  });

  it('aims "called on the defence minister to ..." of a voice of no state at the state just spoken of', async () => {
    const draft = await extract(
      'Kenya bought six patrol boats in March. The opposition party Kofi Forum called on the defence minister to publish the price.',
    );
    expect(lines(draft)).toContain('org:kofi-forum DEMAND state:KEN');
  });

  it('aims a charge at "the Government of ⟨State⟩" at that government, an organ of the state it names', async () => {
    const draft = await extract('Ghana accused the Government of Togo of moving troops to the border.');
    expect(lines(draft)).toEqual(['state:GHA ACCUSE org:togo-government']);
  });
});

describe('a warning that names no one', () => {
  it("is aimed, in a state's own statement, at the other state the text is about", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Benin\n\nOn 3 March, soldiers of Togo crossed into Benin near Aplahoué. Togo has given no explanation. Benin will take all necessary measures to protect its territory.',
      '2026-03-05',
      'Ministry of Foreign Affairs of Benin',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([['state:TGO']]);
  });

  it("aims the statement's criticism naming no one, and its demand for a release, at that state too", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Benin\n\nOn 3 March, soldiers of Togo crossed into Benin near Aplahoué and detained two farmers. Togo has given no explanation. Benin strongly condemns this act. Benin demands the immediate release of the two farmers.',
      '2026-03-05',
      'Ministry of Foreign Affairs of Benin',
    );
    expect(lines(draft)).toContain('state:BEN CRITICIZE state:TGO');
    expect(lines(draft)).toContain('state:BEN DEMAND state:TGO');
  });

  it('is aimed at no one when no other state stands out', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Benin\n\nTogo and Niger held talks on the border. Benin will take all necessary measures to protect its territory.',
      '2026-03-05',
      'Ministry of Foreign Affairs of Benin',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([[]]);
  });

  it('is aimed at no one in a report of what others said', async () => {
    const draft = await extract(
      'Soldiers of Togo crossed into Benin near Aplahoué, Togo and Benin said. Togo gave no explanation. Benin warned that it would take all necessary measures.',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([[]]);
  });
});
