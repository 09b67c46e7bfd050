import { strToU8, zipSync } from 'fflate';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { zipEntries } from '../../src/xlsx/zipDirectory';

/** A small zip whose entries were last modified on the given (local) date. */
function zipFrom(modified: Date): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': [strToU8('<Types/>'), { mtime: modified }],
      'xl/workbook.xml': [strToU8('<workbook/>'), { mtime: modified }],
    },
    { level: 6 },
  );
}

describe('the package as a zip', () => {
  it('writes an unchanged package back byte for byte, whenever it is written: part times are kept', () => {
    const pkg = OpcPackage.fromZip(zipFrom(new Date(2001, 1, 3, 4, 5, 6)));
    const first = pkg.toZip();
    // The clock an hour on, as between two saves: nothing the zip says may follow it.
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 3_600_000);
    try {
      expect(Buffer.from(pkg.toZip()).equals(Buffer.from(first))).toBe(true);
    } finally {
      now.mockRestore();
    }
    expect(zipEntries(first)!.map((e) => e.modified.getTime())).toEqual([
      new Date(2001, 1, 3, 4, 5, 6).getTime(),
      new Date(2001, 1, 3, 4, 5, 6).getTime(),
    ]);
  });

  it('keeps the time of the parts it did not change when it changes another', () => {
    const modified = new Date(2001, 1, 3, 4, 5, 6);
    const pkg = OpcPackage.fromZip(zipFrom(modified));
    pkg.setText('xl/workbook.xml', '<workbook><sheets/></workbook>');
    const times = new Map(zipEntries(pkg.toZip())!.map((e) => [e.name, e.modified.getTime()]));
    expect(times.get('[Content_Types].xml')).toBe(modified.getTime());
    expect(times.get('xl/workbook.xml')).not.toBe(modified.getTime());
  });

  it('reads a DOS date of zero, as some writers leave it, as the first day a zip can name', () => {
    const bytes = zipFrom(new Date(2001, 1, 3));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Zero the date and time of every central-directory entry.
    for (let at = 0; at + 4 <= bytes.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 12, 0, true);
    expect(zipEntries(bytes)!.map((e) => e.modified.getTime())).toEqual([
      new Date(1980, 0, 1).getTime(),
      new Date(1980, 0, 1).getTime(),
    ]);
    expect(() => OpcPackage.fromZip(bytes).toZip()).not.toThrow();
  });
});
