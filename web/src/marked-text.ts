/**
 * A document's text cut into its pages and, within each page, into plain runs and the runs where a
 * value was found. Spans that overlap one already marked are left unmarked (one mark per place), and
 * a mark that runs past its page's end stops there.
 */

export interface FoundSpan {
  /** What was found there (a case field's dotted path). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mark'; readonly text: string; readonly key: string };

export interface MarkedPage {
  readonly number: number;
  readonly pieces: readonly Piece[];
}

export interface MarkedText {
  readonly pages: readonly MarkedPage[];
  /** The keys that have a mark in the text. */
  readonly marked: ReadonlySet<string>;
}

export function markText(
  text: string,
  pages: readonly { readonly number: number; readonly start: number; readonly end: number }[],
  spans: readonly FoundSpan[],
): MarkedText {
  const kept = keepApart(
    spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start),
  );
  const bounds = pages.length > 0 ? pages : [{ number: 1, start: 0, end: text.length }];
  const marked = new Set<string>();
  const result = bounds.map((page) => {
    const pieces: Piece[] = [];
    let at = page.start;
    for (const span of kept) {
      if (span.start < page.start || span.start >= page.end) continue;
      if (span.start > at) pieces.push({ kind: 'text', text: text.slice(at, span.start) });
      const end = Math.min(span.end, page.end);
      pieces.push({ kind: 'mark', text: text.slice(span.start, end), key: span.key });
      marked.add(span.key);
      at = end;
    }
    if (page.end > at) pieces.push({ kind: 'text', text: text.slice(at, page.end) });
    return { number: page.number, pieces };
  });
  return { pages: result, marked };
}

/** In text order; a span that overlaps an earlier (or, at the same start, a longer) one is dropped. */
function keepApart(spans: readonly FoundSpan[]): FoundSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundSpan[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
