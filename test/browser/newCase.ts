import type { Page } from 'playwright-core';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { BuiltInKey, VariableKey } from '../../src/core/codebook/types';

export const NEW_CASE_ID = 'NY-001';

/**
 * What is typed into each field. A drop-down takes the first letters of its label, as a keyboard user
 * picks an option; a date is typed as written, the dashes moving on from year to month to day; an empty entry leaves the field as it is.
 */
const TYPED: Record<VariableKey, string> = {
  caseId: NEW_CASE_ID,
  unit: 'V',
  gender: 'K',
  age: '34',
  children: 'N',
  drug: 'Alk',
  severity: 'B',
  actualisedOn: '2019-03-15',
  investigated: 'J',
  investigationClosedOn: '2019-05-02',
  interventionDecided: 'J',
  interventionType: 'R',
  completion: 'F',
  closingReason: 'P',
  closedOn: '2019-11-15',
  situation: 'F',
  reactualisation: 'I',
  comment: '',
};

/** The label of the focused control, as a screen reader would start it (without the required mark). */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    const labelled =
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement
        ? element.labels?.[0]?.textContent
        : element.textContent;
    return (labelled ?? '').replace(/\s*\*\s*$/, '').trim();
  });

/**
 * Fills the form from its first field to its save button with Tab and typing only, then presses Enter.
 * Returns the labels focus passed through, to compare with the codebook's order.
 */
export async function typeNewCase(
  page: Page,
  beforeSave: () => Promise<unknown> = async () => undefined,
): Promise<{ focusOrder: string[]; expectedOrder: string[] }> {
  const idField = page.getByRole('textbox', { name: 'Ärende-ID' });
  await idField.waitFor();
  await idField.focus();
  const focusOrder: string[] = [];
  for (const variable of DEFAULT_CODEBOOK.variables) {
    focusOrder.push(await focusedLabel(page));
    const typed = TYPED[variable.key as BuiltInKey];
    if (typed !== '') await page.keyboard.type(typed, { delay: 20 });
    await page.keyboard.press('Tab');
  }
  focusOrder.push(await focusedLabel(page));
  await beforeSave();
  await page.keyboard.press('Enter');
  return {
    focusOrder,
    expectedOrder: [...DEFAULT_CODEBOOK.variables.map((v) => v.name), 'Spara och nästa'],
  };
}
