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

/**
 * Which plugin (`name@id`) and lifecycle hook a line is about, if it is one plugin's step,
 * and the group it ran in: the steps of one group (every plugin's loading, every
 * allContentLoaded, every postBuild of one locale) are started together by Docusaurus.
 */
export function pluginStep(label: string): { plugin: string; hook: string; group: string } | undefined {
  const load = /^(.*) > Load ([^>]+@[^>\s]+) > ([A-Za-z]+)\(\)$/.exec(label);
  if (load) return { plugin: load[2]!, hook: load[3]!, group: load[1]! };
  const named = /^(.*) > ([A-Za-z]+)\(\) - ([^\s>]+@[^\s>]+)$/.exec(label);
  if (named) return { plugin: named[3]!, hook: named[2]!, group: named[1]! };
  return undefined;
}

export interface PluginShare {
  /** Sum of the lifecycle steps of our plugins, in ms, per plugin name. */
  byPlugin: Record<string, number>;
  /** Wall time of our steps: per group, the longest of our plugins' steps (they start together). */
  oursMs: number;
  /** The plain sum of our steps: counts the same wall time once per plugin running in it. */
  sumMs: number;
  /** The logger's `Build` total (all locales), in ms. */
  totalMs: number;
}

/**
 * Time in the plugins named in `ours` (names without `@id`). Docusaurus starts a
 * group's hooks together (Promise.all) on one thread, so each step's wall time also
 * covers the other plugins' synchronous work: summing them counts the same second once
 * per plugin. Per group, our wall time is therefore the longest of our plugins' chains
 * (a plugin's loadContent + contentLoaded), an upper bound that still includes waiting
 * for Docusaurus's own plugins of the group.
 */
export function pluginShare(entries: readonly PerfEntry[], ours: readonly string[]): PluginShare {
  const byPlugin: Record<string, number> = {};
  const byGroup = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const step = pluginStep(e.label);
    if (!step) continue;
    const name = step.plugin.slice(0, step.plugin.lastIndexOf('@'));
    if (!ours.includes(name)) continue;
    byPlugin[name] = (byPlugin[name] ?? 0) + e.ms;
    const group = byGroup.get(step.group) ?? new Map<string, number>();
    group.set(step.plugin, (group.get(step.plugin) ?? 0) + e.ms);
    byGroup.set(step.group, group);
  }
  const total = entries.filter((e) => e.label === 'Build');
  if (total.length === 0) throw new Error('no "[PERF] Build - …" total in the log (was DOCUSAURUS_PERF_LOGGER=true set?)');
  const totalMs = total.reduce((s, e) => s + e.ms, 0);
  const oursMs = [...byGroup.values()].reduce((s, group) => s + Math.max(...group.values()), 0);
  return { byPlugin, oursMs, sumMs: Object.values(byPlugin).reduce((s, x) => s + x, 0), totalMs };
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
