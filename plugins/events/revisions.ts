import { execFileSync } from 'node:child_process';

/**
 * When each file was last revised: its last commit's time, from one `git log`.
 * A feed's DTSTAMP is that moment (RFC 5545: without METHOD, DTSTAMP is the
 * time the information was last revised), so rebuilding unchanged data gives
 * byte-identical feeds and calendar apps see no spurious updates. Files with
 * uncommitted changes, or no git at all, get `fallback` (the build time).
 */
export function lastRevised(siteDir: string, files: string[], fallback: Date): (file: string) => Date {
  const times = new Map<string, Date>();
  const dirty = new Set<string>();
  try {
    const log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--no-renames', '--relative', '--', ...files], { cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = new Date(Number(line.slice(1)) * 1000);
      else if (line && current && !times.has(line)) times.set(line, current);
    }
    const git = (args: string[]) => execFileSync('git', args, { cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changed = git(['diff', '--name-only', '--relative', 'HEAD', '--', ...files]) + git(['ls-files', '--others', '--exclude-standard', '--', ...files]);
    for (const line of changed.split('\n')) if (line) dirty.add(line);
  } catch {
    return () => fallback;
  }
  return (file) => (dirty.has(file) ? fallback : (times.get(file) ?? fallback));
}
