/** The web page's own texts (around the task pane's panels), Swedish with English for an English browser. */
const SV = {
  intro:
    'Gör uppföljningen i webbläsaren, utan Excel-tillägg. Arbetsboken stannar på din dator: sidan skickar ingenting någonstans. Ladda ned filen när du är klar och öppna den i Excel.',
  openExample: 'Öppna exemplet (fiktiva ärenden)',
  newFollowUp: 'Ny uppföljning',
  openFile: 'Öppna en .xlsx-fil',
  framed: 'Uppföljningen visas inte inuti en annan sida. Öppna sidans egen adress direkt i webbläsaren.',
  download: 'Ladda ned arbetsboken',
  loading: 'Öppnar…',
  fileName: (name: string) => `Arbetsbok: ${name}`,
  unsaved: 'Ändringar som inte är sparade.',
  allSaved: 'Inga ändringar.',
  confirmDiscard: 'Arbetsboken har ändringar som inte är sparade. Vill du ändå öppna en annan?',
  downloaded: (name: string) => `${name} är nedladdad.`,
  exampleOpened: (cases: number) =>
    `Exemplet är öppnat: ${cases} fiktiva ärenden. Prova Kontrollera och Resultat, och registrera ett eget ärende.`,
  newOpened: 'En ny uppföljning är skapad. Registrera det första ärendet under Registrera ärende.',
  fileOpened: (name: string) => `${name} är öppnad.`,
  reading: (sheet: string, percent: number) => `Läser bladet ${sheet}: ${percent} %`,
  save: 'Spara',
  downloadCopy: 'Ladda ned en kopia',
  close: 'Stäng',
  saved: (name: string) => `${name} är sparad.`,
  savedAt: (at: Date) => `Sparad ${at.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' })}.`,
  confirmClose: 'Arbetsboken har ändringar som inte är sparade. Vill du ändå stänga den?',
  recoveryFound: (name: string, at: Date) =>
    `Osparat arbete i ${name} från ${at.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' })} finns kvar på den här datorn. Vill du återställa det?`,
  restore: 'Återställ',
  discardRecovery: 'Släng det',
  restored: (name: string) => `${name} är återställd. Spara den för att behålla ändringarna.`,
};

export type WebStrings = typeof SV;

const EN: WebStrings = {
  intro:
    'Run the follow-up in your browser, without the Excel add-in. The workbook stays on your computer: the page sends nothing anywhere. Download the file when you are done and open it in Excel.',
  openExample: 'Open the example (fictitious cases)',
  newFollowUp: 'New follow-up',
  openFile: 'Open an .xlsx file',
  download: 'Download the workbook',
  loading: 'Opening…',
  fileName: (name) => `Workbook: ${name}`,
  unsaved: 'Changes not saved.',
  allSaved: 'No changes.',
  framed: 'The follow-up is not shown inside another page. Open its own address directly in the browser.',
  confirmDiscard: 'The workbook has changes that are not saved. Open another one anyway?',
  downloaded: (name) => `${name} is downloaded.`,
  exampleOpened: (cases) =>
    `The example is open: ${cases} fictitious cases. Try Check and Results, and register a case of your own.`,
  newOpened: 'A new follow-up is created. Register the first case under Register case.',
  fileOpened: (name) => `${name} is open.`,
  reading: (sheet, percent) => `Reading the sheet ${sheet}: ${percent}%`,
  save: 'Save',
  downloadCopy: 'Download a copy',
  close: 'Close',
  saved: (name) => `${name} is saved.`,
  savedAt: (at) => `Saved ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.`,
  confirmClose: 'The workbook has changes that are not saved. Close it anyway?',
  recoveryFound: (name, at) =>
    `Unsaved work in ${name} from ${at.toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' })} is still on this computer. Restore it?`,
  restore: 'Restore',
  discardRecovery: 'Discard it',
  restored: (name) => `${name} is restored. Save it to keep the changes.`,
};

/** Swedish, unless the browser's language is English. */
export function webStringsFor(language: string | undefined): WebStrings {
  return language?.toLowerCase().startsWith('en') ? EN : SV;
}
