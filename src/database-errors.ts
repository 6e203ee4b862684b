import { GraphQLError } from 'graphql';

/**
 * What the Neo4j driver's errors mean to a client. Two kinds matter:
 * - Neo4j cannot be reached (down, restarting, network gone, every pooled
 *   connection busy past the acquisition timeout): the whole request fails
 *   with DATABASE_UNAVAILABLE and HTTP 503, and the client may retry.
 * - A statement ran past the request's time limit (Neo4j's transaction
 *   timeout, set from REQUEST_TIMEOUT_MS): TIMEOUT, naming the limit.
 * The driver reconnects by itself once Neo4j answers again; nothing here
 * holds state.
 */

/** Driver and server codes that say "Neo4j is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Socket errors on the way to Neo4j (seen when an error is not wrapped by the driver). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
]);

const TIMEOUT_CODE = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

/** What an error may carry that tells what went wrong (Neo4j's and Node's codes, GraphQL's wrapping). */
export interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/** The error and whatever it wraps (GraphQLError.originalError, Error.cause), outermost first. */
export function* causes(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let i = 0; current != null && i < 8; i++) {
    // Thrown values that are not objects (a string, a number) carry nothing more to read.
    const wrapper: ErrorLike = typeof current === 'object' ? (current as ErrorLike) : {};
    yield wrapper;
    current = wrapper.originalError ?? wrapper.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || NETWORK_CODES.has(e.code))) return true;
    // The pool's acquisition timeout has no code of its own.
    if (e.name === 'Neo4jError' && /Connection acquisition timed out/.test(String(e.message))) return true;
  }
  return false;
}

/** Thrown before a statement when the request has already used up its time. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`request time limit of ${timeoutMs} ms reached`);
    this.name = 'RequestTimeoutError';
  }
}

export function isTimeout(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e instanceof RequestTimeoutError) return true;
    if (typeof e.code === 'string' && TIMEOUT_CODE.test(e.code)) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying while Neo4j is away. */
export const RETRY_AFTER_SECONDS = 5;

export function databaseUnavailableError() {
  return new GraphQLError('The database is unavailable; the request was not run. Retry in a few seconds.', {
    extensions: {
      code: 'DATABASE_UNAVAILABLE',
      http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
    },
  });
}

export function timeoutError(timeoutMs: number) {
  return new GraphQLError(
    `The request exceeded its time limit of ${timeoutMs} ms (REQUEST_TIMEOUT_MS); ask for less (smaller pages, fewer hops) or retry.`,
    { extensions: { code: 'TIMEOUT', limit: 'REQUEST_TIMEOUT_MS', max: timeoutMs } },
  );
}
