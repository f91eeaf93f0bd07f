/** Banner keys: a path without its trailing slash (docs permalinks have none, the served URL has one). Client-safe. */
export function bannerKey(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}
