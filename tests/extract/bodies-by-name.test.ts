import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Bodies named as news writes them: a known body's name with its last
 * word in lower case, a state's own security council beside the
 * Security Council of the United Nations, a count opening a sentence
 * before a body's name, and armed groups by their UN spelling. Sentences
 * written for these tests.
 */

const bodies = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.key as string)
    .sort();

describe("a known body's name with its last word in lower case", () => {
  it('reads "the Wagner group", "the Polisario front" and "the Rapid Support forces" as the bodies', async () => {
    const wire = await extract('Officials said fighters of the Wagner group had crossed into Mali in March.');
    expect(bodies(wire)).toContain('org:wagner-group');
    const statement = await extract('The Ministry condemns the latest attack by the Polisario front on Mahbes.');
    expect(bodies(statement)).toContain('org:polisario-front');
    const un = await extract('He said the Rapid Support forces had shelled El Fasher again.');
    expect(bodies(un)).toContain('org:rapid-support-forces');
  });
});

describe("a state's own security council", () => {
  it('reads "a National Security Council official" and "the Russian Security Council" as bodies of their own', async () => {
    const wire = await extract('"The boats were never in danger," a National Security Council spokesperson said.');
    expect(bodies(wire)).toEqual(['org:national-security-council']);
    const analysis = await extract("Iran's Supreme National Security Council approved the plan on Sunday.");
    expect(bodies(analysis)).toEqual(['org:supreme-national-security-council']);
    const other = await extract('Medvedev, deputy head of the Russian Security Council, mocked the proposal.');
    expect(bodies(other)).not.toContain('org:un-security-council');
  });

  it('still reads the Security Council named bare or opening a sentence', async () => {
    const d = await extract(
      'The Security Council met on Monday. When Security Council members left, Members of the Security Council spoke.',
    );
    expect(bodies(d)).toContain('org:un-security-council');
    expect(bodies(d)).not.toContain('org:when-security-council');
  });
});

describe('a count opening a sentence before a body', () => {
  it('leaves the count out of the name', async () => {
    const d = await extract('Two Royal Australian Navy frigates sailed through the strait on Monday.');
    expect(bodies(d)).toContain('org:royal-australian-navy');
    const three = await extract('Three Pakistan Army helicopters landed near the border on Friday.');
    expect(bodies(three).some((k) => k.startsWith('org:three'))).toBe(false);
    const several = await extract('Several Hungarian Defence Forces units joined the drill, Budapest said.');
    expect(bodies(several).some((k) => k.startsWith('org:several'))).toBe(false);
  });
});

describe('armed groups by their UN spelling', () => {
  it('reads Al-Qaida, Lashkar-e-Tayyiba, Jaish-e-Mohammed and the LTTE', async () => {
    const d = await extract(
      'The representative of India said Lashkar-e-Tayyiba and Jaish-e-Mohammed operated freely, as Al-Qaida once had.',
    );
    expect(bodies(d)).toEqual(expect.arrayContaining(['org:lashkar-e-taiba', 'org:jaish-e-mohammed', 'org:al-qaeda']));
    const ltte = await extract('The army defeated the Liberation Tigers of Tamil Eelam in May 2009.');
    expect(bodies(ltte)).toContain('org:ltte');
  });
});

describe('the Security Council in a headline in title case', () => {
  it('is still the Security Council after a capitalised verb', async () => {
    const d = await extract(
      'Envoy Tells Security Council Militias Are Rearming in Eastern Provinces\n\nThe envoy said militias were rearming.',
    );
    expect(bodies(d)).toContain('org:un-security-council');
  });
});
