import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BUILD_DIR = path.resolve(__dirname, '../../build');

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
export async function serveBuild(dir = BUILD_DIR): Promise<{ url: string; close: () => Promise<void> }> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/** Collects console errors, page errors and requests leaving the site, to assert none happened. */
export function watchPage(page: Page, siteUrl: string): { errors: string[]; external: string[] } {
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(siteUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  return { errors, external };
}

/** For one test file: serves the build and opens Chromium before its tests, closes both after. */
export function useBuiltSite(): { readonly url: string; readonly browser: Browser } {
  const state: { server?: Awaited<ReturnType<typeof serveBuild>>; browser?: Browser } = {};
  beforeAll(async () => {
    state.server = await serveBuild();
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.server!.url;
    },
    get browser() {
      return state.browser!;
    },
  };
}
