import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * What a claim records whatever sentence form found it: a position aimed at
 * no one, "both sides" as the two states the text is about, and no claim
 * from words that only say who spoke. Sentences written for these tests.
 */

describe('a demand of both sides', () => {
  it('aims "urged both governments to ..." at the two states the text is about', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to keep talking.',
    );
    expect(
      lines(draft)
        .filter((l) => l.startsWith('org:african-union '))
        .sort(),
    ).toEqual(['org:african-union DEMAND state:GHA', 'org:african-union DEMAND state:TGO']);
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
