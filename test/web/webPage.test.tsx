/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { stringsFor } from '../../src/taskpane/strings';
import { WebPage } from '../../src/web/WebPage';
import type { Recovery, RecoveryStore } from '../../src/web/files/recovery';
import { localFiles } from '../../src/web/files/localFiles';
import { today } from '../../src/taskpane/browser';
import { webStringsFor } from '../../src/web/webStrings';

jest.setTimeout(60_000);

function renderPage(recovery?: RecoveryStore) {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const page = render(
    <WebPage
      strings={stringsFor('sv-SE')}
      webStrings={webStringsFor('sv-SE')}
      files={async () => localFiles(today)}
      saveBytes={(bytes, name) => downloads.push({ bytes, name })}
      {...(recovery ? { recovery } : {})}
    />,
  );
  return Object.assign(downloads, { unmount: page.unmount });
}

/** A recovery store in memory, as IndexedDB is in the browser: what one visit keeps, the next finds. */
function memoryRecovery(): RecoveryStore & { kept: Recovery | null } {
  const store = {
    kept: null as Recovery | null,
    keep: async (r: Recovery) => void (store.kept = r),
    find: async () => store.kept,
    forget: async () => void (store.kept = null),
  };
  return store;
}

describe('unsaved work on the web page (issue 13)', () => {
  it('is kept a moment after a change, offered back after a reload, and forgotten when closed', async () => {
    const user = userEvent.setup();
    const recovery = memoryRecovery();
    const first = renderPage(recovery);
    await user.click(screen.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }));
    await screen.findByText(/Exemplet är öppnat/);
    await waitFor(() => expect(recovery.kept?.name).toBe('exempel-uppfoljning.xlsx'), { timeout: 10_000 });
    first.unmount(); // the tab is reloaded or the browser crashes

    renderPage(recovery);
    await screen.findByText(/Osparat arbete i exempel-uppfoljning.xlsx från .* finns kvar på den här datorn/);
    await user.click(screen.getByRole('button', { name: 'Återställ' }));
    await screen.findByText('exempel-uppfoljning.xlsx är återställd. Spara den för att behålla ändringarna.');
    const list = await screen.findByRole('table', { name: 'Ärenden' });
    expect(within(list).getAllByRole('row')).toHaveLength(80);
    screen.getByText('Ändringar som inte är sparade.');

    jest.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await screen.findByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' });
    await waitFor(() => expect(recovery.kept).toBeNull());
  });

  it('is forgotten once saved', async () => {
    const user = userEvent.setup();
    const recovery = memoryRecovery();
    renderPage(recovery);
    await user.click(screen.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }));
    await screen.findByText(/Exemplet är öppnat/);
    await waitFor(() => expect(recovery.kept).not.toBeNull(), { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsboken' }));
    await screen.findByText('exempel-uppfoljning.xlsx är nedladdad.');
    await waitFor(() => expect(recovery.kept).toBeNull());
  });
});

it('a copy the user declines is forgotten and not offered again', async () => {
  const user = userEvent.setup();
  const recovery = memoryRecovery();
  recovery.kept = { name: 'enhet.xlsx', savedAt: Date.now(), bytes: new Uint8Array([1, 2, 3]) };
  const first = renderPage(recovery);
  await user.click(await screen.findByRole('button', { name: 'Släng det' }));
  await waitFor(() => expect(recovery.kept).toBeNull());
  first.unmount();
  renderPage(recovery);
  await screen.findByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' });
  expect(screen.queryByText(/Osparat arbete/)).toBeNull();
});

describe('the web page on a workbook file', () => {
  it('opens the example into a case list, edits a case from it, and downloads the workbook', async () => {
    const user = userEvent.setup();
    const downloads = renderPage();
    await user.click(screen.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }));
    await screen.findByText(/Exemplet är öppnat: 79 fiktiva ärenden/);
    const list = await screen.findByRole('table', { name: 'Ärenden' });
    expect(within(list).getAllByRole('row')).toHaveLength(80);
    screen.getByText('Ändringar som inte är sparade.');

    await user.click(screen.getByRole('button', { name: 'Redigera ärendet på rad 5' }));
    await screen.findByText('Redigerar ärendet på rad 5.');
    expect(screen.getByRole('textbox', { name: /Ärende-ID/ })).toHaveProperty('value', 'FIKTIV-V-003');

    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsboken' }));
    await screen.findByText('exempel-uppfoljning.xlsx är nedladdad.');
    screen.getByText(/^Sparad \d\d:\d\d\.$/);
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
