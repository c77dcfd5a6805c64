import { api, type OpinionCaseView, type TimelineEventView } from './api.js';
import { CaseNotReady, type LoadWords, type NotReady } from './pages/case-load.js';

/** Loading a second-opinion case for its pages: the same states as an appeal case's. */

export const opinionWords: LoadWords = {
  loading: 'Loading the second-opinion case…',
  notFoundTitle: 'Second-opinion case not found',
  notFound:
    'We could not find this case. The link may be wrong, or the case may be in another Overturn.',
  failed: 'We could not load this case.',
};

/** The case as the server shows it (a module-level function: `useCaseLoad` depends on it). */
export const loadOpinionCase = async (id: string): Promise<{ view: OpinionCaseView }> => ({
  view: await api.opinions.get(id),
});

/** The case and its timeline, for the case page. */
export const loadOpinionCaseAndTimeline = async (
  id: string,
): Promise<{ view: OpinionCaseView; events: TimelineEventView[] }> => {
  const [view, events] = await Promise.all([api.opinions.get(id), api.timeline(id)]);
  return { view, events };
};

export function OpinionNotReady({ state, title }: { state: NotReady; title: string }) {
  return <CaseNotReady state={state} title={title} words={opinionWords} />;
}

/** "Second opinion for Ana" with the question under it, on every page of the case. */
export function opinionTitle(view: OpinionCaseView): string {
  return `Second opinion for ${view.secondOpinion.patient.name}`;
}
