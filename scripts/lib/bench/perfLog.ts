/**
 * Docusaurus's performance logger (`DOCUSAURUS_PERF_LOGGER=true`) prints lines like
 *   [PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load site-seo@default > loadContent() - 8.66 ms - (Heap …)
 *   [PERF] Build > zh-Hans > Load site > Load plugins > allContentLoaded() > allContentLoaded() - community-events@default - 542.03 ms - (…)
 * Parsing them is pure, so it is tested on captured output.
 */
export interface PerfEntry {
  label: string;
  ms: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

export function parsePerfLog(text: string): PerfEntry[] {
  const entries: PerfEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(ANSI, '');
    const m = /^\[PERF\](?:\[KO\])? (.+) - ([\d.]+) (ms|seconds!)(?: - |$)/.exec(line.trim());
    if (!m) continue;
    entries.push({ label: m[1]!, ms: Number(m[2]) * (m[3] === 'ms' ? 1 : 1000) });
  }
  return entries;
}

/** Which plugin (`name@id`) and lifecycle hook a line is about, if it is one plugin's step. */
export function pluginStep(label: string): { plugin: string; hook: string } | undefined {
  const load = /> Load ([^>]+@[^>\s]+) > ([A-Za-z]+)\(\)$/.exec(label);
  if (load) return { plugin: load[1]!, hook: load[2]! };
  const named = /> ([A-Za-z]+)\(\) - ([^\s>]+@[^\s>]+)$/.exec(label);
  if (named) return { plugin: named[2]!, hook: named[1]! };
  return undefined;
}

export interface PluginShare {
  /** Sum of the lifecycle steps of our plugins, in ms, per plugin name. */
  byPlugin: Record<string, number>;
  oursMs: number;
  /** The logger's `Build` total (all locales), in ms. */
  totalMs: number;
}

/**
 * Sums every lifecycle step of the plugins named in `ours` (names without `@id`).
 * An upper bound: Docusaurus runs plugins' hooks concurrently, and a step's wall
 * time includes waiting while other plugins' synchronous work holds the thread.
 */
export function pluginShare(entries: readonly PerfEntry[], ours: readonly string[]): PluginShare {
  const byPlugin: Record<string, number> = {};
  for (const e of entries) {
    const step = pluginStep(e.label);
    if (!step) continue;
    const name = step.plugin.slice(0, step.plugin.lastIndexOf('@'));
    if (!ours.includes(name)) continue;
    byPlugin[name] = (byPlugin[name] ?? 0) + e.ms;
  }
  const total = entries.filter((e) => e.label === 'Build');
  if (total.length === 0) throw new Error('no "[PERF] Build - …" total in the log (was DOCUSAURUS_PERF_LOGGER=true set?)');
  const totalMs = total.reduce((s, e) => s + e.ms, 0);
  return { byPlugin, oursMs: Object.values(byPlugin).reduce((s, x) => s + x, 0), totalMs };
}

/**
 * Our plugins' names from their sources: the first `name: '…'` of each
 * `plugins/<dir>/index.ts` (the object the plugin function returns).
 */
export function pluginNamesFromSources(sources: readonly string[]): string[] {
  const names: string[] = [];
  for (const text of sources) {
    const m = /^\s*name:\s*['"]([^'"]+)['"]/m.exec(text);
    if (m) names.push(m[1]!);
  }
  return names;
}
