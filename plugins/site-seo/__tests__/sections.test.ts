import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt, SECTIONS, sectionOf, socialCardPath } from '../sections';

describe('sections', () => {
  it.each([
    ['/', 'home'],
    ['/docs/contributing/data-files/', 'docs'],
    ['/en/courses/otel-intro/', 'courses'],
    ['/en/', 'home'],
    ['/blog/tags/', 'blog'],
    ['/nowhere/', 'home'],
    ['/en/partners/?tier=gold', 'partners'],
  ])('%s is in the %s section', (pathname, section) => {
    expect(sectionOf(pathname.split('?')[0]!, '/', ['en'])).toBe(section);
  });

  it('reads paths under a base URL', () => {
    expect(sectionOf('/hub/en/events/x/', '/hub/', ['en'])).toBe('events');
    expect(sectionOf('/hub/governance/', '/hub/', ['en'])).toBe('governance');
  });

  it('every section has its image in static/', () => {
    for (const { id } of SECTIONS) expect(fs.existsSync(path.join(__dirname, '../../../static', socialCardPath(id))), id).toBe(true);
  });
});

describe('robots.txt', () => {
  it('allows everything and names each locale sitemap with the full URL', () => {
    expect(robotsTxt('https://example.org/', '/hub/', ['en'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/hub/sitemap.xml\nSitemap: https://example.org/hub/en/sitemap.xml\n',
    );
  });
});
