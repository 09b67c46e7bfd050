import type { GroupFigures } from '../figures/types';

/** Column C: A holds the group, B the subgroup (kön in the unit × gender table). */
export const FIRST_FIGURE_COLUMN = 3;

/** Where each group's row landed, so the summary can point at its figures. */
export type GroupRows = Map<GroupFigures, number>;

/** The label of the total's row, under the section "Samtliga ärenden". */
export const TOTAL_LABEL = 'Totalt';
