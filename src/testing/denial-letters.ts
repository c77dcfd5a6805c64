/**
 * Small denial letters written for the tests (fictional people, plans and numbers; real codes).
 * Tests that need a whole document to read use these rather than the shared corpus, which CI does
 * not have.
 */

/** A Medicaid managed-care denial that names everything a case needs. */
export const medicaidDenialLetter = `Bluebonnet Community Health Plan
PO Box 4400, Austin, TX 78701

Date of notice: October 14, 2026

NOTICE OF ADVERSE BENEFIT DETERMINATION
Texas Medicaid managed care

Member name: Nguyễn Thị Lan
Medicaid ID: 51-0098-7734
Reference number: PA-2026-10-4471
Requesting provider: Dana Okafor, MD

We reviewed the request for physical therapy (CPT 97110) for diagnosis M54.50.
We denied it because it is not medically necessary: the records do not show that
home exercise was tried first.

You can ask for a plan appeal within 60 days of the date of this letter.
This is not a bill.
`;

/** A commercial claim denial that does not say what kind of plan it is. */
export const claimDenialWithoutProgram = `Harbor Mutual Health
Claims Department, PO Box 9, Portland, ME 04101

March 2, 2026

Patient: José Muñoz
Member ID: HMH-220-119
Claim number: 77120045
Provider: Lakeside Imaging Center
Date of service: 02/10/2026
Amount billed: $2,310.00

Your claim was denied because prior authorization was not obtained before the service.
Adjustment reason CO-197.

You may appeal within 180 days of receiving this notice.
`;

/** Not a denial at all. */
export const groceryList = `Saturday market list
- 2 lb apples
- oat milk
- bread
Call Sam about the picnic at 4 pm.
`;
