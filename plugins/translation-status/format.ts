import type { LocaleStatus } from './types';

const AREA_NAMES: Record<string, string> = { ui: 'UI strings', data: 'data strings', docs: 'docs', blog: 'blog', lessons: 'course lessons' };

/** The status as a plain-text table per locale, with the items that need work (at most `itemsPerGroup` each). */
export function formatStatusText(statuses: LocaleStatus[], options: { itemsPerGroup?: number; labels?: Record<string, string> } = {}): string {
  const limit = options.itemsPerGroup ?? 10;
  const out: string[] = [];
  for (const s of statuses) {
    out.push(`${s.locale}${options.labels?.[s.locale] ? ` (${options.labels[s.locale]})` : ''}`);
    const rows = s.groups.map((g) => [`${AREA_NAMES[g.area]}`, g.area === g.group ? '' : g.group, String(g.translated), String(g.missing), String(g.stale)]);
    rows.push(['total', '', String(s.totals.translated), String(s.totals.missing), String(s.totals.stale)]);
    const header = ['area', 'part', 'translated', 'missing', 'stale'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `  ${r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
    out.push(line(header), ...rows.map(line));
    for (const g of s.groups) {
      if (g.items.length === 0) continue;
      out.push(`  ${AREA_NAMES[g.area]}${g.area === g.group ? '' : ` ${g.group}`}:`);
      for (const item of g.items.slice(0, limit)) out.push(`    ${item.state.padEnd(7)} ${item.id}  (${item.reason})`);
      if (g.items.length > limit) out.push(`    … ${g.items.length - limit} more (--items all)`);
    }
    for (const p of s.problems) out.push(`  error: ${p.file}${p.key ? ` ${p.key}` : ''}: ${p.message}`);
    out.push('');
  }
  return out.join('\n');
}
