import type { LetterView } from './api.js';
import { useT } from './i18n/messages.js';
import { letterKindName } from './letter-kinds.js';

/** The saved letter's files: the PDF to print or fax, a Word file to change, and plain text. */
export function LetterFiles({ letter }: { letter: LetterView }) {
  const t = useT();
  const w = t.letters.files;
  const which = (
    <span className="visually-hidden">
      {' '}
      {w.which(letterKindName(t, letter.kind), letter.version)}
    </span>
  );
  return (
    <p className="file-links">
      <a href={letter.pdfUrl} download>
        {w.pdf}
        {which}
      </a>
      <a href={letter.docxUrl} download>
        {w.word}
        {which}
      </a>
      <a href={letter.textUrl}>
        {w.text}
        {which}
      </a>
    </p>
  );
}
