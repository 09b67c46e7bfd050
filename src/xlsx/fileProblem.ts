/** A file that cannot be read or written; the message is Swedish and meant for the user. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}
