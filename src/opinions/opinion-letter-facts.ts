import type { LetterLang, LetterResult, MissingFact, Sender } from '../letters/letter.js';
import { filledLines, missingOf, senderOf } from '../letters/letter-facts.js';
import type { Opinion } from './opinion.js';
import type { OpinionLetterFacts, OpinionLetterKind, ReferralAddressee } from './opinion-letter.js';
import { writeOpinionRecordsRequest } from './opinion-records-letter.js';
import { writeReferralRequest } from './referral-request-letter.js';
import type { SecondOpinionCase } from './second-opinion.js';

export { opinionLetterKinds, referralAddressees } from './opinion-letter.js';
export type { OpinionLetterFacts, OpinionLetterKind, ReferralAddressee } from './opinion-letter.js';

/**
 * A second-opinion case → the facts its letters are written from, what each kind still needs, and
 * the letter itself. As with an appeal's letters (src/letters/letter-facts.ts), the patient signs
 * unless someone else does, and what the case does not hold (today, the recipient, the specialist)
 * comes from the person.
 */
export function opinionLetterFactsOf(
  sc: SecondOpinionCase,
  first: Opinion | null,
  {
    today,
    sender,
    recipient = [],
    specialist = null,
    to,
  }: {
    today: string;
    sender?: Partial<Sender>;
    recipient?: readonly string[];
    specialist?: string | null;
    /**
     * Who the referral request asks. Default: the primary doctor when the recipient lines name
     * the plan's primary doctor, else the plan.
     */
    to?: ReferralAddressee;
  },
): OpinionLetterFacts {
  return {
    today,
    patient: { name: sc.patient.name, dateOfBirth: sc.patient.dateOfBirth },
    sender: senderOf(sc.patient.name, sender),
    coverage: sc.coverage,
    question: sc.question,
    questionKind: sc.questionKind,
    condition: sc.condition,
    firstOpinion: {
      doctor: first?.doctor ?? null,
      institution: first?.institution ?? null,
      diagnosis: first?.diagnosis ?? null,
      treatment: first?.treatment ?? null,
    },
    specialist: specialist?.trim() || null,
    recipient: filledLines(recipient),
    addressee: to ?? addresseeOf(sc.coverage.primaryDoctor, recipient),
  };
}

/** Lines that name the primary doctor ("Dr. Mia Chen", "Oak Practice") are written to them. */
function addresseeOf(
  primaryDoctor: string | null,
  recipient: readonly string[],
): ReferralAddressee {
  const doctor = primaryDoctor?.trim().toLowerCase();
  return doctor && recipient.some((line) => line.toLowerCase().includes(doctor))
    ? 'primary-doctor'
    : 'plan';
}

const patientName: MissingFact = { path: 'patient.name', label: 'patient’s name' };

/** What each kind cannot be written without (dotted paths into `OpinionLetterFacts`). */
function requiresOf(kind: OpinionLetterKind, facts: OpinionLetterFacts): MissingFact[] {
  const addressed = facts.recipient.length > 0;
  switch (kind) {
    case 'second-opinion-referral-request':
      return [
        patientName,
        { path: 'coverage.insurer', label: 'insurer' },
        { path: 'coverage.memberId', label: 'member ID' },
        ...(facts.addressee === 'primary-doctor' && !addressed
          ? [{ path: 'coverage.primaryDoctor', label: 'primary care doctor' }]
          : []),
      ];
    case 'records-request':
      // The recipient lines stand in for the first doctor's office.
      return [
        patientName,
        ...(addressed
          ? []
          : [{ path: 'firstOpinion.institution', label: 'first doctor’s office or hospital' }]),
      ];
  }
}

/** What the letter needs that the facts lack; empty when it can be written. */
export function missingOpinionFacts(
  kind: OpinionLetterKind,
  facts: OpinionLetterFacts,
): MissingFact[] {
  return missingOf(requiresOf(kind, facts), facts);
}

export function writeOpinionLetter(
  kind: OpinionLetterKind,
  facts: OpinionLetterFacts,
  lang: LetterLang,
): LetterResult {
  switch (kind) {
    case 'second-opinion-referral-request':
      return writeReferralRequest(facts, lang);
    case 'records-request':
      return writeOpinionRecordsRequest(facts, lang);
  }
}
