import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Accusations told with no verb of accusing: the facts a speaker tells point
 * at a party (the remains of what struck are its, craft came from its
 * territory, craft of its service did the wrong, the speaker believes it
 * responsible), and accusations each of two parties makes of the other.
 * Sentences written for these tests.
 */

/** The targets of a speaker's accusations in a draft, sorted. */
async function accused(text: string, speaker: string): Promise<string[]> {
  const draft = await extract(text);
  return draft.claims
    .filter((c) => c.speaker === speaker && c.kind === 'ACCUSE')
    .flatMap((c) => c.targets)
    .sort();
}

describe('the remains of what struck said to be a party’s', () => {
  it('accuses the state a weapon is named as belonging to by its demonym', async () => {
    expect(await accused('Kyiv said the drone that hit the power station was Iranian.', 'state:UKR')).toEqual([
      'state:IRN',
    ]);
    expect(await accused('Poland said the missile was Ukrainian, not Russian.', 'state:POL')).toEqual(['state:UKR']);
  });

  it('accuses the service a weapon is said to be "that of"', async () => {
    const draft = await extract(
      'The Syrian foreign ministry said the debris found near Latakia was that of a missile of the Israeli air force.',
    );
    claim(draft, 'org:syria-ministry-of-foreign-affairs', 'ACCUSE', 'org:israel-air-force');
  });

  it('accuses whoever the words say made or fired it', async () => {
    expect(
      await accused(
        'Speaking in the Council, the representative of Lebanon said the shells that struck the village had been manufactured by Israel.',
        'state:LBN',
      ),
    ).toEqual(['state:ISR']);
    expect(
      await accused('Finland said the drones that crossed its border were operated by Russia.', 'state:FIN'),
    ).toEqual(['state:RUS']);
    const draft = await extract(
      "Estonia's defence ministry said the fragments recovered on the beach were those of a rocket fired by a Russian warship.",
    );
    claim(draft, 'org:estonia-ministry-of-defence', 'ACCUSE', 'state:RUS');
  });

  it('accuses the last maker of a weapon "developed by ⟨A⟩ and later by ⟨B⟩"', async () => {
    expect(
      await accused(
        'Armenia said the projectile was one of those developed by Türkiye and later by Azerbaijan.',
        'state:ARM',
      ),
    ).toEqual(['state:AZE']);
  });

  it('charges no one with a weapon found at a place, aimed at a place, or the speaker’s own', async () => {
    for (const [text, speaker] of [
      ['The ministry of Georgia said the wreckage was found near the border with Russia.', 'state:GEO'],
      ['India said the missile was aimed at a base of Pakistan.', 'state:IND'],
      ['Ukraine said the missile it had fired was Ukrainian.', 'state:UKR'],
      ['Japan said the missile launched on Tuesday was a new type.', 'state:JPN'],
    ])
      expect(await accused(text!, speaker!), text).toEqual([]);
  });
});

describe('craft said to have come from a state’s territory', () => {
  it('accuses the state craft intruded or struck from', async () => {
    expect(
      await accused(
        'Lithuania said two helicopters entered its airspace from the territory of Belarus on Sunday.',
        'state:LTU',
      ),
    ).toEqual(['state:BLR']);
    expect(
      await accused(
        'On Tuesday night, three military aircraft crossed into Georgian airspace from the direction of Russia, the Georgian interior ministry said.',
        'org:georgia-ministry-of-the-interior',
      ),
    ).toEqual(['state:RUS']);
    expect(await accused('Israel said the rockets were fired from Lebanese territory.', 'state:ISR')).toEqual([
      'state:LBN',
    ]);
  });

  it('accuses the state craft came from when the words tell of their strike', async () => {
    expect(
      await accused(
        'According to Azerbaijani radar data, the drones came from Armenia and returned there after the strike.',
        'state:AZE',
      ),
    ).toEqual(['state:ARM']);
    expect(
      await accused('Georgia said the aircraft came from Russia and bombed the radar station.', 'state:GEO'),
    ).toEqual(['state:RUS']);
  });

  it('charges no one with aid, an ally’s aircraft on exercise, or craft whose owner the words name', async () => {
    expect(await accused('Kenya said the humanitarian aircraft came from Somalia.', 'state:KEN')).toEqual([]);
    expect(await accused('Poland said the aircraft came from Germany for the NATO exercise.', 'state:POL')).toEqual([]);
    expect(
      await accused('The Thai spokesperson said the relief convoy arrived from Myanmar on Monday.', 'state:THA'),
    ).toEqual([]);
    // The jets are India's: the place they came from is charged with nothing.
    expect(await accused('Pakistan said the Indian jets entered its airspace from Kashmir.', 'state:PAK')).toEqual([
      'state:IND',
    ]);
  });
});

describe('craft of a party’s service said to have done a wrong', () => {
  it('accuses the service named after the craft', async () => {
    const greece = await extract(
      'Greece said two F-16 fighters of the Turkish Air Force violated Greek airspace on Monday.',
    );
    claim(greece, 'state:GRC', 'ACCUSE', 'org:turkiye-air-force');
    expect(
      await accused(
        'Chad said an attack helicopter of the Sudanese army struck a village near the border.',
        'state:TCD',
      ),
    ).toEqual(['state:SDN']);
    expect(
      await accused('Cambodia said a patrol boat of the Thai navy had entered Cambodian waters.', 'state:KHM'),
    ).toEqual(['state:THA']);
  });

  it('reads a vessel of a navy named by its demonym as its state’s', async () => {
    const draft = await extract(
      'The Philippine coast guard said a vessel of the Chinese navy rammed a supply boat near the shoal.',
    );
    claim(draft, 'org:philippines-coast-guard', 'ACCUSE', 'state:CHN');
  });

  it('charges no one with craft that did no wrong, or the speaker’s own', async () => {
    expect(
      await accused('Estonia said an aircraft of the Estonian air force intercepted the drone.', 'state:EST'),
    ).toEqual([]);
    expect(
      await accused('Kenya said an aircraft of the United Nations mission landed in Mogadishu.', 'state:KEN'),
    ).toEqual([]);
    expect(
      await accused('Norway said a frigate of the Norwegian navy entered the port of Bergen.', 'state:NOR'),
    ).toEqual([]);
    expect(
      await accused('Denmark said a MiG-31 of the Russian Air Force flew over the Baltic Sea.', 'state:DNK'),
    ).toEqual([]);
  });
});

describe('a party believed responsible', () => {
  it('accuses the party the speaker believes did the wrong', async () => {
    expect(
      await accused(
        'The representative of France said his Government was convinced that Syria had used chlorine against civilians.',
        'state:FRA',
      ),
    ).toEqual(['state:SYR']);
    expect(
      await accused(
        'Japan believes North Korea was responsible for the cyberattack, its foreign minister said.',
        'state:JPN',
      ),
    ).toEqual(['state:PRK']);
    expect(
      await accused(
        'The representative of the United States said her country stood with its ally and believed Russia was responsible.',
        'state:USA',
      ),
    ).toEqual(['state:RUS']);
  });

  it('accuses a party said to be responsible for a wrong', async () => {
    expect(await accused('Australia said China was responsible for the dangerous manoeuvre.', 'state:AUS')).toEqual([
      'state:CHN',
    ]);
    expect(await accused('India said Pakistan was solely responsible for the escalation.', 'state:IND')).toEqual([
      'state:PAK',
    ]);
  });

  it('charges no one with a duty, or with what a party is believed to intend', async () => {
    for (const [text, speaker] of [
      ['Kenya said the police were responsible for the security of the embassy.', 'state:KEN'],
      ['Germany said it believed Russia would attend the talks.', 'state:DEU'],
      ['He said Ukraine was responsible for protecting the plant.', 'state:UKR'],
    ])
      expect(await accused(text!, speaker!), text).toEqual([]);
  });
});

describe('each side accusing the other', () => {
  it('makes an accusation of each of the two parties by the other', async () => {
    for (const text of [
      'Peru and Ecuador signed a declaration, halting three weeks of fighting. Each side accused the other of having attacked first.',
      'Peru and Ecuador signed a declaration. Each government blamed the other for the fighting.',
      'Peru and Ecuador exchanged fire overnight. Each side blamed the other for starting the clashes.',
      'Peru and Ecuador traded fire along the border. Each country accused the other of violating the truce.',
    ]) {
      const draft = await extract(text);
      expect(
        lines(draft)
          .filter((l) => l.includes('ACCUSE'))
          .sort(),
        text,
      ).toEqual(['state:ECU ACCUSE state:PER', 'state:PER ACCUSE state:ECU']);
    }
  });

  it('reads "each country" saying nothing against the other, or asked to act, as no accusation', async () => {
    for (const text of [
      'Peru and Ecuador signed a declaration. Each country said it wanted lasting peace.',
      'India and Pakistan met in Geneva. Each delegation presented its proposal.',
      'Each side must withdraw its forces, the mediator said.',
    ]) {
      const draft = await extract(text);
      expect(
        draft.claims.filter((c) => c.kind === 'ACCUSE'),
        text,
      ).toEqual([]);
    }
  });
});

describe('a relative clause after a part of a country', () => {
  it('hangs "in eastern ⟨A⟩, which killed ..." on the event, not on ⟨A⟩', async () => {
    const draft = await extract(
      'Press briefing by the NATO Spokesperson, Brussels, 16 November 2022\n\nMS SPOKESPERSON: The Council met to discuss the explosion in the village of Przewodów, in eastern Poland, which killed two Polish citizens.\n\nQ (Polsat News): Will Poland invoke Article 4?',
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE' && c.targets.includes('state:POL'))).toEqual([]);
    for (const [text, speaker] of [
      ['Lebanon said the shelling in southern Lebanon, which killed three civilians, must stop.', 'state:LBN'],
      ['Chad said the raid in western Sudan, which destroyed a market, was unacceptable.', 'state:TCD'],
    ])
      expect(await accused(text!, speaker!), text).toEqual([]);
  });

  it('still hangs a clause on a party named with no place before it', async () => {
    const draft = await extract(
      'Kenya said it would not negotiate with al-Shabaab, which killed twelve soldiers last week.',
    );
    claim(draft, 'state:KEN', 'ACCUSE', 'org:al-shabaab');
  });
});

describe('a state and its predecessor named in one sentence', () => {
  it('keeps the successor named by its own name, and the predecessor where the text is of its time', async () => {
    const draft = await extract(
      'Ukraine said the missile had been developed by the Soviet Union and later by the Russian Federation.',
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
    const then = await extract('In 1983 the United States said the Soviet Union had shot down the airliner.');
    claim(then, 'state:USA', 'ACCUSE', 'state:SUN');
  });
});
