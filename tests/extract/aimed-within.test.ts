import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * A warning, a criticism or an accusation drafted with no one to aim at, whose own words name the party it is
 * about where a doer or an addressee stands (the subject of a clause, "by ⟨X⟩", "would make ⟨X⟩ a party"), is
 * aimed at that party; one whose words only name what something is done to is not. A criticism of an act the
 * sentence before told ("condemned the test as reckless") is aimed at that sentence's subject. Sentences written
 * for these tests.
 */

const of = (draft: Awaited<ReturnType<typeof extract>>, speaker: string, kind: string) =>
  lines(draft).filter((l) => l.startsWith(`${speaker} ${kind}`));

describe('the party a claim names in its own words', () => {
  it('aims a warning at whom it would make a party: "would make ⟨Belarus⟩ a party to the war"', async () => {
    const draft = await extract(
      'Lithuania warned on Friday that any strike launched from Belarusian soil would make Belarus a party to the conflict.',
    );
    expect(of(draft, 'state:LTU', 'WARN')).toEqual(['state:LTU WARN state:BLR']);
  });

  it('aims a warning at the subject of its condition: "if ⟨Tehran⟩ continues"', async () => {
    const draft = await extract(
      'France warned that further sanctions were possible if Tehran kept enriching uranium beyond the agreed limits.',
    );
    expect(of(draft, 'state:FRA', 'WARN')).toEqual(['state:FRA WARN state:IRN']);
  });

  it('aims a criticism at the doer named by "by ⟨X⟩"', async () => {
    const draft = await extract('Norway condemned the shelling of the hospital by the Rapid Support Forces.');
    expect(of(draft, 'state:NOR', 'CRITICIZE')).toEqual(['state:NOR CRITICIZE org:rapid-support-forces']);
  });

  it('leaves a criticism aimed at no one when its words name only whom something was done to', async () => {
    const draft = await extract('Norway condemned the shelling of hospitals in Ukrainian cities.');
    expect(of(draft, 'state:NOR', 'CRITICIZE')).toEqual(['state:NOR CRITICIZE -']);
  });

  it('aims it at each party of the coordination that stands as its subject', async () => {
    const draft = await extract(
      'Austria warned that the crisis would deepen if Serbia and Kosovo kept ignoring the agreements they had signed.',
    );
    expect(of(draft, 'state:AUT', 'WARN').sort()).toEqual(['state:AUT WARN state:SRB', 'state:AUT WARN state:XKX']);
  });

  it('leaves it aimed at no one when its words name two parties apart as doers', async () => {
    const draft = await extract(
      'Austria warned that talks would collapse if Serbia kept stalling or if Kosovo walked away from them.',
    );
    expect(of(draft, 'state:AUT', 'WARN')).toEqual(['state:AUT WARN -']);
  });

  it("never aims a claim at the speaker's own side", async () => {
    const draft = await extract(
      "Estonia's foreign ministry warned that Estonia would close its border crossings if the provocations continued.",
    );
    expect(lines(draft).some((l) => l.includes('WARN state:EST'))).toBe(false);
  });
});

describe('a criticism of an act the sentence before told', () => {
  it('aims "condemned the test as reckless" at the subject of the sentence before', async () => {
    const draft = await extract(
      'An old weather satellite broke apart in March when a Chinese missile struck it. Japan condemned the test as irresponsible.',
    );
    expect(of(draft, 'state:JPN', 'CRITICIZE')).toEqual(['state:JPN CRITICIZE state:CHN']);
  });

  it('leaves words with a clause of their own to say what they judge', async () => {
    const draft = await extract(
      'Chile voted for the resolution on Monday. Peru regretted that the draft had not been put to a vote.',
    );
    expect(of(draft, 'state:PER', 'CRITICIZE').some((l) => l.includes('state:CHL'))).toBe(false);
  });
});

describe('an outcome asked of a party named as the subject of an obligation', () => {
  it('makes "⟨X⟩ must withdraw ..." a demand of ⟨X⟩', async () => {
    const draft = await extract('Brazil said Israel must withdraw its troops from the buffer zone without delay.');
    expect(lines(draft)).toContain('state:BRA DEMAND state:ISR');
  });

  it('reads "it should ..." as the one party the sentence named before', async () => {
    const draft = await extract(
      'Italy said that if Iran wants calm in the Gulf, it should stop supplying drones to armed groups.',
    );
    expect(lines(draft)).toContain('state:ITA DEMAND state:IRN');
  });

  it('leaves the passive, "⟨X⟩ should be deployed", an outcome asked of no one', async () => {
    const draft = await extract('France said the Lebanese army should be deployed across the whole of the south.');
    expect(lines(draft).filter((l) => l.startsWith('state:FRA '))).toEqual(['state:FRA CALL_FOR -']);
  });
});
