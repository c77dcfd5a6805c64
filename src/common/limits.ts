/** Shared size limits, in one place so the API, the CLI and the web app agree. */
export const limits = {
  /** Names of people, plans, providers. */
  name: 200,
  /** Identifiers printed on letters: member ID, claim number, group number. */
  identifier: 64,
  /** A one-line description such as the service that was denied. */
  shortText: 500,
  /** The insurer's stated reason, a note on the timeline. */
  longText: 10_000,
  /** Procedure or diagnosis codes on one case. */
  codesPerCase: 50,
  /** The largest amount of money a case may record, in dollars. */
  maxAmountDollars: 10_000_000,
  /** JSON request bodies (uploads have their own limit, set by the documents capability). */
  jsonBodyBytes: 256 * 1024,
  /** Page sizes when listing. */
  defaultPageSize: 50,
  maxPageSize: 100,
} as const;
