/** All of the app's words in English, by part. Each part's file is owned by that part's pages. */
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

export const en = {
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
