/**
 * The one way the Explorer talks to the server: POST an operation's text to
 * /graphql on the same origin. Any `errors` entry rejects, so a query the
 * server refuses (a limit, a bad argument) is shown, never half-rendered.
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

export async function gql<T>(
  document: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: document, variables }),
    signal,
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
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
    );
  }
  if (!body.data)
    throw new GraphQLRequestError(`The server answered ${res.status} with no data`, [`HTTP_${res.status}`]);
  return body.data;
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
