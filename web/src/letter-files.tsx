import type { LetterView } from './api.js';
import { letterKindName } from './letter-kinds.js';

/** The saved letter's files: the PDF to print or fax, a Word file to change, and plain text. */
export function LetterFiles({ letter }: { letter: LetterView }) {
  const which = (
    <span className="visually-hidden">
      {' '}
      of {letterKindName(letter.kind)}, version {letter.version}
    </span>
  );
  return (
    <p className="file-links">
      <a href={letter.pdfUrl} download>
        Download PDF{which}
      </a>
      <a href={letter.docxUrl} download>
        Word file{which}
      </a>
      <a href={letter.textUrl}>Plain text{which}</a>
    </p>
  );
}
