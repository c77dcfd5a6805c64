import { useMemo } from 'react';
import type { Draft } from './api.js';
import { fieldAt } from './case-fields.js';
import { HealthRecordDenials } from './health-record-denials.js';
import { markText, type MarkedText } from './marked-text.js';

/**
 * The document a person uploaded, beside the fields read from it: the text as it was read, split
 * into pages, with each value found wrapped in a mark; the picture itself for a photo or scan; and
 * the original file one click away.
 */

/** The element id of the mark where the value of a case field was found. */
export const markId = (path: string) => `found-${path.replace('.', '-')}`;

/** The draft's text with a mark for each field found in it (none for a health-record file). */
export function useMarkedText(draft: Draft): MarkedText | null {
  return useMemo(() => {
    if (draft.reading.text === null) return null;
    const spans = draft.review.flatMap((r) =>
      r.source ? [{ key: r.path, start: r.source.start, end: r.source.end }] : [],
    );
    return markText(draft.reading.text, draft.reading.pages, spans);
  }, [draft]);
}

export function DraftDocument({
  draft,
  marked,
  active,
}: {
  draft: Draft;
  marked: MarkedText | null;
  /** The field being checked: its mark stands out. */
  active: string | null;
}) {
  const { document: file, reading } = draft;
  const isImage = file.mediaType.startsWith('image/');
  return (
    <section className="panel draft-document" aria-labelledby="document-title">
      <h2 id="document-title">Your document</h2>
      <p className="document-name">
        {file.originalName ?? 'Your file'}{' '}
        <a href={file.url} target="_blank" rel="noreferrer">
          Open the original file
        </a>
      </p>
      {isImage && (
        <img className="document-image" src={file.url} alt="The photo or scan you added." />
      )}
      {marked ? (
        <>
          <p className="hint">
            {readingNote(reading.source)} What we found is <mark>marked like this</mark>.
          </p>
          {marked.pages.map((page) => (
            <DocumentPage
              key={page.number}
              page={page}
              many={marked.pages.length > 1}
              active={active}
            />
          ))}
        </>
      ) : (
        <HealthRecordNote draft={draft} />
      )}
    </section>
  );
}

function readingNote(source: Draft['reading']['source']): string {
  switch (source) {
    case 'ocr':
      return 'A computer read this text from the picture, so it can have mistakes. Compare it with the letter.';
    case 'pdf-text':
      return 'This is the text of the PDF.';
    case 'text':
    case 'fhir':
      return 'This is the text of the file.';
  }
}

function DocumentPage({
  page,
  many,
  active,
}: {
  page: MarkedText['pages'][number];
  many: boolean;
  active: string | null;
}) {
  const titleId = `document-page-${page.number}`;
  return (
    <section className="document-page" aria-labelledby={many ? titleId : undefined}>
      {many && (
        <h3 id={titleId} className="page-number">
          Page {page.number}
        </h3>
      )}
      <div className="document-text">
        {page.pieces.map((piece, index) =>
          piece.kind === 'text' ? (
            piece.text
          ) : (
            <FoundMark key={index} path={piece.key} text={piece.text} active={active} />
          ),
        )}
      </div>
    </section>
  );
}

function FoundMark({ path, text, active }: { path: string; text: string; active: string | null }) {
  const label = fieldAt(path)?.label ?? path;
  return (
    <>
      <mark
        id={markId(path)}
        tabIndex={-1}
        title={label}
        className={active === path ? 'active' : undefined}
      >
        {text}
      </mark>
      <span className="visually-hidden"> ({label})</span>
    </>
  );
}

function HealthRecordNote({ draft }: { draft: Draft }) {
  return (
    <div className="notice">
      <p>
        These details came from a health-record file, not from a letter, so there is no text to
        show.
      </p>
      <HealthRecordDenials draft={draft} />
    </div>
  );
}
