import { FollowUpActions } from '../../src/app/followUpActions';
import { Refusal } from '../../src/core/errors';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { openPackagePort } from '../../src/xlsx/package/openPackage';
import { NODE_UNPACKER } from '../../src/xlsx/nodeFiles';
import type { PartUnpacker } from '../../src/xlsx/package/opcPackage';
import { PACKAGE_LIMITS } from '../../src/xlsx/packageLimits';
import { newPackagePort } from '../support/packagePorts';
import { bombWorkbook, forgedDirectory } from '../support/zipBombs';

/** Issue 21: every part of a workbook is bounded before it is unpacked, on every surface (one guard). */
async function newWorkbook(): Promise<Uint8Array> {
  const port = newPackagePort();
  await new FollowUpActions(port, () => 45000).create(DEFAULT_SETTINGS, DEFAULT_CODEBOOK);
  return port.pkg.toZip();
}

async function refusalOf(bytes: Uint8Array, unpacker?: PartUnpacker): Promise<Refusal> {
  try {
    await openPackagePort(bytes, 'fil.xlsx', undefined, unpacker);
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('the file was opened');
}

describe('a workbook over a limit', () => {
  it('is refused when its shared strings would unpack to 400 MB, naming the part and the limit', async () => {
    const refusal = await refusalOf(
      forgedDirectory([
        { name: 'xl/workbook.xml', size: 1000 },
        { name: 'xl/sharedStrings.xml', size: 400e6 },
      ]),
    );
    expect(refusal.code).toBe('part-too-large');
    expect(refusal.in('sv')).toBe(
      'fil.xlsx läses inte: delen xl/sharedStrings.xml är 400 MB uppackad, gränsen är 120 MB. En så stor del gör ingen vanlig arbetsbok; öppna filen i Excel och spara den igen.',
    );
  });

  it('is refused when its styles would unpack to more than the limit', async () => {
    const styles = await refusalOf(
      forgedDirectory([{ name: 'xl/styles.xml', size: PACKAGE_LIMITS.partBytes + 1 }]),
    );
    expect(styles.in('en')).toContain('its part xl/styles.xml unpacks to 121 MB, the limit is 120 MB');
  });

  it('is refused when its parts together are over the limit, though each is under it', async () => {
    const parts = [1, 2, 3].map((i) => ({ name: `xl/media/image${i}.png`, size: 110e6 }));
    expect((await refusalOf(forgedDirectory(parts))).code).toBe('package-too-large');
  });

  it('is refused when it holds more parts than any workbook does', async () => {
    const parts = Array.from({ length: PACKAGE_LIMITS.parts + 1 }, (_, i) => ({ name: `p${i}`, size: 1 }));
    expect((await refusalOf(forgedDirectory(parts))).code).toBe('too-many-parts');
  });

  it('is refused when two parts differ only in letter case (Excel would read one, the tool the other)', async () => {
    const refusal = await refusalOf(
      forgedDirectory([
        { name: 'xl/worksheets/sheet1.xml', size: 100 },
        { name: 'XL/Worksheets/Sheet1.xml', size: 100 },
      ]),
    );
    expect(refusal.code).toBe('part-twice');
    expect(refusal.in('sv')).toContain('delen XL/Worksheets/Sheet1.xml finns två gånger');
  });

  it('is refused as damaged when a sheet unpacks to more than its directory says (a lying bomb)', async () => {
    const bytes = await bombWorkbook(await newWorkbook(), 'xl/worksheets/sheet1.xml', 40, {
      declared: 2000,
    });
    expect(bytes.length).toBeLessThan(1e6);
    // The web page's inflate (fflate) stops at the stated size; the command line's (zlib) refuses beyond it.
    for (const unpacker of [undefined, NODE_UNPACKER]) {
      const refusal = await refusalOf(bytes, unpacker);
      expect(refusal.code).toBe('damaged-part');
      expect(refusal.in('sv')).toContain('xl/worksheets/sheet1.xml går inte att läsa');
    }
  });

  it('opens an ordinary new workbook, far below every limit', async () => {
    const port = await openPackagePort(await newWorkbook(), 'ny.xlsx');
    expect(port.pkg.names()).toContain('xl/workbook.xml');
  });
});
