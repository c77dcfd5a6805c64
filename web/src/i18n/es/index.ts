import type { Messages } from '../catalog.js';
import { common } from './common.js';
import { home } from './home.js';
import { guide } from './guide.js';
import { glossary } from './glossary.js';
import { cases } from './cases.js';
import { intake } from './intake.js';
import { documents } from './documents.js';
import { deadlines } from './deadlines.js';
import { calls } from './calls.js';
import { letters } from './letters.js';
import { opinions } from './opinions.js';

/** Todas las palabras de la aplicación en español, por parte (loaded as its own chunk). */
export const es: Messages = {
  common,
  home,
  guide,
  glossary,
  cases,
  intake,
  documents,
  deadlines,
  calls,
  letters,
  opinions,
};
