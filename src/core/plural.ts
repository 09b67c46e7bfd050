/** A count with its noun in the right number: "1 varning", "2 varningar"; "1 error", "2 errors". */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}

/** The check's tally, in Swedish ("fel" is the same in both numbers). */
export function problemTally(errors: number, warnings: number): string {
  return `${counted(errors, 'fel', 'fel')} och ${counted(warnings, 'varning', 'varningar')}.`;
}

/** Beside results computed over data the check finds errors in: the pane, the page and the command line. */
export function restsOnErrors(errors: number): string {
  return `Resultatet bygger på uppgifter med ${counted(errors, 'fel', 'fel')}.`;
}
