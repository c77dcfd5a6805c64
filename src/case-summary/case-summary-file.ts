/** A file name for a case summary: a short piece of the case id, nothing personal. */
export function caseSummaryFileName(caseId: string): string {
  const safe = caseId.replace(/[^A-Za-z0-9]/g, '');
  // UUIDv7 ids start with the time; their end tells cases made the same day apart.
  return `case-summary-${safe.slice(-8) || 'case'}.pdf`;
}
