// Minimal site for plugin tests: our two data plugins and the classic theme.
// Tests copy it to a temporary folder inside the repository, so the plugins
// are found by walking up rather than by a fixed relative path.
const fs = require('node:fs');
const path = require('node:path');

function findPlugin(rel) {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'plugins', rel, 'index.ts');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`plugin ${rel} not found above ${__dirname}`);
}

module.exports = {
  title: 'Fixture',
  url: 'https://example.org',
  baseUrl: '/',
  i18n: { defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en'] },
  future: { v4: true, faster: true },
  onBrokenLinks: 'throw',
  plugins: [
    [findPlugin('community-data'), { markdownDirs: [] }],
    [findPlugin('data-reference'), {}],
    '@docusaurus/plugin-content-pages',
  ],
  themes: ['@docusaurus/theme-classic'],
};
