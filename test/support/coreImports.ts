import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every import of the core's files between themselves, type imports too, read from their text. */
const root = join(__dirname, '../..');
const core = join(root, 'src/core');

export interface CoreImport {
  readonly from: string;
  readonly to: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function coreImports(): CoreImport[] {
  return tsFiles(core).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gms)].map((m) => ({
      from: relative(core, file),
      to: relative(core, `${resolve(dirname(file), m[1]!)}.ts`),
    })),
  );
}

/** A core file's room: its folder, or "base" for the files in src/core itself. */
export const roomOf = (file: string): string => (file.includes('/') ? file.split('/')[0]! : 'base');

/** The rooms' order as the lint rule has it (eslint.config.mjs is an ES module, read by Node itself). */
export function coreLayers(): string[] {
  const script = "import('./eslint.config.mjs').then((m) => console.log(JSON.stringify(m.CORE_LAYERS)))";
  return [
    'base',
    ...(JSON.parse(
      execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }),
    ) as string[]),
  ];
}

/** The import circles among the core's files, each as the files around it. */
export function importCircles(imports: readonly CoreImport[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of imports) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') circles.push([...path.slice(path.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of next.keys()) if (!state.has(file)) visit(file);
  return circles;
}
