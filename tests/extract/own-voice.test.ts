import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The own voice of statements and briefings (src/extract/own-voice.json,
 * src/extract/claims/own-voice.ts): what a side says in its own words takes
 * its kind from what the sentence does. A wrong that will be answered, an act
 * the side will not accept, a right to respond reserved: a warning; the will
 * and the means to defend its own: a warning to no one named; not agreeing
 * with a decision: a criticism of its author, and with what was claimed, a
 * denial. A statement issued by a state's office that no table names ("the
 * President of ⟨A⟩") is its state's, and its "we" is that state's, never the
 * last party the text reported. Sentences written for these tests.
 */

const statement = (heading: string, body: string) => extract(`${heading}\n\nDushanbe, 12 May 2026\n\n${body}`);

describe('a wrong that will be answered, an act that will not be accepted', () => {
  it('reads "will not go unpunished" as a warning to the party the statement blames', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyz border guards opened fire on a Tajik shepherd near Vorukh on Sunday and killed him. The Ministry strongly condemns this act. The killing of our citizen will not go unpunished.',
    );
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(
      warnings.map((c) => c.targets.join(',')),
      lines(draft).join('\n'),
    ).toEqual(['state:KGZ']);
  });

  it('reads an act the speaker will not accept, and a right to respond reserved, as warnings', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyz border guards opened fire on a Tajik shepherd near Vorukh on Sunday and killed him. Tajikistan will not accept any further incursion into its territory. The Republic of Tajikistan reserves the right to protect its citizens by every lawful means.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'WARN' && c.targets.includes('state:KGZ')),
      lines(draft).join('\n'),
    ).toHaveLength(2);
  });

  it('reads a further wrong that will lead the speaker to review its relations as a warning to the party named', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'The Government has learned that agents of a foreign service tried to bribe two members of our Parliament. Any further attempt of this kind will force the Government to reconsider its cooperation with Bishkek.',
    );
    claim(draft, 'org:tajikistan-ministry-of-foreign-affairs', 'WARN', 'state:KGZ');
  });

  it('reads the will and the means to defend its own as a warning to no one named', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyz border guards opened fire on a Tajik shepherd near Vorukh on Sunday and killed him. Tajikistan has the will and the means to protect every village on its border.',
    );
    const warning = claim(draft, 'org:tajikistan-ministry-of-foreign-affairs', 'WARN');
    expect(warning.targets).toEqual([]);
  });

  it('leaves what another party will not accept, and a punishment already given, no warning of the speaker', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'The court sentenced the smugglers to ten years in prison, so the crime did not go unpunished. The delegation of Uzbekistan said it would accept the proposal of the mediators.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'WARN'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('disagreement in a side’s own voice', () => {
  it('reads not agreeing with a decision as a criticism of the party that took it', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyzstan closed the Guliston crossing to Tajik lorries on Friday. We respect the sovereign right of our neighbour, but we do not agree with this decision of Kyrgyzstan.',
    );
    claim(draft, 'org:tajikistan-ministry-of-foreign-affairs', 'CRITICIZE', 'state:KGZ');
  });

  it('reads "We disagree with this" in answer to a reported charge as a denial, not a criticism', async () => {
    const text = `Regular Press Briefing of the Ministry of Foreign Affairs of Peru, Lima, 14 May 2026

QUESTION (El Comercio): Colombia says Peruvian troops crossed the Putumayo river last week. How do you respond?

SPOKESPERSON: We disagree with this. Our patrols stayed on the Peruvian bank.`;
    const draft = await extract(text, '2026-05-14');
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'DENY', 'state:COL');
    expect(
      draft.claims.filter((c) => c.kind === 'CRITICIZE'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('the issuer of a statement by a state’s office', () => {
  const PALAU = `Statement of the President of the Republic of Palau on Chinese Vessels in Palau's Waters

Koror, 20 May 2026

A Chinese research vessel entered the exclusive economic zone of Palau on 18 May without permission. The Embassy of the People's Republic of China described the survey as routine. We urge our partners in the region to support our call for respect of the law of the sea. We are grateful to Japan for the patrol boat it delivered to our marine police.`;

  it('reads the statement\'s own "we" as the state of the office that issues it, not the party reported last', async () => {
    const draft = await extract(PALAU, '2026-05-20');
    claim(draft, 'state:PLW', 'DEMAND');
    // Only the embassy's own description is the embassy's; the appeal and the thanks after it are Palau's.
    expect(
      draft.claims.filter((c) => c.speaker.includes('embassy')).map((c) => c.allegation),
      lines(draft).join('\n'),
    ).toHaveLength(1);
  });
});

describe("an answer's warning and criticism aimed at the party the question tells of acting", () => {
  it('aims "We will respond" at the party whose act the question reports, not the one the briefing names most', async () => {
    const text = `Regular Press Briefing of the Ministry of Foreign Affairs of Belarus, Minsk, 3 June 2026

QUESTION (Sputnik): Poland says Belarus is sending migrants to the border near Kuźnica. Is that true?

SPOKESPERSON: Poland must stop its campaign against Belarus. Poland knows that these people came through Poland's own airports.

QUESTION (BelTA): Lithuania has closed two more crossings on the border. Your reaction?

SPOKESPERSON: We will respond where it serves our interests.`;
    const draft = await extract(text, '2026-06-03');
    // Not the party the briefing names most, but the one the question tells of acting.
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(
      warnings.map((c) => c.targets.join(',')),
      lines(draft).join('\n'),
    ).toEqual(['state:LTU']);
  });

  it('asks nothing of the party acting when the answer appeals to all', async () => {
    const text = `Regular Press Briefing of the Ministry of Foreign Affairs of Belarus, Minsk, 3 June 2026

QUESTION (BelTA): Lithuania has closed two more crossings on the border. Your reaction?

SPOKESPERSON: We call on all parties to keep trade open.`;
    const draft = await extract(text, '2026-06-03');
    expect(
      draft.claims.filter((c) => c.kind === 'DEMAND' && c.targets.includes('state:LTU')),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('a claim just reported called bad faith', () => {
  it('reads "This is an attempt to shift responsibility" after another party\u2019s claim as a denial of that party', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyzstan claims that its border guards fired only after Tajik soldiers crossed the line near Vorukh. This is an attempt to shift responsibility for the killing of our shepherd.',
    );
    claim(draft, 'org:tajikistan-ministry-of-foreign-affairs', 'DENY', 'state:KGZ');
    expect(
      draft.claims.filter((c) => c.kind === 'CRITICIZE' && c.speaker.includes('tajikistan')),
      lines(draft).join('\n'),
    ).toEqual([]);
  });

  it('leaves an act called an attempt, with no claim reported before it, to the judgements', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan',
      'Kyrgyz border guards fired on a Tajik shepherd near Vorukh on Sunday. This is an attempt to intimidate the people of Vorukh.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'DENY'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});
