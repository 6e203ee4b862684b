import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { extract } from './drafts.js';

/**
 * What a claim is about when its sentence refers back: the Council's
 * decision ("welcomed the adoption", "had abstained") is the resolution
 * voted on before it; "the ⟨Israeli⟩ strikes", "these killings" are the
 * event named before. Sentences written for these tests.
 */

const aboutOf = (d: Draft, speaker: string) => d.claims.filter((c) => c.speaker === speaker).flatMap((c) => c.about);

describe('about', () => {
  it("carries the resolution voted on to a claim on the Council's decision", async () => {
    const d = await extract(
      'The Security Council this morning adopted resolution 2817 (2026), extending the mandate of the Mission by ' +
        'a year, by 12 votes in favour to none against, with 3 abstentions. The representative of France welcomed ' +
        'the adoption. The representative of China said his country had abstained because the text went too far.',
      '2026-04-30',
    );
    expect(aboutOf(d, 'state:FRA')).toContain('resolution:s-res-2817-2026');
    expect(aboutOf(d, 'state:CHN')).toContain('resolution:s-res-2817-2026');
  });

  it('reads "the text" as the resolution adopted, not an older one recalled after it', async () => {
    const d = await extract(
      'The Security Council this morning adopted resolution 2841 (2026), authorizing a regional force for two years, ' +
        'by 13 votes in favour to none against, with 2 abstentions. The force replaces the mission set up by ' +
        'resolution 2699 (2023). The representative of Ecuador welcomed the text as a step forward.',
      '2026-05-12',
    );
    expect(aboutOf(d, 'state:ECU')).toContain('resolution:s-res-2841-2026');
    expect(aboutOf(d, 'state:ECU')).not.toContain('resolution:s-res-2699-2023');
  });

  it('reads "the draft" as the one its own sentence numbers, or the one named last of the same year', async () => {
    const d = await extract(
      'The Security Council today failed to adopt a draft resolution that would have renewed the sanctions on ' +
        'Mali, owing to the negative vote of a permanent member. The draft, contained in document S/2026/410, ' +
        'received 13 votes in favour. The representative of France, whose delegation had drafted the text, ' +
        'deplored the veto.',
      '2026-08-30',
    );
    expect(aboutOf(d, 'state:FRA')).toContain('resolution:s-2026-410');
  });

  it('carries nothing voted on when no vote is told', async () => {
    const d = await extract(
      'Resolution 2254 (2015) set out a path to elections. The representative of France welcomed the adoption of a ' +
        'new constitution.',
      '2026-04-30',
    );
    expect(aboutOf(d, 'state:FRA').filter((k) => k.startsWith('resolution:'))).toEqual([]);
  });

  it('reads "the ⟨Israeli⟩ strikes" as the event named before', async () => {
    const d = await extract(
      'Israeli aircraft struck the General Staff headquarters in Damascus on 16 July 2025. France condemned the ' +
        'Israeli strikes as a violation of sovereignty.',
      '2025-07-18',
    );
    const strike = d.entities.find((e) => e.type === 'Event')!.key;
    expect(aboutOf(d, 'state:FRA')).toContain(strike);
  });
});
