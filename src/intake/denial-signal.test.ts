import { describe, expect, it } from 'vitest';

import { denialSignal } from './denial-signal.js';
import { extractFields } from './extract-fields.js';
import type { DocumentText } from './extraction.js';

function doc(text: string): DocumentText {
  return { source: 'text', text, pages: [{ number: 1, start: 0, end: text.length }] };
}

function signalOf(text: string): ReturnType<typeof denialSignal> {
  const document = doc(text);
  return denialSignal(document, extractFields(document).fields);
}

const groceryReceipt = `FRESH FIELDS MARKET
1420 Orchard Ave, Springfield, IL 62704
Store #0457   Tel (217) 555-0188
Date: 03/14/2026   Time: 5:42 PM
BANANAS 2.31 lb @ 0.59          1.36
WHOLE MILK 1 GAL                3.89
TOTAL                         $5.25
VISA **** 4421                $5.25
Member savings: $1.20
Thank you for shopping with us!
`;

const recipe = `Grandma's Banana Bread
Serves 8. Bake 60 minutes at 350 F.
3 ripe bananas, mashed; 1/3 cup melted butter; 3/4 cup sugar; 1 egg; 1 1/2 cups flour.
Mix the butter into the bananas, stir in the sugar and egg, add the flour and bake.
`;

const paidEob = `Northgate Health Plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: 05/02/2026
Member: Priya Nair                Member ID: NGH5521038
Claim number: 2026-118-40227      Provider: Lakeside Family Medicine
Date of service   Code    Description          Billed    Plan paid   Not covered   You owe
04/10/2026        99395   Preventive visit     $245.00   $180.00     $0.00         $0.00
Remark codes: CO-45 Charge exceeds fee schedule/maximum allowable.
Your share for this claim: $0.00.
If your claim is denied in whole or in part, you have the right to appeal within 180 days.
`;

const welcomeLetter = `Northgate Health Plan
January 5, 2026
Dear Priya Nair,
Welcome to Northgate Health Plan! Your new member ID card is enclosed. Your coverage begins on
January 1, 2026. If you have questions about your benefits, call Member Services.
`;

const medicalNecessityLetter = `Bluewater Health Plan
October 2, 2026
Member: Jonah Reyes   Member ID: BWH-220914
Reference #: UM-5510923
We reviewed the request for a lumbar spinal fusion (CPT 22630). We are unable to approve this
request because it is not medically necessary: the records do not show six months of
conservative treatment. You have the right to appeal this decision within 180 days.
`;

const eobWithDeniedLine = `Northgate Health Plan
EXPLANATION OF BENEFITS
Member ID: NGH5521038    Claim number: 2026-118-40228
04/12/2026   97110   Therapeutic exercise   $180.00   Plan paid $0.00   CO-197
CO-197: Precertification/authorization absent.
`;

const shortPriorAuthEmail = `Your request for Ozempic has been denied. The drug is not on your plan's formulary.
Ask your doctor about a formulary exception.`;

describe('denialSignal on documents that are not denials', () => {
  it.each([
    ['a grocery receipt', groceryReceipt],
    ['a recipe', recipe],
    ['a paid EOB whose appeal rights are only hypothetical', paidEob],
    ['a welcome letter from a health plan', welcomeLetter],
  ])('says %s is not a denial, and why', (_, text) => {
    const signal = signalOf(text);
    expect(signal.likely).toBe(false);
    expect(signal.confidence).toBeGreaterThanOrEqual(0.6);
    expect(signal.reason).toMatch(/no denial|no words of denial/);
  });
});

describe('denialSignal on denials', () => {
  it('reads a medical-necessity letter by its words and its fields', () => {
    const signal = signalOf(medicalNecessityLetter);
    expect(signal.likely).toBe(true);
    expect(signal.confidence).toBeGreaterThan(0.8);
    expect(signal.reason).toContain('"not medically necessary"');
    expect(signal.reason).toContain('member ID');
  });

  it('reads an EOB by its denial reason code', () => {
    const signal = signalOf(eobWithDeniedLine);
    expect(signal.likely).toBe(true);
    expect(signal.reason).toContain('197');
  });

  it('reads a short message with no fields but two statements of denial', () => {
    const signal = signalOf(shortPriorAuthEmail);
    expect(signal.likely).toBe(true);
    expect(signal.reason).toMatch(/"denied".*"not on the formulary"/);
  });

  it('counts a statement that leaves the patient to pay as worth contesting, with low confidence', () => {
    const text = paidEob.replace(
      'Your share for this claim: $0.00.',
      'Your share for this claim: $65.00.',
    );
    const signal = signalOf(text);
    expect(signal.likely).toBe(true);
    expect(signal.confidence).toBeLessThan(0.6);
    expect(signal.reason).toContain('$65.00');
  });
});

describe('denials worded as upholding or not paying', () => {
  it('reads "uphold the original decision" and "does not pay" as a denial', () => {
    const signal = signalOf(
      'UnitedHealthcare\nMember ID: 962018374\nClaim Number: FN26040118822\n\nWe have decided to uphold the original decision. The plan does not pay for surgery without prior authorization.',
    );
    expect(signal.likely).toBe(true);
  });
});
