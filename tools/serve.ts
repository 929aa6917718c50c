/**
 * A tiny static file server for a built site, loopback only, mounted under its base path: the one
 * server of the bench, the browser tests and the corpus checks. MIME types include `.wasm` and
 * Pagefind's binary files; 404 → the site's 404.html; 301 for directories without a trailing slash.
 * Text files (HTML, CSS, JS, JSON, SVG…) go out gzip-compressed when the browser accepts it, as
 * GitHub Pages, Netlify and CDNs send them, so the bench counts what a reader really downloads;
 * Pagefind's own blobs are gzip files already and go out as they are.
 * `tsx tools/serve.ts <dir> [--port 4321] [--base /svsm-minutes/]`.
 *
 *   const server = await serveSite(site);           // site from inject('testSites')
 *   await page.goto(server.url('search/?q=rsa'));   // → http://127.0.0.1:PORT/minutes-sub/search/?q=rsa
 *   await server.close();
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { TestSite } from './test-sites.ts';

export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's own files are gzip-compressed binary blobs; the client decompresses them itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash, no base path). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path the site expects to live under, e.g. `/svsm-minutes/`; requests outside it get 404. */
  base?: string;
  port?: number;
  /** Cache-Control sent with every file; GitHub Pages sends `max-age=600`. */
  cacheControl?: string;
  /**
   * Called for every file sent, with its URL path, the bytes of its body on the wire (compressed when
   * it was) and the file's own size: how the bench counts bytes transferred.
   */
  onFileSent?: (urlPath: string, wireBytes: number, fileBytes: number) => void;
}

const gzipAsync = promisify(gzip);

/**
 * Whether a static host compresses responses of this type: text and the text formats (JSON, JS, XML,
 * SVG, web manifests). Images, fonts, `.wasm` and Pagefind's blobs (`application/octet-stream`, gzip
 * data already) are sent as they are.
 */
function isCompressible(contentType: string): boolean {
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    ['application/json', 'application/xml', 'application/manifest+json', 'image/svg+xml'].includes(
      type,
    )
  );
}

/** Whether an `Accept-Encoding` header accepts gzip (`gzip` or `*` with a q-value above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  let gzipQ: number | undefined;
  let anyQ: number | undefined;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => /^q=/iu.test(param));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    const value = Number.isFinite(quality) ? quality : 0;
    if (name.toLowerCase() === 'gzip' || name.toLowerCase() === 'x-gzip') gzipQ = value;
    else if (name === '*') anyQ = value;
  }
  return (gzipQ ?? anyQ ?? 0) > 0;
}

/** Compressed bodies by file, kept while the file is unchanged (the tests fetch the same files often). */
const compressedCache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

async function gzipped(file: string, info: { mtimeMs: number; size: number }): Promise<Buffer> {
  const cached = compressedCache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
  // Level 6, zlib's default and what nginx-style hosts use: not the smallest gzip there is.
  const body = await gzipAsync(await readFile(file));
  compressedCache.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
  return body;
}

/** Maps a URL path to a file under `root`, or undefined when it would escape `root` or the base path. */
export function resolveRequestPath(
  root: string,
  base: string,
  urlPath: string,
): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (!`${decoded}/`.startsWith(normalisedBase)) return undefined;
  const relative = decoded.slice(normalisedBase.length - 1) || '/';
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

export async function startStaticServer(
  dir: string,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = options.base ?? '/';
  const cacheControl = options.cacheControl ?? 'max-age=600';
  const server = http.createServer((request, response) => {
    void (async () => {
      let file = resolveRequestPath(root, base, request.url ?? '/');
      let info = file ? await stat(file).catch(() => undefined) : undefined;
      if (file && info?.isDirectory()) {
        if (!(request.url ?? '').split('?')[0]?.endsWith('/')) {
          response.writeHead(301, { Location: `${(request.url ?? '').split('?')[0]}/` }).end();
          return;
        }
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!file || !info?.isFile()) {
        const notFound = path.join(root, '404.html');
        const page = await stat(notFound).catch(() => undefined);
        response.writeHead(404, { 'Content-Type': mimeTypes['.html'] ?? 'text/html' });
        if (page?.isFile() && request.method !== 'HEAD') createReadStream(notFound).pipe(response);
        else response.end('Not found');
        return;
      }
      const contentType = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const compressible = isCompressible(contentType);
      const body =
        compressible && acceptsGzip(request.headers['accept-encoding'])
          ? await gzipped(file, info)
          : undefined;
      response.writeHead(200, {
        'Content-Type': contentType,
        'Content-Length': body?.length ?? info.size,
        'Cache-Control': cacheControl,
        ...(body ? { 'Content-Encoding': 'gzip' } : {}),
        // Caches must keep the compressed and the plain response apart.
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      options.onFileSent?.(
        (request.url ?? '/').split('?')[0] ?? '/',
        body?.length ?? info.size,
        info.size,
      );
      if (body) response.end(body);
      else createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ServedSite extends StaticServer {
  base: string;
  /** Absolute URL of a path inside the site; `path` is relative to the base (`''`, `'meetings/'`). */
  url(path?: string): string;
}

export async function serveSite(site: TestSite): Promise<ServedSite> {
  const server = await startStaticServer(site.dir, { base: site.base, cacheControl: 'no-store' });
  return {
    ...server,
    base: site.base,
    url: (relative = '') => `${server.origin}${site.base}${relative.replace(/^\/+/, '')}`,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
  });
  const dir = positionals[0] ?? 'dist';
  const server = await startStaticServer(dir, { port: Number(values.port), base: values.base });
  console.log(`Serving ${path.resolve(dir)} at ${server.origin}${values.base}`);
}
