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
