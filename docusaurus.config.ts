import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { discoverLocales, DEFAULT_LOCALE, DEFAULT_SITE_URL, siteStrings } from './plugins/site-locales/discoverLocales';
import { withContrast } from './plugins/site-theme/accessiblePrismTheme';
import { withLocaleBaseUrls } from './plugins/site-locales/localeUrls';
import { searchSetup } from './plugins/search/config';
import remarkDataFacts from './plugins/data-facts/remark';
import { factsDir } from './plugins/data-facts/index';
import { addSitemapAlternates } from './plugins/site-locales/sitemapAlternates';

// A translator adds a locale by adding i18n/<locale>/; nothing here changes.
const { locales, localeConfigs } = discoverLocales(__dirname, DEFAULT_LOCALE);
// Guides and posts show data facts through components; this gives each page the records it names.
const dataFacts = [remarkDataFacts, { factsDir: factsDir(__dirname), siteDir: __dirname }] as const;
// Docusaurus sets the locale being built or served; `docusaurus start` without --locale sets the
// string "undefined" (it assigns the missing option to process.env), which means the default locale.
const envLocale = process.env.DOCUSAURUS_CURRENT_LOCALE;
const currentLocale = envLocale && envLocale !== 'undefined' ? envLocale : DEFAULT_LOCALE;
// Page titles need the site name in the current locale.
const site = siteStrings(__dirname, currentLocale, {
  title: '可观测性社区',
  tagline: '文档、课程、认证、活动与合作伙伴，一站汇集',
  feedTitle: '可观测性社区博客',
});
// Offline search unless the build has Algolia's variables (see docs/maintainers/search.md).
const search = searchSetup(process.env, currentLocale);

const config: Config = {
  title: site.title,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  baseUrl: process.env.BASE_URL ?? '/',
  trailingSlash: true,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales,
    // CI's deploy builds each locale in its own job (`--locale en`), which would put a lone
    // locale at the site root; there every locale keeps its own base URL and folder instead.
    localeConfigs: process.env.BUILD_LOCALES_SEPARATELY === 'true' ? withLocaleBaseUrls(localeConfigs, process.env.BASE_URL ?? '/', DEFAULT_LOCALE) : localeConfigs,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: undefined,
          remarkPlugins: [dataFacts],
        },
        blog: {
          blogTitle: '博客',
          blogDescription: '可观测性社区的公告、活动回顾和项目进展。',
          blogSidebarTitle: '最近文章',
          showReadingTime: true,
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'ignore',
          remarkPlugins: [dataFacts],
          feedOptions: { type: ['rss', 'atom'], xslt: true, title: site.feedTitle, description: site.tagline },
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          // Each entry lists the page in every locale (hreflang alternates + x-default).
          createSitemapItems: async ({ defaultCreateSitemapItems, ...params }) =>
            addSitemapAlternates(await defaultCreateSitemapItems(params), {
              siteUrl: params.siteConfig.url,
              baseUrl: process.env.BASE_URL ?? '/',
              localeBaseUrl: params.siteConfig.baseUrl,
              locales,
              defaultLocale: DEFAULT_LOCALE,
              htmlLang: Object.fromEntries(Object.entries(localeConfigs).map(([l, c]) => [l, c.htmlLang])),
            }),
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './plugins/community-data/index.ts',
    './plugins/data-reference/index.ts',
    './plugins/home/index.ts',
    './plugins/data-facts/index.ts',
    ['./plugins/courses/index.ts', { lessonsPluginId: 'courses' }],
    './plugins/events/index.ts',
    './plugins/partners/index.ts',
    // Providers link to their partner pages.
    ['./plugins/integrations/index.ts', { partnerPagesPath: 'partners' }],
    './plugins/governance/index.ts',
    ['./plugins/content-security-policy/index.ts', { connectSrc: search.connectSrc }],
    './plugins/site-seo/index.ts',
    // ```mermaid blocks, drawn in the browser by Mermaid's prebuilt module (not bundled).
    './plugins/site-diagrams/index.ts',
    './plugins/translation-status/index.ts',
    // Course lessons: Markdown in courses/<course id>/, one sidebar per course.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'courses',
        path: 'courses',
        routeBasePath: 'courses',
        sidebarPath: './sidebarsCourses.ts',
        exclude: ['README.md'],
      },
    ],
    ...search.plugins,
  ],

  themeConfig: {
    ...search.themeConfig,
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: '可观测性社区',
      logo: { alt: '可观测性社区标志', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guides', position: 'left', label: '指南' },
        { to: '/courses/', label: '课程', position: 'left', activeBaseRegex: '^/(en/)?courses/' },
        { to: '/certifications/', label: '认证', position: 'left' },
        { to: '/events/', label: '活动', position: 'left', activeBaseRegex: '^/(en/)?events/' },
        { to: '/partners/', label: '合作伙伴', position: 'left', activeBaseRegex: '^/(en/)?partners/' },
        { to: '/integrations/', label: '集成', position: 'left', activeBaseRegex: '^/(en/)?integrations/' },
        { to: '/governance/', label: '治理', position: 'left', activeBaseRegex: '^/(en/)?governance/' },
        { to: '/blog/', label: '博客', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '参与',
          items: [
            { label: '快速开始', to: '/docs/' },
            { label: '编辑社区数据', to: '/docs/contributing/data-files/' },
            { label: '社区治理', to: '/governance/' },
            { label: '翻译', to: '/docs/contributing/translating/' },
            { label: '翻译状态', to: '/translation-status/' },
          ],
        },
        {
          title: '资料',
          items: [
            { label: '课程目录', to: '/courses/' },
            { label: '学习路径', to: '/courses/path/' },
            { label: '认证', to: '/certifications/' },
            { label: '社区活动', to: '/events/' },
            { label: '集成目录', to: '/integrations/' },
            { label: '合作伙伴', to: '/partners/' },
            { label: '合作伙伴计划', to: '/partners/program/' },
            { label: '数据参考', to: '/reference/data/' },
            { label: '博客', to: '/blog/' },
          ],
        },
      ],
      copyright: `可观测性社区 · 内容以 CC BY 4.0 发布`,
    },
    prism: {
      theme: withContrast(prismThemes.github),
      darkTheme: withContrast(prismThemes.dracula),
      additionalLanguages: ['yaml', 'bash', 'json', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
