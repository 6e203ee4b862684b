import { ENTITY_TYPES, type EntityType } from './entities.js';

const ANY_ENTITY = ENTITY_TYPES;

/**
 * The relationships between entities (docs/model.md, "Relationships"): which
 * entity types each end may have, and what it says. Directions read as
 * sentences: (Robert Wood)-[:HOLDS_POSITION]->(United States).
 */
export const RELATIONSHIP_KIND = {
  HOLDS_POSITION: {
    from: ['Person'],
    to: ['State', 'Organization'],
    description: 'A person holds (or held) an office for a state or an organization; needs its title.',
  },
  MEMBER_OF: {
    from: ['State', 'Organization'],
    to: ['Organization'],
    description: 'A state or organization is a member of an organization.',
  },
  PART_OF: {
    from: ['Organization'],
    to: ['Organization', 'State'],
    description:
      'An organization is part of another, or of a state (a committee of the Council, a ministry, an armed group of a state).',
  },
  LOCATED_IN: {
    from: ['Place', 'Organization'],
    to: ['State', 'Place'],
    description: 'A place or organization is located in a state or place.',
  },
  SPONSORED: { from: ['State'], to: ['Resolution'], description: 'A state sponsored a resolution or draft.' },
  VETOED: { from: ['State'], to: ['Resolution'], description: 'A state vetoed a draft resolution.' },
  VOTED: { from: ['State'], to: ['Resolution'], description: 'A state voted on a resolution; needs its vote.' },
  CONSIDERED_BY: {
    from: ['Resolution'],
    to: ['Organization'],
    description: 'A resolution was considered by a body (the Security Council).',
  },
  CONCERNS: {
    from: ['Resolution', 'Event', 'Treaty'],
    to: ANY_ENTITY,
    description: 'A resolution, event or treaty concerns an entity, in a role.',
  },
  STRENGTHENS: { from: ['Resolution'], to: ['Resolution'], description: 'A resolution strengthens an earlier one.' },
  MANUFACTURED_BY: { from: ['WeaponSystem'], to: ['State'], description: 'A weapon system is made by a state.' },
  SUPPLIED_BY: {
    from: ['WeaponsTransfer'],
    to: ['State', 'Organization'],
    description: 'A weapons transfer was supplied by a state (or an organization or armed group).',
  },
  RECEIVED_BY: {
    from: ['WeaponsTransfer'],
    to: ['State', 'Organization'],
    description: 'A weapons transfer was received by a state (or an organization or armed group).',
  },
  OF_WEAPON: {
    from: ['WeaponsTransfer'],
    to: ['WeaponSystem'],
    description: 'A weapons transfer is of a weapon system.',
  },
  CORROBORATED_BY: {
    from: ['WeaponsTransfer'],
    to: ['WeaponsTransfer'],
    description:
      "An article's transfer is corroborated by a dataset's record of the same transfer (same supplier, recipient and weapon system, overlapping periods).",
  },
  USED_AGAINST: {
    from: ['WeaponsTransfer'],
    to: ['State', 'Place'],
    description: 'The weapons of a transfer were used against a state or place.',
  },
  PARTICIPATED_IN: {
    from: ['Person', 'State', 'Organization'],
    to: ['Event'],
    description: 'A person, state or organization took part in an event, in a role.',
  },
  TOOK_PLACE_IN: {
    from: ['Event'],
    to: ['Place', 'State', 'Organization'],
    description: 'An event took place in a place, state or organization’s seat.',
  },
  PARTY_TO: {
    from: ['State', 'Organization'],
    to: ['Treaty'],
    description: 'A state or organization is party to a treaty.',
  },
  SIGNED: {
    from: ['Person'],
    to: ['Treaty'],
    description: 'A person signed a treaty, optionally on behalf of a state or organization.',
  },
} as const satisfies Record<string, { from: readonly EntityType[]; to: readonly EntityType[]; description: string }>;

export type RelationshipType = keyof typeof RELATIONSHIP_KIND;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_KIND) as [RelationshipType, ...RelationshipType[]];

/** Which entity types each end of a relationship may have. */
export const RELATIONSHIP_ENDS: {
  [T in RelationshipType]: { from: readonly EntityType[]; to: readonly EntityType[] };
} = RELATIONSHIP_KIND;

/** The entity types that act: they speak, make claims and are accused. */
export const ACTOR_TYPES = ['Person', 'State', 'Organization'] as const satisfies readonly EntityType[];

/** Whether an entity of this type acts (ACTOR_TYPES); an unknown entity does not. */
export const isActorType = (type: string | null | undefined): boolean =>
  (ACTOR_TYPES as readonly string[]).includes(type ?? '');

/** Which entity types may fill each role of a claim. */
export const CLAIM_ROLES = {
  speaker: ACTOR_TYPES,
  onBehalfOf: ['State', 'Organization'],
  target: ANY_ENTITY,
  about: ANY_ENTITY,
} as const satisfies Record<string, readonly EntityType[]>;
