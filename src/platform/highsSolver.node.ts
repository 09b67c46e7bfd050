import loadHighs from 'highs';
import { useLinearSolver, type LinearSolver } from '../core/masking/linearSolver';
import { highsSolver } from './highsSolver';

/** HiGHS as the masking's solver, its WebAssembly loaded from node_modules. */
export async function loadHighsSolver(): Promise<LinearSolver> {
  return highsSolver(await loadHighs());
}

/** Loads HiGHS and makes it the masking's solver in this process. */
export async function useHighs(): Promise<void> {
  useLinearSolver(await loadHighsSolver());
}
