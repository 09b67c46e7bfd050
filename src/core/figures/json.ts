import { FIGURES, type Figure, type FigureId } from './figureRegistry';
import { measureOf } from './evaluate';
import { plainValue, type MeasureValue } from './measures';
import type { GroupContract, GroupFigures, Results } from './types';

/** The `results --json` contract (README): unmasked, rates as unrounded fractions, null for no value. */
export interface ResultsJson {
  readonly masked: false;
  readonly cases: number;
  readonly groups: readonly GroupJson[];
}

export type GroupJson = Omit<GroupFigures, 'measures'>;

export function resultsJson(results: Results): ResultsJson {
  return {
    masked: false,
    cases: results.cases,
    groups: results.groups.map(({ measures: _measures, ...group }) => group),
  };
}

/** The contract's fields from the figures' values, each where its registry entry's `json` puts it. */
export function groupContract(values: ReadonlyMap<FigureId, MeasureValue>): GroupContract {
  return contractFrom(
    (id) => plainValue(measureOf(values, id)) ?? 0,
    (id) => plainValue(measureOf(values, id)),
  );
}

/** The contract's shape over any kind of value: plain numbers, or what the masked sheet shows. */
export type ContractOf<Count, Other> = {
  readonly [K in keyof GroupContract]: GroupContract[K] extends number
    ? Count
    : GroupContract[K] extends number | null
      ? Other
      : { readonly [L in keyof GroupContract[K]]: GroupContract[K][L] extends number ? Count : Other };
};

type JsonTree<V> = { [field: string]: V | JsonTree<V> };

/**
 * The contract built from the registry: every figure with a `json` path, a count as `count` gives it and
 * any other figure as `value` does. The registry is the contract; `GroupContract` is its type, and
 * `test/core/figureRegistry.test.ts` holds the two to the same fields.
 */
export function contractFrom<Count, Other>(
  count: (id: FigureId) => Count,
  value: (id: FigureId) => Other,
  figures: readonly Figure[] = FIGURES,
): ContractOf<Count, Other> {
  const tree: JsonTree<Count | Other> = {};
  for (const figure of figures) {
    if (!figure.json) continue;
    const shown = figure.measure.kind === 'count' ? count(figure.id) : value(figure.id);
    const [field, inner] = figure.json;
    if (inner === undefined) tree[field] = shown;
    else {
      const branch = tree[field];
      const object: JsonTree<Count | Other> = isTree(branch) ? branch : {};
      object[inner] = shown;
      tree[field] = object;
    }
  }
  return asContract<Count, Other>(tree);
}

function isTree<V>(value: V | JsonTree<V> | undefined): value is JsonTree<V> {
  return typeof value === 'object' && value !== null;
}

function asContract<Count, Other>(tree: JsonTree<Count | Other>): ContractOf<Count, Other> {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- built from the registry, whose paths the test holds to this type
  return tree as unknown as ContractOf<Count, Other>;
}
