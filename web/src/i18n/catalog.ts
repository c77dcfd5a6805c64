import type { en } from './en/index.js';

/**
 * The shape of the app's words: English's. A Spanish file that misses a key or a parameter does
 * not compile. (Its own file, so the Spanish files can name it without importing the loader.)
 */
export type Messages = typeof en;
