import type { GraphQLError } from 'graphql';
import type { Caller } from './context.js';
import { clientError } from './errors.js';

/**
 * Who may do what, and the refusals when they may not. The HTTP edge
 * (src/http/auth.ts) turns a token into a Caller; the schema declares on
 * each field the role it needs (src/schema/builder.ts, scope-auth) and
 * refuses with the errors below. Neither layer reaches into the other.
 */

export type Role = Caller['role'];

/** Least to most privileged: reading, writing, deleting. */
const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };
export const ROLES = Object.keys(RANK) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}

/** True when the caller holds `role` or a stronger one. */
export function holdsRole(caller: Caller | null, role: Role): caller is Caller {
  return caller !== null && RANK[caller.role] >= RANK[role];
}

/** The stronger of two roles. */
export function strongerRole(a: Role, b: Role): Role {
  return RANK[b] > RANK[a] ? b : a;
}

export const BEARER_HINT = 'Send "Authorization: Bearer <token>" with an API key or a JWT.';

/** A missing, malformed, unknown or expired token: HTTP 401, which stops the whole request. */
export function unauthenticated(message: string): GraphQLError {
  return clientError('UNAUTHENTICATED', message, { http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } });
}

/** Where reads need a token (READS_REQUIRE_AUTH) and the request has none. */
export function tokenRequired(): GraphQLError {
  return unauthenticated(`This server needs a token for every request. ${BEARER_HINT}`);
}

/** A caller without `role`: UNAUTHENTICATED without a token, FORBIDDEN with too weak a one. */
export function roleRefusal(caller: Caller | null, role: Role): GraphQLError {
  if (!caller)
    return clientError(
      'UNAUTHENTICATED',
      role === 'reader'
        ? `This needs a token. ${BEARER_HINT}`
        : `Writing needs a token with the ${role} role. ${BEARER_HINT}`,
    );
  return clientError('FORBIDDEN', `This needs the ${role} role; the token has the ${caller.role} role.`);
}
