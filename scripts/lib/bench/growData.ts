/**
 * Grows a copy of the site's data to a given number of entries, for the
 * validation and build benchmarks (`bench:validate`, `bench` scale figure).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dump, load } from 'js-yaml';

/** The YAML entry files under a data folder (schemas excluded). */
export function dataFiles(dataDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory() && d.name !== 'schemas') walk(abs);
      else if (d.name.endsWith('.yaml')) files.push(abs);
    }
  };
  walk(dataDir);
  return files.sort();
}

// Certifications and courses have cross-record rules (and lesson folders) a renamed copy would break.
const NOT_COPIED = /[/\\](certifications|courses)[/\\][^/\\]+\.yaml$/;

/**
 * Adds copies of real entries (same shapes, ids `<id>-x<n>`) until `dataDir`
 * holds `target` entries; self-references keep pointing at the originals, so
 * every copy stays valid and the reference graph stays acyclic.
 * Returns how many entries were shipped and how many there are now.
 */
export function growData(dataDir: string, target: number): { shipped: number; entries: number } {
  const originals = dataFiles(dataDir);
  let made = originals.length;
  const copyable = originals.filter((f) => !NOT_COPIED.test(f));
  for (let copy = 1; made < target && copyable.length > 0; copy++) {
    for (const file of copyable) {
      if (made >= target) break;
      const id = path.basename(file, '.yaml');
      const data = load(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      const newId = `${id}-x${copy}`;
      data.id = newId;
      fs.writeFileSync(path.join(path.dirname(file), `${newId}.yaml`), dump(data, { lineWidth: -1 }));
      made++;
    }
  }
  return { shipped: originals.length, entries: made };
}
