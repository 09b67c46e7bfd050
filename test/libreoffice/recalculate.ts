import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';

/** LibreOffice's own settings: en-US, and recalculate every formula on load instead of trusting cached values. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return path === '' ? null : path;
}

/**
 * Opens each workbook in headless LibreOffice, recalculates it, saves it as .xlsx and loads the result.
 * soffice exits 0 even when a conversion fails, so a missing output file is the failure signal.
 */
export async function recalculate(files: readonly string[]): Promise<Map<string, ExcelJS.Workbook>> {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
  const work = mkdtempSync(join(tmpdir(), 'lo-recalc-'));
  mkdirSync(join(work, 'profile', 'user'), { recursive: true });
  writeFileSync(join(work, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
  const outDir = join(work, 'out');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const recalculated = new Map<string, ExcelJS.Workbook>();
  for (const file of files) {
    const output = join(outDir, basename(file));
    if (!existsSync(output)) throw new Error(`LibreOffice did not convert ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    recalculated.set(file, workbook);
  }
  return recalculated;
}
