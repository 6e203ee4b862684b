/**
 * A small ingest document using every part of the format (an article, two
 * states, an envoy, a ministry, a weapon and its transfer, an accusation
 * and a denial answering it), every key unique to the slug: the fixture of
 * the tests that write.
 */
export const ARTICLE_TEXT =
  'The envoy said the neighbour was “in essence siding with a rogue state” – and added:\n\n' +
  '"We need to call it out for what it is." The neighbour’s foreign ministry denied sending missiles.';

/** `written` hands out state keys that are removed after the test file (tests/support/writes.ts). */
export function sampleDocumentFor(written: { stateKey(): string }, slug: string) {
  const keys = {
    article: `article:${slug}`,
    accuser: written.stateKey(),
    accused: written.stateKey(),
    envoy: `person:envoy-${slug}`,
    ministry: `org:ministry-${slug}`,
    weapon: `weapon:missile-${slug}`,
    transfer: `transfer:missiles-${slug}`,
    accusation: `claim:accusation-${slug}`,
    denial: `claim:denial-${slug}`,
  };
  const document = {
    sources: [
      {
        key: keys.article,
        category: 'NEWS',
        title: 'Envoy accuses neighbour',
        publisher: 'Test Wire',
        publishedOn: '2024-06-28',
        text: ARTICLE_TEXT,
      },
    ],
    entities: [
      {
        key: keys.accuser,
        type: 'State',
        name: `Accuser ${slug}`,
        aliases: ['the accuser'],
        code: keys.accuser.slice(6),
      },
      { key: keys.accused, type: 'State', name: `Accused ${slug}`, wikidataId: 'Q159' },
      { key: keys.envoy, type: 'Person', name: `Envoy ${slug}`, aliases: ['the envoy'] },
      { key: keys.ministry, type: 'Organization', name: `Foreign ministry ${slug}`, category: 'MINISTRY' },
      { key: keys.weapon, type: 'WeaponSystem', name: `Missile ${slug}`, designation: 'M-1' },
      {
        key: keys.transfer,
        type: 'WeaponsTransfer',
        name: 'Missiles to the accuser',
        quantity: 'about 50',
        periodStart: '2023-12',
        status: 'ALLEGED',
      },
    ],
    relationships: [
      { key: `rel:envoy-${slug}`, type: 'HOLDS_POSITION', from: keys.envoy, to: keys.accuser, title: 'Ambassador' },
      { type: 'PART_OF', from: keys.ministry, to: keys.accused },
      { type: 'SUPPLIED_BY', from: keys.transfer, to: keys.accused },
      { type: 'RECEIVED_BY', from: keys.transfer, to: keys.accuser },
      { type: 'OF_WEAPON', from: keys.transfer, to: keys.weapon },
    ],
    claims: [
      {
        key: keys.accusation,
        kind: 'ACCUSE',
        speaker: keys.envoy,
        onBehalfOf: keys.accuser,
        target: keys.accused,
        allegation: 'siding with a rogue state',
        about: [keys.transfer],
        madeOn: '2024-06-28',
        quote: 'in essence siding with a rogue state',
      },
      {
        key: keys.denial,
        kind: 'DENY',
        speaker: keys.ministry,
        target: keys.accuser,
        allegation: 'denied sending missiles',
        answers: keys.accusation,
      },
    ],
  };
  return { keys, document, allKeys: Object.values(keys) };
}
