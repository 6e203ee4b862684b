import type { OutputType } from '@pothos/core';
import { builder, type Types } from './builder.js';
import {
  ArticleRef,
  ClaimRef,
  EntityRef,
  MembershipRef,
  PositionRef,
  ResolutionRef,
  WeaponsTransferRef,
} from './refs.js';

/** Connection types shared by every field that pages through the same kind of item. */
function connection<Type extends OutputType<Types>>(type: Type, name: string, what: string) {
  return builder.connectionObject(
    { type, name: `${name}Connection`, description: `A page of ${what}, with the total count.` },
    { name: `${name}Edge`, description: `One of ${what} on a page, with its cursor.` },
  );
}

export const ClaimConnection = connection(ClaimRef, 'Claim', 'claims');
export const ArticleConnection = connection(ArticleRef, 'Article', 'articles');
export const EntityConnection = connection(EntityRef, 'Entity', 'entities');
export const PositionConnection = connection(PositionRef, 'Position', 'positions held');
export const MembershipConnection = connection(MembershipRef, 'Membership', 'memberships');
export const ResolutionConnection = connection(ResolutionRef, 'Resolution', 'resolutions');
export const WeaponsTransferConnection = connection(WeaponsTransferRef, 'WeaponsTransfer', 'weapons transfers');
