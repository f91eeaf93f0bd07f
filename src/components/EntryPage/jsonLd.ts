/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify
 * alone is not safe there: a string containing `</script>` or `<!--` would end
 * or change the script element. Escaping `<`, `>` and `&` as JSON unicode
 * escapes keeps the value identical for a JSON parser. U+2028/U+2029 are
 * escaped too, for consumers that evaluate the text as JavaScript.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An absolute URL for a site path, for JSON-LD (`siteUrl` has no trailing slash, `path` starts with one). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
