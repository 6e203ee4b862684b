import type { TypedDocumentString } from './generated/graphql.js';

/**
 * The one way the Explorer talks to the server: a typed operation (from
 * src/generated/, `npm run codegen`) sent to /graphql on the same origin by
 * its trusted-document hash (extensions.persistedQuery.sha256Hash), never
 * its text, so the page works the same when the server runs trusted
 * documents only. Any `errors` entry rejects, so a query the server refuses
 * (a limit, a bad argument) is shown, never half-rendered.
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

const endpoint = new URL('/graphql', window.location.origin).href;

type Document<T, V> = TypedDocumentString<T, V>;

/** What identifies an operation to the server: its name and the sha256 hex of its text. */
function persisted<T, V>(document: Document<T, V>) {
  const hash = String(document.__meta__?.hash ?? '').replace(/^sha256:/, '');
  const operationName = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(String(document))?.[1];
  if (!hash || !operationName) throw new Error('An operation without a trusted-document hash: run npm run codegen');
  return { operationName, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function dataOf<T>(body: Answer<T>, status: number): T {
  if (body.errors?.length) {
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join('; '),
      body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  if (!body.data) throw new GraphQLRequestError(`The server answered ${status} with no data`, [`HTTP_${status}`]);
  return body.data;
}

export async function gql<T, V>(document: Document<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ ...persisted(document), variables }),
    signal,
  });
  let body: Answer<T>;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} ${res.statusText} without a GraphQL response`, [
      `HTTP_${res.status}`,
    ]);
  }
  return dataOf(body, res.status);
}

/**
 * A subscription over Server-Sent Events: an EventSource on a GET URL
 * carrying the operation's hash and variables (the browser reconnects by
 * itself after a network drop). Returns the function that closes it.
 */
export function subscribe<T, V>(
  document: Document<T, V>,
  variables: V,
  onData: (data: T) => void,
  onError: (err: Error) => void,
  onOpen?: () => void,
): () => void {
  const { operationName, extensions } = persisted(document);
  const url = new URL(endpoint);
  url.searchParams.set('operationName', operationName);
  url.searchParams.set('variables', JSON.stringify(variables));
  url.searchParams.set('extensions', JSON.stringify(extensions));
  const source = new EventSource(url);
  if (onOpen) source.addEventListener('open', onOpen);
  source.addEventListener('next', (event) => {
    try {
      onData(dataOf(JSON.parse((event as MessageEvent<string>).data) as Answer<T>, 200));
    } catch (err) {
      onError(err instanceof Error ? err : new Error(String(err)));
    }
  });
  // The server ended the subscription for good (not a dropped connection): do not reconnect.
  source.addEventListener('complete', () => source.close());
  return () => source.close();
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
