/**
 * The choices both renderers (the package writer and Office.js) make the same way, in one place: what a user sees
 * must not depend on which one wrote the workbook. Colours are RGB hex without '#'.
 */
export const RENDERING = {
  validationErrorTitle: 'Ogiltigt värde',
  /** Excel's header/footer codes: page number of pages. */
  pageFooter: 'Sida &P av &N',
  tableStyle: 'TableStyleLight9',
  colors: {
    heading: '1F4E79',
    band: 'DDEBF7',
    onHeading: 'FFFFFF',
    note: '595959',
    /** The stale-masking warning: dark red, readable in print. */
    warning: '9C0006',
  },
} as const;
