import { enumValuesOf, TRANSFER_STATUS } from '../domain/index.js';
import { builder } from './builder.js';
import { WeaponsTransferConnection } from './connections.js';
import { fullEntities, partsOf, rootPage, stringField } from './entity.js';
import { optionalKey } from './ids.js';
import { ArticleRef, ClaimRef, EntityRef, StateRef, WeaponSystemRef, WeaponsTransferRef, isType } from './refs.js';
import { toNodes, toOptionalNode, type GraphNode } from './shapes.js';

/**
 * Weapon systems and transfers between states, after the SIPRI register:
 * supplier, recipient, weapon, and quantity and period as the sources give
 * them, with uncertainty kept ("about 50") and the status of the report.
 */

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

const parts = (p: GraphNode, ctx: any) => partsOf(p, ctx, 'read/parts/transfer');

WeaponsTransferRef.implement({
  description: 'A transfer of weapons from a supplier state to a recipient state, as reported or alleged.',
  interfaces: [EntityRef],
  isTypeOf: isType('WeaponsTransfer'),
  fields: (t) => ({
    supplier: t.field({
      type: StateRef,
      nullable: true,
      description: 'The supplying state.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).supplier),
    }),
    recipient: t.field({
      type: StateRef,
      nullable: true,
      description: 'The receiving state.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).recipient),
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
      resolve: (p) => (p.status as any) ?? 'ALLEGED',
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
  }),
});

builder.queryField('weaponsTransfers', (t) =>
  t.connection(
    {
      type: WeaponsTransferRef,
      description: 'Weapons transfers between states, latest period first; the filters combine.',
      args: {
        supplier: t.arg.id({ required: false, description: 'Only transfers from this state.' }),
        recipient: t.arg.id({ required: false, description: 'Only transfers to this state.' }),
        weapon: t.arg.id({ required: false, description: 'Only transfers of this weapon system.' }),
        status: t.arg({ type: TransferStatus, required: false, description: 'Only transfers with this status.' }),
      },
      resolve: (_root, args, ctx, info) =>
        rootPage(
          ctx,
          info,
          'read/transfers',
          {
            supplier: optionalKey(args.supplier, 'supplier'),
            recipient: optionalKey(args.recipient, 'recipient'),
            weapon: optionalKey(args.weapon, 'weapon'),
            status: args.status ?? null,
          },
          args,
          (node) => ({
            withSupplier: node.has('supplier'),
            withRecipient: node.has('recipient'),
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
