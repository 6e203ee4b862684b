import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Findings of monitors, rights groups and courts, and the acts of bodies in
 * their own name. Sentences written for these tests, about other states
 * than the corpus texts the rules were checked on.
 */

describe('a finding body that tells a wrong plainly', () => {
  it('reads a rights group saying what a party did as its finding, aimed at the doer', async () => {
    const draft = await extract('Human Rights Watch said Ethiopian troops had killed dozens of civilians in Tigray.');
    expect(lines(draft)).toContain('org:human-rights-watch REPORT state:ETH');
    expect(lines(draft)).not.toContain('org:human-rights-watch ACCUSE state:ETH');
  });

  it('reads the words before "..., ⟨group⟩ said in a report published on ⟨day⟩" as the finding', async () => {
    const draft = await extract(
      'Myanmar soldiers burned three villages in Rakhine State last year, Amnesty International said in a report published on Tuesday.',
    );
    expect(lines(draft)).toContain('org:amnesty-international REPORT state:MMR');
  });

  it('keeps a charge in words of its own, or a crime named, as the group’s accusation', async () => {
    const accused = await extract('Amnesty International accused Egypt of torturing detainees in Cairo prisons.');
    expect(lines(accused)).toContain('org:amnesty-international ACCUSE state:EGY');
    const crimes = await extract('Human Rights Watch said Eritrean forces had committed war crimes in Adigrat.');
    expect(lines(crimes)).toContain('org:human-rights-watch ACCUSE state:ERI');
  });

  it('keeps an institute’s account of a wrong done to its own ship as its charge', async () => {
    const draft = await extract(
      'The Norwegian Polar Institute said Russian warships blocked its research vessel near Svalbard on Monday.',
    );
    expect(lines(draft)).toContain('org:norwegian-polar-institute ACCUSE state:RUS');
    expect(lines(draft).some((l) => / REPORT /.test(l))).toBe(false);
  });
});

describe('a body’s act told with its time between the body and the verb', () => {
  it('reads "⟨A⟩ this afternoon condemned ..." as the body’s own criticism', async () => {
    const draft = await extract('Norway this evening condemned the seizure of the tanker by Iran.');
    expect(lines(draft)).toContain('state:NOR CRITICIZE state:IRN');
  });

  it('reads the Security Council’s act and its participle in the same sentence', async () => {
    const draft = await extract(
      'The Security Council this afternoon condemned the attack by Al-Shabaab on the hotel in Mogadishu, calling on Al-Shabaab to release the hostages.',
    );
    expect(lines(draft)).toContain('org:un-security-council CRITICIZE org:al-shabaab');
    expect(lines(draft)).toContain('org:un-security-council DEMAND org:al-shabaab');
  });
});
