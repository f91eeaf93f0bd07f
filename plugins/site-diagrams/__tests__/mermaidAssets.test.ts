import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mermaidAssets } from '../mermaidAssets';
import { makeTempDir, removeTempDirs, write } from '../../data-engine/__tests__/helpers';

const installed = path.resolve(__dirname, '../../../node_modules/mermaid');
afterAll(removeTempDirs);

describe('mermaidAssets', () => {
  const assets = mermaidAssets(installed);
  const version = (JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string }).version;
  const targets = new Map(assets.copy.map((c) => [c.to, c.from]));

  it('serves the module from a folder named after the installed version', () => {
    expect(assets.version).toBe(version);
    expect(assets.entry).toBe(`assets/mermaid-${version}/mermaid.esm.min.mjs`);
    expect(targets.get(assets.entry)).toBe(path.join(installed, 'dist/mermaid.esm.min.mjs'));
  });

  it('copies every module the browser can reach from the entry, keeping their relative paths', () => {
    // Follow static and dynamic imports from the entry, as the browser resolves them.
    const seen = new Set<string>();
    const visit = (to: string) => {
      if (seen.has(to)) return;
      seen.add(to);
      const from = targets.get(to);
      expect(from, `${to} is imported but not copied`).toBeDefined();
      for (const m of fs.readFileSync(from!, 'utf8').matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(to), m[1]!)));
      }
    };
    visit(assets.entry);
    expect(seen.size).toBeGreaterThan(20); // the flowchart, sequence, class … diagram chunks
  });

  it('leaves the source maps behind', () => {
    expect(assets.copy.every((c) => c.to.endsWith('.mjs'))).toBe(true);
  });

  it('says what to do when the installed Mermaid has no ES-module build', () => {
    const dir = makeTempDir('mermaid-');
    write(dir, 'package.json', JSON.stringify({ version: '9.0.0' }));
    write(dir, 'dist/mermaid.min.js', '');
    expect(() => mermaidAssets(dir)).toThrow(/Mermaid 9\.0\.0 has no dist\/mermaid\.esm\.min\.mjs in .*npm install/);
  });
});
