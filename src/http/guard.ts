import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The HTTP edge in front of Yoga: request ids, a bounded request body read
 * before any parsing, and the checks on what Yoga's parsers leave unanswered.
 */

/** An answer decided before GraphQL: a status, a code and a message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's x-request-id when it is a sane token (it ends up in logs), else a fresh one. */
export function requestIdOf(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export function tooLarge(maxBytes: number) {
  return new HttpError(
    413,
    'REQUEST_ENTITY_TOO_LARGE',
    `Request body too large: the limit is ${maxBytes} bytes (MAX_BODY_BYTES).`,
    { limit: 'MAX_BODY_BYTES', max: maxBytes },
  );
}

/**
 * Reads the whole request body, refusing it as soon as it passes maxBytes:
 * at once when Content-Length says so, else when the bytes counted so far
 * do (chunked uploads). Nothing is parsed until it is all here.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    if (!/^\d+$/.test(declared)) {
      return Promise.reject(new HttpError(400, 'BAD_REQUEST', 'Content-Length header is invalid.'));
    }
    if (Number(declared) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onFail);
      req.off('close', onFail);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        req.resume(); // discard the rest; the 413 goes out with Connection: close
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onFail = () => {
      done();
      reject(new HttpError(400, 'BAD_REQUEST', 'The request body could not be read (connection closed).'));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onFail);
    req.once('close', onFail);
  });
}

/** A request target that is no URL is the client's mistake: 400 before Yoga sees it. */
export function checkUrl(target: string | undefined) {
  if (target?.startsWith('/') && !target.startsWith('//')) return;
  try {
    new URL(target ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request URL is invalid.');
  }
}

/**
 * MAX_BODY_BYTES for requests handed to Yoga directly (yoga.fetch), by
 * Content-Length and by the bytes of the body. Requests through the HTTP
 * edge had their body read and bounded there already.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  const tooLargeError = () =>
    new GraphQLError('Request body too large', {
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
    });
  return {
    onRequestParse({ request, requestParser, setRequestParser, serverContext, fetchAPI }) {
      if ((serverContext as { bodyChecked?: boolean }).bodyChecked) return;
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!/^\d+$/.test(declared)) {
          throw new GraphQLError('Content-Length header is invalid.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        if (Number(declared) > maxBytes) throw tooLargeError();
      }
      if (!requestParser || request.body == null) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const bytes = await req.arrayBuffer();
        if (bytes.byteLength > maxBytes) throw tooLargeError();
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: bytes }));
      });
    },
  };
}

/**
 * Requests Yoga's parsers leave unanswered or answer badly:
 * - a POST whose Content-Type no parser takes (text/plain, XML, none) gets
 *   a bare 415 from Yoga: say what to send instead, with a code;
 * - a GET (or form POST) whose `variables` or `extensions` parameter is not
 *   JSON makes Yoga's parser throw a SyntaxError, an unexpected error (500):
 *   it is the client's, 400 BAD_REQUEST.
 */
export function useRequestChecks(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql') return;
      if (requestParser) {
        const parse = requestParser;
        setRequestParser(async (req) => {
          try {
            return await parse(req);
          } catch (err) {
            if (err instanceof SyntaxError) {
              throw new GraphQLError('The variables or extensions parameter is not valid JSON.', {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              });
            }
            throw err;
          }
        });
        return;
      }
      const type = request.headers.get('content-type');
      const body = {
        errors: [
          {
            message: `Unsupported Content-Type ${type ? JSON.stringify(type.slice(0, 100)) : '(none)'}: send application/json, or a GET with the query in the URL.`,
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 415,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
