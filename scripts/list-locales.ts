/** Prints the site's locales as a JSON array (CI builds one job per locale). */
import path from 'node:path';
import { DEFAULT_LOCALE, discoverLocales } from '../plugins/site-locales/discoverLocales';

console.log(JSON.stringify(discoverLocales(path.resolve(__dirname, '..'), DEFAULT_LOCALE).locales));
