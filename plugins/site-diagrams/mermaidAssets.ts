import fs from 'node:fs';
import path from 'node:path';

/** Where Mermaid's prebuilt browser build goes in the site, and what to copy there. */
export interface MermaidAssets {
  version: string;
  /** The module the page imports, relative to the site's base URL. */
  entry: string;
  /** Copy patterns (absolute `from`, `to` relative to the output folder). */
  copy: { from: string; to: string }[];
}

/**
 * Mermaid ships a minified ES-module build split into chunks that load on
 * demand (a flowchart loads the flowchart code only). Serving that build as
 * static files, instead of bundling `mermaid` with the site, keeps its ~1,800
 * modules out of every Rspack compile: the diagram on one guide page cost
 * each locale's build about 6 s. The folder is versioned so a Mermaid upgrade
 * never meets a cached older chunk.
 */
export function mermaidAssets(packageDir: string): MermaidAssets {
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dist = path.join(packageDir, 'dist');
  const entryFile = 'mermaid.esm.min.mjs';
  const chunks = path.join('chunks', 'mermaid.esm.min');
  for (const required of [entryFile, chunks]) {
    if (!fs.existsSync(path.join(dist, required))) {
      throw new Error(`Mermaid ${version} has no dist/${required} in ${packageDir}; the diagram plugin expects Mermaid 11's ES-module build. Reinstall with \`npm install\`, or pin the mermaid version in package.json.`);
    }
  }
  const to = `assets/mermaid-${version}`;
  return {
    version,
    entry: `${to}/${entryFile}`,
    copy: [
      { from: path.join(dist, entryFile), to: `${to}/${entryFile}` },
      // The chunks only: their source maps are five times their size.
      ...fs
        .readdirSync(path.join(dist, chunks))
        .filter((f) => f.endsWith('.mjs'))
        .sort()
        .map((f) => ({ from: path.join(dist, chunks, f), to: `${to}/chunks/mermaid.esm.min/${f}` })),
    ],
  };
}
