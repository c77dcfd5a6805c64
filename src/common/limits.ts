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
  /** JSON request bodies (uploads have their own limit: `maxUploadBytes` in the config). */
  jsonBodyBytes: 256 * 1024,
  /** The largest document intake accepts unless `OVERTURN_MAX_UPLOAD_MB` says otherwise. */
  defaultMaxUploadBytes: 25 * 1024 * 1024,
  /**
   * Pages of a scanned PDF read by OCR (a few seconds each): a denial letter or an EOB runs 1–6 pages,
   * and a longer scan is usually a whole record, of which only the letter's pages matter.
   */
  ocrPages: 20,
  /** A backup restored over HTTP (`POST /api/backup`): the whole data set, documents included. */
  backupUploadBytes: 2 * 1024 * 1024 * 1024,
  /** Page sizes when listing. */
  defaultPageSize: 50,
  maxPageSize: 100,
} as const;
