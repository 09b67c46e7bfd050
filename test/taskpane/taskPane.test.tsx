/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { a1 } from '../../src/core/address';
import { serialFromYmd } from '../../src/core/dates';
import type { WorkbookPort } from '../../src/core/port/workbookPort';
import { App } from '../../src/taskpane/App';
import { FollowUpActions } from '../../src/app/followUpActions';
import { stringsFor } from '../../src/taskpane/strings';
import { newPackagePort } from '../support/packagePorts';
import { refuse } from '../../src/core/refusals';

jest.setTimeout(60_000);

const today = () => serialFromYmd(2026, 11, 22);
/** jsdom's File has no text(); the pane is given its file reader, as in Office. */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });

function renderPane(port: WorkbookPort = newPackagePort(), language = 'sv-SE') {
  render(
    <App
      port={port}
      actions={new FollowUpActions(port, today)}
      strings={stringsFor(language)}
      readText={readText}
    />,
  );
  return port;
}

/** A pane on a new follow-up holding the 79 fictitious example cases. */
async function paneWithExampleCases(user: ReturnType<typeof userEvent.setup>) {
  const port = renderPane();
  await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
  await user.click(await screen.findByRole('button', { name: 'Lägg in fiktiva exempelärenden' }));
  await screen.findByText('79 fiktiva ärenden är inlagda.');
  return port;
}

describe('the task pane', () => {
  it('creates the follow-up, inserts the example and computes results, by keyboard', async () => {
    const user = userEvent.setup();
    renderPane();
    await screen.findByText('Arbetsboken har ingen uppföljning ännu.');
    // Fluent's focus manager adds focus guards that make Tab order meaningless in jsdom; the real-browser
    // tests walk it. Here: every control answers the keyboard.
    screen.getByRole('button', { name: 'Skapa uppföljningens blad' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Uppföljningens blad är skapade.');
    await screen.findByText('Uppföljningen har 0 ärenden.');
    await user.click(screen.getByRole('button', { name: 'Lägg in fiktiva exempelärenden' }));
    await screen.findByText('79 fiktiva ärenden är inlagda.');
    screen.getByRole('tab', { name: 'Resultat' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Det finns inget resultatblad ännu.');
    screen.getByRole('button', { name: 'Skapa eller uppdatera resultatbladet' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText(/För Vuxenenheten visade resultaten en positiv förändring i 70 %/);
    await screen.findByText('Resultatbladet är aktuellt.', { selector: 'span' });
  });

  it('lists problems with their cells and fixes one with one click', async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
    await screen.findByText('Uppföljningen har 0 ärenden.');
    const file = new File(['Ärende-ID;Enhet;Kön;Ålder\nV-1;Vuxenenheten;K;45\n'], 'arenden.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Importera ärenden från CSV-fil'), file);
    await screen.findByText(/1 ärenden är importerade/);
    await user.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera ärendena' }));
    const item = (await screen.findByText('Ärenden!C3')).closest('li')!;
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Rätta till "Kvinna"' }));
    await waitFor(() => expect(screen.queryByText('Ärenden!C3')).toBeNull());
  });

  it('shows an error from the workbook as a Swedish alert, never silently', async () => {
    const user = userEvent.setup();
    const failing = newPackagePort();
    failing.writeSheets = () => Promise.reject(new Error('Arbetsboken är skrivskyddad.'));
    renderPane(failing);
    await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Arbetsboken är skrivskyddad.');
  });

  it('refuses to save a case with an error and names it beside the field', async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
    await screen.findByText('Uppföljningen har 0 ärenden.');
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Ålder' }), '200');
    await user.click(screen.getByRole('button', { name: 'Spara och nästa' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => /Ärende-ID saknas/.test(a.textContent ?? ''))).toBe(
        true,
      ),
    );
    expect(screen.getAllByText(/ska vara ett heltal från 0 till 120/).length).toBeGreaterThan(0);
  });

  it('edits the case selected in the sheet', async () => {
    const user = userEvent.setup();
    const port = await paneWithExampleCases(user);
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    await user.click(screen.getByRole('button', { name: 'Redigera markerat ärende' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Markera en cell i ärendets rad');
    await port.selectCell('Ärenden', a1(5, 3));
    await user.click(screen.getByRole('button', { name: 'Redigera markerat ärende' }));
    await screen.findByText('Redigerar ärendet på rad 5.');
    expect((screen.getByRole('textbox', { name: /Ärende-ID/ }) as HTMLInputElement).value).toBe(
      'FIKTIV-V-003',
    );
  });

  it('speaks English when Office does', async () => {
    renderPane(undefined, 'en-GB');
    expect(await screen.findByText('This workbook has no follow-up yet.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
  });
});

/** The texts of a drop-down's options, as a user reads them. */
const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the codebook tab', () => {
  async function withExample(user: ReturnType<typeof userEvent.setup>) {
    const port = await paneWithExampleCases(user);
    await user.click(screen.getByRole('tab', { name: 'Kodbok' }));
    await screen.findByRole('table', { name: 'Enhet' });
    return port;
  }

  it('renames a unit in Kodbok and in its cases, and the case form offers the new name', async () => {
    const user = userEvent.setup();
    await withExample(user);
    const name = screen.getByRole('textbox', { name: 'Nytt namn för Vuxenenheten' });
    await user.clear(name);
    await user.type(name, 'Vuxenteamet');
    const row = name.closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: 'Byt namn' }));
    await screen.findByText('Vuxenenheten heter nu Vuxenteamet; 47 ärenden ändrades.');
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    const unit = await screen.findByRole('combobox', { name: 'Enhet' });
    expect(optionsOf(unit)).toEqual(['', 'Vuxenteamet', 'Barn- och ungdomsenheten']);
  });

  it('refuses to remove a value the cases use, saying how many', async () => {
    const user = userEvent.setup();
    await withExample(user);
    const row = screen
      .getByRole('textbox', { name: 'Nytt namn för Barn- och ungdomsenheten' })
      .closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: 'Ta bort' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /"Barn- och ungdomsenheten" används i 32 ärenden och kan inte tas bort/,
    );
  });

  it('adds a unit that the case form then offers, and a list variable of the team', async () => {
    const user = userEvent.setup();
    await withExample(user);
    await user.type(screen.getByRole('textbox', { name: 'Nytt värde' }), 'Beroendemottagningen');
    await user.click(screen.getByRole('button', { name: 'Lägg till värde' }));
    await screen.findByText('Beroendemottagningen är tillagt i Enhet.');
    const form = screen.getByRole('form', { name: 'Lägg till en egen variabel' });
    await user.type(within(form).getByRole('textbox', { name: 'Namn' }), 'Boendesituation');
    await user.type(
      within(form).getByRole('textbox', { name: 'Värden, ett per rad' }),
      'Egen bostad{Enter}Hemlös',
    );
    await user.click(within(form).getByRole('button', { name: 'Lägg till en egen variabel' }));
    await screen.findByText('Variabeln Boendesituation är tillagd, med en kolumn i Ärenden.');
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    const unit = await screen.findByRole('combobox', { name: 'Enhet' });
    expect(optionsOf(unit)).toContain('Beroendemottagningen');
    const home = screen.getByRole('combobox', { name: 'Boendesituation' });
    expect(optionsOf(home)).toEqual(['', 'Egen bostad', 'Hemlös']);
  });

  it('offers to add a value the check does not know to the codebook, and then it is no problem', async () => {
    const user = userEvent.setup();
    const port = await withExample(user);
    await port.setCells([
      { sheet: 'Ärenden', cell: a1(3, 2), value: { kind: 'text', text: 'Beroendemottagningen' } },
    ]);
    await user.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera ärendena' }));
    const add = await screen.findByRole('button', { name: 'Lägg till "Beroendemottagningen" i kodboken' });
    // Errors found are an error to see (the results refuse them); warnings only, a warning, never a success.
    expect((await screen.findByRole('alert')).textContent).toMatch(/^1 fel och 2 varningar\.$/);
    await user.click(add);
    expect((await screen.findByRole('status')).textContent).toBe('0 fel och 2 varningar.');
    expect(screen.queryByText(/Beroendemottagningen/)).toBeNull();
  });
});

/** A Swedish pane whose follow-up sheets have just been created. */
async function paneWithSheets(user: ReturnType<typeof userEvent.setup>) {
  const port = renderPane();
  await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
  await screen.findByText('Uppföljningens blad är skapade.');
  return port;
}

describe('errors in the pane', () => {
  it('a setting that cannot be read is shown with its cell, and nothing can be saved over it', async () => {
    const user = userEvent.setup();
    const port = await paneWithSheets(user);
    await port.setCells([{ sheet: 'Inställningar', cell: a1(5, 2), value: { kind: 'text', text: 'fem' } }]);
    await user.click(screen.getByRole('tab', { name: 'Inställningar' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Inställningar!B5: Minsta redovisade antal ska vara ett heltal/,
    );
    expect(screen.getByRole('button', { name: 'Spara' }).hasAttribute('disabled')).toBe(true);
  });

  it('a workbook that cannot be read says why on Kom igång and Resultat, and offers nothing to create over it', async () => {
    const user = userEvent.setup();
    const port = newPackagePort();
    const unreadable = Object.assign(Object.create(port) as WorkbookPort, {
      readValues: () =>
        Promise.reject(refuse.settingUnusable({ where: 'Inställningar!B5', message: 'trasig' })),
    });
    renderPane(unreadable);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Inställningar!B5/);
    expect(screen.queryByRole('button', { name: 'Skapa uppföljningens blad' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Resultat' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Inställningar!B5/);
  });

  it('a refusal reads in English in an English pane', async () => {
    const user = userEvent.setup();
    renderPane(undefined, 'en-US');
    await user.click(await screen.findByRole('button', { name: 'Create the follow-up sheets' }));
    await screen.findByText('The follow-up sheets are created.');
    await user.click(screen.getByRole('tab', { name: 'Codebook' }));
    await user.click(await screen.findByRole('button', { name: 'Add value' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type the value first.');
  });
});

describe('the protection of small numbers in the pane (issue 10)', () => {
  it('is chosen on the Inställningar tab and written to Inställningar!B8', async () => {
    const user = userEvent.setup();
    const port = await paneWithSheets(user);
    await user.click(screen.getByRole('tab', { name: 'Inställningar' }));
    const round = await screen.findByRole('radio', { name: /Avrunda övriga antal/ });
    expect((screen.getByRole('radio', { name: /Dölj fler antal/ }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Spara' }).hasAttribute('disabled')).toBe(false),
    );
    await user.click(round);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Inställningarna är sparade.');
    const settings = (await port.readValues()).sheets.find((s) => s.name === 'Inställningar');
    expect(settings?.rows[7]?.[1]).toEqual({ kind: 'text', text: 'avrunda' });
  });
});

describe('the charts of the result sheet in the pane (issue 14)', () => {
  it('are ticked per breakdown on the Inställningar tab and written to Inställningar!B9', async () => {
    const user = userEvent.setup();
    const port = await paneWithSheets(user);
    await user.click(screen.getByRole('tab', { name: 'Inställningar' }));
    const drug = await screen.findByRole('checkbox', { name: 'huvudsaklig drog' });
    expect((drug as HTMLInputElement).checked).toBe(true);
    await user.click(drug);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Inställningarna är sparade.');
    const settings = (await port.readValues()).sheets.find((s) => s.name === 'Inställningar');
    const written = settings?.rows[8]?.[1];
    expect(written?.kind === 'text' && written.text.split(', ')).toEqual(
      expect.arrayContaining(['enhet', 'enhet och kön', 'åldersgrupp']),
    );
    expect(written?.kind === 'text' && written.text).not.toMatch(/huvudsaklig drog/);
  });
});

describe('entry that keeps up with journals (issue 13)', () => {
  it('shows the saved case with its warnings at the top, not under the next case, and saves on Enter in a drop-down', async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole('button', { name: 'Skapa uppföljningens blad' }));
    await screen.findByText('Uppföljningen har 0 ärenden.');
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    await user.type(screen.getByRole('textbox', { name: /Ärende-ID/ }), 'NY-010');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Enhet/ }), 'Vuxenenheten');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Kön/ }), 'Kvinna');
    await user.type(screen.getByRole('spinbutton', { name: /Ålder/ }), '40');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Huvudsaklig drog/ }), 'Alkohol');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Grad av missbruk/ }), 'Missbruk');
    await user.type(screen.getByRole('textbox', { name: /Datum för aktualisering/ }), '190305');
    // The short form is read as a date, and the form shows which.
    screen.getByText('= 2019-03-05');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Genomgången utredning/ }), 'Pågår');
    const decision = screen.getByRole('combobox', { name: /^Beslut om insats/ });
    await user.selectOptions(decision, 'Nej');
    // A comment is filled: a warning (check it identifies no one) the saved case carries.
    await user.type(screen.getByRole('textbox', { name: /Kommentar/ }), 'Kontakt via mottagningen');
    decision.focus();
    await user.keyboard('{Enter}');
    const saved = await screen.findByRole('status', { name: '' });
    await waitFor(() => expect(saved.textContent).toMatch(/^Sparat: NY-010\./));
    expect(
      within(saved).getByRole('list', { name: 'Att se över i det sparade ärendet' }).textContent,
    ).toMatch(/kommentaren inte innehåller något som kan identifiera/);
    // The next case starts empty, without the saved case's warnings under its fields.
    expect((screen.getByRole('textbox', { name: /Ärende-ID/ }) as HTMLInputElement).value).toBe('');
    const warned = screen.queryAllByText(/kan identifiera klienten/);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((e) => e.closest('.saved-state') !== null)).toBe(true);
  });

  it('marks edit mode at the top of the form', async () => {
    const user = userEvent.setup();
    const port = await paneWithExampleCases(user);
    await user.click(screen.getByRole('tab', { name: 'Registrera ärende' }));
    await port.selectCell('Ärenden', a1(5, 3));
    await user.click(screen.getByRole('button', { name: 'Redigera markerat ärende' }));
    const banner = await screen.findByText('Redigerar ärendet på rad 5.');
    const form = screen.getByRole('form', { name: 'Registrera ärende' });
    expect(form.firstElementChild?.contains(banner)).toBe(true);
  });
});

describe('the check as a worklist (issue 13)', () => {
  async function slipOnThreeRows(user: ReturnType<typeof userEvent.setup>) {
    const port = await paneWithExampleCases(user);
    // The example's own slip ("man" in C5) typed on two more rows.
    await port.setCells([
      { sheet: 'Ärenden', cell: a1(6, 3), value: { kind: 'text', text: 'man' } },
      { sheet: 'Ärenden', cell: a1(7, 3), value: { kind: 'text', text: 'man' } },
    ]);
    await user.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera ärendena' }));
    return port;
  }

  it('groups problems by case, with the Ärende-ID and row', async () => {
    const user = userEvent.setup();
    await slipOnThreeRows(user);
    const group = await screen.findByRole('region', { name: 'FIKTIV-V-003, rad 5' });
    expect(within(group).getByText('Ärenden!C5')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'FIKTIV-V-004, rad 6' })).toBeTruthy();
  });

  it('fixes one slip on every row alike, lists each cell, and undoes them', async () => {
    const user = userEvent.setup();
    const port = await slipOnThreeRows(user);
    const group = await screen.findByRole('region', { name: 'FIKTIV-V-003, rad 5' });
    await user.click(within(group).getByRole('button', { name: 'Rätta alla likadana (3)' }));
    const fixed = await screen.findByRole('list', { name: '3 celler är rättade:' });
    expect(
      within(fixed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ärenden!C5: "man" → "Man"', 'Ärenden!C6: "man" → "Man"', 'Ärenden!C7: "man" → "Man"']);
    const gender = async () =>
      (await port.readValues()).sheets
        .find((s) => s.name === 'Ärenden')!
        .rows.slice(4, 7)
        .map((r) => r[2]);
    expect(await gender()).toEqual(Array(3).fill({ kind: 'text', text: 'Man' }));
    await user.click(screen.getByRole('button', { name: 'Ångra rättningarna' }));
    await screen.findByText('3 celler har fått tillbaka sina värden.');
    expect(await gender()).toEqual(Array(3).fill({ kind: 'text', text: 'man' }));
  });

  it('opens the case of a problem in the form, its field focused', async () => {
    const user = userEvent.setup();
    await slipOnThreeRows(user);
    const group = await screen.findByRole('region', { name: 'FIKTIV-V-003, rad 5' });
    await user.click(within(group).getByRole('button', { name: 'Öppna ärendet' }));
    await screen.findByText('Redigerar ärendet på rad 5.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /^Kön/ })));
  });
});
