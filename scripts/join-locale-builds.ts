/**
 * CI's deploy job: joins the locale builds downloaded into <parts>/site-<locale>/
 * into one site folder.
 *   node --import tsx scripts/join-locale-builds.ts parts build
 */
import fs from 'node:fs';
import path from 'node:path';
import { joinLocaleBuilds } from '../plugins/content-security-policy/joinLocaleBuilds';

const [partsDir, out] = process.argv.slice(2);
if (!partsDir || !out) {
  console.error('usage: node --import tsx scripts/join-locale-builds.ts <folder of locale builds> <output folder>');
  process.exit(2);
}
const parts = fs
  .readdirSync(partsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(partsDir, d.name))
  .sort();
joinLocaleBuilds(parts, out);
console.log(`joined ${parts.length} locale builds into ${out}`);
