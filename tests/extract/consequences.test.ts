import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Demands and warnings that carry no verb of demanding or warning
 * (src/extract/consequences.json): a party told what it must do with a
 * parenthesis before the modal or by a pronoun, an addressee named by its
 * role, and a consequence announced for another party. Each on sentences
 * written for these tests.
 */

describe('a demand told by a modal, without a demand verb', () => {
  it('reads a party told what it must do with a parenthesis before the modal', async () => {
    const draft = await extract(
      'The representative of Norway said the ceasefire had held for a month. Sudan, for its part, must open the crossings to aid convoys, she said.',
    );
    claim(draft, 'state:NOR', 'DEMAND', 'state:SDN');
  });

  it('aims a modal after a pronoun at whom the speaker just accused', async () => {
    const draft = await extract(
      'Austria accused Serbia on Monday of arming the militias. "It should stop sending weapons across the border," the Austrian foreign minister Klara Huber said.',
    );
    claim(draft, 'person:klara-huber', 'DEMAND', 'state:SRB');
  });

  it('leaves a pronoun that stands for no party, and the speaker\u2019s own side, unasked', async () => {
    const draft = await extract(
      '"It must be said that the talks went well," the Austrian foreign minister Klara Huber said. "We must stay calm," she added. "They should rest now," she said of the negotiators.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'DEMAND'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('a demand told as an expectation or a duty falling to a party', () => {
  it("reads what the speaker's government expects of a named party as a demand of it", async () => {
    const draft = await extract(
      "Kenya's foreign minister, Musalia Mudavadi, told reporters that his government expected Mogadishu to honour the border accord.",
    );
    claim(draft, 'person:musalia-mudavadi', 'DEMAND', 'state:SOM');
  });

  it('reads "it is for ⟨B⟩ to" and "the onus is on ⟨B⟩" as demands of that party', async () => {
    const draft = await extract(
      'The representative of Ghana said it was now for Mali to show that it wanted peace. "The onus is on Algeria," the representative of Ghana said.',
    );
    claim(draft, 'state:GHA', 'DEMAND', 'state:MLI');
    claim(draft, 'state:GHA', 'DEMAND', 'state:DZA');
  });
});

describe('a demand whose addressee is named by its role or a pronoun', () => {
  it('aims "urging that country to" at the state named before', async () => {
    const draft = await extract(
      'Most of the rifles seized in the port had been shipped from Brazil, the representative of Chile said, urging that country to tighten its export controls.',
    );
    claim(draft, 'state:CHL', 'DEMAND', 'state:BRA');
  });

  it('aims "we have urged it to" at the body named before', async () => {
    const draft = await extract(
      'Bangladesh has written to the World Health Organization about the outbreak in the camps. "We have urged it to send a team at once," the spokesperson of Bangladesh, Nusrat Jahan, said.',
    );
    claim(draft, 'person:nusrat-jahan', 'DEMAND', 'org:who');
  });
});

describe('a warning told as a consequence for another party', () => {
  it('aims a consequence at the party it is for, not at whom the act would be against', async () => {
    const draft = await extract(
      'Foreign Minister Jan Novak of Czechia said any further attack against Slovakia would have consequences for Hungary.',
    );
    claim(draft, 'person:jan-novak', 'WARN', 'state:HUN');
    expect(draft.claims.some((c) => c.kind === 'WARN' && c.targets.includes('state:SVK'))).toBe(false);
  });

  it('aims a consequence held until a party acts at that party', async () => {
    const draft = await extract(
      'Chad closed its border with Sudan on Friday. The interior minister of Chad, Idriss Mahamat, said the crossing would stay closed until Sudan handed over the raiders.',
    );
    claim(draft, 'person:idriss-mahamat', 'WARN', 'state:SDN');
  });

  it('reads "will not go unanswered" after an accusation as a warning to the accused', async () => {
    const draft = await extract(
      'Estonia accused Russia on Tuesday of jamming the signals of civilian aircraft. "This will not go unanswered," the Estonian foreign minister Kadri Tamm said.',
    );
    claim(draft, 'person:kadri-tamm', 'WARN', 'state:RUS');
  });

  it('does not read a plain future of the speaker\u2019s own as a warning', async () => {
    const draft = await extract(
      'The Estonian foreign minister Kadri Tamm said Estonia will host the meeting of Baltic ministers next week and will open a consulate in Riga.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'WARN'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});
