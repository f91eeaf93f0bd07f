/**
 * The built site as a static host serves it, and Debian's Chromium: shared by
 * the browser tests and the measuring scripts (Lighthouse, benchmarks).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';
import { chromium, type Browser } from 'playwright-core';

/** The build the browser tests serve (`SITE_BUILD_DIR` picks another, e.g. a build in progress elsewhere). */
export const BUILD_DIR = process.env.SITE_BUILD_DIR ? path.resolve(process.env.SITE_BUILD_DIR) : path.resolve(__dirname, '../../build');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless flags for this machine's closed network. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** The rules of a `_headers` file (Netlify / Cloudflare Pages format): path pattern → headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves a built site on a free loopback port, as a static host would (clean
 * URLs, trailing slashes, and the headers of the build's `_headers` file, so
 * every browser test runs under the site's Content-Security-Policy).
 */
export async function serveBuild(dir = BUILD_DIR, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = path.join(dir, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) {
      const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
      if (matches) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: true });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
