/**
 * What exceljs 4.4 does at run time but its typings do not declare (see lib/doc/worksheet.js,
 * lib/doc/data-validations.js, lib/xlsx/xform/sheet/cell-xform.js). Declared here once instead of cast.
 */
import 'exceljs';

declare module 'exceljs' {
  interface Worksheet {
    /** Keyed by address; a range key ("A3:A1000") is written as one sqref. */
    readonly dataValidations: { add(address: string, validation: DataValidation): DataValidation };
    /** Tables as loaded from a file, keyed by name. */
    readonly tables: Readonly<
      Record<string, { readonly table: { name?: string; tableRef?: string; ref?: string } }>
    >;
  }
  interface Xlsx {
    /** JSZip underneath takes any bytes, in Node and in the browser alike. */
    load(data: Uint8Array | ArrayBuffer): Promise<Workbook>;
  }
  interface DataBarRuleType {
    /** The bar's colour (lib/xlsx/xform/sheet/cf/databar-xform.js writes it). */
    color?: Partial<Color>;
  }
  interface CellFormulaValue {
    /** `array` writes `<f t="array" ref="…">`: a formula entered with Ctrl+Shift+Enter. */
    shareType?: 'array' | 'shared';
    ref?: string;
  }
}
