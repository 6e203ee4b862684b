import { valuesOf, type Vocabulary } from './vocabulary.js';

/**
 * The kinds of entity the graph holds (docs/model.md, "Nodes"), each with
 * the prefix of its keys (`state:RUS`, `org:nato`) and what it is.
 */
export const ENTITY_KINDS = {
  State: {
    prefix: 'state',
    description: 'A state, current or former, keyed by its ISO 3166 alpha-3 code (state:RUS, state:SUN).',
  },
  Person: { prefix: 'person', description: 'A person: a leader, an official, an envoy.' },
  Organization: {
    prefix: 'org',
    description: 'An organization: a UN body, a ministry, an alliance, an armed group, a news agency.',
  },
  Place: { prefix: 'place', description: 'A place: a city or region.' },
  Resolution: { prefix: 'resolution', description: 'A Security Council resolution or draft resolution.' },
  WeaponSystem: { prefix: 'weapon', description: 'A weapon system, such as a ballistic missile family.' },
  WeaponsTransfer: { prefix: 'transfer', description: 'A transfer of weapons from a supplier to a recipient.' },
  Event: { prefix: 'event', description: 'An event: a meeting, a visit, a strike, a veto.' },
  Treaty: { prefix: 'treaty', description: 'A treaty or agreement between parties.' },
} as const satisfies Record<string, { prefix: string; description: string }>;

export type EntityType = keyof typeof ENTITY_KINDS;
export const ENTITY_TYPES = Object.keys(ENTITY_KINDS) as [EntityType, ...EntityType[]];

export const ORGANIZATION_CATEGORY = {
  UN_BODY: 'A United Nations organ, committee or panel.',
  GOVERNMENT_BODY: 'A government, cabinet or state agency.',
  MINISTRY: 'A ministry of a state.',
  PROSECUTOR: "A prosecutor's office.",
  THINK_TANK: 'A research institute or think tank.',
  NEWS_AGENCY: 'A news agency or publisher.',
  MILITARY: 'An armed force or military unit of a state.',
  INTERGOVERNMENTAL:
    'An organization of states other than the UN: an alliance, a union, a regional body (NATO, the African Union).',
  ARMED_GROUP: 'A non-state armed group: rebels, militias, insurgents.',
  OTHER: 'Any other organization.',
} as const satisfies Vocabulary;
export type OrganizationCategory = keyof typeof ORGANIZATION_CATEGORY;
export const ORGANIZATION_CATEGORIES = valuesOf<OrganizationCategory>(ORGANIZATION_CATEGORY);

export const PLACE_CATEGORY = {
  CITY: 'A city or town.',
  REGION: 'A region or province.',
  OTHER: 'Any other place.',
} as const satisfies Vocabulary;
export type PlaceCategory = keyof typeof PLACE_CATEGORY;
export const PLACE_CATEGORIES = valuesOf<PlaceCategory>(PLACE_CATEGORY);

export const RESOLUTION_STATUS = {
  ADOPTED: 'Adopted by the Council.',
  VETOED: 'Voted down by the negative vote of a permanent member.',
  NOT_PUT_TO_VOTE: 'Circulated as a draft but never put to a vote.',
  FAILED: 'Put to a vote and not adopted for lack of votes, without a veto.',
  DRAFT: 'A draft still under negotiation.',
} as const satisfies Vocabulary;
export type ResolutionStatus = keyof typeof RESOLUTION_STATUS;
export const RESOLUTION_STATUSES = valuesOf<ResolutionStatus>(RESOLUTION_STATUS);

export const VOTE = {
  FOR: 'Voted in favour.',
  AGAINST: 'Voted against (a veto when cast by a permanent member).',
  ABSTAIN: 'Abstained.',
  NON_VOTING: 'A member present or absent that did not take part in the vote.',
} as const satisfies Vocabulary;
export type Vote = keyof typeof VOTE;
export const VOTES = valuesOf<Vote>(VOTE);

export const TRANSFER_STATUS = {
  ALLEGED: 'Alleged by a party, not established.',
  REPORTED: 'Reported by investigators, monitors or a dataset of record.',
  CONFIRMED: 'Confirmed by supplier or recipient, or established beyond dispute.',
  DENIED: 'Denied by the parties, with no independent confirmation.',
  DISPUTED: 'Alleged and denied, with conflicting evidence.',
} as const satisfies Vocabulary;
export type TransferStatus = keyof typeof TRANSFER_STATUS;
export const TRANSFER_STATUSES = valuesOf<TransferStatus>(TRANSFER_STATUS);

export const EVENT_CATEGORY = {
  MEETING: 'A meeting, e.g. of the Security Council.',
  VISIT: 'A visit by a leader or official.',
  SUMMIT: 'A summit between leaders.',
  STRIKE: 'A military strike or attack.',
  VETO: 'A veto cast in the Security Council.',
  DISBANDING: 'The end of a body’s mandate.',
  VOTE: 'A vote.',
  REPORT: 'The delivery of a report.',
  INVASION: 'An invasion.',
  SIGNING: 'The signing of an agreement.',
  OTHER: 'Any other event.',
} as const satisfies Vocabulary;
export type EventCategory = keyof typeof EVENT_CATEGORY;
export const EVENT_CATEGORIES = valuesOf<EventCategory>(EVENT_CATEGORY);

export const SOURCE_CATEGORY = {
  NEWS: 'A news report.',
  REFERENCE: 'A primary document: a UN resolution, a treaty text.',
} as const satisfies Vocabulary;
export type SourceCategory = keyof typeof SOURCE_CATEGORY;
export const SOURCE_CATEGORIES = valuesOf<SourceCategory>(SOURCE_CATEGORY);
