/** A packet as built and kept: the cover letter, the exhibits in order, every page numbered. */
export interface Packet {
  readonly id: string;
  readonly caseId: string;
  /** The saved letter on top. */
  readonly letterId: string;
  readonly pages: number;
  readonly exhibits: readonly ExhibitEntry[];
  readonly sha256: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** One line of the exhibit index. */
export interface ExhibitEntry {
  /** "A", "B", … */
  readonly exhibit: string;
  readonly title: string;
  readonly date: string | null;
  readonly firstPage: number;
  readonly lastPage: number;
}
