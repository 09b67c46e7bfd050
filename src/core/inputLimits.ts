/**
 * How large a file the tool reads, on the command line and the web page alike, checked before it is read
 * (a workbook's parts have limits of their own: `src/xlsx/packageLimits.ts`). A workbook of 150,000 cases
 * is some 15 MB packed; a CSV of as many cases with comments some 40 MB; a codebook file a few kilobytes.
 */
export const FILE_LIMITS = {
  workbookBytes: 200e6,
  csvBytes: 100e6,
  codebookBytes: 5e6,
} as const;
