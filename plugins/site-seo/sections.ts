/**
 * The site's sections, each with its own social-card (Open Graph) image in
 * static/img/og/<id>.jpg, made by `npm run og-images`. A page belongs to the
 * section named by the first segment of its path (after the base URL and the
 * locale); anything else is the home section.
 */
export const SECTIONS = [
  { id: 'home', zh: '可观测性社区', en: 'Observability Community' },
  { id: 'docs', zh: '指南', en: 'Guides' },
  { id: 'courses', zh: '课程', en: 'Courses' },
  { id: 'certifications', zh: '认证', en: 'Certifications' },
  { id: 'events', zh: '活动', en: 'Events' },
  { id: 'partners', zh: '合作伙伴', en: 'Partners' },
  { id: 'integrations', zh: '集成', en: 'Integrations' },
  { id: 'governance', zh: '社区治理', en: 'Governance' },
  { id: 'blog', zh: '博客', en: 'Blog' },
  { id: 'reference', zh: '数据参考', en: 'Data reference' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

const IDS = new Set<string>(SECTIONS.map((s) => s.id));

/** The section of a page, from its pathname. */
export function sectionOf(pathname: string, baseUrl: string, localePaths: readonly string[]): SectionId {
  let rest = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, '');
  const [first = '', second = ''] = rest.split('/');
  if (localePaths.includes(first)) rest = second;
  else rest = first;
  return IDS.has(rest) ? (rest as SectionId) : 'home';
}

/** The site path of a section's social-card image. */
export function socialCardPath(section: SectionId): string {
  return `img/og/${section}.jpg`;
}

/** robots.txt: everything may be crawled; one sitemap per locale. */
export function robotsTxt(siteUrl: string, baseUrl: string, localePaths: readonly string[]): string {
  const origin = siteUrl.replace(/\/$/, '');
  const sitemaps = ['', ...localePaths.map((p) => `${p}/`)].map((prefix) => `Sitemap: ${origin}${baseUrl}${prefix}sitemap.xml`);
  return ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n');
}
