import path from 'node:path';
import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';

export interface PluginOptions {
  id: string;
  /** Folder of the YAML collections, relative to the site. */
  dataDir: string;
  /** Folder of the JSON Schemas, relative to the site. */
  schemaDir: string;
  /** Where logo and other referenced files must exist. */
  staticDir: string;
  /** Content folders whose Markdown front matter is validated. */
  markdownDirs: string[];
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  dataDir: 'data',
  schemaDir: path.join('data', 'schemas'),
  staticDir: 'static',
  markdownDirs: ['docs', 'blog', 'courses'],
};

const relativeDir = Joi.string().custom((value: string, helpers) => {
  if (path.isAbsolute(value) || value.split(/[\\/]/).includes('..')) return helpers.error('any.invalid');
  return value;
}, 'a folder inside the site').messages({ 'any.invalid': '{{#label}} must be a folder inside the site, e.g. "data"' });

const schema = Joi.object<PluginOptions>({
  dataDir: relativeDir.default(DEFAULT_OPTIONS.dataDir),
  schemaDir: relativeDir.default(DEFAULT_OPTIONS.schemaDir),
  staticDir: relativeDir.default(DEFAULT_OPTIONS.staticDir),
  markdownDirs: Joi.array().items(relativeDir).default(DEFAULT_OPTIONS.markdownDirs),
});

export function validateOptions({ validate, options }: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
