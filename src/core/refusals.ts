import { counted } from './plural';
import { Refusal } from './errors';

/**
 * Every refusal the tool gives a user, in one catalogue: its code, and its message in Swedish and in
 * English (Office or the browser in English). Problems in data are not here: they are values
 * (`Problem`), listed by the check. Misuse of the API throws `CoreUsageError` instead.
 */
const entry =
  <P = Record<string, never>>(code: string, sv: (p: P) => string, en: (p: P) => string) =>
  (params: P): Refusal =>
    new Refusal(code, sv(params), en(params));

const cases = (n: number, sv: boolean) =>
  sv ? (n === 1 ? '1 ärende' : `${n} ärenden`) : n === 1 ? '1 case' : `${n} cases`;

export const refuse = {
  // The workbook and its sheets.
  followUpExists: entry(
    'follow-up-exists',
    () => 'Arbetsboken har redan en uppföljning. Använd Reparera för att lägga till det som saknas.',
    () => 'The workbook already has a follow-up. Use Repair to add what is missing.',
  ),
  sheetExists: entry<{ sheet: string }>(
    'sheet-exists',
    (p) => `Bladet ${p.sheet} finns redan och skrivs inte över. Byt namn på det först.`,
    (p) => `The sheet ${p.sheet} exists already and is not overwritten. Rename it first.`,
  ),
  foreignResultsSheet: entry<{ sheet: string }>(
    'foreign-results-sheet',
    (p) =>
      `Bladet ${p.sheet} är inte uppföljningens resultatblad (det saknar kontrollsumman) och skrivs inte över. Byt namn på bladet så skrivs resultatet på ett nytt (på kommandoraden ersätter --force det).`,
    (p) =>
      `The sheet ${p.sheet} is not the follow-up's result sheet (it has no checksum) and is not overwritten. Rename the sheet and the results go on a new one (on the command line, --force replaces it).`,
  ),
  sheetMissing: entry<{ sheet: string }>(
    'sheet-missing',
    (p) => `Bladet ${p.sheet} finns inte.`,
    (p) => `There is no sheet ${p.sheet}.`,
  ),
  noCodebookSheet: entry(
    'no-codebook-sheet',
    () => 'Arbetsboken har inget blad Kodbok. Välj Reparera för att lägga till det.',
    () => 'The workbook has no Kodbok sheet. Choose Repair to add it.',
  ),
  noCases: entry<{ table: string; idHeader: string; sheet: string }>(
    'no-cases',
    (p) =>
      `Hittar inga ärenden: arbetsboken har ingen tabell som heter ${p.table} och ingen rubrikrad med "${p.idHeader}". Skapa en ny uppföljning eller lägg in rubrikerna på bladet ${p.sheet}.`,
    (p) =>
      `No cases found: the workbook has no table named ${p.table} and no header row with "${p.idHeader}". Create a new follow-up or put the headers on the sheet ${p.sheet}.`,
  ),
  noCaseTable: entry<{ table: string }>(
    'no-case-table',
    (p) => `Arbetsboken har ingen tabell som heter ${p.table}. Skapa uppföljningen först.`,
    (p) => `The workbook has no table named ${p.table}. Create the follow-up first.`,
  ),
  notATable: entry<{ sheet: string; table: string }>(
    'not-a-table',
    (p) =>
      `Ärendena på bladet ${p.sheet} ligger inte i en Excel-tabell som heter ${p.table}, och resultatbladets formler räknar på den tabellen. Markera ärendena och välj Infoga > Tabell, och ge tabellen namnet ${p.table}.`,
    (p) =>
      `The cases on the sheet ${p.sheet} are not in an Excel table named ${p.table}, which the result sheet's formulas count on. Select the cases, choose Insert > Table and name the table ${p.table}.`,
  ),
  missingColumns: entry<{ table: string; columns: string }>(
    'missing-columns',
    (p) => `Tabellen ${p.table} saknar kolumnerna: ${p.columns}.`,
    (p) => `The table ${p.table} lacks the columns: ${p.columns}.`,
  ),
  noCaseRow: entry<{ row: number }>(
    'no-case-row',
    (p) => `Ärendetabellen har ingen rad ${p.row}.`,
    (p) => `The case table has no row ${p.row}.`,
  ),
  exampleAmongCases: entry<{ cases: number }>(
    'example-among-cases',
    (p) =>
      `Uppföljningen har redan ${counted(p.cases, 'ärende', 'ärenden')}. De 79 fiktiva ärendena läggs till bland dem och räknas i resultatet tills du tar bort dem med "Ta bort de fiktiva ärendena".`,
    (p) =>
      `The follow-up already has ${p.cases} ${p.cases === 1 ? 'case' : 'cases'}. The 79 fictitious cases are added among them and count in the results until you remove them with "Remove the fictitious cases".`,
  ),
  formulasInCaseRows: entry(
    'formulas-in-case-rows',
    () =>
      'Ärendet kan inte tas bort här: raderna under det har formler som skulle flyttas fel. Ta bort raden i Excel.',
    () =>
      'The case cannot be removed here: the rows below it hold formulas that would move wrongly. Delete the row in Excel.',
  ),
  tableChanged: entry(
    'table-changed',
    () => 'Ärendetabellen har ändrats; läs in arbetsboken igen och försök på nytt.',
    () => 'The case table has changed; read the workbook again and retry.',
  ),
  // What the data or the settings do not allow.
  codebookErrors: entry<{ where: string; message: string; more: number }>(
    'codebook-errors',
    (p) =>
      `Kodboken har fel, så resultatet skulle räknas fel: ${p.where}: ${p.message}${p.more > 0 ? ` (och ${p.more} fel till; kör kontrollen)` : ''}`,
    (p) =>
      `The codebook has errors, so the results would be counted wrongly: ${p.where}: ${p.message}${p.more > 0 ? ` (and ${p.more} more; run the check)` : ''}`,
  ),
  personalNumberFound: entry<{ where: string; more: number }>(
    'personal-number-found',
    (p) =>
      `Resultatet skrivs inte: arbetsboken ser ut att innehålla ett personnummer (${p.where}${p.more > 0 ? ` och ${p.more} ställen till` : ''}). Kör kontrollen, ta bort dem och försök igen.`,
    (p) =>
      `The results are not written: the workbook seems to hold a personal identity number (${p.where}${p.more > 0 ? ` and ${p.more} more places` : ''}). Run the check, remove them and try again.`,
  ),
  formulasNotCalculated: entry<{ where: string; more: number }>(
    'formulas-not-calculated',
    (p) =>
      `${p.where} har en formel utan beräknat värde${p.more > 0 ? ` (och ${p.more} celler till)` : ''}, och verktyget räknar inte om formler: resultatet skulle räkna cellerna som tomma. Öppna arbetsboken i Excel och spara den, och försök igen.`,
    (p) =>
      `${p.where} holds a formula with no calculated value${p.more > 0 ? ` (and ${p.more} more cells)` : ''}, and the tool does not recalculate formulas: the results would count the cells as blank. Open the workbook in Excel, save it, and try again.`,
  ),
  settingUnusable: entry<{ where: string; message: string }>(
    'setting-unusable',
    (p) => `${p.where}: ${p.message}`,
    (p) => `${p.where}: ${p.message} (the setting cannot be used)`,
  ),
  noFix: entry(
    'no-fix',
    () => 'Det finns ingen entydig rättning för det här problemet.',
    () => 'There is no single correction for this problem.',
  ),
  // The codebook tab.
  notAList: entry<{ variable: string }>(
    'not-a-list',
    (p) => `${p.variable} är ingen lista.`,
    (p) => `${p.variable} is not a list.`,
  ),
  valueMissing: entry<{ label: string; variable: string }>(
    'value-missing',
    (p) => `"${p.label}" finns inte i kodboken för ${p.variable}.`,
    (p) => `"${p.label}" is not in the codebook for ${p.variable}.`,
  ),
  valueEmpty: entry(
    'value-empty',
    () => 'Skriv värdet först.',
    () => 'Type the value first.',
  ),
  valueTaken: entry<{ label: string; variable: string }>(
    'value-taken',
    (p) => `${p.variable} har redan värdet "${p.label}".`,
    (p) => `${p.variable} has the value "${p.label}" already.`,
  ),
  labelNotText: entry<{ label: string; variable: string; as: string; instead: string }>(
    'label-not-text',
    (p) =>
      `"${p.label}" i ${p.variable} läses av Excels formler som ${p.as}, inte som text, så resultatbladet och verktyget skulle räkna olika. Skriv värdet som text, t.ex. "${p.instead}".`,
    (p) =>
      `"${p.label}" in ${p.variable} is read by Excel's formulas as something other than text (${p.as}), so the result sheet and the tool would count differently. Write the value as text, e.g. "${p.instead}".`,
  ),
  labelSpaces: entry<{ label: string; variable: string }>(
    'label-spaces',
    (p) =>
      `"${p.label}" i ${p.variable} har mellanslag först eller sist; ett ärende med värdet utan mellanslag räknas inte. Ta bort mellanslagen.`,
    (p) =>
      `"${p.label}" in ${p.variable} has spaces at its start or end; a case with the value without them is not counted. Remove the spaces.`,
  ),
  labelTooLong: entry<{ variable: string; length: number; max: number }>(
    'label-too-long',
    (p) => `Värdet i ${p.variable} är ${p.length} tecken; en formel rymmer högst ${p.max}. Korta det.`,
    (p) =>
      `The value in ${p.variable} is ${p.length} characters; a formula holds at most ${p.max}. Shorten it.`,
  ),
  valueInUse: entry<{ label: string; count: number }>(
    'value-in-use',
    (p) =>
      `"${p.label}" används i ${cases(p.count, true)} och kan inte tas bort. Byt namn på värdet, eller ändra ärendena först.`,
    (p) =>
      `"${p.label}" is used in ${cases(p.count, false)} and cannot be removed. Rename the value, or change the cases first.`,
  ),
  listFull: entry<{ variable: string; rows: number; label: string }>(
    'list-full',
    (p) => `Listan ${p.variable} rymmer högst ${p.rows} värden i kodboken; "${p.label}" fick inte plats.`,
    (p) => `The list ${p.variable} holds at most ${p.rows} values in the codebook; "${p.label}" did not fit.`,
  ),
  variableTaken: entry<{ name: string }>(
    'variable-taken',
    (p) => `Det finns redan en variabel som heter ${p.name}.`,
    (p) => `There is a variable named ${p.name} already.`,
  ),
  variableNameMissing: entry(
    'variable-name-missing',
    () => 'Variabeln behöver ett namn.',
    () => 'The variable needs a name.',
  ),
  nameTooLong: entry<{ length: number; max: number }>(
    'name-too-long',
    (p) => `Variabelnamnet är ${p.length} tecken; högst ${p.max} går.`,
    (p) => `The variable name is ${p.length} characters; at most ${p.max} will do.`,
  ),
  nameCharacters: entry<{ name: string }>(
    'name-characters',
    (p) => `Variabelnamnet "${p.name}" får inte innehålla ' [ ] eller #: byt namn.`,
    (p) => `The variable name "${p.name}" may not hold ' [ ] or #: rename it.`,
  ),
  // Files.
  csvEmpty: entry(
    'csv-empty',
    () => 'CSV-filen är tom: den första raden ska ha variabelnamnen som rubriker.',
    () => 'The CSV file is empty: its first row must hold the variable names as headers.',
  ),
  csvQuote: entry<{ line: number }>(
    'csv-quote',
    (p) =>
      `CSV-filen har ett citattecken på rad ${p.line} som aldrig stängs, så resten av filen skulle bli ett enda värde. Rätta raden och importera igen.`,
    (p) =>
      `The CSV file has a quote on line ${p.line} that never closes, so the rest of the file would become one value. Fix the line and import again.`,
  ),
  csvNoVariable: entry<{ example: string; header: string }>(
    'csv-no-variable',
    (p) =>
      `Ingen rubrik i CSV-filen är ett variabelnamn ur kodboken (t.ex. "${p.example}"). Första raden: ${p.header}`,
    (p) =>
      `No header of the CSV file is a variable name of the codebook (such as "${p.example}"). First row: ${p.header}`,
  ),
  csvPersonalNumbers: entry<{ places: string; count: number }>(
    'csv-personal-numbers',
    (p) =>
      `CSV-filen importeras inte: ${p.count === 1 ? 'ett värde ser' : `${p.count} värden ser`} ut som personnummer (${p.places}). Ta bort dem ur filen, eller importera utan dem (de lämnas då tomma och listas; på kommandoraden --utan-personnummer).`,
    (p) =>
      `The CSV file is not imported: ${p.count === 1 ? 'a value looks' : `${p.count} values look`} like a personal identity number (${p.places}). Remove them from the file, or import without them (they are then left empty and listed; on the command line --utan-personnummer).`,
  ),
  csvTooWide: entry<{ rows: number; width: number; maxRows: number; maxColumns: number }>(
    'csv-too-wide',
    (p) =>
      `CSV-filen har ${counted(p.rows, 'rad', 'rader')} och ${counted(p.width, 'kolumn', 'kolumner')}; ett Excelblad rymmer ${counted(p.maxRows, 'ärende', 'ärenden')} och ${counted(p.maxColumns, 'kolumn', 'kolumner')}. Dela upp filen.`,
    (p) =>
      `The CSV file has ${p.rows.toLocaleString('en')} rows and ${p.width.toLocaleString('en')} columns; an Excel sheet holds ${p.maxRows.toLocaleString('en')} cases and ${p.maxColumns.toLocaleString('en')} columns. Split the file.`,
  ),
  codebookFile: entry<{ line: number | null; message: string }>(
    'codebook-file',
    (p) => `Kodboksfilen${p.line === null ? '' : `, rad ${p.line}`}: ${p.message}`,
    (p) => `The codebook file${p.line === null ? '' : `, line ${p.line}`}: ${p.message}`,
  ),
  formulaTooLong: entry<{ cell: string; length: number; limit: number }>(
    'formula-too-long',
    (p) =>
      `Resultatbladets formel i ${p.cell} skulle bli ${p.length} tecken lång, och Excel tillåter ${p.limit}. Etiketterna i Kodbok står i formlerna: korta de längsta, eller slå ihop etiketter med samma roll.`,
    (p) =>
      `The result sheet's formula in ${p.cell} would be ${p.length} characters long, and Excel allows ${p.limit}. Kodbok's labels are written into the formulas: shorten the longest, or merge labels with the same role.`,
  ),
  /** A part of the package is missing or unreadable, or lacks an element the format requires: the file is damaged. */
  damagedPart: entry<{ part: string; element?: string }>(
    'damaged-part',
    (p) =>
      `Arbetsboken är skadad: ${p.part} går inte att läsa${p.element ? ` (saknar <${p.element}>)` : ''}. Öppna den i Excel och spara den igen, och försök sedan på nytt.`,
    (p) =>
      `The workbook is damaged: ${p.part} cannot be read${p.element ? ` (it lacks <${p.element}>)` : ''}. Open it in Excel, save it again, then try once more.`,
  ),
  workbookTooLarge: entry<{ path: string; megabytes: number; limit: number }>(
    'workbook-too-large',
    (p) =>
      `${p.path} läses inte: bladen är ${p.megabytes} MB uppackade, gränsen är ${p.limit} MB (omkring 150 000 ärenden). Dela upp uppföljningen, t.ex. per år.`,
    (p) =>
      `${p.path} is not read: its sheets unpack to ${p.megabytes} MB, the limit is ${p.limit} MB (about 150,000 cases). Split the follow-up, by year for instance.`,
  ),
  partTooLarge: entry<{ path: string; part: string; megabytes: number; limit: number }>(
    'part-too-large',
    (p) =>
      `${p.path} läses inte: delen ${p.part} är ${p.megabytes} MB uppackad, gränsen är ${p.limit} MB. En så stor del gör ingen vanlig arbetsbok; öppna filen i Excel och spara den igen.`,
    (p) =>
      `${p.path} is not read: its part ${p.part} unpacks to ${p.megabytes} MB, the limit is ${p.limit} MB. No ordinary workbook has a part that large; open the file in Excel and save it again.`,
  ),
  packageTooLarge: entry<{ path: string; megabytes: number; limit: number }>(
    'package-too-large',
    (p) =>
      `${p.path} läses inte: filens delar är ${p.megabytes} MB uppackade, gränsen är ${p.limit} MB. Ta bort bilder och blad som inte behövs, eller dela upp uppföljningen.`,
    (p) =>
      `${p.path} is not read: its parts unpack to ${p.megabytes} MB, the limit is ${p.limit} MB. Remove pictures and sheets that are not needed, or split the follow-up.`,
  ),
  tooManyParts: entry<{ path: string; parts: number; limit: number }>(
    'too-many-parts',
    (p) => `${p.path} läses inte: filen har ${p.parts} delar, gränsen är ${p.limit}.`,
    (p) => `${p.path} is not read: the file has ${p.parts} parts, the limit is ${p.limit}.`,
  ),
  /** Two parts whose names differ only in case: Excel reads one, this tool would read the other. */
  partTwice: entry<{ path: string; part: string }>(
    'part-twice',
    (p) =>
      `${p.path} läses inte: delen ${p.part} finns två gånger (namnen skiljer sig bara i stora och små bokstäver), så Excel och verktyget skulle läsa olika innehåll. Öppna filen i Excel och spara den igen.`,
    (p) =>
      `${p.path} is not read: the part ${p.part} is there twice (the names differ only in letter case), so Excel and this tool would read different content. Open the file in Excel and save it again.`,
  ),
  fileTooLarge: entry<{ path: string; megabytes: number; limit: number }>(
    'file-too-large',
    (p) => `${p.path} läses inte: filen är ${p.megabytes} MB, gränsen är ${p.limit} MB.`,
    (p) => `${p.path} is not read: the file is ${p.megabytes} MB, the limit is ${p.limit} MB.`,
  ),
  /** A device, a pipe or a socket: it may never end, so it is not read (or written over). */
  notAFile: entry<{ path: string }>(
    'not-a-file',
    (p) => `${p.path} är ingen vanlig fil (utan t.ex. en enhet eller en pipe) och används inte. Ange en fil.`,
    (p) => `${p.path} is not a regular file (but, say, a device or a pipe) and is not used. Name a file.`,
  ),
  notAWorkbook: entry<{ path: string }>(
    'not-a-workbook',
    (p) =>
      `${p.path} går inte att öppna som Excel-arbetsbok. Välj en .xlsx-fil (spara en .xls- eller .csv-fil som .xlsx i Excel först, eller importera CSV).`,
    (p) =>
      `${p.path} cannot be opened as an Excel workbook. Choose an .xlsx file (save an .xls or .csv file as .xlsx in Excel first, or import the CSV).`,
  ),
  fileExists: entry<{ path: string }>(
    'file-exists',
    (p) => `${p.path} finns redan. Välj ett annat filnamn, eller lägg till --force för att skriva över den.`,
    (p) => `${p.path} exists already. Choose another name, or add --force to overwrite it.`,
  ),
  folderIsFile: entry<{ path: string }>(
    'folder-is-file',
    (p) => `${p.path} går inte att nå: en del av sökvägen är en fil, inte en mapp.`,
    (p) => `${p.path} cannot be reached: part of the path is a file, not a folder.`,
  ),
  openDocument: entry<{ path: string }>(
    'open-document',
    (p) =>
      `${p.path} är ett OpenDocument-kalkylblad (.ods), inte en Excel-arbetsbok. Spara den som .xlsx (Arkiv > Spara som) och försök igen.`,
    (p) =>
      `${p.path} is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as .xlsx (File > Save as) and try again.`,
  ),
  fileMissing: entry<{ path: string }>(
    'file-missing',
    (p) => `Filen finns inte: ${p.path}`,
    (p) => `There is no file ${p.path}`,
  ),
  fileIsFolder: entry<{ path: string }>(
    'file-is-folder',
    (p) => `${p.path} är en mapp, inte en fil.`,
    (p) => `${p.path} is a folder, not a file.`,
  ),
  fileLocked: entry<{ path: string }>(
    'file-locked',
    (p) => `${p.path} är låst eller skrivskyddad (är den öppen i ett annat program?).`,
    (p) => `${p.path} is locked or read-only (is it open in another program?).`,
  ),
  fileReadOnly: entry<{ path: string }>(
    'file-read-only',
    (p) => `${p.path} är skrivskyddad. Ta bort skrivskyddet, eller lägg till --force för att skriva ändå.`,
    (p) => `${p.path} is read-only. Make it writable, or add --force to write it anyway.`,
  ),
  fileOpenInExcel: entry<{ path: string; lock: string }>(
    'file-open-in-excel',
    (p) => `${p.path} är öppen i Excel (låsfilen ${p.lock} finns). Stäng filen och försök igen.`,
    (p) => `${p.path} is open in Excel (its lock file ${p.lock} is there). Close it and try again.`,
  ),
  diskReadOnly: entry<{ path: string }>(
    'disk-read-only',
    (p) => `${p.path} ligger på en skrivskyddad disk.`,
    (p) => `${p.path} is on a read-only disk.`,
  ),
  /** Excel refuses a file whose name and content disagree (macros in an .xlsx, none in an .xlsm). */
  extensionMismatch: entry<{ path: string; extension: string }>(
    'extension-mismatch',
    (p) =>
      `${p.path} skrivs inte: arbetsboken ${p.extension === '.xlsm' ? 'har makron' : 'har inga makron'} och måste heta ${p.extension}, annars öppnar Excel den inte. Välj ett namn som slutar på ${p.extension}.`,
    (p) =>
      `${p.path} is not written: the workbook ${p.extension === '.xlsm' ? 'has macros' : 'has no macros'} and must be named ${p.extension}, or Excel will not open it. Choose a name ending in ${p.extension}.`,
  ),
  diskFull: entry<{ path: string }>(
    'disk-full',
    (p) => `Disken är full; ${p.path} kunde inte sparas.`,
    (p) => `The disk is full; ${p.path} could not be saved.`,
  ),
  fileUnreadable: entry<{ path: string; detail: string }>(
    'file-unreadable',
    (p) => `${p.path} kunde inte läsas eller skrivas (${p.detail}).`,
    (p) => `${p.path} could not be read or written (${p.detail}).`,
  ),
  // The command line.
  outputFailed: entry<{ reason: string }>(
    'output-failed',
    (p) =>
      `Utdata kunde inte skrivas (${p.reason === 'ENOSPC' ? 'enheten är full' : p.reason}). En arbetsbok som skulle sparas är sparad före utskriften.`,
    (p) =>
      `The output could not be written (${p.reason === 'ENOSPC' ? 'the device is full' : p.reason}). A workbook to be saved was saved before the output.`,
  ),
  unknownOption: entry<{ option: string }>(
    'unknown-option',
    (p) => `Okänt val: ${p.option}.`,
    (p) => `Unknown option: ${p.option}.`,
  ),
  optionNeedsValue: entry<{ option: string }>(
    'option-needs-value',
    (p) => `Valet ${p.option} behöver ett värde.`,
    (p) => `The option ${p.option} needs a value.`,
  ),
  usage: entry<{ detail: string }>(
    'usage',
    (p) => p.detail,
    (p) => p.detail,
  ),
  badToday: entry<{ value: string }>(
    'bad-today',
    (p) => `--today ska vara ett datum som 2026-11-22, inte "${p.value}".`,
    (p) => `--today must be a date such as 2026-11-22, not "${p.value}".`,
  ),
};

export type RefusalFactory = (typeof refuse)[keyof typeof refuse];
