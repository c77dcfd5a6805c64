import { useMemo } from 'react';
import type { Draft } from './api.js';
import { fieldAt } from './case-fields.js';
import { HealthRecordDenials } from './health-record-denials.js';
import { useT, type Messages } from './i18n/messages.js';
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
  const words = useT().intake.document;
  const { document: file, reading } = draft;
  const isImage = file.mediaType.startsWith('image/');
  return (
    <section className="panel draft-document" aria-labelledby="document-title">
      <h2 id="document-title">{words.title}</h2>
      <p className="document-name">
        {file.originalName ?? words.yourFile}{' '}
        <a href={file.url} target="_blank" rel="noreferrer">
          {words.openOriginal}
        </a>
      </p>
      {isImage && <img className="document-image" src={file.url} alt={words.imageAlt} />}
      {marked ? (
        <>
          <p className="hint">
            {readingNote(reading.source, words.reading)} {words.found.before}{' '}
            <mark>{words.found.mark}</mark>.
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

function readingNote(
  source: Draft['reading']['source'],
  words: Messages['intake']['document']['reading'],
): string {
  switch (source) {
    case 'ocr':
      return words.ocr;
    case 'pdf-text':
      return words.pdf;
    case 'text':
    case 'fhir':
      return words.file;
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
  const words = useT().intake.document;
  const titleId = `document-page-${page.number}`;
  return (
    <section className="document-page" aria-labelledby={many ? titleId : undefined}>
      {many && (
        <h3 id={titleId} className="page-number">
          {words.page(page.number)}
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
  const label = fieldAt(path, useT())?.label ?? path;
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
  const words = useT().intake.document;
  return (
    <div className="notice">
      <p>{words.healthRecord}</p>
      <HealthRecordDenials draft={draft} />
    </div>
  );
}
