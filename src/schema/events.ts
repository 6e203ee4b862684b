import { enumValuesOf, EVENT_CATEGORY, PLACE_CATEGORY } from '../domain/index.js';
import { builder } from './builder.js';
import { partsOf, stringField } from './entity.js';
import { toRole } from './resolution.js';
import { EntityRef, EventRef, ParticipationRef, PersonRef, PlaceRef, SubjectRef, TreatyRef, isType } from './refs.js';
import type { Context } from '../context.js';
import {
  toNode,
  toNodes,
  toOptionalNode,
  type EntityNode,
  type EventNode,
  type PersonNode,
  type TreatyNode,
} from './shapes.js';

/** Events (meetings, visits, strikes, vetoes), treaties, and the places they happen in. */

export const EventCategory = builder.enumType('EventCategory', {
  description: 'What kind of event.',
  values: enumValuesOf(EVENT_CATEGORY),
});

ParticipationRef.implement({
  description: 'An entity’s part in an event.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'Who took part.', resolve: (p) => p.entity }),
    role: t.string({ nullable: true, description: 'In what role ("host", "visitor").', resolve: (p) => p.role }),
  }),
});

const eventParts = (p: EventNode, ctx: Context) => partsOf(p, ctx, 'read/parts/event');

EventRef.implement({
  description: 'Something that happened on a date: a meeting, visit, summit, strike, veto, disbanding.',
  interfaces: [EntityRef],
  isTypeOf: isType('Event'),
  fields: (t) => ({
    category: t.field({
      type: EventCategory,
      nullable: true,
      description: 'What kind of event.',
      resolve: (p) => p.category ?? null,
    }),
    date: t.string({
      nullable: true,
      description: 'When it happened (or began), at its precision.',
      resolve: stringField('date'),
    }),
    endDate: t.string({
      nullable: true,
      description: 'When it ended, for events over several days.',
      resolve: stringField('endDate'),
    }),
    participants: t.field({
      type: [ParticipationRef],
      description: 'Who took part, and in what role.',
      resolve: async (p, _a, ctx) => ((await eventParts(p, ctx)).participants ?? []).map(toRole),
    }),
    places: t.field({
      type: [EntityRef],
      description: 'Where it took place (a city, a state, a body’s seat).',
      resolve: async (p, _a, ctx) => toNodes((await eventParts(p, ctx)).places),
    }),
    subjects: t.field({
      type: [SubjectRef],
      description: 'What it concerned.',
      resolve: async (p, _a, ctx) => ((await eventParts(p, ctx)).subjects ?? []).map(toRole),
    }),
  }),
});

interface SignatureShape {
  person: PersonNode;
  onBehalfOf: EntityNode | null;
}
const SignatureRef = builder.objectRef<SignatureShape>('Signature').implement({
  description: 'A person’s signature of a treaty, for a state.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, description: 'Who signed.', resolve: (s) => s.person }),
    onBehalfOf: t.field({ type: EntityRef, nullable: true, description: 'For whom.', resolve: (s) => s.onBehalfOf }),
  }),
});

const treatyParts = (p: TreatyNode, ctx: Context) => partsOf(p, ctx, 'read/parts/treaty');

TreatyRef.implement({
  description: 'A treaty or pact between states.',
  interfaces: [EntityRef],
  isTypeOf: isType('Treaty'),
  fields: (t) => ({
    title: t.string({ nullable: true, description: 'Its formal title.', resolve: stringField('title') }),
    date: t.string({
      nullable: true,
      description: 'Date of signature, at its precision.',
      resolve: stringField('date'),
    }),
    commitments: t.string({
      nullable: true,
      description: 'What the parties commit to ("military assistance if either faces armed aggression").',
      resolve: stringField('commitments'),
    }),
    parties: t.field({
      type: [EntityRef],
      description: 'The states (or bodies) party to it.',
      resolve: async (p, _a, ctx) => toNodes((await treatyParts(p, ctx)).parties),
    }),
    signatories: t.field({
      type: [SignatureRef],
      description: 'Who signed it, for whom.',
      resolve: async (p, _a, ctx) =>
        ((await treatyParts(p, ctx)).signatories ?? []).map((s) => ({
          person: toNode(s.person),
          onBehalfOf: toOptionalNode(s.onBehalfOf),
        })),
    }),
    subjects: t.field({
      type: [SubjectRef],
      description: 'What it concerns.',
      resolve: async (p, _a, ctx) => ((await treatyParts(p, ctx)).subjects ?? []).map(toRole),
    }),
  }),
});

export const PlaceCategory = builder.enumType('PlaceCategory', {
  description: 'What kind of place.',
  values: enumValuesOf(PLACE_CATEGORY),
});

PlaceRef.implement({
  description: 'A place: a city such as Kharkiv or Pyongyang, located in a state.',
  interfaces: [EntityRef],
  isTypeOf: isType('Place'),
  fields: (t) => ({
    category: t.field({
      type: PlaceCategory,
      nullable: true,
      description: 'What kind of place.',
      resolve: (p) => p.category ?? null,
    }),
    locatedIn: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The state (or larger place) it is in.',
      resolve: async (p, _a, ctx) => toOptionalNode((await partsOf(p, ctx, 'read/parts/place')).locatedIn),
    }),
  }),
});
