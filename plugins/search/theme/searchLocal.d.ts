// The search plugin ships its theme components as untyped JSX.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  import type { ComponentType } from 'react';
  const SearchBar: ComponentType<{ handleSearchBarToggle?: (expanded: boolean) => void }>;
  export default SearchBar;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage' {
  import type { ComponentType } from 'react';
  const SearchPage: ComponentType;
  export default SearchPage;
}
// The plugin's snippet helpers, wrapped by plugins/search/client/.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed.js' {
  export function highlightStemmed(content: string, positions: [number, number][], tokens: string[], maxLength?: number): string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight.js' {
  export function highlight(content: string, tokens: string[], forceMatched?: boolean): string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js' {
  export const searchResultContextMaxLength: number;
}
