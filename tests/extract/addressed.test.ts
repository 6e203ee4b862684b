import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Whom a demand is aimed at when the party is named by a bare "Council",
 * and wrongs told as fact in what a speaker says; sentences written for
 * these tests.
 */

describe('"the Council" addressed in a text that names the Security Council', () => {
  it('is the Security Council, not another council the text named before', async () => {
    const draft = await extract(
      'The Security Council met on Monday to discuss Yemen. The representative of Yemen, speaking for the Presidential Leadership Council, urged the Council to renew the sanctions. Kenya urged the Council to act.',
    );
    claim(draft, 'state:YEM', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:KEN', 'DEMAND', 'org:un-security-council');
  });
});

describe('wrongs told as fact', () => {
  it('reads shells that struck homes and ships that keep harassing as accusations of their side', async () => {
    const draft = await extract(
      'The representative of Lebanon said Syrian shells had struck homes in three villages. The Philippine coast guard said Chinese ships keep harassing Philippine vessels.',
    );
    claim(draft, 'state:LBN', 'ACCUSE', 'state:SYR');
    claim(draft, 'org:philippines-coast-guard', 'ACCUSE', 'state:CHN');
  });

  it('leaves a storm that struck a town a plain statement', async () => {
    const draft = await extract('Fiji said the cyclone had struck homes on two islands.');
    expect(draft.claims.map((c) => c.kind)).toEqual(['STATE']);
  });
});

describe('the Security Council as the forum', () => {
  it('is not whom a warning spoken to it is aimed at, though a demand of it is', async () => {
    const draft = await extract(
      'The Security Council met this morning on the Abyei Area. The representative of Ghana urged the Council to renew the mandate of the Force. He warned against steps that might inflame the situation.',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([[]]);
    claim(draft, 'state:GHA', 'DEMAND', 'org:un-security-council');
  });
});
