import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The ECMA-376 schemas shared beside this checkout (../shared/schemas/ooxml; its README says how to use them). */
export const OOXML_SCHEMAS = resolve(__dirname, '../../../shared/schemas/ooxml');

/** Which schema validates a part, by its name; null for parts these schemas do not cover. */
export function schemaFor(part: string): string | null {
  if (/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/i.test(part))
    return 'sml.xsd';
  if (/^xl\/charts\/chart[^/]*\.xml$/i.test(part)) return 'dml-chart.xsd';
  if (/^xl\/drawings\/[^/]+\.xml$/i.test(part)) return 'dml-spreadsheetDrawing.xsd';
  return null;
}

/**
 * As the schemas' README says: the attributes and elements of the namespaces a part lists in `mc:Ignorable`
 * are removed first (Excel ignores them too), and so is `xml:space` on `<t>`, which Excel itself writes.
 */
export function withoutIgnorable(xml: string): string {
  const ignorable = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/(<(?:\w+:)?t)\s+xml:space="preserve"/g, '$1').replace(/\smc:Ignorable="[^"]*"/g, '');
  for (const prefix of ignorable) {
    out = out
      .replace(new RegExp(`<${prefix}:(\\w+)\\b[^>]*/>`, 'g'), '')
      .replace(new RegExp(`<${prefix}:(\\w+)\\b[^>]*>[\\s\\S]*?</${prefix}:\\1>`, 'g'), '')
      .replace(new RegExp(`\\s${prefix}:[\\w-]+="[^"]*"`, 'g'), '');
  }
  return out;
}

/** xmllint's complaints about one part (empty when it validates). */
export function schemaErrors(part: string, xml: string): string[] {
  const schema = schemaFor(part);
  if (schema === null) return [];
  const file = join(mkdtempSync(join(tmpdir(), 'ooxml-')), 'part.xml');
  writeFileSync(file, withoutIgnorable(xml));
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(OOXML_SCHEMAS, schema), file], { stdio: 'pipe' });
    return [];
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? e);
    return stderr
      .split('\n')
      .filter((line) => line.includes('error'))
      .map((line) => `${part}: ${line.replace(`${file}:`, '')}`);
  }
}

export const schemasPresent = () => existsSync(join(OOXML_SCHEMAS, 'sml.xsd'));
