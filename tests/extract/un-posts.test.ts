import { describe, expect, it } from 'vitest';
import { extract } from './drafts.js';

/**
 * Officials of the United Nations tied to it by their posts: an envoy of the
 * Secretary-General whose field is two names, "the United Nations
 * Secretary-General" as the office, and the post a meeting's coverage opens
 * on, held by the person named bare in the next paragraph. Sentences written
 * for these tests.
 */

type Draft = Awaited<ReturnType<typeof extract>>;
const posts = (draft: Draft) =>
  ((draft.document.relationships ?? []) as { type: string; from: string; to: string }[])
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.from} ${r.to}`);

describe('a post of the United Nations', () => {
  it('reads an envoy whose field is two regions joined by "and" as speaking for the United Nations', async () => {
    const draft = await extract(
      'The Special Representative of the Secretary-General for West Africa and the Sahel, Ousmane Kane, said that ' +
        'seizures of cocaine along the coast had tripled since 2024.',
    );
    expect(posts(draft)).toContain('person:ousmane-kane org:united-nations');
    expect(draft.claims.find((c) => c.speaker === 'person:ousmane-kane')?.onBehalfOf).toBe('org:united-nations');
  });

  it("keeps the Secretary-General's spokesperson speaking for the office", async () => {
    const draft = await extract('Marta Ruiz, Spokesperson for the Secretary-General, said the convoy had been hit.');
    expect(posts(draft)).toContain('person:marta-ruiz org:un-secretary-general');
  });

  it('reads "the United Nations Secretary-General" in a title as the office, so its envoy speaks for the UN', async () => {
    const draft = await extract(
      'Chen Lihua, Special Envoy of the United Nations Secretary-General for the Great Lakes Region, said that ' +
        'troops had crossed into Zambia.',
    );
    expect(posts(draft)).toContain('person:chen-lihua org:united-nations');
    expect(draft.claims.map((c) => c.speaker)).not.toContain('org:united-nations');
  });
});

describe('the post a meeting coverage opens on', () => {
  const text = [
    'Clashes Threaten Transition, Envoy Tells Council',
    '',
    'Fighting in the south has killed 200 people since June, the Deputy Special Envoy of the Secretary-General for ' +
      'Syria told the Security Council this afternoon.',
    '',
    'Hana Salibi said that armed groups had shelled two villages. She called on all sides to respect the ceasefire.',
    '',
    "Pierre Martel of France said his country condemned the shelling. Hana Salibi's office would report again.",
  ].join('\n');

  it('is held by the first person named bare where the next paragraph opens', async () => {
    const draft = await extract(text);
    expect(posts(draft)).toContain('person:hana-salibi org:united-nations');
    expect(posts(draft).filter((p) => p.startsWith('person:pierre-martel '))).not.toContain(
      'person:pierre-martel org:united-nations',
    );
  });

  it('is given to no one when the lede names no post of the United Nations', async () => {
    const draft = await extract(text.replace('the Deputy Special Envoy of the Secretary-General for Syria', 'Syria'));
    expect(posts(draft).filter((p) => p.startsWith('person:hana-salibi '))).toEqual([]);
  });
});
