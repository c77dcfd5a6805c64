import { useEffect, useRef, type ReactNode } from 'react';
import { RichText } from '../glossary/rich-text.js';
import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';
import { SaveForLater } from './save-for-later.js';
import './guide.css';

/** One step of a guided path, as the progress list shows it. */
export interface StepMark {
  readonly id: string;
  readonly name: string;
  readonly href: string | null;
  readonly state: 'done' | 'skipped' | 'to-do';
  readonly current: boolean;
}

/**
 * The frame of every guided step: where the person is ("Step 4 of 9", and the list of steps with
 * each one's state in words, not colour alone), the step's title and why it matters, the step
 * itself, then the ways on: back, "skip, I'll do it later" where safe, continue, and "save and
 * continue later". The heading takes the focus when the step changes, so screen readers start there.
 */
export function GuideFrame({
  steps,
  title,
  why,
  children,
  back,
  next,
  onSkip,
  wholeCase,
  continueLabel,
  advice,
}: {
  steps: readonly StepMark[];
  title: string;
  why: string;
  children: ReactNode;
  back: string | null;
  next: (() => void) | null;
  onSkip: (() => void) | null;
  wholeCase: { href: string; label: string } | null;
  continueLabel?: string;
  /** The note under each step that this is not advice (legal for an appeal, medical for an opinion). */
  advice: string;
}) {
  const t = useT().guide;
  const heading = useRef<HTMLHeadingElement>(null);
  const index = steps.findIndex((step) => step.current);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <div className="guide">
      <nav className="guide-steps" aria-label={t.stepsLabel}>
        <p className="guide-count">{t.stepOf(index + 1, steps.length)}</p>
        <ol>
          {steps.map((step) => (
            <li
              key={step.id}
              className={`guide-step is-${step.state}${step.current ? ' is-current' : ''}`}
            >
              {step.href && !step.current ? (
                <Link href={step.href}>{step.name}</Link>
              ) : (
                <span aria-current={step.current ? 'step' : undefined}>{step.name}</span>
              )}
              <span className="guide-step-state">
                {step.current ? t.here(t.stepState[step.state]) : t.stepState[step.state]}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="guide-body">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="guide-why">
          <strong>{t.whyLabel}</strong> <RichText text={why} />
        </p>
        {children}
        <div className="guide-nav">
          {back && (
            <Link href={back} className="button secondary">
              {t.back}
            </Link>
          )}
          {onSkip && (
            <button type="button" className="secondary" onClick={onSkip}>
              {t.skip}
            </button>
          )}
          {next && (
            <button type="button" onClick={next}>
              {continueLabel ?? t.next}
            </button>
          )}
        </div>
        <SaveForLater note={t.saveForLaterNote} />
        {wholeCase && (
          <p className="guide-whole">
            <Link href={wholeCase.href}>{wholeCase.label}</Link>
          </p>
        )}
        <p className="guide-advice">{advice}</p>
      </div>
    </div>
  );
}
