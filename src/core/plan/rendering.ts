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

/** Excel allows 255 characters in a page header, codes included. */
const MAX_HEADER_LENGTH = 255;

/**
 * A page header's left and right sections in Excel's codes: the follow-up's name bold on the left, the
 * period on the right. An `&` in the text is doubled (a single one starts a code); a name too long for the
 * header is cut with an ellipsis. Office.js sets the sections one by one; a file joins them (pageHeaderCodes).
 */
export function pageHeaderSections(header: { readonly left: string; readonly right: string }): {
  left: string;
  right: string;
} {
  const escape = (s: string) => s.replace(/&/g, '&&');
  const right = escape(header.right);
  const bold = '&"-,Bold"';
  const room = MAX_HEADER_LENGTH - '&L&R'.length - bold.length - right.length;
  let left = escape(header.left);
  if (left.length > room) left = `${left.slice(0, Math.max(0, room - 1)).replace(/&+$/, '')}…`;
  return { left: `${bold}${left}`, right };
}

export function pageHeaderCodes(header: { readonly left: string; readonly right: string }): string {
  const { left, right } = pageHeaderSections(header);
  return `&L${left}&R${right}`;
}
