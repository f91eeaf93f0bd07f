import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The `lang` of untranslated data text: the source locale's, which the YAML is written in. */
export function useSourceLang(): string {
  const { i18n } = useDocusaurusContext();
  return i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
}
