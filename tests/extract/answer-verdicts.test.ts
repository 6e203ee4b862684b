import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * What a spokesperson's answer or a statement says of another party's words
 * in its own voice: a pretext, a smokescreen or an attempt, said of words the
 * subject says are a named party's ("The ⟨Azerbaijani⟩ statement is a
 * pretext"), is a denial aimed at that party; lawful conduct asked of others
 * ("we expect all allies to act in line with international law") denies
 * nothing. Sentences written for these tests.
 */

const briefing = (...answers: string[]) =>
  [
    'Regular Press Conference of the Ministry of Foreign Affairs of Norway, Oslo, 3 March 2026',
    ...answers.flatMap((a) => ['Q: What is your comment?', `SPOKESPERSON: ${a}`]),
  ].join('\n\n');

const SPEAKER = 'org:norway-ministry-of-foreign-affairs';

describe("another party's words called a pretext", () => {
  it('reads the words of a party the subject names as denied, aimed at that party', async () => {
    const draft = await extract(
      briefing(
        'The Azerbaijani statement is a pretext for further aggression.',
        "Moscow's claims are nothing but a smokescreen for its own crimes.",
        'The Serbian report is a clumsy attempt to rewrite history.',
      ),
      '2026-03-03',
    );
    claim(draft, SPEAKER, 'DENY', 'state:AZE');
    claim(draft, SPEAKER, 'DENY', 'state:RUS');
    claim(draft, SPEAKER, 'DENY', 'state:SRB');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE' || c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('lawful conduct asked of others', () => {
  it('is no denial', async () => {
    const draft = await extract(
      briefing(
        'We expect all members to act in line with international law.',
        'We would ask all parties to settle their differences in conformity with international law.',
        'We urge every state in the region to operate in accordance with international law.',
      ),
      '2026-03-03',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });

  it('stays a denial when the speaker tells of conduct', async () => {
    const draft = await extract(briefing('Our navy acted in full accordance with international law.'), '2026-03-03');
    claim(draft, SPEAKER, 'DENY');
  });
});

describe('a wrong told as going on, in the speaker’s own voice', () => {
  it('reads a party committing, creating tension or continuing to target as accused', async () => {
    const draft = await extract(
      briefing(
        'By stationing warships off Taiwan, China is creating tension in the whole region.',
        'Azerbaijan is committing crimes against the Armenian population of the region.',
        'Meanwhile Myanmar continues to target villages in Sagaing with air strikes.',
      ),
      '2026-03-03',
    );
    claim(draft, SPEAKER, 'ACCUSE', 'state:CHN');
    claim(draft, SPEAKER, 'ACCUSE', 'state:AZE');
    claim(draft, SPEAKER, 'ACCUSE', 'state:MMR');
  });

  it("accuses no one when the speaker's own side does it", async () => {
    const draft = await extract(briefing('Our forces continue to target terrorists in the north.'), '2026-03-03');
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('a verdict on a move or a grouping', () => {
  it('reads a dangerous move as a criticism of whoever made it, and a Cold War clique as one of the grouping', async () => {
    const text = [
      'Regular Press Conference of the Ministry of Foreign Affairs of Norway, Oslo, 3 March 2026',
      'Q: Russia has moved Iskander missiles to Kaliningrad. What is your comment?',
      'SPOKESPERSON: Russia has moved Iskander missiles to Kaliningrad. This is a dangerous move.',
      'Q: Japan has doubled its defence budget. What is your comment?',
      'SPOKESPERSON: Japan has doubled its defence budget in two years, a dangerous step that will fuel an arms race.',
      'Q: Australia may join the Quad exercise.',
      'SPOKESPERSON: The Quad is an exclusive club driven by a Cold War mentality.',
    ].join('\n\n');
    const draft = await extract(text, '2026-03-03');
    claim(draft, SPEAKER, 'CRITICIZE', 'state:RUS');
    claim(draft, SPEAKER, 'CRITICIZE', 'state:JPN');
    claim(draft, SPEAKER, 'CRITICIZE', 'org:quad');
  });
});
