import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The HTTP edge in front of Yoga: request ids, a bounded request body read
 * before any parsing, the hand-over to Yoga, and the readiness probe.
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

/** Headers that describe this hop, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'content-length']);

type FetchHandler = (url: string, init: RequestInit) => Promise<Response> | Response;

/**
 * Hands a request whose body is already read to Yoga (`yoga.fetch`) and
 * writes its answer. The request's signal aborts when the client goes away
 * or the server cuts the connection at the end of a shutdown's grace period,
 * which cancels its Neo4j work.
 */
export async function forward(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | undefined,
  requestId: string,
  /** Called just before the answer is written (to add Connection: close once a shutdown began). */
  beforeWrite?: () => void,
  /** Told of each streamed answer (a subscription) with a way to end it; returns what to call once it ended. */
  onStream?: (end: () => void) => () => void,
) {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  headers.set('x-request-id', requestId);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request URL is invalid.');
  }
  const response = await handler(url.href, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' || !body ? undefined : new Uint8Array(body),
    signal: controller.signal,
  });
  if (response.body && req.method !== 'HEAD' && isEventStream(response)) {
    return stream(response, res, beforeWrite, onStream);
  }
  const payload = req.method === 'HEAD' || !response.body ? undefined : Buffer.from(await response.arrayBuffer());
  if (res.destroyed) return;
  copyHeaders(response, res);
  beforeWrite?.();
  res.statusCode = response.status;
  res.end(payload);
}

function copyHeaders(response: Response, res: ServerResponse) {
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') res.setHeader(name, value);
  });
}

const isEventStream = (response: Response) => /^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '');

/**
 * A subscription's answer (Server-Sent Events) is written as it comes:
 * headers at once, then each event and Yoga's keep-alive comment as soon as
 * it is produced, waiting for the socket when the client reads slowly.
 * When the client goes away, or `end` is called (a shutdown), the stream is
 * cancelled, which stops the subscription and its listener.
 */
async function stream(
  response: Response,
  res: ServerResponse,
  beforeWrite?: () => void,
  onStream?: (end: () => void) => () => void,
) {
  if (res.destroyed) {
    await response.body!.cancel().catch(() => undefined);
    return;
  }
  copyHeaders(response, res);
  beforeWrite?.();
  res.writeHead(response.status);
  res.flushHeaders();
  const reader = response.body!.getReader();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    reader.cancel().catch(() => undefined);
    res.end();
  };
  res.once('close', end);
  const forget = onStream?.(end);
  try {
    while (!ended) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const go = () => {
            res.off('drain', go);
            res.off('close', go);
            resolve();
          };
          res.once('drain', go);
          res.once('close', go);
        });
      }
    }
  } catch {
    // The stream was cancelled (client gone, shutdown) or failed: either way it is over.
  } finally {
    forget?.();
    end();
  }
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
