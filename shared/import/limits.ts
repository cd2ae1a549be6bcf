/** Bounds of one import, shared so the renderer refuses early with the same numbers main enforces. */
export const importLimits = {
  /** About twice a 100,000-row CSV with the usual columns. */
  maxFileBytes: 16 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 200,
  /**
   * Bytes per upload request: as base64 (4/3) inside JSON this stays under browser mode's 1 MiB
   * request limit (main/server/app.ts `maxBodyBytes`).
   */
  chunkBytes: 512 * 1024,
  /** Rows shown in the preview's lists; the counts always cover every row. */
  listedProblems: 500,
  listedDuplicates: 500,
  /** Rows of the file shown beside the column mapping. */
  sampleRows: 5,
} as const
