import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A government's own statement speaks for its state throughout, with claims
 * in sentences that have no verb of saying: sentences written for these
 * tests in the style of a ministry's communiqué.
 */

describe('a communiqué', () => {
  it("is a statement: its sentences with no speaker of their own are its issuer's words", async () => {
    const draft = await extract(
      'Communiqué of the Ministry of Foreign Affairs of Peru on the Seizure of a Fishing Vessel\n\nLima, 3 March 2025\n\nChilean coast guard boats stormed a Peruvian fishing vessel in waters under Peruvian jurisdiction. This act is a flagrant violation of the maritime boundary fixed in 2014.',
    );
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'CRITICIZE');
  });

  it('is its issuer, named in the heading, when its text calls it only "the Ministry of Foreign Affairs"', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Republic of Finland\n\nHelsinki, 4 March 2026\n\nThe Ministry of Foreign Affairs has learned with deep concern that a Russian patrol vessel detained a Finnish research boat in the Gulf of Finland.',
    );
    expect(draft.entities.map((e) => e.key)).not.toContain('org:ministry-of-foreign-affairs');
    claim(draft, 'org:finland-ministry-of-foreign-affairs', 'CRITICIZE', 'state:RUS');
  });

  it('takes its issuer from the heading, not from what the heading says it is about', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs on the Detention of Finnish Sailors by Russia\n\nThe Ministry of Foreign Affairs condemns the detention of the crew of a Finnish research boat. Estonia stands with Finland.',
    );
    expect(draft.entities.map((e) => e.key)).not.toContain('org:russia-ministry-of-foreign-affairs');
    expect(draft.entities.map((e) => e.key)).not.toContain('org:finland-ministry-of-foreign-affairs');
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'CRITICIZE');
  });

  it('is not read as a statement when only a news report quotes one', async () => {
    const draft = await extract(
      'Peru protested to Chile on Monday. This act is a flagrant violation of the maritime boundary, the communiqué said.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:peru-ministry'))).toEqual([]);
  });
});

describe("a decision of the statement's own side", () => {
  it('is its position, whether the Government or the authorities decided, aimed at the party it falls on if any', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Relations with Chile\n\nConsequently, the Peruvian authorities have decided to declare three officials of the Embassy of Chile persona non grata. The Government of Peru has decided to close its consulate in Arica for one month.',
    );
    const positions = draft.claims.filter((c) => c.kind === 'STATE');
    expect(positions).toHaveLength(2);
    expect(positions.map((c) => c.targets)).toEqual([['state:CHL'], []]);
  });

  it("is not the speaker's when another party decided", async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Relations with Chile\n\nThe Government of Chile has decided to close its consulate in Tacna.',
    );
    expect(draft.claims.filter((c) => c.kind === 'STATE')).toEqual([]);
  });
});

describe('an account the statement refuses to accept', () => {
  it('denies the account of whoever gave it, a ministry standing for its state', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Estonia on the Violation of Estonian Airspace\n\nThe claims of the Ministry of Defence of the Russian Federation that its aircraft stayed over neutral waters are not credible. Nor can Estonia accept the explanation of the Belarusian side that the balloons drifted with the wind.',
    );
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'DENY', 'state:RUS');
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'DENY', 'state:BLR');
  });

  it('reads an account accepted as no denial', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Estonia on the Violation of Estonian Airspace\n\nEstonia can accept the explanation of the Finnish side that the drone lost its course.',
    );
    expect(lines(draft).filter((l) => l.includes('DENY'))).toEqual([]);
  });
});

describe('a wrong done by men or craft of another party', () => {
  it('is an accusation of the state whose police or navy they belong to, after an opening time', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on the Consulate in Guayaquil\n\nOn the evening of 2 June, officers of the National Police of Ecuador stormed the residence of the Peruvian consul in Guayaquil.',
    );
    claim(draft, 'org:peru-ministry-of-foreign-affairs', 'ACCUSE', 'state:ECU');
  });

  it("is no accusation when the men are the speaker's own", async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Peru on Smuggling\n\nOn 2 June, officers of the National Police of Peru detained two smugglers near Tumbes.',
    );
    expect(lines(draft).filter((l) => l.includes('ACCUSE'))).toEqual([]);
  });
});

describe("another party's account quoted to be rejected", () => {
  const heading =
    'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Crash of a Drone near Michalovce\n\nBratislava, 14 March 2026\n\n';

  it("is that party's accusation of whom its words blame, and the issuer's denial of the party", async () => {
    const draft = await extract(
      `${heading}The assertion of the Russian Embassy that the drone had been launched by Ukraine to draw Slovakia into the war is absurd.`,
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DENY', 'state:RUS');
    const account = draft.claims.find((c) => c.kind === 'ACCUSE' && c.targets.includes('state:UKR'));
    expect(account?.onBehalfOf ?? account?.speaker).toBe('state:RUS');
  });

  it('is a denial of the issuer when the account clears its own party', async () => {
    const draft = await extract(
      `${heading}Nor can Slovakia accept the explanation of the Hungarian side that the aircraft strayed because of a navigation fault.`,
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DENY', 'state:HUN');
    claim(draft, 'state:HUN', 'DENY', 'state:SVK');
    expect(lines(draft).filter((l) => l.includes('ACCUSE'))).toEqual([]);
  });

  it('names the states whose capitals it was made in, and accuses the issuer when its words blame no one else', async () => {
    const draft = await extract(
      `${heading}Claims in Budapest and Vienna that Slovakia is massing troops on its borders are false.`,
    );
    claim(draft, 'state:HUN', 'ACCUSE', 'state:SVK');
    claim(draft, 'state:AUT', 'ACCUSE', 'state:SVK');
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DENY', 'state:HUN');
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DENY', 'state:AUT');
  });

  it('is no claim of either when the statement accepts the account', async () => {
    const draft = await extract(
      `${heading}Slovakia takes note of the explanation of the Polish side that the drone lost its course in heavy wind.`,
    );
    expect(lines(draft).filter((l) => l.includes('state:POL'))).toEqual([]);
  });
});

describe("a statement's own measure", () => {
  it('is a position aimed at the party it falls on', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Slovak Republic on Relations with Belarus\n\nBratislava, 14 March 2026\n\nThe Government of the Slovak Republic has decided to expel three officials of the Embassy of Belarus. The Government has also decided that the consulate in Košice will remain closed to citizens of Belarus.',
    );
    const positions = draft.claims.filter((c) => c.kind === 'STATE');
    expect(positions.map((c) => c.targets)).toEqual([['state:BLR'], ['state:BLR']]);
  });

  it('keeps a heading that opens with the government issuing it ("Government Press Release: ...") a statement', async () => {
    const draft = await extract(
      "Government Press Release: Slovakia's Consulates in Belarus to Remain Closed\n\nBratislava, 14 March 2026\n\nThe Government has today decided that the consulates of Slovakia in Belarus will remain closed. Belarus must release the detained Slovak lorry drivers.",
      '2026-03-14',
      'Slovak Government',
    );
    claim(draft, 'state:SVK', 'DEMAND', 'state:BLR');
  });
});

describe('a demand of several bodies named together', () => {
  it('is made of each body called on ("calls on the ⟨A⟩ and on ⟨B⟩")', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Border Incident\n\nBratislava, 14 March 2026\n\nThe Slovak Republic calls on the European Union and on NATO to condemn the incursion without delay.',
    );
    claim(draft, 'state:SVK', 'DEMAND', 'org:european-union');
    claim(draft, 'state:SVK', 'DEMAND', 'org:nato');
  });

  it('is made of each body named among those it addresses ("the guarantors ..., including ⟨A⟩ and ⟨B⟩")', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Border Incident\n\nBratislava, 14 March 2026\n\nThe Ministry urges the members of the contact group, including the United States and the European Union, to press for the release of the drivers.',
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DEMAND', 'state:USA');
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DEMAND', 'org:european-union');
  });
});

describe("a statement's finding in its own voice", () => {
  const heading =
    'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Explosion at the Depot in Nováky\n\nBratislava, 14 March 2026\n\n';

  it('accuses the doer the finding names after "by", and whoever the wrong was done with', async () => {
    const draft = await extract(
      `${heading}The Slovak Republic has established that the explosion was prepared by agents of the Russian Federation, with the help of Belarus.`,
    );
    claim(draft, 'state:SVK', 'ACCUSE', 'state:RUS');
    claim(draft, 'state:SVK', 'ACCUSE', 'state:BLR');
    const named = await extract(
      `${heading}The findings of the police leave no doubt that the depot was set on fire by saboteurs from a unit of the Russian Federation.`,
    );
    claim(named, 'org:slovakia-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
  });

  it('accuses each subject of the that-clauses of "We have credible information that ..."', async () => {
    const draft = await extract(
      `${heading}We have credible information that Hungary delivered the detonators to the saboteurs, and that Serbia supplied them with forged papers.`,
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'ACCUSE', 'state:HUN');
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'ACCUSE', 'state:SRB');
  });

  it('accuses whom the statement just accused when its words point back ("that this was ...")', async () => {
    const draft = await extract(
      `${heading}Two Hungarian fighter jets violated Slovak airspace near Komárno on Monday. There can be little doubt that this was a deliberate attempt to intimidate Slovakia.`,
    );
    const accusations = draft.claims.filter((c) => c.kind === 'ACCUSE' && c.targets.includes('state:HUN'));
    expect(accusations).toHaveLength(2);
  });

  it('accuses the party that gave an undertaking said to be broken', async () => {
    const draft = await extract(
      `${heading}In 2019, Hungary undertook to return the seized lorries within a month. Seven years later, this commitment has still not been honoured.`,
    );
    const broken = draft.claims.find((c) => c.allegation.includes('not been honoured'));
    expect(broken?.kind).toBe('ACCUSE');
    expect(broken?.targets).toEqual(['state:HUN']);
  });

  it('accuses the party said to bear responsibility', async () => {
    const draft = await extract(
      `${heading}Whether the saboteurs acted alone or on orders, Russia bears full responsibility for the explosion.`,
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
  });

  it("is another party's finding when that party is the one to find it", async () => {
    const draft = await extract(
      `${heading}Hungary's investigators have established that the explosion was prepared by agents of Serbia.`,
    );
    expect(lines(draft).filter((l) => l.startsWith('org:slovakia') && l.includes('ACCUSE'))).toEqual([]);
  });

  it("accuses no one when the doer the finding names is the speaker's own side", async () => {
    const draft = await extract(
      `${heading}The Slovak Republic has established that the detonators were bought by Slovakia from a Czech firm in 2019.`,
    );
    expect(lines(draft).filter((l) => l.includes('ACCUSE'))).toEqual([]);
  });
});

describe('an appeal to all that names one party', () => {
  it('is a demand of that party ("expects all states, including ⟨B⟩, to ...")', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Airspace Violation\n\nBratislava, 14 March 2026\n\nSlovakia expects all states, including Hungary, to respect the airspace of their neighbours.',
    );
    claim(draft, 'org:slovakia-ministry-of-foreign-affairs', 'DEMAND', 'state:HUN');
  });
});

describe('a demand in coordinated that-clauses', () => {
  it('is made of the subject of each ("demands that ⟨A⟩ ... and that ⟨B⟩ ...")', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Slovak Republic on the Airspace Violation\n\nBratislava, 14 March 2026\n\nSlovakia demands that the Russian Federation withdraw its aircraft from the border at once and that Belarus close its airfields to them.',
    );
    claim(draft, 'state:SVK', 'DEMAND', 'state:RUS');
    claim(draft, 'state:SVK', 'DEMAND', 'state:BLR');
  });
});
