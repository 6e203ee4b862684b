import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { databaseUnavailableError, isDatabaseUnavailable, isTimeout, timeoutError } from '../database-errors.js';

/**
 * One place decides what a client sees of an error:
 * - errors the server throws on purpose (GraphQLErrors with a code) pass;
 * - Neo4j being away becomes DATABASE_UNAVAILABLE (HTTP 503) for the whole
 *   request, a statement past the time limit TIMEOUT;
 * - anything else is unexpected: "Unexpected error." with code
 *   INTERNAL_SERVER_ERROR, and in development the original error too. The
 *   original, with its stack and Neo4j code, goes to the log (see
 *   `originalOf`), never to the client in production.
 * And every error that reaches a client has an extensions.code.
 */

/** The error each masked or mapped error replaced, for the request log. */
const originals = new WeakMap<GraphQLError, unknown>();

export function originalOf(error: GraphQLError): unknown {
  return originals.get(error);
}

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
>;

export function errorMasker(options: { timeoutMs: number; maxBodyBytes: number }): MaskError {
  return (error, message, isDev) => {
    let masked: Error;
    if (isDatabaseUnavailable(error)) masked = databaseUnavailableError();
    else if (isTimeout(error)) masked = timeoutError(options.timeoutMs);
    else if (error instanceof GraphQLError && error.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE') {
      // Yoga's own body limit (requests that reach it in-process): name the limit.
      const http = { status: 413 };
      masked = new GraphQLError(
        `Request body too large: the limit is ${options.maxBodyBytes} bytes (MAX_BODY_BYTES).`,
        {
          extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', limit: 'MAX_BODY_BYTES', max: options.maxBodyBytes, http },
        },
      );
    } else masked = yogaMaskError(error, message, isDev);
    if (masked !== error && masked instanceof GraphQLError) originals.set(masked, error);
    return masked;
  };
}

/** Errors about the request as a whole, whichever field met them first. */
const WHOLE_REQUEST = new Set([
  // Neo4j is away: partial data would only mislead (HTTP 503 with Retry-After).
  'DATABASE_UNAVAILABLE',
]);
const stopsRequest = (error: GraphQLError) =>
  WHOLE_REQUEST.has(String(error.extensions?.code)) ||
  // No token where the server needs one for everything (HTTP 401): nothing is shown, not even part.
  (error.extensions?.http as { status?: number } | undefined)?.status === 401;

/**
 * An error about the request as a whole (Neo4j away, a token missing where
 * every request needs one) is its whole answer: that one error, no data,
 * its HTTP status. Then any error still without a code gets one.
 */
export function useErrorCodes(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      const single = result as { errors?: readonly GraphQLError[] };
      const whole = single.errors?.find(stopsRequest);
      if (whole) {
        setResult({ errors: [whole] });
        return;
      }
      for (const error of single.errors ?? []) ensureCode(error);
    },
  };
}

/**
 * graphql-js leaves a few client errors without a code (variables of the
 * wrong type, for one): name them. Yoga already codes parse and validation
 * errors and the HTTP-level ones.
 */
export function ensureCode(error: GraphQLError) {
  if (error.extensions?.code) return;
  const code = /^Variable "\$/.test(error.message) ? 'BAD_USER_INPUT' : error.path ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
  (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, code };
}
