import { GraphQLError } from 'graphql';

/**
 * Errors a client can cause, each with a machine-readable extensions.code.
 * Anything else is unexpected and is masked by Yoga.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status?: number) {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) =>
  clientError('BAD_USER_INPUT', message, extra);

export const notFound = (message: string, extra: Record<string, unknown> = {}) =>
  clientError('NOT_FOUND', message, extra);
