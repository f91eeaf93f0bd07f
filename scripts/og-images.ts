/**
 * Makes the social-card (Open Graph) image of every section, 1200×630 JPEG,
 * into static/img/og/<section>.jpg, by rendering a small HTML card in
 * Debian's Chromium. Run it after adding a section to plugins/site-seo/sections.ts
 * or changing the logo, and commit the images: the build only copies them.
 *   npm run og-images
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { SECTIONS } from '../plugins/site-seo/sections';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'static', 'img', 'og');
const logo = fs.readFileSync(path.join(root, 'static', 'img', 'logo.svg'), 'utf8');

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function card(section: (typeof SECTIONS)[number]): string {
  const home = section.id === 'home';
  return `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><style>
    body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
      box-sizing: border-box; padding: 72px 80px; color: #fff; background: linear-gradient(135deg, #154386 0%, #1f5fbf 60%, #2b78e4 100%);
      font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; }
    .brand { display: flex; align-items: center; gap: 24px; font-size: 40px; font-weight: 700; }
    .brand svg { width: 96px; height: 96px; }
    h1 { margin: 0; font-size: ${home ? 84 : 104}px; line-height: 1.1; }
    p { margin: 16px 0 0; font-size: 48px; opacity: 0.9; }
    .rule { height: 8px; width: 240px; background: #ffd25f; border-radius: 4px; }
  </style><body>
    <div class="brand">${logo}<span>可观测性社区 · Observability Community</span></div>
    <div><h1>${escape(home ? '文档 · 课程 · 认证 · 活动 · 伙伴' : section.zh)}</h1><p lang="en">${escape(home ? 'Docs, courses, certifications, events, partners' : section.en)}</p></div>
    <div class="rule"></div>
  </body></html>`;
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const section of SECTIONS) {
    await page.setContent(card(section));
    await page.screenshot({ path: path.join(outDir, `${section.id}.jpg`), type: 'jpeg', quality: 88 });
    console.log(`static/img/og/${section.id}.jpg`);
  }
  await browser.close();
}

void main();
