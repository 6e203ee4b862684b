import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Whom accusations and denials are aimed at when the sentence does not
 * name them: a denial answers every state that made the accusation
 * together, and an accusation of a party named without a name ("accused
 * Western States of ...") is aimed at no one rather than at the victim.
 * Sentences written for these tests.
 */

describe('denials of a joint accusation', () => {
  it('aims a denial at each state that made the accusation together', async () => {
    const draft = await extract(
      'Estonia, Latvia and Lithuania accused Belarus on Monday of sending balloons into their airspace. The Belarusian Ministry of Foreign Affairs dismissed the accusations as provocation.',
    );
    const denials = draft.claims.filter((c) => c.kind === 'DENY');
    expect(denials.flatMap((c) => c.targets).sort()).toEqual(['state:EST', 'state:LTU', 'state:LVA']);
  });
});

describe('an accused named without a name', () => {
  it('aims "accused Western States of having destroyed ⟨B⟩" at no one, not at ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Belarus accused Western States of having destroyed Iraq in 2003 and said the sanctions were unjust.',
    );
    expect(claim(draft, 'state:BLR', 'ACCUSE').targets).toEqual([]);
  });
});

describe('whom a warning is aimed at', () => {
  it("is the condition's subject or whom the measures fall on, not the place spoken of", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Azerbaijan\n\nIf Armenia continues these provocations, Azerbaijan will take all necessary measures to defend its citizens.',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([['state:ARM']]);
    const place = await extract('Azerbaijan said it would respond to any drone flights over Armenian territory.');
    expect(place.claims.filter((c) => c.kind === 'WARN').map((c) => c.targets)).toEqual([[]]);
  });
});

describe('holding a state responsible', () => {
  it('is an accusation for what it did, a warning for what it will be held to', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Latvia\n\nWe hold Belarus responsible for allowing migrants to be pushed across the border. Latvia will hold Belarus responsible for any further incident.',
    );
    claim(draft, 'org:latvia-ministry-of-foreign-affairs', 'ACCUSE', 'state:BLR');
    claim(draft, 'org:latvia-ministry-of-foreign-affairs', 'WARN', 'state:BLR');
  });
});

describe('denials in apposition and denials pointing back', () => {
  it('reads "..., a charge ⟨B⟩ called baseless" and "..., an accusation ⟨B⟩ denies" as ⟨B⟩ denying what the speaker accused it of', async () => {
    const draft = await extract(
      'Ukraine said Belarus had let Russian drones cross its airspace, an accusation Minsk denies. Armenia said Azerbaijani troops had moved into its territory overnight, a charge the Azerbaijani army called baseless.',
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:BLR');
    claim(draft, 'state:BLR', 'DENY', 'state:UKR');
    claim(draft, 'org:azerbaijan-army', 'DENY', 'state:ARM');
    // The denial is not the accuser's.
    expect(draft.claims.filter((c) => c.kind === 'DENY' && ['state:UKR', 'state:ARM'].includes(c.speaker))).toEqual([]);
  });

  it('reads a claim that dismisses as a denial, and "this claim is false" as denying it', async () => {
    const draft = await extract(
      "Statement by the Ministry of Foreign Affairs of Lithuania\n\nA Belarusian military helicopter entered Lithuanian airspace on 2 March. Belarus's defence ministry has claimed that its helicopter flew in strict accordance with international rules. Radar data show that this claim is false.",
      '2026-03-03',
      'Ministry of Foreign Affairs of Lithuania',
    );
    claim(draft, 'org:belarus-ministry-of-defence', 'DENY');
    const answer = claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DENY');
    expect(answer.targets).toEqual(['state:BLR']);
  });

  it("aims the summoning of an envoy at the envoy's state, in the passive too", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Finland\n\nThe Ambassador of the Russian Federation was summoned to the Ministry this morning.',
      '2026-03-01',
      'Ministry of Foreign Affairs of Finland',
    );
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE').flatMap((c) => c.targets)).toEqual(['state:RUS']);
  });

  it('reads "⟨A⟩\'s claims were baseless" as a denial aimed at ⟨A⟩', async () => {
    const draft = await extract(
      "Georgia said Russia's accusations against Tbilisi were politically motivated. Moscow said Kyiv's claims were baseless.",
    );
    claim(draft, 'state:GEO', 'DENY', 'state:RUS');
    claim(draft, 'state:RUS', 'DENY', 'state:UKR');
  });
});

describe('a denial that names no accuser', () => {
  it('answers the side whose claims it follows, even when that claim was read as a plain statement', async () => {
    const draft = await extract(
      "Greece's Ministry of National Defence said on Monday that its radars had tracked a Turkish drone over Greek islands. Turkey denied that the drone had entered Greek airspace.",
    );
    claim(draft, 'state:TUR', 'DENY', 'state:GRC');
  });

  it('answers no one when it rejects suggestions or reports no one is named as making', async () => {
    const draft = await extract(
      'Chile accused Bolivia of moving troops to the border. Peru rejected suggestions that it was arming Bolivian militias.',
    );
    expect(claim(draft, 'state:PER', 'DENY').targets).toEqual([]);
  });
});

describe('denials told as what a party never did or does not intend', () => {
  it('reads "has never recruited", "has no link whatsoever with" and "are not directed against any neighbour" as denials of the accusation before', async () => {
    const draft = await extract(
      "Bangladesh accused the Arakan Army of recruiting refugees in Cox's Bazar. The Arakan Army said it has never recruited anyone in Bangladesh. Azerbaijan accused Armenia of preparing an offensive. Armenia said its new howitzers are not directed against any neighbour.",
    );
    claim(draft, 'org:arakan-army', 'DENY', 'state:BGD');
    claim(draft, 'state:ARM', 'DENY', 'state:AZE');
  });
});

describe('a denial that does not accept what another side said', () => {
  it('reads "does not accept this description" and "We do not accept that position" as a denial of the side that said it', async () => {
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Namibia\n\nBotswana has described the island as its own. Namibia does not accept this description, which ignores the 1890 treaty.',
    );
    expect(lines(statement)).toContain('org:namibia-ministry-of-foreign-affairs DENY state:BWA');
    const answer = await extract(
      'Statement by the Ministry of Foreign Affairs of Bhutan\n\nChina has said that the road lies on its side of the border. We do not accept that position.',
    );
    expect(lines(answer)).toContain('org:bhutan-ministry-of-foreign-affairs DENY state:CHN');
  });

  it('leaves "did not accept the invitation" alone', async () => {
    const draft = await extract('Namibia said it did not accept the invitation to the summit.');
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

describe('an official introduced by an office alone', () => {
  it('speaks for the side of the claims of the sentence before ("⟨State⟩ accused ...", then "Minister ⟨Name⟩")', async () => {
    const draft = await extract(
      'Ecuador accused Peru on Monday of moving troops to the border. "We have seen the convoys ourselves," Minister Rafael Quintero told a news conference. Peru’s foreign ministry denied the accusation.',
    );
    const quintero = draft.claims.filter((c) => c.speaker === 'person:rafael-quintero');
    expect(quintero.length).toBeGreaterThan(0);
    expect(quintero.every((c) => c.onBehalfOf === 'state:ECU')).toBe(true);
  });

  it('speaks for the state named last before the name when the sentence before made no claim', async () => {
    const draft = await extract(
      'Kazakhstan bought its first Italian helicopters this year. Moscow has noticed. Deputy Foreign Minister Pavel Orlov warned Astana that the purchase would weaken the alliance.',
    );
    expect(lines(draft)).toContain('person:pavel-orlov WARN state:KAZ');
    expect(draft.claims.find((c) => c.speaker === 'person:pavel-orlov')?.onBehalfOf).toBe('state:RUS');
  });

  it('aims a denial of its words at its state, not at the person', async () => {
    const draft = await extract(
      'Pakistan’s foreign ministry said on Friday that militants crossed from Afghanistan. "The Afghan authorities have failed to act against these groups," ministry spokeswoman Amna Qureshi told a weekly briefing. The Taliban denied sheltering the militants.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY').map((c) => c.targets)).toEqual([['state:PAK']]);
  });
});

describe('a denial in the passive', () => {
  it('reads "The accusation was rejected by ⟨A⟩" and "That reading ... was dismissed by ⟨A⟩" as ⟨A⟩ denying what the other side said', async () => {
    const draft = await extract(
      'Ghana accused Togo on Monday of moving troops across the Volta. The accusation was rejected by Togo’s government within hours.',
    );
    claim(draft, 'state:TGO', 'DENY', 'state:GHA');
    const reading = await extract(
      'The representative of Russia said the resolution allowed the embargo to lapse. That reading of the resolution was dismissed by the representative of France.',
    );
    claim(reading, 'state:FRA', 'DENY', 'state:RUS');
  });

  it('leaves "the proposal was rejected by ⟨A⟩" alone: a proposal is no accusation', async () => {
    const draft = await extract('The proposal was rejected by Togo’s government on Monday.');
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

describe('a view not shared', () => {
  it('reads "did not share that characterization" and "disagreed entirely with that characterization" as denials of who said it', async () => {
    const draft = await extract(
      'Argentina said on Monday that the waters south of the cape belonged to Argentina. Chile said it did not share that characterization. Japan called the visit a provocation. South Korea said it disagreed entirely with that characterization.',
    );
    claim(draft, 'state:CHL', 'DENY', 'state:ARG');
    claim(draft, 'state:KOR', 'DENY', 'state:JPN');
  });
});

describe('a justification of what the speaker’s own forces did', () => {
  it('reads "its troops fired in self-defence" as a denial answering the accusation', async () => {
    const draft = await extract(
      'Ghana accused Togo on Monday of shooting two farmers near the border. Togo’s army said its troops had fired in self-defence.',
    );
    expect(lines(draft)).toContain('state:GHA ACCUSE state:TGO');
    expect(draft.claims.filter((c) => c.kind === 'DENY').map((c) => c.targets)).toEqual([['state:GHA']]);
  });

  it('reads routine patrols, warning shots and military targets alone as denials', async () => {
    const patrol = await extract(
      'Benin accused Niger of sending gunboats into its waters. Niger said its boats had been on a routine patrol.',
    );
    expect(claim(patrol, 'state:NER', 'DENY').targets).toEqual(['state:BEN']);
    const shots = await extract(
      'Peru accused Ecuador of firing on a fishing boat. Ecuador’s navy said its sailors had fired only warning shots.',
    );
    expect(shots.claims.filter((c) => c.kind === 'DENY').map((c) => c.targets)).toEqual([['state:PER']]);
    const targets = await extract(
      'Armenia accused Azerbaijan of shelling a village. Azerbaijan said its strikes had hit only military targets.',
    );
    expect(claim(targets, 'state:AZE', 'DENY').targets).toEqual(['state:ARM']);
  });

  it('leaves a justification that tells what another party did to the rules for that party', async () => {
    const draft = await extract(
      'Ghana said on Monday that its troops had acted in self-defence after Togolese soldiers fired on a border post.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

describe('a denial naming whose claim it rejects', () => {
  it('aims "rejected the ⟨American⟩ claim that ..." at that state, not at whoever spoke last', async () => {
    const draft = await extract(
      'The United States said a Colombian boat had carried drugs. Panama regretted the deaths of two sailors. Colombia rejected the American claim that a fisherman killed in October had been a smuggler.',
    );
    expect(claim(draft, 'state:COL', 'DENY').targets).toEqual(['state:USA']);
  });
});

describe('what a side denies was said against it', () => {
  it('reads a plain statement that a denial answers as an accusation of the denier', async () => {
    const draft = await extract(
      'Weekly Briefing by the Spokesperson of the Ministry of Foreign Affairs of Norway\n\nIngrid Solberg: Good afternoon.\n\nQuestion (NTB): The Russian embassy in Oslo says Norway handed over radar data to Ukraine last month. Is that true?\n\nIngrid Solberg: No. This claim is false.',
    );
    const lines_ = lines(draft);
    expect(
      lines_.some((l) => / ACCUSE state:NOR$/.test(l)),
      lines_.join('\n'),
    ).toBe(true);
  });

  it('keeps a position a denial calls an interpretation a position', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Georgia\n\nThe Russian Ministry of Defence has described the patrols as routine. The Ministry rejects this interpretation.',
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('an accusation given in the words of its denial', () => {
  it('reads "rejects in the strongest terms the claim by ⟨A⟩ that ..." as ⟨A⟩ accusing the denier, and the denial as aimed at ⟨A⟩', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Rwanda\n\nThe Government of Rwanda rejects in the strongest terms the claim by Burundi that Rwandan troops crossed the border. The Ministry also rejects the allegation, repeated by officials of the Government of Uganda, that Rwanda closed its markets to Ugandan traders.',
    );
    const burundi = claim(draft, 'state:BDI', 'ACCUSE', 'state:RWA');
    expect(burundi.allegation).toBe('Rwandan troops crossed the border');
    expect(claim(draft, 'state:RWA', 'DENY', 'state:BDI').answers).toBe(burundi.key);
    claim(draft, 'state:UGA', 'ACCUSE', 'state:RWA');
  });

  it('makes no accusation of a denial that names no words of one', async () => {
    const draft = await extract('Rwanda rejected the claims made by Burundi on Monday.');
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('words that call what was said untrue', () => {
  it('reads "called the report a groundless smear" as a denial of the report, aimed at whoever made it', async () => {
    const draft = await extract(
      'Estonia said on Monday that Russian aircraft had entered its airspace twice. Russia called the report a groundless smear.',
    );
    expect(claim(draft, 'state:RUS', 'DENY', 'state:EST').allegation).toMatch(/groundless smear/);
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });

  it('reads "that is not correct" and "do not agree with the facts" as denials', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Georgia\n\nThese remarks do not agree with the facts. That is not correct.',
    );
    expect(draft.claims.map((c) => c.kind)).toEqual(['DENY', 'DENY']);
  });
});

describe('a denial in apposition with an adverb, a finding, or "which"', () => {
  it('reads "..., a finding ⟨B⟩ has always denied" and "..., which both ⟨B⟩ and ⟨C⟩ deny" as denials of the words before', async () => {
    const draft = await extract(
      'Human Rights Watch found that Ethiopian troops had shelled the camp, a finding Addis Ababa has always denied. Washington has alleged that Venezuela hosts Iranian drone factories, which both Caracas and Tehran deny.',
    );
    claim(draft, 'state:ETH', 'DENY', 'org:human-rights-watch');
    claim(draft, 'state:VEN', 'DENY', 'state:USA');
    claim(draft, 'state:IRN', 'DENY', 'state:USA');
  });

  it('answers the accuser whose words a demand followed, and a demand alone when no words came before it', async () => {
    const accused = await extract(
      '"We have proof that the raiders were trained on Beninese soil," Niger\'s interior minister told reporters. Niger expected its neighbour to hand over the organisers, he said. Benin\'s foreign ministry rejected the accusation.',
    );
    expect(accused.claims.some((c) => c.kind === 'ACCUSE' && c.targets.includes('state:BEN'))).toBe(true);
    const asked = await extract(
      'Canada said sanctions had hurt farmers. Chile urged all parties to show restraint. The representative of Peru rejected the accusations.',
    );
    expect(claim(asked, 'state:PER', 'DENY').targets).toEqual(['state:CHL']);
    expect(asked.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});
