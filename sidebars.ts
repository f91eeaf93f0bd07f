import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: [
    'intro',
    {
      type: 'category',
      label: '参与贡献',
      collapsed: false,
      items: ['contributing/data-files', 'contributing/translating'],
    },
  ],
};

export default sidebars;
