import { describe, expect, it } from 'vitest';
import { useBuiltSite, watchPage } from './harness';

const site = useBuiltSite();

describe('built site smoke test', () => {
  it.each([
    ['/', 'zh-Hans', '可观测性社区'],
    ['/en/', 'en', 'Observability Community'],
  ])('%s renders in %s with no console errors and no outside requests', async (path, lang, heading) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain(heading);
    // The site name in the tab title is in the page's language too.
    expect(await page.title()).toMatch(new RegExp(`\\| ${heading}$`));
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it('the language switch lands on the same page in the other language', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}/docs/contributing/data-files/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('编辑社区数据');
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', { name: 'English' }).first().click();
    await page.waitForURL(`${site.url}/en/docs/contributing/data-files/`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Editing community data');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // And back again.
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', { name: '简体中文' }).first().click();
    await page.waitForURL(`${site.url}/docs/contributing/data-files/`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/', 'zh-Hans'],
    ['/en/', 'en'],
  ])('the desktop navbar of %s (%s) fits every desktop width: logo kept, title whole or absent, no label wrapped or overlapped', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    // 997px is Docusaurus's smallest desktop width; below it the menu collapses into the sidebar.
    for (const width of [997, 1100, 1199, 1200, 1280, 1439, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 700 });
      const navbar = await page.evaluate(() => {
        const visible = (e: Element) => e.getBoundingClientRect().width > 0 && getComputedStyle(e).display !== 'none';
        const left = Array.from(document.querySelectorAll('.navbar__items:not(.navbar__items--right) > *')).filter(visible);
        const links = Array.from(document.querySelectorAll('.navbar__items .navbar__link')).filter(visible);
        const logo = document.querySelector('.navbar__logo')!.getBoundingClientRect();
        const title = document.querySelector('.navbar__title')!;
        const brand = document.querySelector('.navbar__brand')!.getBoundingClientRect();
        const titleBox = title.getBoundingClientRect();
        // A title that does not fit beside the logo wraps onto the brand's clipped second line.
        const titleShown = visible(title) && titleBox.top >= brand.top - 1 && titleBox.bottom <= brand.bottom + 1;
        const gap = document.querySelector('.navbar__items--right')!.getBoundingClientRect().left - Math.max(...left.map((e) => e.getBoundingClientRect().right));
        return {
          gap,
          // An absent title must be one that would not have fitted in the free space (its width plus the brand's 8px gap).
          roomForAbsentTitle: !titleShown && gap >= title.scrollWidth + 8,
          // One line of a link is 32px (24px text, 4px padding above and below); two are 56px.
          wrapped: links.filter((e) => e.getBoundingClientRect().height > 44).map((e) => e.textContent),
          logoWidth: logo.width,
          title: !titleShown ? 'absent' : title.scrollWidth <= title.clientWidth ? 'whole' : `cut to ${title.clientWidth} of ${title.scrollWidth}px`,
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      // Whole wherever it fits (the Chinese title at every desktop width, the English one from 1440px), otherwise absent; never cut.
      expect({ width, ...navbar, gap: navbar.gap >= 0 }).toEqual({
        width,
        gap: true,
        wrapped: [],
        logoWidth: 32,
        title: width >= (path === '/' ? 997 : 1440) ? 'whole' : expect.stringMatching(/^(whole|absent)$/),
        roomForAbsentTitle: false,
        pageOverflow: 0,
      });
    }
    await page.close();
  });

  it.each(['', '/en'])('pages without a docs sidebar share one page width: their content lines up (%s)', async (prefix) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const lefts: Record<string, number> = {};
    for (const pathname of ['/courses/', '/courses/otel-intro/', '/certifications/', '/certifications/foundation/', '/events/', '/partners/', '/partners/program/', '/partners/lanfeng-cloud/', '/integrations/', '/integrations/aws-integration/', '/governance/', '/governance/decisions/']) {
      await page.goto(site.url + prefix + pathname, { waitUntil: 'networkidle' });
      lefts[pathname] = await page.locator('main').first().evaluate((m) => Math.round(m.getBoundingClientRect().left + parseFloat(getComputedStyle(m).paddingLeft)));
    }
    // Infima's container: 1140px wide and centred at 1280px, so every page's content starts 86px in.
    expect(lefts).toEqual(Object.fromEntries(Object.keys(lefts).map((p) => [p, 86])));
    await page.close();
  });

  it.each([
    ['/', 'zh-Hans'],
    ['/en/', 'en'],
  ])('the phone navbar of %s (%s) keeps the site title clear of the search button at every phone and tablet width', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    for (const width of [320, 360, 375, 414, 600, 768, 996]) {
      await page.setViewportSize({ width, height: 700 });
      const navbar = await page.evaluate(() => {
        const brand = document.querySelector('.navbar__brand')!.getBoundingClientRect();
        const search = document.querySelector('.navbar__search')!.getBoundingClientRect();
        const title = document.querySelector('.navbar__title')!;
        return {
          clear: search.left - brand.right >= 8,
          logoWidth: document.querySelector('.navbar__logo')!.getBoundingClientRect().width,
          // Cut titles must end in an ellipsis, not under the button.
          titleEnds: title.scrollWidth <= title.clientWidth ? 'whole' : getComputedStyle(title).textOverflow,
          // The ctrl K hint covered the placeholder of the tablet-sized search box.
          searchHint: Array.from(document.querySelectorAll('.navbar__search [class*="searchHintContainer"]')).some((e) => e.getBoundingClientRect().width > 0),
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect({ width, ...navbar }).toEqual({ width, clear: true, logoWidth: 32, titleEnds: navbar.titleEnds === 'whole' ? 'whole' : 'ellipsis', searchHint: false, pageOverflow: 0 });
    }
    await page.close();
  });

  it('the language switch keeps the query string and the hash (a filtered catalog stays filtered)', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}/courses/?level=advanced#main`, { waitUntil: 'networkidle' });
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', { name: 'English' }).first().click();
    await page.waitForURL(`${site.url}/en/courses/?level=advanced#main`);
    await expect.poll(() => page.locator('input[type="checkbox"][value="advanced"]').first().isChecked()).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('the data reference documents every collection in both locales, entries listed', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    for (const [path, entryCount] of [
      ['/reference/data/courses/', /otel-intro/],
      ['/en/reference/data/courses/', /otel-intro/],
    ] as const) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('main').textContent()).toMatch(entryCount);
      expect(await page.locator('table').count()).toBeGreaterThan(0);
    }
    // English page shows English field titles and course names from the en translation files.
    await page.goto(`${site.url}/en/reference/data/courses/`, { waitUntil: 'networkidle' });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Introduction to OpenTelemetry');
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
