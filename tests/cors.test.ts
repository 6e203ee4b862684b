import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { testApp } from './support/app.js';

/**
 * CORS over real HTTP: without CORS_ORIGINS any origin may call (Yoga's
 * default, as before); with it, only the listed origins get CORS headers,
 * so a browser on any other origin does not send its request.
 */
const preflight = (base: string, origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS', () => {
  it("without CORS_ORIGINS, answers any origin's preflight for that origin", async () => {
    const base = await testApp().listen();
    const res = await preflight(base, 'https://elsewhere.example');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('with CORS_ORIGINS, allows the listed origins and no other', async () => {
    const app = testApp({ CORS_ORIGINS: 'https://newsroom.example, https://desk.example' });
    const base = await app.listen();
    for (const origin of ['https://newsroom.example', 'https://desk.example']) {
      const res = await preflight(base, origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    }
    const refused = await preflight(base, 'https://elsewhere.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();

    // The request itself: the allowed origin may read the answer and its request id.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://desk.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "korea", first: 1) { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
  });

  it('refuses a CORS_ORIGINS that is not a list of origins', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'newsroom.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://newsroom.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example,http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });
});
