import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../api.js';
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
  }, [id, load]);
  return [state, setState];
}

/** The page while its case is loading, missing, or failed to load. */
export function CaseNotReady({ state, title }: { state: NotReady; title: string }) {
  switch (state.kind) {
    case 'loading':
      return (
        <>
          <h1>{title}</h1>
          <p role="status">Loading the case…</p>
        </>
      );
    case 'not-found':
      return (
        <NotFoundPage
          title="Case not found"
          message="We could not find this case. The link may be wrong, or the case may be in another Overturn."
        />
      );
    case 'failed':
      return (
        <>
          <h1>{title}</h1>
          <p role="alert" className="problem">
            We could not load this case. {state.message}
          </p>
        </>
      );
  }
}
