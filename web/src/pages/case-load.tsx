import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../api.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { NotFoundPage } from './not-found-page.js';

/** Loading one case for a page: the states it goes through, and what the page shows until it is ready. */

export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed'; readonly message: string }
  | ({ readonly kind: 'ready' } & T);

export type NotReady = Exclude<Loaded<object>, { kind: 'ready' }>;

/** Loads what a page needs of case `id`; `load` should be a module-level function (it is a dependency). */
export function useCaseLoad<T extends object>(
  id: string,
  load: (id: string) => Promise<T>,
): [Loaded<T>, Dispatch<SetStateAction<Loaded<T>>>] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  // Some of what the server sends is worded in the app's language: a switch loads it again.
  const lang = useLang();
  useEffect(() => {
    let current = true;
    load(id).then(
      (value) => current && setState({ kind: 'ready', ...value }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.status === 404) setState({ kind: 'not-found' });
        else setState({ kind: 'failed', message: (error as Error).message });
      },
    );
    return () => {
      current = false;
    };
  }, [id, load, lang]);
  return [state, setState];
}

/** How a page names what it loads, while it loads, and when it is missing or failed. */
export interface LoadWords {
  readonly loading: string;
  readonly notFoundTitle: string;
  readonly notFound: string;
  readonly failed: string;
}

/**
 * The page while its case (or what else `words` names) is loading, missing, or failed to load;
 * without `words`, a case's (`cases.load` in the message files).
 */
export function CaseNotReady({
  state,
  title,
  words: pageWords,
}: {
  state: NotReady;
  title: string;
  words?: LoadWords;
}) {
  const caseWords: LoadWords = useT().cases.load;
  const words = pageWords ?? caseWords;
  switch (state.kind) {
    case 'loading':
      return (
        <>
          <h1>{title}</h1>
          <p role="status">{words.loading}</p>
        </>
      );
    case 'not-found':
      return <NotFoundPage title={words.notFoundTitle} message={words.notFound} />;
    case 'failed':
      return (
        <>
          <h1>{title}</h1>
          <p role="alert" className="problem">
            {words.failed} {state.message}
          </p>
        </>
      );
  }
}
