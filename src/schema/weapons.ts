import { enumValuesOf, TRANSFER_STATUS } from '../domain/index.js';
import { builder } from './builder.js';
import { WeaponsTransferConnection } from './connections.js';
import { textFilter } from './aggregates.js';
import { fullEntities, partsOf, rootPage, stringField, yearRange } from './entity.js';
import { optionalKey } from './ids.js';
import {
  ArticleRef,
  ClaimRef,
  EntityRef,
  OrganizationRef,
  StateRef,
  WeaponSystemRef,
  WeaponsTransferRef,
  isType,
} from './refs.js';
import type { Context } from '../context.js';
import { toNodes, toOptionalNode, type WeaponsTransferNode } from './shapes.js';

/**
 * Weapon systems and transfers between states, after the SIPRI register:
 * supplier, recipient, weapon, and quantity and period as the sources give
 * them, with uncertainty kept ("about 50") and the status of the report;
 * and, for SIPRI's records, the register's own fields: order year,
 * numbers and deliveries by year with their estimate flags, trend-indicator
 * values, and the article transfers each record corroborates.
 */

interface DeliveryShape {
  year: number;
  number: number | null;
  tiv: number | null;
  estimate: boolean | null;
}

const DeliveryRef = builder.objectRef<DeliveryShape>('Delivery').implement({
  description: 'One year’s deliveries of a transfer, as SIPRI records them.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of delivery.' }),
    number: t.exposeInt('number', { nullable: true, description: 'How many were delivered that year.' }),
    tiv: t.exposeFloat('tiv', {
      nullable: true,
      description: 'Their value in millions of SIPRI trend-indicator values (TIV).',
    }),
    estimate: t.exposeBoolean('estimate', {
      nullable: true,
      description: 'SIPRI marks that year, its number or its value as uncertain.',
    }),
  }),
});

/** The deliveries by year, from the parallel lists a transfer keeps (docs/model.md). */
function deliveriesOf(p: WeaponsTransferNode): DeliveryShape[] {
  const years = p.deliveryYears ?? [];
  const numbers = p.deliveryNumbers;
  const tivs = p.deliveryTivs;
  const estimates = p.deliveryEstimates;
  return years.map((year, i) => ({
    year,
    number: numbers?.[i] ?? null,
    tiv: tivs?.[i] ?? null,
    estimate: estimates?.[i] ?? null,
  }));
}

/** Resolvers reading a number or a flag SIPRI's record may leave out. */
const int =
  <F extends string>(field: F) =>
  (p: { [K in F]?: unknown }) => {
    const value = p[field];
    return typeof value === 'number' ? value : null;
  };
const bool =
  <F extends string>(field: F) =>
  (p: { [K in F]?: unknown }) => {
    const value = p[field];
    return typeof value === 'boolean' ? value : null;
  };

export const TransferStatus = builder.enumType('TransferStatus', {
  description: 'How well established a transfer is.',
  values: enumValuesOf(TRANSFER_STATUS),
});

WeaponSystemRef.implement({
  description: 'A weapon system, such as a ballistic missile family.',
  interfaces: [EntityRef],
  isTypeOf: isType('WeaponSystem'),
  fields: (t) => ({
    designation: t.string({
      nullable: true,
      description: 'Designation, e.g. "Hwasong-11".',
      resolve: stringField('designation'),
    }),
    category: t.string({
      nullable: true,
      description: 'Kind of weapon, e.g. "short-range ballistic missile".',
      resolve: stringField('category'),
    }),
    armamentCategory: t.string({
      nullable: true,
      description: 'SIPRI’s armament category ("Missiles", "Aircraft"), where a dataset gives it.',
      resolve: stringField('armamentCategory'),
    }),
    manufacturer: t.field({
      type: StateRef,
      nullable: true,
      description: 'The state that makes it.',
      resolve: async (p, _a, ctx) => toOptionalNode((await partsOf(p, ctx, 'read/parts/weapon')).manufacturer),
    }),
    transfers: t.field({
      type: [WeaponsTransferRef],
      description: 'Transfers of this system.',
      resolve: async (p, _a, ctx) => toNodes((await partsOf(p, ctx, 'read/parts/weapon')).transfers),
    }),
  }),
});

const parts = (p: WeaponsTransferNode, ctx: Context) => partsOf(p, ctx, 'read/parts/transfer');

WeaponsTransferRef.implement({
  description: 'A transfer of weapons from a supplier state to a recipient state, as reported or alleged.',
  interfaces: [EntityRef],
  isTypeOf: isType('WeaponsTransfer'),
  fields: (t) => ({
    supplier: t.field({
      type: StateRef,
      nullable: true,
      description: 'The supplying state (null when the supplier is an organization or unknown).',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).supplier),
    }),
    recipient: t.field({
      type: StateRef,
      nullable: true,
      description: 'The receiving state (null when the recipient is an organization or unknown).',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).recipient),
    }),
    supplierOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The supplier when it is no state: an international organization or an armed group.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).supplierOrganization),
    }),
    recipientOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The recipient when it is no state: an international organization (NATO) or an armed group.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).recipientOrganization),
    }),
    weapon: t.field({
      type: WeaponSystemRef,
      nullable: true,
      description: 'The weapon system transferred.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).weapon),
    }),
    quantity: t.string({
      nullable: true,
      description: 'The number as the sources give it, uncertainty kept ("about 50", "dozens").',
      resolve: stringField('quantity'),
    }),
    period: t.string({
      nullable: true,
      description: 'When, as the sources give it ("December 2023 to February 2024").',
      resolve: stringField('period'),
    }),
    periodStart: t.string({
      nullable: true,
      description: 'Start of the period, ISO at its precision.',
      resolve: stringField('periodStart'),
    }),
    periodEnd: t.string({
      nullable: true,
      description: 'End of the period, ISO at its precision.',
      resolve: stringField('periodEnd'),
    }),
    status: t.field({
      type: TransferStatus,
      description: 'Alleged, reported, confirmed, denied or disputed.',
      resolve: (p) => p.status ?? 'ALLEGED',
    }),
    use: t.string({
      nullable: true,
      description: 'What the weapons were used for ("fired at Ukraine").',
      resolve: stringField('use'),
    }),
    usedAgainst: t.field({
      type: [EntityRef],
      description: 'States and places the weapons were used against.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).usedAgainst),
    }),
    sources: t.field({
      type: [ArticleRef],
      description: 'Articles and documents that report it.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).sources),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'Claims about it: who alleges, reports or denies it.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).claims),
    }),
    corroboratedBy: t.field({
      type: [WeaponsTransferRef],
      description:
        'For a transfer an article reports: the records of public datasets (SIPRI) of the same transfer (same supplier, recipient and weapon system, overlapping periods).',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).corroboratedBy),
    }),
    corroborates: t.field({
      type: [WeaponsTransferRef],
      description: 'For a dataset’s record: the transfers articles report that it corroborates.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).corroborates),
    }),
    orderYear: t.int({ nullable: true, description: 'The year of the order (SIPRI).', resolve: int('orderYear') }),
    orderYearEstimate: t.boolean({
      nullable: true,
      description: 'SIPRI marks the order year as uncertain.',
      resolve: bool('orderYearEstimate'),
    }),
    numberOrdered: t.int({ nullable: true, description: 'How many were ordered.', resolve: int('numberOrdered') }),
    numberOrderedEstimate: t.boolean({
      nullable: true,
      description: 'The number ordered is SIPRI’s estimate.',
      resolve: bool('numberOrderedEstimate'),
    }),
    numberDelivered: t.int({
      nullable: true,
      description: 'How many were delivered, over all delivery years.',
      resolve: int('numberDelivered'),
    }),
    numberDeliveredEstimate: t.boolean({
      nullable: true,
      description: 'The number delivered is SIPRI’s estimate.',
      resolve: bool('numberDeliveredEstimate'),
    }),
    deliveries: t.field({
      type: [DeliveryRef],
      description: 'Deliveries by year, earliest first.',
      resolve: deliveriesOf,
    }),
    deliveriesSpread: t.boolean({
      nullable: true,
      description:
        'True when the split by year is an even spread of totals the source gives only for all years (SIPRI’s trade register): an estimate.',
      resolve: bool('deliveriesSpread'),
    }),
    tivPerUnit: t.float({
      nullable: true,
      description: 'SIPRI trend-indicator value per unit, in millions.',
      resolve: (p) => p.tivPerUnit ?? null,
    }),
    tivTotalOrder: t.float({
      nullable: true,
      description: 'SIPRI trend-indicator value of the whole order, in millions.',
      resolve: (p) => p.tivTotalOrder ?? null,
    }),
    tivDelivered: t.float({
      nullable: true,
      description: 'SIPRI trend-indicator value of what was delivered, in millions.',
      resolve: (p) => p.tivDelivered ?? null,
    }),
    secondHand: t.boolean({
      nullable: true,
      description: 'The weapons were second-hand.',
      resolve: bool('secondHand'),
    }),
    localProduction: t.boolean({
      nullable: true,
      description: 'Produced in the recipient state under licence.',
      resolve: bool('localProduction'),
    }),
    armamentCategory: t.string({
      nullable: true,
      description: 'SIPRI’s armament category ("Missiles", "Air defence systems").',
      resolve: stringField('armamentCategory'),
    }),
    comments: t.string({
      nullable: true,
      description: 'SIPRI’s comments on the deal.',
      resolve: stringField('comments'),
    }),
  }),
});

builder.queryField('weaponsTransfers', (t) =>
  t.connection(
    {
      type: WeaponsTransferRef,
      description:
        'Weapons transfers between states, latest period first; the filters combine. With `from`, `to` and `armamentCategory`, the deals behind a row of `transferFlows`.',
      args: {
        supplier: t.arg.id({ required: false, description: 'Only transfers from this state.' }),
        recipient: t.arg.id({ required: false, description: 'Only transfers to this state.' }),
        weapon: t.arg.id({ required: false, description: 'Only transfers of this weapon system.' }),
        status: t.arg({ type: TransferStatus, required: false, description: 'Only transfers with this status.' }),
        from: t.arg.int({
          required: false,
          description:
            'Only transfers with a delivery (as a dataset records it, year by year) in this year or later: with `to`, the deals behind a row of `transferFlows`.',
        }),
        to: t.arg.int({ required: false, description: 'Only transfers with a delivery in this year or earlier.' }),
        armamentCategory: t.arg.string({
          required: false,
          description: 'Only transfers of this SIPRI armament category ("Aircraft"), in any case.',
        }),
      },
      resolve: (_root, args, ctx, info) =>
        rootPage<WeaponsTransferNode>(
          ctx,
          info,
          'read/transfers',
          {
            supplier: optionalKey(args.supplier, 'supplier'),
            recipient: optionalKey(args.recipient, 'recipient'),
            weapon: optionalKey(args.weapon, 'weapon'),
            status: args.status ?? null,
            ...yearRange(args.from, args.to),
            category: textFilter(args.armamentCategory, 'armamentCategory', 100),
          },
          args,
          (node) => ({
            withSupplier: node.has('supplier'),
            withRecipient: node.has('recipient'),
            withSupplierOrganization: node.has('supplierOrganization'),
            withRecipientOrganization: node.has('recipientOrganization'),
            withCorroboratedBy: node.has('corroboratedBy'),
            withCorroborates: node.has('corroborates'),
            withWeapon: node.has('weapon'),
            withUsedAgainst: node.has('usedAgainst'),
            withSources: node.has('sources'),
            withClaims: node.has('claims'),
            fullEntities: fullEntities(node, 'supplier', 'recipient', 'weapon'),
          }),
          50,
        ),
    },
    WeaponsTransferConnection,
  ),
);
