import fs from 'node:fs';
import path from 'node:path';
import { joinHeaderPolicies } from './policy';

/**
 * Joins locale builds made in separate jobs (each a `build/` folder: the
 * default locale at its root, another locale under `<locale>/`) into one site
 * folder, with one `_headers` whose policy allows every locale's inline scripts.
 */
export function joinLocaleBuilds(parts: readonly string[], out: string): void {
  if (parts.length === 0) throw new Error('No locale builds to join: pass the folders the build jobs produced.');
  const headers = parts.map((p) => path.join(p, '_headers')).filter((f) => fs.existsSync(f));
  fs.mkdirSync(out, { recursive: true });
  for (const part of parts) fs.cpSync(part, out, { recursive: true, force: true });
  if (headers.length > 0) fs.writeFileSync(path.join(out, '_headers'), joinHeaderPolicies(headers.map((f) => fs.readFileSync(f, 'utf8'))));
}
