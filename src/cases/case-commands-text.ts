import { fieldList, textTable } from '../cli/text-table.js';
import { describeEvent } from '../timeline/timeline-wording.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import type { Case } from './case.js';
import type { CaseView } from './case-presenter.js';

/** How a case reads in a terminal. */
const money = (value: number | null) => (value === null ? null : `$${value.toFixed(2)}`);

export function caseText(view: CaseView): string {
  return fieldList([
    ['Case', view.id],
    ['Status', view.statusLabel],
    ['Next deadline', view.nextDeadline],
    ['Patient', view.patient.name],
    ['Date of birth', view.patient.dateOfBirth],
    ['Insurer', view.plan.insurer],
    ['Plan', view.plan.planName],
    ['Program', view.plan.program],
    ['Funding', view.plan.funding],
    ['Network', view.plan.networkType],
    ['State', view.plan.state],
    ['Member ID', view.plan.memberId],
    ['Group number', view.plan.groupNumber],
    ['Claim number', view.claim.claimNumber],
    ['Service date', view.claim.serviceDate],
    ['Provider', view.claim.provider],
    ['Service', view.claim.serviceDescription],
    ['Procedure codes', view.claim.procedureCodes.join(', ')],
    ['Diagnosis codes', view.claim.diagnosisCodes.join(', ')],
    ['Amount billed', money(view.claim.amountBilled)],
    ['You may owe', money(view.claim.patientResponsibility)],
    ['Notice type', view.denial.noticeType],
    ['Notice date', view.denial.noticeDate],
    ['Received', view.denial.receivedDate],
    ['Which notice', view.denial.noticeStage],
    ['Urgency', view.denial.urgency],
    ['Plan got appeal', view.denial.appealFiledAt],
    ['Denial reason', view.denial.category],
    ["Plan's words", view.denial.statedReason],
  ]);
}

export const nextStepsText = (view: CaseView) =>
  view.allowedNextStatuses.length === 0
    ? 'This case is finished; its status cannot change.'
    : `Next steps (overturn case status ${view.id} STEP):\n${view.allowedNextStatuses
        .map((s) => `  ${s.status.padEnd(34)} ${s.label}`)
        .join('\n')}`;

const localTime = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function timelineText(c: Case, events: readonly TimelineEvent[]): string {
  return textTable(
    ['When', 'Who', 'What'],
    events.map((e) => [localTime(e.at), e.actor.name, describeEvent(e.data, c.plan.program)]),
  );
}
