/** Messages between the page and the worker that holds the file (`fileWorker.ts`). */

export type FileRequest =
  | { readonly id: number; readonly kind: 'new' }
  | { readonly id: number; readonly kind: 'open'; readonly bytes: ArrayBuffer; readonly name: string }
  | { readonly id: number; readonly kind: 'bytes' }
  /**
   * A call of the actions (`['check']`, `['codebook', 'read']`) or of the port (`['port', 'selectCell']`).
   * `today` is the page's date, as the actions read it.
   */
  | {
      readonly id: number;
      readonly kind: 'call';
      readonly path: readonly string[];
      readonly args: readonly unknown[];
      readonly today: number;
    };

/** A refusal as it crosses to the page: its code and both messages (refusals.ts made it). */
export interface RefusalMessage {
  readonly code: string;
  readonly swedish: string;
  readonly english: string;
}

export type FileResponse =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown; readonly changed: boolean }
  | {
      readonly id: number;
      readonly kind: 'failed';
      readonly refusal?: RefusalMessage;
      readonly message: string;
    }
  | { readonly kind: 'progress'; readonly sheet: string; readonly percent: number };
