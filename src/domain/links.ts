import { RELATIONSHIP_TYPES } from './relationships.js';
import { valuesOf, type Vocabulary } from './vocabulary.js';

/**
 * How a claim is linked to what it involves (docs/model.md, "Claims link to
 * what they involve"), each link read from the claim's side.
 */
export const CLAIM_LINK = {
  MADE: 'The speaker (a person, state or organization) made the claim.',
  ON_BEHALF_OF: 'The claim was made on behalf of a state or organization.',
  TARGETS: 'The claim is aimed at an entity (the accused, the criticised, the one a demand is made of).',
  ABOUT: 'The claim is about an entity.',
  ANSWERS: 'The claim answers an earlier one (a denial answers an accusation).',
} as const satisfies Vocabulary;
export type ClaimLinkType = keyof typeof CLAIM_LINK;
export const CLAIM_LINK_TYPES = valuesOf<ClaimLinkType>(CLAIM_LINK);

/**
 * Every type of link between entities and claims as clients see it: what a
 * neighbourhood groups by. Provenance (MENTIONED_IN, SOURCE: links to
 * articles) is not among them.
 */
export const LINK_TYPES = [...RELATIONSHIP_TYPES, ...CLAIM_LINK_TYPES] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/**
 * The relationship types a coded claim (origin CODED, a dataset's coding
 * of an event) is stored with in place of MADE and TARGETS, the only links
 * a coded claim has besides its SOURCE. A dataset codes claims by the
 * million, and at a state they outnumber the reported ones a thousand to
 * one: on links of their own, a read that wants reported claims only (a
 * path, by default) walks MADE and TARGETS and never reads the coded ones,
 * where a shared type had it read and reject every one of them. Clients
 * see them as MADE and TARGETS (seenLinkType); the claim's origin tells
 * the two apart.
 */
export const CODED_CLAIM_LINK = {
  MADE: 'CODED_MADE',
  TARGETS: 'CODED_TARGETS',
} as const satisfies Partial<Record<ClaimLinkType, string>>;
export type CodedLinkType = (typeof CODED_CLAIM_LINK)[keyof typeof CODED_CLAIM_LINK];
export const CODED_LINK_TYPES = Object.values(CODED_CLAIM_LINK) as CodedLinkType[];

/** Every relationship type between entities and claims in the store: what a neighbourhood walks. */
export const STORED_LINK_TYPES = [...LINK_TYPES, ...CODED_LINK_TYPES] as const;

/** The type clients see for each stored type that differs from it: CODED_MADE is MADE. */
export const SEEN_LINK_TYPE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CODED_CLAIM_LINK).map(([seen, stored]) => [stored, seen]),
);

/** The type clients see for a stored relationship type: a coded claim's CODED_MADE is MADE. */
export function seenLinkType(type: string): string {
  return SEEN_LINK_TYPE[type] ?? type;
}

/** The stored types a link seen by clients is kept under: MADE is MADE and CODED_MADE. */
export function storedLinkTypes(type: string): string[] {
  const coded = (CODED_CLAIM_LINK as Record<string, string>)[type];
  return coded ? [type, coded] : [type];
}

/** Which way a link points, seen from the node at the centre of a neighbourhood. */
export const LINK_DIRECTION = {
  OUTGOING: 'The link starts at the centre: (centre)-[:MADE]->(claim).',
  INCOMING: 'The link ends at the centre: (transfer)-[:SUPPLIED_BY]->(centre).',
} as const satisfies Vocabulary;
export type LinkDirection = keyof typeof LINK_DIRECTION;
export const LINK_DIRECTIONS = valuesOf<LinkDirection>(LINK_DIRECTION);

/** What the node on the far side of a hub's claim or transfer is to it. */
export const COUNTERPART_ROLE = {
  TARGET: 'Whom the claims are aimed at.',
  SPEAKER: 'Who made the claims.',
  RECIPIENT: 'Who received the weapons.',
  SUPPLIER: 'Who supplied the weapons.',
} as const satisfies Vocabulary;
export type CounterpartRole = keyof typeof COUNTERPART_ROLE;
export const COUNTERPART_ROLES = valuesOf<CounterpartRole>(COUNTERPART_ROLE);

export interface CounterpartRule {
  /** The link from the member (the claim, the transfer) to its counterpart. */
  via: LinkType;
  /** True when that link starts at the member: (claim)-[:TARGETS]->(target). */
  outward: boolean;
  role: CounterpartRole;
}

/**
 * The far side that tells a hub's claims and transfers apart: a state's
 * thousands of claims read by whom they target ("accusations targeting
 * Ukraine"), the claims aimed at it by who made them, the transfers it
 * supplied by their recipient. Keyed by the link as seen from the centre:
 * `MADE>` (the centre made them), `<TARGETS` (they target the centre).
 */
export const COUNTERPART: Readonly<Record<string, CounterpartRule>> = {
  'MADE>': { via: 'TARGETS', outward: true, role: 'TARGET' },
  '<ON_BEHALF_OF': { via: 'TARGETS', outward: true, role: 'TARGET' },
  '<TARGETS': { via: 'MADE', outward: false, role: 'SPEAKER' },
  '<ABOUT': { via: 'MADE', outward: false, role: 'SPEAKER' },
  '<SUPPLIED_BY': { via: 'RECEIVED_BY', outward: true, role: 'RECIPIENT' },
  '<OF_WEAPON': { via: 'RECEIVED_BY', outward: true, role: 'RECIPIENT' },
  '<RECEIVED_BY': { via: 'SUPPLIED_BY', outward: true, role: 'SUPPLIER' },
  '<USED_AGAINST': { via: 'SUPPLIED_BY', outward: true, role: 'SUPPLIER' },
};

/** The key of a link as seen from the centre, as COUNTERPART is keyed: `MADE>`, `<TARGETS`. */
export function linkSide(type: string, direction: LinkDirection): string {
  return direction === 'OUTGOING' ? `${type}>` : `<${type}`;
}
