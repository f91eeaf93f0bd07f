import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPolicy, hashesInHeaders, joinHeaderPolicies, withHeaderPolicy } from '../policy';
import { joinLocaleBuilds } from '../joinLocaleBuilds';

const rules = '/*\n  X-Frame-Options: DENY\n';
const zhHeaders = withHeaderPolicy(rules, buildPolicy(["'sha256-zh1'", "'sha256-both'"]));
const enHeaders = withHeaderPolicy(rules, buildPolicy(["'sha256-en1'", "'sha256-both'"]));

describe('joining locale policies', () => {
  it('allows the inline scripts of every locale, once each, and keeps the rest', () => {
    const joined = joinHeaderPolicies([zhHeaders, enHeaders]);
    expect(hashesInHeaders(joined)).toEqual(["'sha256-both'", "'sha256-en1'", "'sha256-zh1'"]);
    expect(joined).toContain('X-Frame-Options: DENY');
    expect(joined).toContain("frame-ancestors 'none'");
    expect(joined.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('leaves a single file as it is', () => {
    expect(joinHeaderPolicies([zhHeaders])).toBe(zhHeaders);
  });
});

describe('joinLocaleBuilds', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('puts each locale where it was built and writes one joined _headers', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'join-builds-'));
    dirs.push(tmp);
    const zh = path.join(tmp, 'site-zh-Hans');
    const en = path.join(tmp, 'site-en');
    fs.mkdirSync(path.join(zh, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(zh, 'index.html'), 'zh');
    fs.writeFileSync(path.join(zh, 'docs', 'index.html'), 'zh docs');
    fs.writeFileSync(path.join(zh, '_headers'), zhHeaders);
    fs.mkdirSync(path.join(en, 'en'), { recursive: true });
    fs.writeFileSync(path.join(en, 'en', 'index.html'), 'en');
    fs.writeFileSync(path.join(en, '_headers'), enHeaders);

    const out = path.join(tmp, 'build');
    joinLocaleBuilds([en, zh], out);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('zh');
    expect(fs.readFileSync(path.join(out, 'docs', 'index.html'), 'utf8')).toBe('zh docs');
    expect(fs.readFileSync(path.join(out, 'en', 'index.html'), 'utf8')).toBe('en');
    expect(hashesInHeaders(fs.readFileSync(path.join(out, '_headers'), 'utf8'))).toEqual(["'sha256-both'", "'sha256-en1'", "'sha256-zh1'"]);
  });

  it('refuses an empty list', () => {
    expect(() => joinLocaleBuilds([], '/nonexistent')).toThrow(/No locale builds/);
  });
});
