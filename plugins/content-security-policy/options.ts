import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';

export interface PluginOptions {
  id: string;
  /** Origins the pages fetch from besides the site itself, e.g. Algolia's when DocSearch is on. */
  connectSrc: string[];
}

export type Options = Partial<PluginOptions>;

const origin = Joi.string()
  .pattern(/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i)
  .messages({ 'string.pattern.base': '{{#label}} must be an https origin such as "https://*.algolia.net", without a path' });

const schema = Joi.object<PluginOptions>({
  connectSrc: Joi.array().items(origin).default([]),
});

export function validateOptions({ validate, options }: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
