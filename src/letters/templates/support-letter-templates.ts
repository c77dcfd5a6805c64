import type { LetterKind, LetterTemplate } from '../letter.js';
import { claimFileRequest } from './claim-file-request.js';
import { medicalNecessityLetter } from './medical-necessity-letter.js';
import { medicalNecessityRequest } from './medical-necessity-request.js';
import { recordsRequest } from './records-request.js';
import { regulatorComplaint } from './regulator-complaint.js';

/**
 * The letters that support an appeal rather than make it: the claim file and records requests,
 * the doctor's letter of medical necessity (and the note asking for it), and the complaint to the
 * regulator. The full registry (src/letters/letter-templates.ts) spreads these in.
 */
export const supportLetterTemplates = {
  'claim-file-request': claimFileRequest,
  'medical-necessity-request': medicalNecessityRequest,
  'medical-necessity-letter': medicalNecessityLetter,
  'regulator-complaint': regulatorComplaint,
  'records-request': recordsRequest,
} as const satisfies Partial<Record<LetterKind, LetterTemplate>>;
