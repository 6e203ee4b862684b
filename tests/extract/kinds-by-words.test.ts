import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * The kind a claim takes from the kind of sentence it is in, when its verb alone would give another: a demand that
 * men or craft act or that a wrong's doer give something back, an order or a resolution's invitation to a party, a
 * verdict on another's conduct, a claim dismissed as not serious, a step not ruled out. Sentences written for these
 * tests, in the styles the extractor reads, with near misses that must keep their kind.
 */

const kinds = async (text: string) => lines(await extract(text));

describe('a demand that men or craft act', () => {
  it('is a demand of the party the speaker stands against, not an outcome called for', async () => {
    expect(
      await kinds(
        'Ghana accused Togo on Monday of shelling a village near the border. Ghana demanded that the troops pull back at once.',
      ),
    ).toContain('state:GHA DEMAND state:TGO');
    expect(
      await kinds(
        'Latvia accused Russia of sending patrol boats into its waters and demanded that the boats leave immediately.',
      ),
    ).toContain('state:LVA DEMAND state:RUS');
    expect(
      await kinds(
        'Chile accused Bolivia of raiding a border post. Chile demanded that they withdraw before nightfall.',
      ),
    ).toContain('state:CHL DEMAND state:BOL');
    expect(
      await kinds(
        'Statement by the Ministry of Foreign Affairs of Ecuador\n\nEcuador condemns the incursion by Peru. Ecuador demands that the soldiers return to their side of the frontier.',
      ),
    ).toContain('state:ECU DEMAND state:PER');
  });

  it('asks it of no one when the men are of no party in particular', async () => {
    const draft = await kinds('The representative of Oman demanded that all foreign warships leave the Gulf of Oman.');
    expect(draft).toContain('state:OMN DEMAND -');
    expect(await kinds('Yemen demanded that foreign forces leave its islands.')).toContain('state:YEM DEMAND -');
  });

  it('leaves an outcome called for when the words ask for wrongdoers punished or tell what the men did', async () => {
    expect(await kinds('Sweden demanded that those responsible be brought to justice.')).toEqual([
      'state:SWE CALL_FOR -',
    ]);
    expect(await kinds('Norway said it had demanded that the troops had withdrawn by then.')).not.toContain(
      'state:NOR DEMAND state:RUS',
    );
  });
});

describe('a demand of what only a wrong’s doer can give', () => {
  it('is aimed at the party the speaker accused', async () => {
    expect(
      await kinds('Poland accused Belarus of letting a helicopter cross its airspace and demanded an explanation.'),
    ).toContain('state:POL DEMAND state:BLR');
    expect(
      await kinds(
        'Vietnam accused China of ramming a fishing boat near the Paracels. Hanoi demanded the immediate release of the crew and compensation for the damage.',
      ),
    ).toContain('state:VNM DEMAND state:CHN');
    expect(
      await kinds(
        'Statement by the Ministry of Foreign Affairs of Kenya\n\nKenya condemns the shooting of its herders by Ethiopian militia. Kenya demands a full inquiry and an apology.',
      ),
    ).toContain('state:KEN DEMAND state:ETH');
  });

  it('reads the return, compensation or punishment asked after a charge as a demand of the accused', async () => {
    expect(await kinds('Estonia accused Russia of removing buoys from the river and demanded their return.')).toContain(
      'state:EST DEMAND state:RUS',
    );
    expect(
      await kinds(
        'The representative of Lebanon accused Israel of shelling a village and demanded compensation for the families.',
      ),
    ).toContain('state:LBN DEMAND state:ISR');
    expect(
      await kinds(
        'Azerbaijan accused Armenia of firing on its positions and demanded the punishment of those responsible.',
      ),
    ).toContain('state:AZE DEMAND state:ARM');
  });

  it('stays an outcome called for when it is asked jointly or of no one', async () => {
    expect(await kinds('Guinea and Sierra Leone accused each other. Guinea demanded a joint investigation.')).toContain(
      'state:GIN CALL_FOR -',
    );
    expect(await kinds('Peru demanded an explanation.')).toEqual(['state:PER CALL_FOR -']);
  });
});

describe('an order to a party and a resolution inviting one', () => {
  it('reads "ordered ⟨B⟩ to leave" and "ordered a ⟨B⟩ vessel to leave" as a demand of ⟨B⟩', async () => {
    expect(await kinds('Fiji ordered a Chinese survey vessel to leave its waters on Monday.')).toContain(
      'state:FJI DEMAND state:CHN',
    );
    expect(await kinds('Argentina ordered a British fishing vessel to leave the zone.')).toContain(
      'state:ARG DEMAND state:GBR',
    );
    expect(
      await kinds('The International Court of Justice ordered Russia not to move troops into the area.'),
    ).toContain('org:icj DEMAND state:RUS');
  });

  it('reads a resolution inviting ⟨B⟩ to negotiate or withdraw as a demand of ⟨B⟩', async () => {
    expect(await kinds('In 1980 the General Assembly invited the United Kingdom to begin negotiations.')).toContain(
      'org:un-general-assembly DEMAND state:GBR',
    );
    expect(await kinds('The General Assembly invited Spain to enter into talks on the territory.')).toContain(
      'org:un-general-assembly DEMAND state:ESP',
    );
  });

  it('reads orders and invitations told in the words of a speaker and of a body', async () => {
    expect(await kinds('Brazil ordered Paraguay to reopen the bridge.')).toContain('state:BRA DEMAND state:PRY');
    expect(await kinds('Vanuatu said it had ordered an Australian fishing boat to leave its waters.')).toContain(
      'state:VUT DEMAND state:AUS',
    );
    expect(await kinds('The General Assembly invited Argentina to resume talks on the islands.')).toContain(
      'org:un-general-assembly DEMAND state:ARG',
    );
    const visit = await kinds('The Security Council invites both parties to visit the mission.');
    expect(visit.some((l) => l.includes('DEMAND'))).toBe(false);
  });

  it('draws no demand from an order of goods, of its own men or an invitation to visit', async () => {
    const bought = await kinds('Morocco said it ordered 18 Apache helicopters from the United States in 2021.');
    expect(bought.some((l) => l.includes('DEMAND'))).toBe(false);
    const own = await kinds('Guatemala said it ordered 400 soldiers to reinforce the border.');
    expect(own.some((l) => l.includes('DEMAND'))).toBe(false);
    const visit = await kinds('Ghana said it invited Nigeria to visit the new port.');
    expect(visit.some((l) => l.includes('DEMAND'))).toBe(false);
  });
});

describe('a claim dismissed as not serious', () => {
  it('is a denial', async () => {
    const quoted = await extract(
      'Lithuania accused Belarus of sending balloons over the border. The Belarusian foreign ministry spokesman, Anatoly Glaz, said: "That is not serious."',
    );
    // Aimed at whoever made the charge it dismisses.
    expect(lines(quoted)).toContain('person:anatoly-glaz DENY state:LTU');
  });

  it("is a denial in a minister's quoted answer too", async () => {
    const answer = await kinds(
      'Kenya accused Somalia of arming the militia. The Somali foreign minister, Ahmed Warsame, said: "This is not serious. We arm no one."',
    );
    expect(answer).toContain('person:ahmed-warsame DENY state:KEN');
    const situation = await kinds('Spokeswoman Maria Lind said: "The situation at the border is not serious."');
    expect(situation.some((l) => l.includes('DENY'))).toBe(false);
  });

  it('is not a denial when the words judge a danger', async () => {
    expect(await kinds('Spain said the damage to the ship was not serious.')).not.toContain('state:ESP DENY -');
  });
});

describe('a step not ruled out', () => {
  it('is a warning', async () => {
    const statement = await kinds(
      'Statement by the Ministry of Foreign Affairs of Guyana\n\nGuyana rejects the decree of Venezuela. The Government does not rule out bringing the matter before the International Court of Justice.',
    );
    expect(statement.some((l) => l.startsWith('org:guyana-ministry-of-foreign-affairs WARN'))).toBe(true);
    expect(await kinds('Armenia said it did not rule out taking further measures.')).toContain('state:ARM WARN -');
  });

  it('is a warning whatever the tense of the step not ruled out', async () => {
    expect(await kinds('Uganda said it did not rule out recalling its ambassador.')).toContain('state:UGA WARN -');
    expect(await kinds('Venezuela said it would not rule out taking the dispute to the Security Council.')).toContain(
      'state:VEN WARN -',
    );
    expect(await kinds('The ministry of Chile said it has not ruled out sanctions against the shipowner.')).toContain(
      'state:CHL WARN -',
    );
  });

  it('is not a warning when what is not ruled out is a cause', async () => {
    const cause = await kinds('Finland said it could not rule out sabotage.');
    expect(cause.some((l) => l.includes('WARN'))).toBe(false);
    const accident = await kinds('Serbia said it did not rule out an accident.');
    expect(accident.some((l) => l.includes('WARN'))).toBe(false);
  });
});

describe('verdicts on another party', () => {
  it('reads a neutrality treated as a licence, an obstacle and a disappointment as criticism', async () => {
    expect(
      await kinds('"Belarus treats its neutrality as a licence to sell to anyone," said Ona Petraitis, an analyst.'),
    ).toContain('person:ona-petraitis CRITICIZE state:BLR');
    expect(
      await kinds(
        "The representative of France said Russia's occupation of the plant was the main obstacle to nuclear safety.",
      ),
    ).toContain('state:FRA CRITICIZE state:RUS');
    expect(
      await kinds(
        'The representative of the United Kingdom said her delegation was deeply disappointed that Iran had refused.',
      ),
    ).toContain('state:GBR CRITICIZE state:IRN');
    expect(
      await kinds("The representative of Japan said Russia's new missile sites were deeply concerning."),
    ).toContain('state:JPN CRITICIZE state:RUS');
  });

  it('reads the same verdicts in other voices', async () => {
    expect(
      await kinds(
        '"Moldova treats the Transnistrian question as a licence to buy Western arms," said Igor Rusu, an analyst.',
      ),
    ).toContain('person:igor-rusu CRITICIZE state:MDA');
    expect(await kinds("Colombia's delegate said he was disappointed that Venezuela had not attended.")).toContain(
      'state:COL CRITICIZE state:VEN',
    );
  });

  it('keeps a position when nothing is judged', async () => {
    const none = await kinds('The representative of Brazil said there was no obstacle to a vote.');
    expect(none).toEqual(['state:BRA STATE -']);
    const licensed = await kinds('Chile said the ship operated under a Chilean licence to fish the area.');
    expect(licensed.some((l) => l.includes('CRITICIZE'))).toBe(false);
  });
});
