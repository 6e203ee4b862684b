import { z } from 'zod';

/**
 * Every setting comes from the environment and is checked here, at start:
 * a bad value stops the process with the variable's name and what it accepts.
 */
const boolish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Bolt URI: bolt://, bolt+s://, neo4j:// or neo4j+s://')
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_STORE_DIR: z.string().min(1).default('.neo4j/store'),
  NEO4J_HEAP_MB: z.coerce.number().int().min(256).max(65536).default(768),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).max(65536).default(128),
  SEED: boolish.default(true),
  GRAPHIQL: boolish.optional(),
  INTROSPECTION: boolish.optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(100_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  API_KEYS: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  READS_REQUIRE_AUTH: boolish.default(false),
  STREAM_TICKET_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  STREAM_TICKET_TTL_S: z.coerce.number().int().min(5).max(3600).default(60),
  EXTRACT_LLM_URL: z
    .string()
    .url('an http(s) URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1')
    .optional(),
  EXTRACT_LLM_MODEL: z.string().min(1).optional(),
  EXTRACT_LLM_API_KEY: z.string().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'a Redis URL: redis://host:port or rediss://host:port')
    .optional(),
  LIVE_BUFFER: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  TRUSTED_DOCUMENTS_ONLY: boolish.default(false),
  TRUSTED_DOCUMENTS_DIR: z.string().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              /^https?:\/\/[^/\s]+$/,
              'origins such as https://newsroom.example (scheme and host, no path), comma-separated',
            ),
        )
        .min(1),
    )
    .optional(),
  RESPONSE_CACHE: boolish.default(true),
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
});

export type Config = z.infer<typeof configSchema> & {
  /** GraphiQL and introspection default to on outside production. */
  graphiql: boolean;
  introspection: boolean;
};

/** The variable names the server reads (docker-compose and the README list only these). */
export const configVariables = Object.keys(configSchema.shape);

export class ConfigError extends Error {}

/** Never echoed in errors or logs. */
const SECRETS = new Set([
  'NEO4J_PASSWORD',
  'JWT_SECRET',
  'API_KEYS',
  'EXTRACT_LLM_API_KEY',
  'REDIS_URL',
  'STREAM_TICKET_SECRET',
]);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    configVariables.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = SECRETS.has(name) ? '(value hidden)' : JSON.stringify(known[name]);
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dev = c.NODE_ENV !== 'production';
  return { ...c, graphiql: c.GRAPHIQL ?? dev, introspection: c.INTROSPECTION ?? dev };
}

/** For command-line tools: the configuration, or null once what is wrong has been printed (the tool then exits 2). */
export function cliConfig(env: NodeJS.ProcessEnv = process.env): Config | null {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return null;
  }
}
