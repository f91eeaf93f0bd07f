/**
 * `npm run search:index`: pushes one Algolia record per data entry per locale
 * (see plugins/search/cli.ts and docs/maintainers/search.md).
 *
 *   npm run search:index -- --dry-run [--out build/search-records.json]
 */
import { runSearchIndex } from '../plugins/search/cli';

runSearchIndex({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`search:index: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  },
);
