/**
 * The one way the Explorer talks to the server: POST an operation's text to
 * /graphql on the same origin. Any `errors` entry rejects, so a query the
 * server refuses (a limit, a bad argument) is shown, never half-rendered.
 */

/** One entry of a GraphQL answer's `errors`, as the server sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    /** BAD_USER_INPUT: each problem with the input path it names (`input.document.claims[2].quote`). */
    issues?: { path: string; message: string }[];
    [key: string]: unknown;
  };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
    readonly errors: GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** Whether any error of the answer carries one of these codes. */
  has(...codes: string[]): boolean {
    return this.codes.some((c) => codes.includes(c));
  }
}

const endpoint = new URL('/graphql', window.location.origin).href;

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent as `Authorization: Bearer <token>` (mutations need an editor's). */
  token?: string;
}

export async function gql<T>(
  document: string,
  variables: Record<string, unknown> = {},
  options: AbortSignal | RequestOptions = {},
): Promise<T> {
  const { signal, token } = options instanceof AbortSignal ? { signal: options, token: undefined } : options;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document, variables }),
    signal,
  });
  let body: { data?: T; errors?: GraphQLErrorEntry[] };
  try {
    body = await res.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} ${res.statusText} without a GraphQL response`, [
      `HTTP_${res.status}`,
    ]);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join('; '),
      body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
      body.errors,
    );
  }
  if (!body.data)
    throw new GraphQLRequestError(`The server answered ${res.status} with no data`, [`HTTP_${res.status}`]);
  return body.data;
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
