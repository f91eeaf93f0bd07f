/**
 * One plugin per concern: a plugin's pages (its `theme/` folder) may use their
 * own files and the shared components in `src/`, never another plugin's theme.
 * What two plugins' pages both need lives in `src/components/`, so moving or
 * removing one plugin cannot break another's pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const siteDir = path.resolve(__dirname, '../..');
const pluginsDir = path.join(siteDir, 'plugins');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === '__tests__' ? [] : sourceFiles(full);
    return /\.(ts|tsx|css)$/.test(d.name) ? [full] : [];
  });
}

/** Relative module requests in a TypeScript or CSS file (`from '…'`, `import('…')`, `@import '…'`, `composes … from '…'`). */
export function relativeRequests(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|@import\s+|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

/** Each theme file's requests that leave its own plugin for another plugin's folder. */
function crossPluginRequests(): string[] {
  const plugins = fs.readdirSync(pluginsDir, { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(pluginsDir, d.name, 'theme')));
  const out: string[] = [];
  for (const plugin of plugins) {
    const own = path.join(pluginsDir, plugin.name);
    for (const file of sourceFiles(path.join(own, 'theme'))) {
      for (const request of relativeRequests(fs.readFileSync(file, 'utf8'))) {
        const target = path.resolve(path.dirname(file), request);
        const inOwn = target === own || target.startsWith(own + path.sep);
        const inPlugins = target.startsWith(pluginsDir + path.sep);
        if (inPlugins && !inOwn) out.push(`${path.relative(siteDir, file)} imports ${request}`);
      }
    }
  }
  return out;
}

describe('plugin theme boundaries', () => {
  it('finds the requests it checks', () => {
    expect(relativeRequests(`import a from '../x';\nimport type { B } from "../../y/z";\nconst c = import('./lazy');\nimport './side.css';`)).toEqual(['../x', '../../y/z', './lazy', './side.css']);
    expect(relativeRequests(`import React from 'react';\nimport Link from '@docusaurus/Link';`)).toEqual([]);
  });

  it("keeps every plugin's pages off other plugins' files", () => {
    expect(crossPluginRequests()).toEqual([]);
  });
});
