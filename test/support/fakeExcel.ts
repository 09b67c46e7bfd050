/**
 * A fake of the part of the Excel JavaScript API the Office adapter uses. It records what a real
 * workbook would hold (cells, formats, validations, tables, panes, page layout), counts syncs and
 * measures every request's payload independently of the adapter's own accounting.
 * Only what the adapter calls is here; `tsc` checks the adapter itself against @types/office-js.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a structural stand-in for Excel.RequestContext; getters and setters close over their owner */

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  type: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  numberFormat?: string;
  hyperlink?: string;
}

/** A comment or note: its text and the cell it stands at (`Blad1!C5`). */
export interface FakeNote {
  content: string;
  address: string;
}

const parseA1 = (address: string) => {
  const bare = address.includes('!') ? address.split('!')[1]! : address;
  const [from = 'A1', to = from] = bare.replace(/\$/g, '').split(':');
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = cell(from);
  const b = cell(to);
  return { rowIndex: a.row, columnIndex: a.col, rowCount: b.row - a.row + 1, columnCount: b.col - a.col + 1 };
};

export class FakeWorkbook {
  syncs = 0;
  /** Excel's MATCH, as the adapter asked for it. */
  matchCalls = 0;
  requestBytes: number[] = [0];
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];

  count(payload: unknown): void {
    this.requestBytes[this.requestBytes.length - 1]! += Buffer.byteLength(JSON.stringify(payload));
  }

  activeCell: { sheet: string; address: string } | null = null;
  comments: FakeNote[] = [];
  notes: FakeNote[] = [];

  /** A collection of comments or notes as Office.js gives them: items readable after a sync. */
  private noteCollection(list: () => FakeNote[]) {
    const workbook = this;
    return {
      load() {
        const loadedAt = workbook.syncs;
        return {
          get items() {
            if (workbook.syncs <= loadedAt) throw new Error('PropertyNotLoaded: items of comments');
            return list().map((note) => ({
              content: note.content,
              getLocation: () => {
                const at = workbook.syncs;
                return {
                  load() {
                    return this;
                  },
                  get address() {
                    if (workbook.syncs <= at) throw new Error('PropertyNotLoaded: address of a comment');
                    return note.address;
                  },
                };
              },
            }));
          },
        };
      },
    };
  }

  context(): any {
    const workbook = this;
    return {
      sync: async () => {
        workbook.syncs++;
        workbook.requestBytes.push(0);
      },
      workbook: {
        getActiveCell: () => ({
          load() {
            return this;
          },
          get address() {
            const a = workbook.activeCell;
            return a ? `'${a.sheet.replace(/'/g, "''")}'!${a.address.split(':')[0]}` : '';
          },
        }),
        worksheets: {
          get items() {
            return workbook.sheets;
          },
          load() {
            return this;
          },
          add: (name: string) => {
            if (workbook.sheets.some((s) => s.name === name)) throw new Error(`sheet ${name} exists`);
            const sheet = new FakeSheet(name, workbook);
            workbook.sheets.push(sheet);
            return sheet;
          },
          getItem: (name: string) => workbook.sheet(name),
        },
        functions: {
          match: (value: string | number, range: FakeRange, type: number) =>
            workbook.match(value, range, type),
        },
        comments: workbook.noteCollection(() => workbook.comments),
        notes: workbook.noteCollection(() => workbook.notes),
        tables: {
          get items() {
            return workbook.tables;
          },
          load() {
            return this;
          },
          getItem: (name: string) => workbook.tables.find((t) => t.name === name)!,
        },
      },
    };
  }

  /**
   * Excel's MATCH with match type 0 down one column: text in any letter case, a number only as a number;
   * filtered or hidden rows count. Its patterns (* ? ~) are not modelled: the adapter must not send them.
   */
  match(value: string | number, range: FakeRange, type: number) {
    if (type !== 0 || range.columnCount !== 1)
      throw new Error('the fake models MATCH type 0 down one column');
    if (typeof value === 'string' && /[*?~]/.test(value))
      throw new Error(`the fake does not model MATCH's patterns: ${value}`);
    this.matchCalls++;
    const at = this.syncs;
    const workbook = this;
    const holds = (cell: FakeCell | undefined) =>
      typeof value === 'number'
        ? cell?.type === 'Double' && cell.value === value
        : cell?.type === 'String' && String(cell.value).toLowerCase() === value.toLowerCase();
    let position: number | null = null;
    for (let r = 0; r < range.rowCount && position === null; r++)
      if (holds(range.sheet.rows[range.rowIndex + r]?.[range.columnIndex])) position = r + 1;
    const result = {
      load: () => result,
      get value() {
        if (workbook.syncs <= at) throw new Error('PropertyNotLoaded: value of MATCH');
        return position ?? undefined;
      },
      get error() {
        if (workbook.syncs <= at) throw new Error('PropertyNotLoaded: error of MATCH');
        return position === null ? '#N/A' : '';
      },
    };
    return result;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
}

export class FakeSheet {
  rows: (FakeCell | undefined)[][] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: string[] = [];
  validations: { address: string; rule: any; prompt?: any; errorAlert?: any }[] = [];
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  hiddenColumns = new Set<number>();
  pageLayout: any = {
    headersFooters: { defaultForAllPages: {} },
    setPrintTitleRows: (rows: string) => (this.pageLayout.printTitleRows = rows),
    setPrintTitleColumns: (columns: string) => (this.pageLayout.printTitleColumns = columns),
    setPrintArea: (area: string) => (this.pageLayout.printArea = area),
  };
  pageBreaks = { rows: [] as string[], columns: [] as string[] };
  readonly horizontalPageBreaks = { add: (at: string) => this.pageBreaks.rows.push(at) };
  readonly verticalPageBreaks = { add: (at: string) => this.pageBreaks.columns.push(at) };
  active = false;
  selected = '';
  dataBars: { address: string; dataBar: any }[] = [];
  chartList: {
    title: string;
    series: { name: string; values: string; categories: string }[];
    position: string[];
    plotVisibleOnly?: boolean;
  }[] = [];

  get charts() {
    return {
      add: (_type: string, values: FakeRange) => {
        const chart = {
          title: '',
          series: [] as { name: string; values: string; categories: string; color?: string }[],
          position: [] as string[],
          plotVisibleOnly: true,
        };
        this.chartList.push(chart);
        const seriesApi = (s: { name: string; values: string; categories: string; color?: string }) => ({
          set name(name: string) {
            s.name = name;
          },
          format: { fill: { setSolidColor: (color: string) => (s.color = color) } },
          setValues: (range: FakeRange) => (s.values = range.address()),
          setXAxisValues: (range: FakeRange) => (s.categories = range.address()),
        });
        chart.series.push({ name: '', values: values.address(), categories: '' });
        return {
          title: {
            set text(text: string) {
              chart.title = text;
            },
          },
          series: {
            getItemAt: (i: number) => seriesApi(chart.series[i]!),
            add: (name: string) => {
              const s = { name, values: '', categories: '' };
              chart.series.push(s);
              return seriesApi(s);
            },
          },
          setPosition: (from: string, to: string) => (chart.position = [from, to]),
          set plotVisibleOnly(visibleOnly: boolean) {
            chart.plotVisibleOnly = visibleOnly;
          },
        };
      },
    };
  }

  constructor(
    public name: string,
    readonly workbook: FakeWorkbook,
  ) {}

  get tables() {
    return {
      add: (address: string, _hasHeaders: boolean) => {
        const table = new FakeTable(this, parseA1(address));
        this.workbook.tables.push(table);
        return table;
      },
    };
  }

  get freezePanes() {
    return {
      freezeRows: (rows: number) => (this.freeze = { rows, columns: 0 }),
      freezeColumns: (columns: number) => (this.freeze = { rows: 0, columns }),
      freezeAt: (range: FakeRange) => (this.freeze = { rows: range.rowCount, columns: range.columnCount }),
    };
  }

  cell(row: number, col: number): FakeCell {
    const r = (this.rows[row] ??= []);
    return (r[col] ??= { value: '', type: 'Empty' });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this, parseA1(address));
  }

  getRangeByIndexes(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this, { rowIndex, columnIndex, rowCount, columnCount });
  }

  /** As Excel: a blank sheet's used range is its top-left cell, never an error. */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    const used = this.getUsedRangeOrNullObject();
    return used.isNullObject ? new FakeRange(this, parseA1('A1')) : used;
  }

  getUsedRangeOrNullObject(): FakeRange {
    const lastRow = this.rows.length;
    let lastCol = 0;
    for (let r = 0; r < this.rows.length; r++) lastCol = Math.max(lastCol, this.rows[r]?.length ?? 0);
    if (lastRow === 0) return Object.assign(new FakeRange(this, parseA1('A1')), { isNullObject: true });
    return new FakeRange(this, { rowIndex: 0, columnIndex: 0, rowCount: lastRow, columnCount: lastCol });
  }

  activate(): void {
    this.active = true;
  }

  delete(): void {
    this.workbook.sheets = this.workbook.sheets.filter((s) => s !== this);
    this.workbook.tables = this.workbook.tables.filter((t) => t.sheet !== this);
  }
}

interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export class FakeRange implements Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  isNullObject = false;
  format: any;
  dataValidation: any;

  constructor(
    readonly sheet: FakeSheet,
    box: Box,
  ) {
    ({
      rowIndex: this.rowIndex,
      columnIndex: this.columnIndex,
      rowCount: this.rowCount,
      columnCount: this.columnCount,
    } = box);
    const range = this;
    const font: any = {};
    const fill: any = {};
    this.format = {
      font,
      fill,
      set columnWidth(width: number) {
        sheet.columnWidths.set(range.columnIndex, width);
      },
      set rowHeight(height: number) {
        sheet.rowHeights.set(range.rowIndex, height);
      },
    };
    const validation: any = { address: this.address(), rule: null };
    this.dataValidation = {
      clear: () => undefined,
      set rule(rule: any) {
        validation.rule = rule;
        sheet.validations.push(validation);
      },
      set prompt(prompt: any) {
        validation.prompt = prompt;
      },
      set errorAlert(alert: any) {
        validation.errorAlert = alert;
      },
      set ignoreBlanks(_: boolean) {},
    };
  }

  address(): string {
    if (!Number.isFinite(this.columnIndex + this.rowIndex + this.columnCount + this.rowCount))
      throw new Error(
        `bad box ${JSON.stringify({ r: this.rowIndex, c: this.columnIndex, rc: this.rowCount, cc: this.columnCount })}`,
      );
    const letters = (n: number): string =>
      n < 0 ? '' : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));
    return `${letters(this.columnIndex)}${this.rowIndex + 1}:${letters(this.columnIndex + this.columnCount - 1)}${this.rowIndex + this.rowCount}`;
  }

  private each(grid: unknown[][], set: (cell: FakeCell, value: any) => void): void {
    this.sheet.workbook.count(grid);
    if (grid.length !== this.rowCount || grid.some((r) => r.length !== this.columnCount)) {
      throw new Error(`InvalidArgument: ${grid.length}×${grid[0]?.length} written into ${this.address()}`);
    }
    grid.forEach((row, r) =>
      row.forEach((value, c) => set(this.sheet.cell(this.rowIndex + r, this.columnIndex + c), value)),
    );
  }

  /** As Excel takes a value typed or written into `values`: a string is parsed unless it starts with '. */
  set values(grid: any[][]) {
    this.each(grid, (cell, value) => {
      delete cell.formula;
      if (typeof value === 'string') Object.assign(cell, parseAsExcel(value));
      else if (typeof value === 'number') Object.assign(cell, { value, type: 'Double' });
      else Object.assign(cell, { value, type: 'Boolean' });
    });
  }

  get values(): any[][] {
    this.assertLoaded('values');
    return this.grid((cell) => cell?.value ?? '');
  }

  get valueTypes(): any[][] {
    this.assertLoaded('valueTypes');
    return this.grid((cell) => cell?.type ?? 'Empty');
  }

  /** Properties asked for with load(), and the sync count when they were: readable after the next sync. */
  private readonly loaded = new Map<string, number>();

  load(properties = ''): this {
    for (const name of properties.split(',')) this.loaded.set(name.trim(), this.sheet.workbook.syncs);
    return this;
  }

  /** Office.js throws PropertyNotLoaded for a property read before load() and sync(). */
  private assertLoaded(name: string): void {
    const at = this.loaded.get(name);
    if (at === undefined || this.sheet.workbook.syncs <= at) {
      throw new Error(`PropertyNotLoaded: ${name} of ${this.address()} was read before load() and sync()`);
    }
  }

  set formulas(grid: string[][]) {
    this.each(grid, (cell, formula) => Object.assign(cell, { formula, value: '', type: 'Empty' }));
  }

  set numberFormat(grid: string[][]) {
    this.each(grid, (cell, format) => (cell.numberFormat = format));
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    return Array.from({ length: this.rowCount }, (_, r) =>
      Array.from({ length: this.columnCount }, (_, c) =>
        read(this.sheet.rows[this.rowIndex + r]?.[this.columnIndex + c]),
      ),
    );
  }

  set columnHidden(hidden: boolean) {
    for (let c = 0; c < this.columnCount; c++)
      if (hidden) this.sheet.hiddenColumns.add(this.columnIndex + c);
      else this.sheet.hiddenColumns.delete(this.columnIndex + c);
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.sheet, { ...this, rowIndex: 0, rowCount: 1_048_576 });
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.sheet, { ...this, columnIndex: 0, columnCount: 16_384 });
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.sheet, {
      ...this,
      rowIndex: this.rowIndex + rows,
      columnIndex: this.columnIndex + columns,
    });
  }

  getResizedRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.sheet, {
      ...this,
      rowCount: this.rowCount + rows,
      columnCount: this.columnCount + columns,
    });
  }

  merge(): void {
    this.sheet.merges.push(this.address());
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    const top = Math.max(this.rowIndex, other.rowIndex);
    const left = Math.max(this.columnIndex, other.columnIndex);
    const bottom = Math.min(this.rowIndex + this.rowCount, other.rowIndex + other.rowCount);
    const right = Math.min(this.columnIndex + this.columnCount, other.columnIndex + other.columnCount);
    const box = { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
    if (box.rowCount <= 0 || box.columnCount <= 0)
      return Object.assign(new FakeRange(this.sheet, parseA1('A1')), { isNullObject: true });
    return new FakeRange(this.sheet, box);
  }

  /** The merged areas inside this range, as Office.js gives them: one address, areas comma-separated. */
  getMergedAreasOrNullObject() {
    const sheet = this.sheet;
    const at = sheet.workbook.syncs;
    return {
      load() {
        return this;
      },
      get isNullObject() {
        return sheet.merges.length === 0;
      },
      get address() {
        if (sheet.workbook.syncs <= at) throw new Error('PropertyNotLoaded: address of merged areas');
        return sheet.merges.map((m) => `${sheet.name}!${m}`).join(',');
      },
    };
  }

  /** Each cell's hyperlink (only that property is asked for), readable after the next sync. */
  getCellProperties(_options: { hyperlink: boolean }) {
    const at = this.sheet.workbook.syncs;
    const grid = () =>
      this.grid((cell) => (cell?.hyperlink ? { hyperlink: { address: cell.hyperlink } } : {}));
    const sheet = this.sheet;
    return {
      get value() {
        if (sheet.workbook.syncs <= at) throw new Error('PropertyNotLoaded: cell properties');
        return grid();
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (_type: string) => {
        const entry = { address: this.address(), dataBar: { positiveFormat: {} } as any };
        this.sheet.dataBars.push(entry);
        return { dataBar: entry.dataBar };
      },
    };
  }

  select(): void {
    this.sheet.selected = this.address();
    this.sheet.workbook.activeCell = { sheet: this.sheet.name, address: this.address() };
  }
}

export class FakeTable {
  name = '';
  style = '';

  constructor(
    readonly sheet: FakeSheet,
    public box: Box,
  ) {}

  get worksheet() {
    return this.sheet;
  }

  get columns() {
    return {
      add: (_index: number | undefined, _values: unknown, name: string) => {
        const column = this.box.columnIndex + this.box.columnCount;
        this.sheet.getRangeByIndexes(this.box.rowIndex, column, 1, 1).values = [[name]];
        this.box = { ...this.box, columnCount: this.box.columnCount + 1 };
      },
    };
  }

  getRange(): FakeRange {
    return new FakeRange(this.sheet, this.box);
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.sheet, { ...this.box, rowCount: 1 });
  }

  get rows() {
    const table = this;
    const rows = {
      get count() {
        return table.box.rowCount - 1;
      },
      /** As Office.js's load, it gives the object back. */
      load: () => rows,
      /** At `index` (the rows from there move down), or at the end when no index is given. */
      add: (index: number | undefined, values: any[][]) => {
        const at = index ?? table.box.rowCount - 1;
        values.forEach((row, k) => {
          table.shiftRows(at + k, +1);
          table.box = { ...table.box, rowCount: table.box.rowCount + 1 };
          table.sheet.getRangeByIndexes(
            table.box.rowIndex + 1 + at + k,
            table.box.columnIndex,
            1,
            table.box.columnCount,
          ).values = [row];
        });
      },
      getItemAt: (index: number) => {
        const range = this.sheet.getRangeByIndexes(
          this.box.rowIndex + 1 + index,
          this.box.columnIndex,
          1,
          this.box.columnCount,
        );
        return Object.assign(range, {
          delete: () => {
            table.shiftRows(index, -1);
            table.box = { ...table.box, rowCount: table.box.rowCount - 1 };
          },
          getRange: () =>
            Object.assign(range, {
              clear: () => (range.values = [Array.from({ length: table.box.columnCount }, () => '')]),
            }),
        });
      },
    };
    return rows;
  }

  /** Moves the table's rows from `index` on by one (down +1, up -1) within its columns, as Excel does. */
  private shiftRows(index: number, by: 1 | -1): void {
    const { rowIndex, columnIndex, columnCount, rowCount } = this.box;
    const first = rowIndex + 1 + index;
    const last = rowIndex + rowCount - 1;
    const rows = this.sheet.rows;
    const cellsOf = (r: number) => Array.from({ length: columnCount }, (_, c) => rows[r]?.[columnIndex + c]);
    const put = (r: number, cells: (FakeCell | undefined)[]) => {
      rows[r] ??= [];
      cells.forEach((cell, c) => (rows[r]![columnIndex + c] = cell));
    };
    if (by === 1) for (let r = last; r >= first; r--) put(r + 1, cellsOf(r));
    else for (let r = first; r < last; r++) put(r, cellsOf(r + 1));
    put(
      by === 1 ? first : last,
      Array.from({ length: columnCount }, () => undefined),
    );
  }
}

/**
 * What Excel makes of a string written to `values`: ' keeps the rest as text; = (and + - @ before
 * something that is no number) is a formula; a number, a date or TRUE/FALSE becomes that value. This is
 * why the adapter writes such text with the ' prefix (officeCells.ts), and why a test can see it missing.
 */
export function parseAsExcel(value: string): { value: unknown; type: string; formula?: string } {
  if (value === '') return { value: '', type: 'Empty' };
  if (value.startsWith("'")) return { value: value.slice(1), type: 'String' };
  if (value.startsWith('=#')) return { value: value.slice(1), type: 'Error' };
  const trimmed = value.trim();
  if (/^[-+]?\d+(\.\d+)?%?$/.test(trimmed)) {
    const number = Number(trimmed.replace('%', ''));
    return { value: trimmed.endsWith('%') ? number / 100 : number, type: 'Double' };
  }
  if (/^[=+\-@]/.test(value)) return { value: '', type: 'Empty', formula: value };
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (date) {
    const serial = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25_569;
    return { value: serial, type: 'Double' };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed), type: 'Boolean' };
  return { value, type: 'String' };
}
