import { api, type OpinionCaseView, type TimelineEventView } from './api.js';
import { useT, type Messages } from './i18n/messages.js';
import type { Lang } from './i18n/language.js';
import { CaseNotReady, type NotReady } from './pages/case-load.js';

/**
 * Loading a second-opinion case for its pages: the same states as an appeal case's. The server
 * words what it works out (steps, scripts, questions) in the language asked for, so each loader
 * comes once per language: a page picks the current one's, and loads again when it changes.
 */

/** A module-level loader per language (`useCaseLoad` depends on the loader's identity). */
export const perLang = <T,>(
  load: (id: string, lang: Lang) => Promise<T>,
): Readonly<Record<Lang, (id: string) => Promise<T>>> => ({
  en: (id) => load(id, 'en'),
  es: (id) => load(id, 'es'),
});

/** The case as the server shows it. */
export const loadOpinionCase = perLang(async (id, lang): Promise<{ view: OpinionCaseView }> => ({
  view: await api.opinions.get(id, lang),
}));

/** The case and its timeline, for the case page. */
export const loadOpinionCaseAndTimeline = perLang(
  async (id, lang): Promise<{ view: OpinionCaseView; events: TimelineEventView[] }> => {
    const [view, events] = await Promise.all([api.opinions.get(id, lang), api.timeline(id)]);
    return { view, events };
  },
);

export function OpinionNotReady({ state, title }: { state: NotReady; title: string }) {
  const t = useT();
  return <CaseNotReady state={state} title={title} words={t.opinions.load} />;
}

/** "Second opinion for Ana" with the question under it, on every page of the case. */
export function opinionTitle(t: Messages, view: OpinionCaseView): string {
  return t.opinions.titleFor(view.secondOpinion.patient.name);
}
