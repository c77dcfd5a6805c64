import { z } from 'zod';
import { langs } from './lang.js';

/** `?lang=es` on a route that words things for people; absent means English. */
export const langField = z
  .enum(langs, { error: () => 'must be "en" or "es"' })
  .optional()
  .describe('The language of the plain-language words: en (default) or es');
