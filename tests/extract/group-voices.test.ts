import { describe, expect, it } from 'vitest';
import { claim, documentOf, extract, lines } from './drafts.js';

/**
 * Groups that speak with no name of their own: people who take sides counted by an indefinite word ("Some
 * politicians have claimed ..."), campaigning groups told where they are ("Civic groups in ⟨city⟩ warn ..."), and a
 * claim put out on a medium ("claimed on social media that ..."). Sentences written for these tests.
 */

const organizations = (draft: Awaited<ReturnType<typeof extract>>) =>
  documentOf(draft)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.key);

describe('people who take sides, counted by an indefinite word', () => {
  it.each([
    ['Some politicians accuse Rwanda of arming the rebels in North Kivu.', 'org:politicians', 'ACCUSE', 'state:RWA'],
    [
      'Many activists have accused Belarus of pushing migrants across the border into Poland.',
      'org:activists',
      'ACCUSE',
      'state:BLR',
    ],
    [
      'Several diplomats warned that Serbia could send troops into northern Kosovo.',
      'org:diplomats',
      'WARN',
      'state:SRB',
    ],
    [
      'Some campaigners say Israel must stop building settlements in the West Bank.',
      'org:campaigners',
      'DEMAND',
      'state:ISR',
    ],
    [
      'Some politicians in Manila have claimed that China had rammed a Philippine supply boat.',
      'org:politicians',
      'ACCUSE',
      'state:CHN',
    ],
  ])('reads "%s" as the group speaking', async (text, speaker, kind, target) => {
    const draft = await extract(text);
    claim(draft, speaker, kind, target);
    expect(organizations(draft)).toContain(speaker);
  });

  it('is the party a denial of "these claims" answers', async () => {
    const draft = await extract(
      'Statement by the Government of Ghana\n\nSome politicians have claimed that Togo had closed the border. The Government rejects these claims.',
    );
    claim(draft, 'org:politicians', 'ACCUSE', 'state:TGO');
    expect(draft.claims.filter((c) => c.kind === 'DENY').flatMap((c) => c.targets)).toEqual(['org:politicians']);
  });

  it.each([
    // A bare plural sets no one apart; onlookers are the writer's background.
    'Critics say the Government has been too soft on Beijing.',
    // Analysts who say a party did a wrong charge it (unnamed-finders.test.ts); saying what may come sets them apart as no group.
    'Some analysts say the talks could resume in the spring.',
    // Whose lawmakers, the words alone do not say.
    'Some lawmakers say the Government has been too soft on Beijing.',
    // The group is met, not speaking.
    'The minister met some politicians from Kenya on Monday.',
  ])('drafts no claim of a group from "%s"', async (text) => {
    const draft = await extract(text);
    expect(lines(draft)).toEqual([]);
  });
});

describe('campaigning groups, perhaps told where they are', () => {
  it.each([
    ['Civic groups accuse Azerbaijan of blocking the Lachin corridor.', 'org:civic-groups', 'ACCUSE', 'state:AZE'],
    ['Civic groups in Tbilisi warn that Russia could annex South Ossetia.', 'org:civic-groups', 'WARN', 'state:RUS'],
    [
      'Human rights groups in Caracas accuse Venezuela of detaining opposition activists.',
      'org:human-rights-groups',
      'ACCUSE',
      'state:VEN',
    ],
    [
      'Environmental groups in Manila have accused China of destroying coral reefs near Scarborough Shoal.',
      'org:environmental-groups',
      'ACCUSE',
      'state:CHN',
    ],
    [
      'Civil society groups in Nairobi urged Kenya to withdraw its police from Haiti.',
      'org:civil-society-groups',
      'DEMAND',
      'state:KEN',
    ],
  ])('reads "%s" as the group speaking', async (text, speaker, kind, target) => {
    claim(await extract(text), speaker, kind, target);
  });

  it.each([
    'The ministry said it had met civic groups in Yerevan on Tuesday.',
    'Civic groups in Seoul, which have campaigned for years, held a rally on Saturday.',
    'The statement was welcomed by civic groups.',
  ])('drafts no claim of the group from "%s", yet names it', async (text) => {
    const draft = await extract(text);
    expect(draft.claims.filter((c) => c.speaker === 'org:civic-groups')).toEqual([]);
    expect(organizations(draft)).toContain('org:civic-groups');
  });
});

describe('a claim put out on a medium', () => {
  it.each([
    [
      'Azerbaijan claimed on social media that Armenian troops had fired on its positions near Lachin.',
      'state:AZE',
      'ACCUSE',
      'state:ARM',
    ],
    [
      'The Russian embassy in Oslo claimed on its website that Norway had violated the Svalbard Treaty.',
      'org:embassy-of-russia-in-oslo',
      'ACCUSE',
      'state:NOR',
    ],
    [
      "Pakistan's foreign ministry said on social media that Indian drones had entered its airspace.",
      'org:pakistan-ministry-of-foreign-affairs',
      'ACCUSE',
      'state:IND',
    ],
    [
      'Ethiopia claimed on its website that Eritrea had massed troops on the border.',
      'state:ETH',
      'ACCUSE',
      'state:ERI',
    ],
    [
      'Some activists claimed on social media that Iran had executed three protesters.',
      'org:activists',
      'ACCUSE',
      'state:IRN',
    ],
  ])('reads "%s" as the words said', async (text, speaker, kind, target) => {
    claim(await extract(text), speaker, kind, target);
  });

  it.each([
    'Ukraine posted on social media a video of the strike.',
    "Sudan's army claimed on social media responsibility for the drone strike.",
    'Thousands of people shared the video on social media, and Mexico said nothing.',
  ])('drafts no accusation from "%s"', async (text) => {
    const draft = await extract(text);
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});
