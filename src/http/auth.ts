import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ConfigError, type Config } from '../config.js';
import type { Caller } from '../context.js';
import { BEARER_HINT, isRole, ROLES, strongerRole, unauthenticated, type Role } from '../roles.js';

/**
 * Bearer tokens to callers. A token is either an API key from API_KEYS
 * (stored as SHA-256 hashes, compared in constant time) or a JWT signed with
 * JWT_SECRET (HS256/384/512) or by a key of the JWKS at JWT_JWKS_URL, with
 * issuer and audience checked when configured. Tokens themselves are never
 * logged, echoed in errors or kept beyond the request. What a caller may do
 * is the schema's to say (src/roles.ts).
 */

// ---------------------------------------------------------------------------
// API keys

export interface ApiKeyEntry {
  /** The caller's subject: recorded as `updatedBy` on what it writes. */
  name: string;
  role: Role;
  /** SHA-256 of the key, as 32 bytes. */
  hash: Buffer;
}

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Keys printed by `npm run create-key` start with this, so they are never mistaken for a JWT. */
export const API_KEY_PREFIX = 'ngk_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh random key (256 bits) and its API_KEYS entry. */
export function generateApiKey(name: string, role: Role): { key: string; entry: string } {
  if (!KEY_NAME.test(name))
    throw new Error(`name: letters, digits, ".", "_", "@" and "-" only (got ${JSON.stringify(name)})`);
  if (!isRole(role)) throw new Error(`role: one of ${ROLES.join(', ')} (got ${JSON.stringify(role)})`);
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${name}:${role}:${hashApiKey(key)}` };
}

/**
 * API_KEYS="name:role:sha256hex,name:role:sha256hex". Problems name the
 * entry by position, never its text (it could be a key pasted by mistake).
 */
export function parseApiKeys(spec: string | undefined): ApiKeyEntry[] {
  if (!spec || !spec.trim()) return [];
  const problems: string[] = [];
  const entries: ApiKeyEntry[] = [];
  const seen = new Set<string>();
  spec.split(',').forEach((raw, i) => {
    const where = `API_KEYS entry ${i + 1}`;
    const parts = raw.trim().split(':');
    if (parts.length !== 3) {
      problems.push(`${where}: expected name:role:sha256-hex-of-the-key (npm run create-key prints one)`);
      return;
    }
    const [name, role, hash] = parts as [string, string, string];
    if (!KEY_NAME.test(name)) problems.push(`${where}: the name may hold letters, digits, ".", "_", "@" and "-" only`);
    if (!isRole(role)) problems.push(`${where}: the role must be one of ${ROLES.join(', ')}`);
    if (!SHA256_HEX.test(hash)) {
      problems.push(
        `${where}: the third part must be the SHA-256 of the key in hex (64 characters), not the key itself`,
      );
    } else if (seen.has(hash.toLowerCase())) {
      problems.push(`${where}: the same key hash appears twice`);
    }
    if (problems.length === 0) {
      seen.add(hash.toLowerCase());
      entries.push({ name, role: role as Role, hash: Buffer.from(hash, 'hex') });
    }
  });
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return entries;
}

/**
 * The entry whose hash equals the key's. Every entry is compared, whatever
 * matches first, so the time taken says nothing about which one matched.
 */
function matchApiKey(entries: ApiKeyEntry[], token: string): ApiKeyEntry | undefined {
  const hash = createHash('sha256').update(token, 'utf8').digest();
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) {
    if (timingSafeEqual(entry.hash, hash) && !found) found = entry;
  }
  return found;
}

// ---------------------------------------------------------------------------
// JWT

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'];
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** The most privileged known role among `role` (a string) and `roles` (a list); reader when none is known. */
export function roleFromClaims(payload: JWTPayload): Role {
  const claimed = [payload.role, ...(Array.isArray(payload.roles) ? payload.roles : [payload.roles])]
    .filter((r): r is string => typeof r === 'string')
    .map((r) => r.toLowerCase())
    .filter(isRole);
  return claimed.reduce<Role>(strongerRole, 'reader');
}

type AuthConfig = Pick<Config, 'API_KEYS' | 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>;

export interface Authenticator {
  /** The caller named by an Authorization header; null without one. Throws UNAUTHENTICATED for a bad token. */
  authenticate(authorization: string | null | undefined): Promise<Caller | null>;
}

/** Reads API_KEYS and the JWT settings once; throws ConfigError for a malformed API_KEYS. */
export function createAuthenticator(config: AuthConfig): Authenticator {
  const apiKeys = parseApiKeys(config.API_KEYS);
  const secret = config.JWT_SECRET ? new TextEncoder().encode(config.JWT_SECRET) : undefined;
  const jwks: JWTVerifyGetKey | undefined = config.JWT_JWKS_URL
    ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL), { timeoutDuration: 5_000, cooldownDuration: 30_000 })
    : undefined;
  const checks = {
    issuer: config.JWT_ISSUER || undefined,
    audience: config.JWT_AUDIENCE || undefined,
    clockTolerance: 30,
  };

  async function verifyJwt(token: string): Promise<Caller> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('The token is not a well-formed JWT.');
    }
    let payload: JWTPayload;
    try {
      if (alg && HMAC_ALGORITHMS.includes(alg)) {
        if (!secret) throw new Error('no secret');
        ({ payload } = await jwtVerify(token, secret, { ...checks, algorithms: HMAC_ALGORITHMS }));
      } else {
        if (!jwks) throw new Error('no JWKS');
        ({ payload } = await jwtVerify(token, jwks, { ...checks, algorithms: ASYMMETRIC_ALGORITHMS }));
      }
    } catch (err) {
      const code = (err as { code?: string }).code;
      const why =
        code === 'ERR_JWT_EXPIRED'
          ? 'it has expired'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
            ? `its "${(err as { claim?: string }).claim}" claim is not the one expected`
            : 'its signature, algorithm or issuer could not be verified';
      throw unauthenticated(`The token was refused: ${why}.`);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
      throw unauthenticated('The token has no subject ("sub" claim), so edits could not be attributed.');
    }
    return { subject: payload.sub, role: roleFromClaims(payload) };
  }

  async function authenticate(authorization: string | null | undefined): Promise<Caller | null> {
    if (authorization == null || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated(`The Authorization header is not a bearer token. ${BEARER_HINT}`);
    const token = match[1]!;
    const key = matchApiKey(apiKeys, token);
    if (key) return { subject: key.name, role: key.role };
    if (JWT_SHAPE.test(token) && (secret || jwks)) return verifyJwt(token);
    throw unauthenticated('The token is not a known API key or a valid JWT.');
  }

  return { authenticate };
}
