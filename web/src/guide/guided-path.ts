/**
 * What every guided path has (the appeal's, the second opinion's): the steps the progress list
 * shows — the first ones are done before the case exists, on the pages that open it — the steps on
 * the guide's own page, the ones that may wait, and the guide's address for a case.
 */
export interface GuidedPath<S extends A, A extends string = string> {
  /** Every step the progress list shows, in order. */
  readonly all: readonly A[];
  /** The steps on the guide's own page, in order (the tail of `all`). */
  readonly guided: readonly S[];
  /** Steps that may wait: nothing later depends on them being done first. */
  readonly skippable: ReadonlySet<S>;
  /** The guide's address for a case: its step, or (none given) where the person left off. */
  readonly path: (caseId: string, step?: S) => string;
}

/** A path's `path`: `/guide/<kind>/<case>` and the step, if any. */
export const guidePathOf =
  <S extends string>(kind: string) =>
  (caseId: string, step?: S) =>
    `/guide/${kind}/${encodeURIComponent(caseId)}${step ? `/${step}` : ''}`;

export const isGuidedStep = <S extends A, A extends string>(
  path: GuidedPath<S, A>,
  value: string,
): value is S => (path.guided as readonly string[]).includes(value);

/** Where to pick up: the first step neither done nor put off, else the first not done, else the last. */
export function stepToResume<S extends A, A extends string>(
  path: GuidedPath<S, A>,
  isDone: (step: S) => boolean,
  skipped: ReadonlySet<string>,
): S {
  return (
    path.guided.find((step) => !isDone(step) && !skipped.has(step)) ??
    path.guided.find((step) => !isDone(step)) ??
    (path.guided.at(-1) as S)
  );
}
