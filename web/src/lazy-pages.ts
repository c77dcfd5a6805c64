import { lazy } from 'react';

/**
 * The pages a person does not need at first sight, each its own chunk, loaded when first opened:
 * the start screen, the case list and the case page stay in the main bundle, so the first load
 * stays small (see bench/web.ts).
 */
export const IntakePage = lazy(() =>
  import('./pages/intake-page.js').then((m) => ({ default: m.IntakePage })),
);
export const CheckDraftPage = lazy(() =>
  import('./pages/check-draft-page.js').then((m) => ({ default: m.CheckDraftPage })),
);
export const NewCasePage = lazy(() =>
  import('./pages/new-case-page.js').then((m) => ({ default: m.NewCasePage })),
);
export const EditCasePage = lazy(() =>
  import('./pages/edit-case-page.js').then((m) => ({ default: m.EditCasePage })),
);
export const DeadlinesPage = lazy(() =>
  import('./pages/deadlines-page.js').then((m) => ({ default: m.DeadlinesPage })),
);
export const LettersPage = lazy(() =>
  import('./pages/letters-page.js').then((m) => ({ default: m.LettersPage })),
);
export const PacketPage = lazy(() =>
  import('./pages/packet-page.js').then((m) => ({ default: m.PacketPage })),
);
export const AppealGuidePage = lazy(() =>
  import('./guide/appeal-guide-page.js').then((m) => ({ default: m.AppealGuidePage })),
);
export const OpinionGuidePage = lazy(() =>
  import('./guide/opinion-guide-page.js').then((m) => ({ default: m.OpinionGuidePage })),
);
export const GlossaryPage = lazy(() =>
  import('./glossary/glossary-page.js').then((m) => ({ default: m.GlossaryPage })),
);
export const OpinionListPage = lazy(() =>
  import('./pages/opinion-list-page.js').then((m) => ({ default: m.OpinionListPage })),
);
export const NewOpinionPage = lazy(() =>
  import('./pages/opinion-new-page.js').then((m) => ({ default: m.NewOpinionPage })),
);
export const OpinionPage = lazy(() =>
  import('./pages/opinion-page.js').then((m) => ({ default: m.OpinionPage })),
);
export const OpinionComparePage = lazy(() =>
  import('./pages/opinion-compare-page.js').then((m) => ({ default: m.OpinionComparePage })),
);
export const OpinionQuestionsPage = lazy(() =>
  import('./pages/opinion-questions-page.js').then((m) => ({ default: m.OpinionQuestionsPage })),
);
