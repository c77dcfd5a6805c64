import type { APIRequestContext } from 'playwright-core';
import { guidedAppealSteps } from '../web/src/guide/appeal-steps.js';
import { guidedOpinionSteps } from '../web/src/guide/opinion-steps.js';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';

/** The cases the app's pages are shown with: an appeal opened from a letter, a second opinion. */
export interface ShownCases {
  readonly caseId: string;
  readonly opinionId: string;
}

/**
 * Opens, through the API as the app would, an appeal case from a denial letter (read, then
 * confirmed as read) and a second-opinion case with only what is required.
 */
export async function openShownCases(request: APIRequestContext, url: string): Promise<ShownCases> {
  const file = {
    name: 'denial.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(medicaidDenialLetter),
  };
  const read = await request.post(`${url}/api/intake`, { multipart: { file } });
  const { id } = (await read.json()) as { id: string };
  const confirmed = await request.post(`${url}/api/cases/${encodeURIComponent(id)}/confirm`, {
    data: {},
  });
  if (!confirmed.ok()) throw new Error(`confirming the letter answered ${confirmed.status()}`);
  const opinion = await request.post(`${url}/api/opinions`, {
    data: { patient: { name: 'Dana Okafor' }, question: 'Do I need shoulder surgery?' },
  });
  const { secondOpinion } = (await opinion.json()) as { secondOpinion: { id: string } };
  return { caseId: id, opinionId: secondOpinion.id };
}

/** Every page of the app, with these cases: what the accessibility sweeps visit. */
export function appPages({ caseId, opinionId }: ShownCases): string[] {
  const c = encodeURIComponent(caseId);
  const o = encodeURIComponent(opinionId);
  return [
    '/',
    '/cases',
    '/cases/new',
    `/cases/${c}`,
    `/cases/${c}/edit`,
    `/cases/${c}/letters`,
    `/cases/${c}/packet`,
    ...guidedAppealSteps.map((step) => `/guide/appeal/${c}/${step}`),
    '/intake',
    `/intake/${c}`,
    '/deadlines',
    '/opinions',
    '/opinions/new',
    `/opinions/${o}`,
    `/opinions/${o}/questions`,
    `/opinions/${o}/compare`,
    ...guidedOpinionSteps.map((step) => `/guide/opinion/${o}/${step}`),
    '/words',
    '/no-such-page',
  ];
}
