import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT, type Messages } from '../i18n/messages.js';
import './glossary.css';

export type TermId = keyof Messages['glossary']['terms'];

export const isTermId = (value: string, t: Messages): value is TermId =>
  Object.hasOwn(t.glossary.terms, value);

/**
 * A word of the law with its plain meaning a tap or a hover away (a "toggletip"): the button
 * opens it, Escape or a second tap closes it, moving the pointer onto the explanation keeps it
 * open (WCAG 1.4.13), and a screen reader hears it as it opens.
 */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  const t = useT().glossary;
  // Shown while the pointer rests on it, or once tapped or clicked (until tapped again or Escape).
  const [hovered, setHovered] = useState(false);
  const [pinned, setPinned] = useState(false);
  const open = hovered || pinned;
  const close = () => {
    setHovered(false);
    setPinned(false);
  };
  const tipId = useId();
  const box = useRef<HTMLSpanElement>(null);
  const term = t.terms[id];

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onOutside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, [open]);

  return (
    <span
      className="term"
      ref={box}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        type="button"
        className="term-word"
        aria-expanded={open}
        aria-controls={tipId}
        // A click on a meaning shown by hovering keeps it; a second click puts it away.
        onClick={() => (pinned ? close() : setPinned(true))}
      >
        {children}
        <span className="visually-hidden"> ({t.whatIs(term.word)})</span>
      </button>
      <span id={tipId} className="term-tip" role="status">
        {open && (
          <>
            <strong>{term.word}:</strong> {term.plain}
          </>
        )}
      </span>
    </span>
  );
}
