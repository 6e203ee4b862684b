import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Positions and denials told without a verb that gives their kind
 * (src/extract/positions.json): sovereignty and title told as fact, a
 * standing policy, and a correction of what another side said. Read only
 * in a speaker's words, never in a journalist's narration. Sentences
 * written for these tests.
 */

const statement = (body: string) =>
  extract(`Statement by the Ministry of Foreign Affairs of Vietnam\n\nHanoi, 4 May 2025\n\n${body}`);

describe('sovereignty and title told as fact', () => {
  it("is the position of a statement's issuer, aimed at no one", async () => {
    const draft = await statement(
      'China announced a fishing ban around the Paracel Islands on Monday. The Paracel Islands are an integral part of the territory of Vietnam.',
    );
    expect(claim(draft, 'org:vietnam-ministry-of-foreign-affairs', 'STATE').targets).toEqual([]);
  });

  it('reads "lie within our exclusive economic zone" and "has sovereignty over" in an own statement', async () => {
    for (const sentence of [
      'The reefs in question lie well within our exclusive economic zone under the Convention on the Law of the Sea.',
      'Vietnam has indisputable sovereignty over the Spratly Islands.',
    ]) {
      const draft = await statement(`China announced a fishing ban in the South China Sea on Monday. ${sentence}`);
      claim(draft, 'org:vietnam-ministry-of-foreign-affairs', 'STATE');
    }
  });

  it('is no claim in a news report that tells it without a speaker', async () => {
    const draft = await extract(
      'China announced a fishing ban around the Paracel Islands on Monday. The islands are an integral part of a chain that Vietnam also claims.',
    );
    expect(lines(draft).filter((l) => l.includes(' STATE '))).toEqual(['state:CHN STATE -']);
  });
});

describe("a speaker's standing policy", () => {
  it('"remains committed to", "stands ready to" in an own statement is a position', async () => {
    for (const sentence of [
      'Vietnam remains committed to settling the dispute through peaceful means.',
      'Vietnam stands ready to resume talks on a code of conduct.',
    ]) {
      const draft = await statement(`China announced a fishing ban in the South China Sea on Monday. ${sentence}`);
      claim(draft, 'org:vietnam-ministry-of-foreign-affairs', 'STATE');
    }
  });
});

describe('a denial without a verb of denying', () => {
  it('"were shepherds with families, not fighters" answers the accuser', async () => {
    const draft = await extract(
      "Turkey said its drones had struck a group of militants near Amadiya. Iraq's foreign ministry said the dead were shepherds with families, not fighters.",
    );
    claim(draft, 'org:iraq-ministry-of-foreign-affairs', 'DENY');
  });

  it('"no civilians had been harmed" said by the accused answers the accusation', async () => {
    const draft = await extract(
      "Iraq accused Turkey of killing civilians in a strike near Amadiya. Turkey's defence ministry said no civilians or Iraqi security personnel had been harmed.",
    );
    claim(draft, 'org:turkiye-ministry-of-defence', 'DENY', 'state:IRQ');
  });

  it('"We do not accept the suggestion that ..." in an own statement is a denial', async () => {
    const draft = await statement(
      'A Chinese newspaper wrote that Vietnam had built a runway on Barque Canada Reef. We do not accept the suggestion that our works there are military.',
    );
    claim(draft, 'org:vietnam-ministry-of-foreign-affairs', 'DENY');
  });

  it('is no denial in narration: a negated sentence with no speaker makes no claim', async () => {
    const draft = await extract(
      'Iraq accused Turkey of killing civilians in a strike near Amadiya. No civilians had been harmed in an earlier strike in May.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

describe('whom a denial in an own statement answers when nothing drafted was aimed at the issuer', () => {
  const malawi = (body: string) =>
    extract(
      `Statement by the Ministry of Foreign Affairs of Malawi\n\nLilongwe, 2 June 2025\n\n${body}`,
      '2025-06-02',
      'Ministry of Foreign Affairs of Malawi',
    );

  it('is the state the statement names most beside its own', async () => {
    const draft = await malawi(
      'Newspapers in Tanzania have carried reports about Malawian patrols on the northern part of the lake, and the reports were repeated on Tanzania radio this week. These allegations are baseless.',
    );
    claim(draft, 'org:malawi-ministry-of-foreign-affairs', 'DENY', 'state:TZA');
  });

  it('is no one when no state stands out from the rest', async () => {
    const draft = await malawi(
      'Newspapers in Tanzania and Mozambique have carried reports about Malawian patrols on the lake. These allegations are baseless.',
    );
    expect(claim(draft, 'org:malawi-ministry-of-foreign-affairs', 'DENY').targets).toEqual([]);
  });
});

describe('a denial with an adverb before what it denies', () => {
  it('"rejects once more the false claims by ⟨B⟩ that ..." answers ⟨B⟩, as without the adverb', async () => {
    for (const adverb of ['once more ', 'yet again ', 'resolutely ']) {
      const draft = await extract(
        `Rwanda rejects ${adverb}the false claims by the Government of the Democratic Republic of the Congo that the Rwanda Defence Force is fighting alongside the M23.`,
      );
      claim(draft, 'state:RWA', 'DENY', 'state:COD');
      claim(draft, 'state:COD', 'ACCUSE', 'state:RWA');
    }
  });
});

describe('a claim named and judged after "call", with no article before the judgement', () => {
  it('"calls such reports Western propaganda", "called the accusations baseless" deny what was said', async () => {
    for (const sentence of [
      'Moscow calls such reports Western propaganda.',
      'Russia called the accusations baseless.',
    ]) {
      const draft = await extract(`France accused Russia of flying equipment to Libya. ${sentence}`);
      claim(draft, 'state:RUS', 'DENY', 'state:FRA');
    }
  });

  it('"calling ⟨B⟩\'s claims baseless" in a participle is read, the named party not taken for a pronoun', async () => {
    const draft = await extract(
      "France accused Russia of flying equipment to Libya. Russia rejected the statement on Monday, calling France's claims baseless.",
    );
    claim(draft, 'state:RUS', 'DENY', 'state:FRA');
  });
});
