/**
 * The languages Overturn speaks to people in: English, and Spanish for the patient-facing words
 * (the web app, guidance, explanations, letters meant for the person). Legal citations stay as
 * written. No zod here: the web app imports this file, and its bundle stays without a validator.
 */
export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];
