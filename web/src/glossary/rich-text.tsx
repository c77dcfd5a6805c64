import { Fragment } from 'react';
import { useT } from '../i18n/messages.js';
import { richTextParts } from './rich-text-parts.js';
import { isTermId, Term } from './term.js';

/**
 * Text from a message file in which `[[term-id|the words shown]]` marks a word of the law: it is
 * shown as a `Term` with its plain meaning. Nothing else in the text is markup, so it is safe for
 * any words. An unknown term id shows its words plainly.
 */
export function RichText({ text }: { text: string }) {
  const t = useT();
  return (
    <>
      {richTextParts(text).map((part, index) =>
        part.kind === 'text' ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : isTermId(part.id, t) ? (
          <Term key={index} id={part.id}>
            {part.words}
          </Term>
        ) : (
          <Fragment key={index}>{part.words}</Fragment>
        ),
      )}
    </>
  );
}
