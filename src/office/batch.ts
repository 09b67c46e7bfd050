/** Excel on the web refuses a request over 5 MB; we keep a margin. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** What a queued operation adds to the request, measured as the JSON Office.js sends. */
export function payloadBytes(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload)).length;
}

/**
 * Queues operations into one request and syncs only when the next one would push the request past the
 * limit: the number of syncs grows with the bytes written, never with the number of operations or rows.
 */
export class Batch {
  private queued = 0;
  private largest = 0;
  private syncCount = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    private readonly limit = MAX_REQUEST_BYTES,
  ) {}

  /** Queues one operation (by calling `queue`) whose payload is `payload`. */
  async add(payload: unknown, queue: () => void): Promise<void> {
    await this.addBytes(payloadBytes(payload), queue);
  }

  /** Queues one operation of an estimated size: a read, whose bytes are mostly in the response. */
  async addBytes(bytes: number, queue: () => void): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.sync();
    queue();
    this.queued += bytes;
  }

  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.queued);
    await this.context.sync();
    this.queued = 0;
    this.syncCount++;
  }

  /** Rows per write so that one write stays well inside a request. */
  rowsPerWrite(sampleRow: readonly unknown[]): number {
    return Math.max(1, Math.floor(this.limit / 4 / Math.max(1, payloadBytes(sampleRow))));
  }

  get stats(): { readonly syncs: number; readonly largestRequestBytes: number } {
    return { syncs: this.syncCount, largestRequestBytes: Math.max(this.largest, this.queued) };
  }
}
