/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { stringsFor } from '../../src/taskpane/strings';
import { WebPage } from '../../src/web/WebPage';
import { localFiles } from '../../src/web/files/localFiles';
import { today } from '../../src/taskpane/browser';
import { webStringsFor } from '../../src/web/webStrings';

jest.setTimeout(60_000);

function renderPage() {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  render(
    <WebPage
      strings={stringsFor('sv-SE')}
      webStrings={webStringsFor('sv-SE')}
      files={async () => localFiles(today)}
      saveBytes={(bytes, name) => downloads.push({ bytes, name })}
    />,
  );
  return downloads;
}

describe('the web page on a workbook file', () => {
  it('opens the example into a case list, edits a case from it, and downloads the workbook', async () => {
    const user = userEvent.setup();
    const downloads = renderPage();
    await user.click(screen.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }));
    await screen.findByText(/Exemplet är öppnat: 79 fiktiva ärenden/);
    const list = await screen.findByRole('table', { name: 'Ärenden' });
    expect(within(list).getAllByRole('row')).toHaveLength(80);
    screen.getByText('Ändringar som inte är nedladdade.');

    await user.click(screen.getByRole('button', { name: 'Redigera ärendet på rad 5' }));
    await screen.findByText('Redigerar ärendet på rad 5.');
    expect(screen.getByRole('textbox', { name: /Ärende-ID/ })).toHaveProperty('value', 'FIKTIV-V-003');

    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsboken' }));
    await screen.findByText('exempel-uppfoljning.xlsx är nedladdad.');
    screen.getByText('Allt är nedladdat.');
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(Buffer.from(downloads[0]!.bytes));
    expect(downloaded.getWorksheet('Ärenden')?.getCell('A5').value).toBe('FIKTIV-V-003');
  });

  it('shows the whole case row beside a problem, its cell marked', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }));
    await user.click(await screen.findByRole('tab', { name: 'Kontrollera' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera ärendena' }));
    const slip = (await screen.findByText('Ärenden!C5')).closest('li')!;
    await user.click(within(slip as HTMLElement).getByRole('button', { name: 'Visa cellen' }));
    const shown = await within(slip as HTMLElement).findByLabelText('Ärendet på rad 5');
    expect(within(shown).getByText('man').tagName).toBe('MARK');
    within(shown).getByText('FIKTIV-V-003');
  });

  it('says in Swedish that a file is no workbook, and keeps the page usable', async () => {
    const user = userEvent.setup();
    renderPage();
    const input = screen.getByLabelText('Öppna en .xlsx-fil', { selector: 'input' });
    await user.upload(input, new File(['inte en arbetsbok'], 'anteckningar.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/går inte att öppna som Excel-arbetsbok/);
    screen.getByRole('button', { name: 'Ny uppföljning' });
  });
});
