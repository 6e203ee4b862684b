import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';
import { onlyCalm } from '../../src/extract/claims/warring.js';

/**
 * A demand of "both sides", "both parties" or "the warring parties" in a text that names the two parties of a
 * conflict is a demand of those two, not of the states the text names most; and an appeal for calm alone is aimed
 * at neither, while calm and something more is a demand of each. Sentences written for these tests.
 */

const of = (draft: Awaited<ReturnType<typeof extract>>, speaker: string) =>
  lines(draft)
    .filter((l) => l.startsWith(`${speaker} DEMAND`))
    .sort();

describe('a demand of both sides of a named conflict', () => {
  it('aims "urged both sides to ..." at the two parties of "clashes between ⟨A⟩ and ⟨B⟩", not the states it spills into', async () => {
    const draft = await extract(
      'Thailand protested to Myanmar on Monday after shells landed in a Thai border village, the third time this month. ' +
        'The shells were fired during clashes between the Myanmar military and the Arakan Army near the river. ' +
        'The United Nations refugee agency, UNHCR, urged both sides to spare civilians living near the frontier.',
    );
    expect(of(draft, 'org:unhcr')).toEqual([
      'org:unhcr DEMAND org:arakan-army',
      'org:unhcr DEMAND org:myanmar-military',
    ]);
  });

  it('takes the two parties of "⟨A⟩ and ⟨B⟩ have been fighting" for "both parties"', async () => {
    const draft = await extract(
      'The Rapid Support Forces and the Sudanese Armed Forces have been fighting since April 2023. ' +
        'Egypt accused the United Arab Emirates of arming one side. ' +
        'Kenya called on both parties to agree to a ceasefire before the rainy season.',
    );
    const demands = of(draft, 'state:KEN');
    expect(demands).toContain('state:KEN DEMAND org:rapid-support-forces');
    expect(demands.some((l) => /state:(?:EGY|ARE)/.test(l))).toBe(false);
  });

  it('takes two armed forces named together in a text about a war for "the warring parties"', async () => {
    const draft = await extract(
      'The draft would have demanded that the Sudanese Armed Forces and the Rapid Support Forces open the roads to aid convoys. ' +
        'Ghana called on the warring parties to agree to a ceasefire.',
    );
    expect(of(draft, 'state:GHA')).toContain('state:GHA DEMAND org:rapid-support-forces');
  });

  it('still aims "both governments" at the two states set against each other when the text names no conflict', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to keep talking.',
    );
    expect(of(draft, 'org:african-union')).toEqual([
      'org:african-union DEMAND state:GHA',
      'org:african-union DEMAND state:TGO',
    ]);
  });
});

describe('an appeal for calm and something more', () => {
  it('aims "both governments to exercise restraint and to settle ..." at each of the two states', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to exercise restraint and to settle the matter through their joint commission.',
    );
    expect(of(draft, 'org:african-union')).toEqual([
      'org:african-union DEMAND state:GHA',
      'org:african-union DEMAND state:TGO',
    ]);
  });

  it('leaves calm alone, "to show restraint and to refrain from inflammatory statements", aimed at neither', async () => {
    const draft = await extract(
      'Ghana accused Togo of moving troops to the border on Monday. Togo said the troops were on a routine exercise and accused Ghana of stirring tension. The African Union urged both governments to show restraint and to refrain from inflammatory statements.',
    );
    expect(of(draft, 'org:african-union')).toEqual(['org:african-union DEMAND -']);
  });

  it('tells calm alone from calm and more', () => {
    expect(onlyCalm('both sides to exercise restraint')).toBe(true);
    expect(onlyCalm('both sides to stay calm, and to avoid any escalation')).toBe(true);
    expect(onlyCalm('both sides to exercise restraint and to allow an independent inquiry')).toBe(false);
    expect(onlyCalm('both countries to exercise restraint and resolve their differences through dialogue')).toBe(false);
    expect(onlyCalm('both sides to return to the talks')).toBe(false);
  });
});
