import { useState } from 'react';
import type { ReferralStatus } from '../../src/opinions/second-opinion.js';
import { api, type OpinionCase, type OpinionCaseView } from './api.js';
import { useT } from './i18n/messages.js';
import { CoverageFields, coverageInputOf, coverageValuesOf } from './opinion-coverage-fields.js';
import { fieldErrorOf, formProblemOf } from './opinion-errors.js';
import { InputField, SelectField } from './opinion-field.js';
import { OpinionLetter } from './opinion-letter.js';
import { Link } from './router.js';
import { SubmitRow } from './submit-row.js';
import { useDraft, versionOf } from './use-draft.js';
import { useSubmit } from './opinion-submit.js';

/** A rule's source, and "check with your plan" when the rule is not sure for every plan. */
function RuleSource({ citation, verify }: { citation: string | null; verify: boolean }) {
  const w = useT().opinions.coverage;
  return (
    <>
      {citation && <span className="citation">{w.rule(citation)}</span>}
      {verify && (
        <strong className="verify-note">
          <span aria-hidden="true">? </span>
          {w.notSureForPlan}
        </strong>
      )}
    </>
  );
}

/**
 * Having the second opinion covered (`#coverage`): the steps for this plan and state, the rules
 * behind them with their citations, where the referral stands, the letter asking for it, and "My
 * referral was refused", which opens an appeal case in one step.
 */
export function OpinionCoverage({
  view,
  onChanged,
}: {
  view: OpinionCaseView;
  onChanged: (message: string, updated?: OpinionCaseView) => void;
}) {
  const w = useT().opinions.coverage;
  const { coverage, secondOpinion: c } = view;
  return (
    <section
      id="coverage"
      className="panel case-area"
      tabIndex={-1}
      aria-labelledby="coverage-title"
    >
      <h2 id="coverage-title">{w.title}</h2>
      {coverage.referralLikely === true && <p className="notice">{w.referralLikely}</p>}
      <h3>{w.steps}</h3>
      <ol className="coverage-steps">
        {coverage.steps.map((step) => (
          <li key={step.text}>
            <p>{step.text}</p>
            {(step.citation || step.verify) && (
              <p className="hint">
                <RuleSource citation={step.citation} verify={step.verify} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {coverage.thirdOpinion && <p className="notice">{coverage.thirdOpinion}</p>}
      {coverage.rules.length > 0 && (
        <>
          <h3>{w.rulesBehind}</h3>
          <ul className="coverage-rules">
            {coverage.rules.map((rule) => (
              <li key={rule.citation}>
                <p>
                  <strong>{rule.name}.</strong> {rule.summary}
                </p>
                <p className="hint">
                  <RuleSource citation={rule.citation} verify={rule.verify} />
                </p>
              </li>
            ))}
          </ul>
          <p className="disclaimer">{w.disclaimer}</p>
        </>
      )}
      <PlanForm key={`plan-${c.version}`} case={c} onChanged={onChanged} />
      <ReferralStatusForm key={c.version} case={c} onChanged={onChanged} />
      <OpinionLetter caseId={c.id} kind="second-opinion-referral-request" onSaved={onChanged} />
      <ReferralRefused case={c} onChanged={onChanged} />
    </section>
  );
}

/**
 * The plan's details, to change: they choose the steps above, and the letters need the insurer and
 * member ID. Open when those are missing, so a letter's "needs the member ID" leads to the box,
 * and when it holds changes typed earlier and not saved yet (kept in this browser).
 */
function PlanForm({
  case: c,
  onChanged,
}: {
  case: OpinionCase;
  onChanged: (message: string, updated?: OpinionCaseView) => void;
}) {
  const t = useT();
  const w = t.opinions.coverage;
  const saved = coverageValuesOf(c.coverage);
  // Kept with the version of the plan's details it was typed over (not the case's version, which
  // moves with every change, such as the referral's status below): a draft typed over details
  // that changed since is dropped rather than bringing old values back.
  const [values, change, clear] = useDraft(`plan:${c.id}`, saved, { version: versionOf(saved) });
  const { submit, sending, error } = useSubmit(async () => {
    const updated = await api.opinions.update(c.id, {
      version: c.version,
      coverage: coverageInputOf(values, 'change'),
    });
    clear();
    onChanged(w.planSaved, updated);
  });
  // Changes kept from before show at once (decided when the form opens: a box typed back to its
  // saved value must not fold the form away under the cursor).
  const [kept] = useState(() => JSON.stringify(values) !== JSON.stringify(saved));
  return (
    <details
      className="form-toggle plan-form"
      open={!c.coverage.insurer || !c.coverage.memberId || kept}
    >
      <summary>{w.planDetails}</summary>
      <form onSubmit={submit} noValidate>
        <CoverageFields
          prefix="plan"
          values={values}
          onChange={change}
          errorOf={fieldErrorOf(error, 'coverage')}
        />
        <SubmitRow problem={formProblemOf(error, t)} sending={sending} label={w.savePlan} />
      </form>
    </details>
  );
}

function ReferralStatusForm({
  case: c,
  onChanged,
}: {
  case: OpinionCase;
  onChanged: (message: string, updated?: OpinionCaseView) => void;
}) {
  const t = useT();
  const w = t.opinions.coverage;
  const [status, setStatus] = useState<ReferralStatus | ''>(c.referral.status ?? '');
  const { submit, sending, error } = useSubmit(async () => {
    const updated = await api.opinions.update(c.id, {
      version: c.version,
      referralStatus: status || null,
    });
    onChanged(w.referralSaved, updated);
  });
  return (
    <form onSubmit={submit} className="referral-status" aria-labelledby="referral-status-title">
      <h3 id="referral-status-title">{w.referral}</h3>
      <SelectField
        id="referral-status"
        label={w.referralWhere}
        choices={t.opinions.labels.referralStatuses}
        value={status}
        emptyLabel={w.referralNotSure}
        onChange={setStatus}
      />
      <SubmitRow problem={formProblemOf(error, t)} sending={sending} label={w.saveWhere} />
    </form>
  );
}

/** A refused referral is a denial: one step opens an appeal case for it. */
function ReferralRefused({
  case: c,
  onChanged,
}: {
  case: OpinionCase;
  onChanged: (message: string) => void;
}) {
  const t = useT();
  const w = t.opinions.coverage;
  const [reason, setReason] = useState('');
  const [appealCaseId, setAppealCaseId] = useState(c.referral.appealCaseId);
  const { submit, sending, error } = useSubmit(async () => {
    const opened = await api.opinions.referralRefused(c.id, reason);
    setAppealCaseId(opened.appealCaseId);
    onChanged(w.appealOpened);
  });
  if (appealCaseId)
    return (
      <div className="notice">
        <p>{w.hasAppeal}</p>
        <p>
          <Link href={`/cases/${encodeURIComponent(appealCaseId)}`}>{w.goToAppeal}</Link>
        </p>
      </div>
    );
  return (
    <details className="form-toggle referral-refused">
      <summary>{w.refused}</summary>
      <form onSubmit={submit} noValidate>
        <p>{w.refusedAbout}</p>
        <InputField
          id="referral-refused-reason"
          label={w.refusedReason}
          lines={2}
          value={reason}
          onChange={setReason}
        />
        <SubmitRow problem={formProblemOf(error, t)} sending={sending} label={w.openAppeal} />
      </form>
    </details>
  );
}
