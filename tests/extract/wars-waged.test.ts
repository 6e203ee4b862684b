import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * One state's war against, on or in another, named by its possessor ("⟨A⟩'s war against ⟨B⟩"), is the invasion analysts
 * record; a war of no state against a state ("the war against terrorism", "⟨A⟩'s war in ⟨Gaza⟩") is not. Sentences
 * written for these tests.
 */
describe('a war named by the state that wages it', () => {
  it('reads a war against a state, by a capital or a name, in wire copy and UN coverage', async () => {
    const a = await extract('Exports have halved since the start of Baghdad’s war against Iran, traders said.');
    expect(events(a)).toEqual(['INVASION -']);
    const b = await extract(
      'The representative of Georgia said Russia’s brutal war on Ukraine had shown what his own country had faced.',
    );
    expect(events(b)).toEqual(['INVASION -']);
  });

  it('keeps the date the war is told with', async () => {
    const d = await extract("Ethiopia's war in Eritrea began in May 1998, the statement recalled.");
    expect(events(d)).toContain('INVASION 1998-05');
  });

  it('reads no invasion in a war of no state waged on another', async () => {
    const d = await extract(
      'Germany will not become a party to the war against Russia. Israel’s war in Gaza and the global war on terrorism go on.',
    );
    expect(events(d).filter((e) => e.startsWith('INVASION'))).toEqual([]);
  });
});
