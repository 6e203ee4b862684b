import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:explorer` (and prestart/pretest) put the built page. */
export const explorerDist = fileURLToPath(new URL('../../explorer/dist', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// Everything the page needs comes from this server: its bundle and /graphql.
// Inline styles are allowed because Cytoscape.js injects a small stylesheet.
const csp =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function isExplorerPath(path: string): boolean {
  return path === '/explore' || path.startsWith('/explore/');
}

/**
 * The Explorer's static files: /explore/ is its page, /explore/assets/* the
 * hashed bundle (cached for good; the page itself is revalidated).
 */
export async function serveExplorer(req: IncomingMessage, res: ServerResponse, path: string, dist = explorerDist) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  if (path === '/explore') {
    const query = (req.url ?? '').slice(path.length);
    res.writeHead(301, { location: `/explore/${query}` });
    return res.end();
  }
  let relative: string;
  try {
    relative = decodeURIComponent(path.slice('/explore/'.length)) || 'index.html';
  } catch {
    return text(res, 400, 'Bad path');
  }
  const file = normalize(join(dist, relative));
  if (relative.includes('\0') || !file.startsWith(dist + sep) || relative.split('/').some((s) => s.startsWith('.'))) {
    return text(res, 404, 'Not found');
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (relative === 'index.html') {
      return text(
        res,
        503,
        'The Explorer is not built yet: run `npm run build:explorer` (npm start and npm test build it).',
      );
    }
    return text(res, 404, 'Not found');
  }
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'content-security-policy': csp, 'referrer-policy': 'no-referrer' } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  // On a failure (most often a reader who left mid-file) pipeline has closed the response: nothing more to send.
  await pipeline(createReadStream(file), res).catch(() => undefined);
}

function text(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}
