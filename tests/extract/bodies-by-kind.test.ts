import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A body named once and then by the kind of body it is ("The group called on ⟨B⟩ to ...", "..., the institute
 * says", "The court found that ..."), speaking: the body of that kind named last before it, a body that spoke just
 * before first (src/extract/referents.json, "kinds"). Each on sentences written for these tests.
 */

/** The sentence a claim was drafted from. */
const sentenceOf = (text: string, c: { sentence: { start: number; end: number } }) =>
  text.slice(c.sentence.start, c.sentence.end);

describe('a body named again by its kind, speaking', () => {
  it('reads "the group" and "the rights group" as the body named before, one named since its last words first', async () => {
    const draft = await extract(
      'NAIROBI, March 4 - Human Rights Watch said on Tuesday that Ethiopian soldiers had killed dozens of villagers near Gondar. The group urged Ethiopia to let independent investigators into the area. ' +
        'Amnesty International said Myanmar jets had bombed a school in Sagaing, in breach of a U.N. arms embargo. The rights group has accused Myanmar of targeting civilians deliberately. ' +
        'The International Crisis Group published a report on Friday. "The ceasefire is collapsing," the group said, blaming Azerbaijan for the shelling of border villages.',
    );
    claim(draft, 'org:human-rights-watch', 'DEMAND', 'state:ETH');
    claim(draft, 'org:amnesty-international', 'ACCUSE', 'state:MMR');
    expect(lines(draft).filter((l) => l.startsWith('org:united-nations'))).toEqual([]);
    claim(draft, 'org:international-crisis-group', 'ACCUSE', 'state:AZE');
  });

  it('reads "the court", "the institute" and "the alliance" by the word their names hold', async () => {
    const text =
      'The International Court of Justice delivered its judgment in The Hague on Wednesday. The court found that Serbia had failed to prevent genocide at Srebrenica. ' +
      "Russia supplied most of Algeria's fighters, according to the Stockholm International Peace Research Institute. Turkey has become a supplier too: the institute says Ankara sold drones to Morocco in 2021. " +
      'NATO foreign ministers met in Brussels on Thursday. On Friday the alliance accused Russia of jamming satellite signals over the Baltic.';
    const draft = await extract(text);
    claim(draft, 'org:icj', 'REPORT', 'state:SRB');
    expect(draft.claims.some((c) => c.speaker === 'org:sipri' && /Ankara sold drones/.test(sentenceOf(text, c)))).toBe(
      true,
    );
    claim(draft, 'org:nato', 'ACCUSE', 'state:RUS');
  });

  it('leaves a kind noun inside a clause, and one no body of that kind was named for, unread', async () => {
    const text =
      '"This is the very occupation the court condemned in 2019," the Moldovan foreign minister said. Ukraine\'s defence ministry said on Monday that Russian drones had struck Odesa. The group said the strike had killed four people.';
    const draft = await extract(text);
    expect(lines(draft).filter((l) => l.startsWith('org:icj') || /\bgroup\b/.test(l))).toEqual([]);
    expect(draft.claims.filter((c) => /^The group said/.test(sentenceOf(text, c)))).toEqual([]);
  });
});

describe('a threat invented to justify an aim', () => {
  it('reads "is exaggerating a threat to justify", "inflated the danger in order to justify" and "staged ... to justify" as accusations', async () => {
    const draft = await extract(
      'The Chinese embassy in Canberra said the flights were routine. "Canberra is once again exaggerating a Chinese threat to justify its submarine deal," the embassy said in a statement. ' +
        "The representative of the Democratic People's Republic of Korea said Japan had inflated the danger from the peninsula in order to justify its rearmament. " +
        "Russia's foreign ministry said Finland had staged the border incident to justify closing its crossings.",
    );
    claim(draft, 'org:embassy-of-china-in-canberra', 'ACCUSE', 'state:AUS');
    claim(draft, 'state:PRK', 'ACCUSE', 'state:JPN');
    claim(draft, 'org:russia-ministry-of-foreign-affairs', 'ACCUSE', 'state:FIN');
  });
});
