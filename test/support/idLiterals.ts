import ts from 'typescript';
import { join, relative } from 'node:path';

/**
 * String literals written where the type checker expects a figure id or a breakdown id (an argument,
 * an element, a comparison, a case): outside the registries each such reference must go through the
 * registry's entries (`isTotal`, `caseCount`, `SENTENCE_FIGURES`, a breakdown's `split`), so that adding
 * or renaming one is one entry. The same letters in another role ('n' as a cell type) are no id.
 */
const root = join(__dirname, '../..');
const REGISTRIES = [
  { file: join(root, 'src/core/figures/figureId.ts'), alias: 'FigureId' },
  { file: join(root, 'src/core/figures/groups.ts'), alias: 'BreakdownKind' },
];
/** The registries themselves, where the ids are written. */
const EXEMPT = [...REGISTRIES.map((r) => r.file), join(root, 'src/core/figures/figureRegistry.ts')];

export function idLiteralsIn(rootNames: readonly string[], checked: (file: string) => boolean): string[] {
  const program = ts.createProgram([...rootNames, ...REGISTRIES.map((r) => r.file)], compilerOptions());
  const checker = program.getTypeChecker();
  const idSets = REGISTRIES.map(({ file, alias }) => literalsOfAlias(program, checker, file, alias));
  const allIds = new Set(idSets.flatMap((s) => [...s]));
  const isIdType = (type: ts.Type | undefined): boolean => {
    if (!type) return false;
    const values = new Set(
      (type.isUnion() ? type.types : [type]).flatMap((t) => (t.isStringLiteral() ? [t.value] : [])),
    );
    return idSets.some((ids) => [...ids].every((id) => values.has(id)));
  };
  const found: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (!checked(source.fileName) || EXEMPT.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && allIds.has(node.text)) {
        if (contextTypes(node, checker).some(isIdType)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${relative(root, source.fileName)}:${line + 1} '${node.text}'`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The types a literal is measured against: where it is passed or assigned, compared, or switched on. */
function contextTypes(node: ts.Expression, checker: ts.TypeChecker): (ts.Type | undefined)[] {
  const parent = node.parent;
  const types = [checker.getContextualType(node)];
  if (ts.isBinaryExpression(parent)) {
    const other = parent.left === node ? parent.right : parent.left;
    types.push(checker.getTypeAtLocation(other));
  }
  if (ts.isCaseClause(parent)) types.push(checker.getTypeAtLocation(parent.parent.parent.expression));
  return types;
}

function literalsOfAlias(program: ts.Program, checker: ts.TypeChecker, file: string, alias: string) {
  const source = program.getSourceFile(file);
  const declaration = source?.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
  );
  if (!declaration) throw new Error(`No type ${alias} in ${file}`);
  const type = checker.getTypeAtLocation(declaration.name);
  return new Set(
    (type.isUnion() ? type.types : [type]).flatMap((t) => (t.isStringLiteral() ? [t.value] : [])),
  );
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return { ...parsed.options, noEmit: true };
}

/** Every TypeScript file of src. */
export function sourceFiles(): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return parsed.fileNames.filter((f) => f.startsWith(join(root, 'src') + '/'));
}
