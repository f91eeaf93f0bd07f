import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, hashesInHeaders, inlineScriptHashes, withHeaderPolicy, withMetaPolicy } from '../policy';
import { validateOptions } from '../options';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

describe('inline script hashes', () => {
  it('hashes executable inline scripts exactly as written, once each', () => {
    const html = `<head><script>a()</script><script data-rh=true>b()</script><script type="module">c()</script><script>a()</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()'), sha('c()')]);
  });

  it('skips external scripts and data blocks (JSON-LD)', () => {
    const html = `<script src="/assets/js/main.js"></script><script defer src=/x.js></script><script type=application/ld+json>{"@type":"Course"}</script><script type="text/plain">x</script>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('keeps whitespace and non-ASCII in the hashed text', () => {
    expect(inlineScriptHashes('<script>\n  t("课程")\n</script>')).toEqual([sha('\n  t("课程")\n')]);
  });
});

describe('policy', () => {
  it('allows scripts only from the site and the listed hashes, sorted', () => {
    const policy = buildPolicy(["'sha256-b'", "'sha256-a'"]);
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('adds configured origins to connect-src', () => {
    expect(buildPolicy([], { connectSrc: ['https://*.algolia.net'] })).toContain("connect-src 'self' https://*.algolia.net;");
  });

  it('leaves frame-ancestors out of the meta form, where browsers ignore it', () => {
    expect(buildPolicy([], {}, true)).not.toContain('frame-ancestors');
  });

  it('rejects an origin with a path in the options', () => {
    const validate = (schema: { validate: (v: unknown) => { error?: Error; value: unknown } }, options: unknown) => {
      const { error, value } = schema.validate(options);
      if (error) throw error;
      return value;
    };
    expect(() => validateOptions({ validate: validate as never, options: { connectSrc: ['https://example.org/api'] } })).toThrow(/https origin/);
    expect(validateOptions({ validate: validate as never, options: {} })).toEqual({ connectSrc: [] });
  });
});

describe('meta and _headers', () => {
  it('puts the meta policy right after the charset, replacing an earlier one', () => {
    const once = withMetaPolicy('<html><head><meta charset=UTF-8><title>x</title></head></html>', "default-src 'self'");
    expect(once).toBe(`<html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>x</title></head></html>`);
    expect(withMetaPolicy(once, "default-src 'none'").match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('fails on a page without a head', () => {
    expect(() => withMetaPolicy('<p>x</p>', "default-src 'self'")).toThrow(/no <head>/);
  });

  it('sets the CSP line in the /* block and keeps the other rules', () => {
    const source = '# comment\n/*\n  X-Frame-Options: DENY\n\n/assets/*\n  Cache-Control: immutable\n';
    const out = withHeaderPolicy(source, "default-src 'self'; script-src 'self' 'sha256-a'");
    expect(out).toBe("# comment\n/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'\n  X-Frame-Options: DENY\n\n/assets/*\n  Cache-Control: immutable\n");
    expect(hashesInHeaders(out)).toEqual(["'sha256-a'"]);
    expect(withHeaderPolicy(out, "default-src 'none'").match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('adds a /* block when there is none', () => {
    expect(withHeaderPolicy('', "default-src 'self'")).toBe("/*\n  Content-Security-Policy: default-src 'self'\n");
  });
});
