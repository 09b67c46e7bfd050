import { text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { exampleCaseRows } from '../../src/core/example/generate';

/** `count` fictitious cases: the example drawn again with new seeds, numbered anew (B-1, B-2, …). */
export function manyCases(count: number) {
  const rows = [];
  for (let seed = 1; rows.length < count; seed++)
    for (const row of exampleCaseRows(DEFAULT_CODEBOOK, seed)) {
      if (rows.length === count) break;
      rows.push([text(`B-${rows.length + 1}`), ...row.slice(1)]);
    }
  return rows;
}
