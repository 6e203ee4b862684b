import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from '../errors.js';
import { CLAIM_KIND, ENTITY_TYPES, KEY_PATTERN as KEY, prefixOf, TYPE_OF_PREFIX } from '../domain/index.js';

const NODE_TYPES = new Set<string>([...ENTITY_TYPES, ...Object.values(CLAIM_KIND).map((k) => k.typename), 'Article']);

/**
 * Decodes a global id for node(id)/nodes(ids), refusing malformed ids and
 * types that have no nodes with BAD_USER_INPUT rather than an internal error.
 * An entity's or article's readable key is accepted too; a claim's type
 * depends on its kind, so claims are fetched by their global id.
 */
export function decodeNodeId(globalID: string): { typename: string; id: string } {
  if (KEY.test(globalID)) {
    const typename = TYPE_OF_PREFIX[prefixOf(globalID)];
    if (!typename)
      throw badInput('a claim is fetched by its global id (its `id` field), not its key', { argument: 'id' });
    return { typename, id: globalID };
  }
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !NODE_TYPES.has(decoded.typename) || !KEY.test(decoded.id)) {
    throw badInput(`"${truncate(globalID)}" is not a valid global id`, { argument: 'id' });
  }
  return decoded;
}

/**
 * Arguments that name an entity take either its global id (as returned in
 * `id` fields) or its readable key (`state:RUS`), which is handier in
 * GraphiQL. Both resolve to the key the graph is indexed by.
 */

export function keyFromId(id: string, argument: string): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 400) {
    throw badInput(`${argument}: not a valid id`, { argument });
  }
  if (KEY.test(id)) return id;
  let key: string | undefined;
  try {
    key = decodeGlobalID(id).id;
  } catch {
    key = undefined;
  }
  if (!key || !KEY.test(key)) {
    throw badInput(
      `${argument}: "${truncate(id)}" is not a valid id (expected a global id or a key such as state:RUS)`,
      {
        argument,
      },
    );
  }
  return key;
}

export function optionalKey(id: string | null | undefined, argument: string): string | null {
  return id == null ? null : keyFromId(id, argument);
}

export function globalId(typename: string, key: string): string {
  return encodeGlobalID(typename, key);
}

function truncate(text: string) {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
