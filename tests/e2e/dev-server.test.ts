import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './harness';

/**
 * `npm start` on a copy of the site: a bad data edit shows the report in the
 * terminal and as a banner in the page, the page keeps the last good data,
 * and fixing the file recovers without a restart.
 */
const repoRoot = path.resolve(__dirname, '../..');
const site = path.join(repoRoot, '.tmp-tests', 'dev-server-site');
let server: ChildProcess | undefined;
let output = '';
let browser: Browser;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  // The whole site minus what is installed, built or generated.
  const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp-tests', 'test-results', '.plan']);
  for (const name of fs.readdirSync(repoRoot)) {
    if (skip.has(name)) continue;
    fs.cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true, filter: (src) => !src.includes('__tests__') });
  }
  port = await freePort();
  server = spawn(path.join(repoRoot, 'node_modules/.bin/docusaurus'), ['start', site, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    // vitest sets NODE_ENV=test; the dev server is what we are testing.
    env: { ...process.env, NODE_ENV: 'development', BROWSER: 'none', LANG: 'en_US.UTF-8' },
    detached: true,
  });
  server.stdout!.on('data', (d) => (output += String(d)));
  server.stderr!.on('data', (d) => (output += String(d)));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  fs.rmSync(site, { recursive: true, force: true });
});

describe('dev server', () => {
  it('reports a bad data edit in the terminal and the page, keeps serving, and recovers when fixed', async () => {
    const url = `http://127.0.0.1:${port}/reference/data/partners/`;
    const page = await browser.newPage();
    // The first compile takes a while on two cores.
    await expect
      .poll(
        async () => {
          // A server that exited will never answer: fail now, with what it printed.
          if (server!.exitCode !== null) throw new Error(`dev server exited with ${server!.exitCode}:\n${output.slice(-3000)}`);
          return (await fetch(url).catch(() => undefined))?.status;
        },
        { timeout: 240_000, interval: 1000, message: 'dev server did not come up' },
      )
      .toBe(200);
    await page.goto(url, { waitUntil: 'load' });
    await expect.poll(() => page.locator('main').textContent(), { timeout: 60_000 }).toContain('lanfeng-cloud');
    expect(await page.getByTestId('data-problems-banner').count()).toBe(0);

    const file = path.join(site, 'data/partners/lanfeng-cloud.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const broken = original.replace(/^tier: (\w+)$/m, 'tier: gld');
    expect(broken).not.toBe(original);
    const tierLine = broken.split('\n').findIndex((l) => l.startsWith('tier: gld')) + 1;
    fs.writeFileSync(file, broken);

    const banner = page.getByTestId('data-problems-banner');
    await expect.poll(() => banner.count(), { timeout: 60_000, interval: 500 }).toBe(1);
    expect(await banner.textContent()).toContain(`data/partners/lanfeng-cloud.yaml:${tierLine}:7`);
    await expect.poll(() => output, { timeout: 10_000 }).toContain(`data/partners/lanfeng-cloud.yaml:${tierLine}:7  tier: "gld" is not allowed`);
    // Still serving the last good data.
    expect(await page.locator('main').textContent()).toContain('lanfeng-cloud');

    fs.writeFileSync(file, original);
    await expect.poll(() => banner.count(), { timeout: 60_000, interval: 500 }).toBe(0);
    expect(server!.exitCode).toBeNull();
    await page.close();
  }, 420_000);
});
