import { GraphQLError } from 'graphql';
import type { Authenticator } from './auth.js';
import type { LiveEvents } from '../live/events.js';

/**
 * GET /live/stats, for an admin token: what live events have cost this
 * process so far (reads of an event's data and the Cypher statements they
 * sent) and what it holds now (subscriptions, memory, CPU time used). The live benchmark
 * (bench/live.ts) reads it before and after a write.
 */
export async function liveStats(
  authorization: string | undefined,
  auth: Authenticator,
  live: LiveEvents,
): Promise<{ status: number; body: unknown }> {
  let role: string | undefined;
  try {
    role = (await auth.authenticate(authorization))?.role;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    return refusal(401, 'UNAUTHENTICATED', err.message);
  }
  if (!role) return refusal(401, 'UNAUTHENTICATED', 'Live statistics need an admin token.');
  if (role !== 'admin') return refusal(403, 'FORBIDDEN', `Live statistics need the admin role; the token has ${role}.`);
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    status: 200,
    body: {
      transport: live.transport,
      subscriptions: live.listening(),
      ...live.stats,
      memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed },
      /** CPU time this process has used so far (user and system), to see what a burst of work cost. */
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    },
  };
}

function refusal(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}
