/**
 * The Content-Security-Policy of the built site, as pure functions over HTML
 * text. Docusaurus puts a few small inline scripts in every page (the colour
 * mode and data-attribute bootstrap, the base-URL warning): rather than allow
 * 'unsafe-inline', the policy lists the SHA-256 hash of each one found in the
 * build. JSON-LD blocks are data, not scripts, and need no hash.
 */
import { createHash } from 'node:crypto';

export interface PolicyOptions {
  /** Extra origins the site fetches from (Algolia's hosts when DocSearch is configured). */
  connectSrc?: readonly string[];
}

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function hasAttribute(attrs: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|$)`, 'i').test(attrs);
}

function attributeValue(attrs: string, name: string): string {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
}

/** The `'sha256-…'` source of every inline script a browser would execute, once each, in order found. */
export function inlineScriptHashes(html: string): string[] {
  const found = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT_TAG)) {
    if (hasAttribute(attrs, 'src')) continue;
    const type = attributeValue(attrs, 'type').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    found.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...found];
}

/**
 * The policy's directives. `forMeta` leaves out what a `<meta>` policy cannot
 * carry (browsers ignore `frame-ancestors` there and log an error about it).
 */
export function buildPolicy(scriptHashes: readonly string[], options: PolicyOptions = {}, forMeta = false): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...scriptHashes].sort()],
    // React and the theme set style attributes; styles cannot run code.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(options.connectSrc ?? [])],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (!forMeta) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The page with the policy as its first `<head>` element after the charset
 * (a meta policy only governs what follows it), replacing one added before.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(cleaned);
  if (charset) return cleaned.slice(0, charset.index + charset[0].length) + meta + cleaned.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('The page has no <head>: cannot add the Content-Security-Policy meta element.');
  return cleaned.slice(0, head.index + head[0].length) + meta + cleaned.slice(head.index + head[0].length);
}

/** The script hashes already allowed by a `_headers` file's policy (a locale built earlier in the same run). */
export function hashesInHeaders(headers: string): string[] {
  const line = /Content-Security-Policy:\s*(.*)/i.exec(headers)?.[1] ?? '';
  return line.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages format) with the policy set
 * for every path: the `/*` block's CSP line is replaced or added, other rules
 * from `static/_headers` are kept as written.
 */
export function withHeaderPolicy(headers: string, policy: string): string {
  const lines = headers.split('\n').filter((l) => !/^\s+Content-Security-Policy:/i.test(l));
  const cspLine = `  Content-Security-Policy: ${policy}`;
  const block = lines.findIndex((l) => l.trim() === '/*');
  if (block === -1) return [`/*`, cspLine, ...lines].join('\n').replace(/\n*$/, '\n');
  lines.splice(block + 1, 0, cspLine);
  return lines.join('\n').replace(/\n*$/, '\n');
}

/**
 * One `_headers` file from several locales' builds made apart (CI builds each
 * locale in its own job): the first file's rules, with a script-src that
 * allows the inline scripts of every locale.
 */
export function joinHeaderPolicies(files: readonly string[]): string {
  const [base = '', ...rest] = files;
  const hashes = [...new Set(files.flatMap(hashesInHeaders))].sort();
  if (rest.length === 0) return base;
  return base.replace(/^(\s+Content-Security-Policy:.*?script-src 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)/m, (_, head: string) => `${head}${hashes.map((h) => ` ${h}`).join('')}`);
}
