import type { FollowUpActions } from '../../app/followUpActions';
import { Refusal } from '../../core/errors';
import type { WorkbookPort } from '../../core/port/workbookPort';
import type { FileEvents, FileHost, OpenedFile } from './fileHost';
import type { FileRequest, FileResponse } from './protocol';

/** The worker's script, built by webpack as its own entry (webpack.config.js). */
export const FILE_WORKER_SCRIPT = 'file-worker.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };
/** A request without its id, which the host numbers. */
type Unnumbered = FileRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The page's file held by a worker: every action is a message to it and its answer a message back, so
 * the page stays responsive however long the work. A refusal comes back as the same `Refusal`.
 */
export function workerFiles(
  today: () => number,
  makeWorker = () => new Worker(FILE_WORKER_SCRIPT),
): FileHost {
  let worker: Worker | null = null;
  let events: FileEvents | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  const receive = (event: MessageEvent<FileResponse>) => {
    const message = event.data;
    if (message.kind === 'progress') {
      events?.progress({ sheet: message.sheet, percent: message.percent });
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    events?.progress(null);
    if (message.kind === 'done') {
      if (message.changed) events?.changed();
      waiting?.resolve(message.value);
    } else {
      const { refusal } = message;
      waiting?.reject(
        refusal ? new Refusal(refusal.code, refusal.swedish, refusal.english) : new Error(message.message),
      );
    }
  };

  const send = (request: Unnumbered, transfer: Transferable[] = []): Promise<unknown> => {
    worker ??= makeWorker();
    worker.onmessage = receive;
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker?.postMessage({ ...request, id }, transfer);
    });
  };

  const opened = (): OpenedFile => {
    const call = (path: string[], args: unknown[]) => send({ kind: 'call', path, args, today: today() });
    return {
      actions: remote<FollowUpActions>([], call),
      port: remote<WorkbookPort>(['port'], call),
      bytes: async () => {
        const value = await send({ kind: 'bytes' });
        // The worker sends bytes it packed itself, on a buffer of their own (transferred, not shared).
        if (!(value instanceof Uint8Array) || !(value.buffer instanceof ArrayBuffer))
          throw new Error('no bytes');
        return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      },
    };
  };

  return {
    newFile: async (given) => {
      events = given;
      await send({ kind: 'new' });
      return opened();
    },
    openFile: async (bytes, name, given) => {
      events = given;
      await send({ kind: 'open', bytes, name }, [bytes]);
      return opened();
    },
  };
}

/**
 * An object whose every method, at any depth (`actions.codebook.read()`), is a call in the worker.
 * Typed as the object it stands for: the worker runs exactly that object's methods, all of which return
 * promises. `then` is absent, so awaiting the object itself does not call the worker.
 */
function remote<T>(path: string[], call: (path: string[], args: unknown[]) => Promise<unknown>): T {
  const target = function () {};
  const proxy: unknown = new Proxy(target, {
    get: (_, key) =>
      typeof key === 'string' && key !== 'then' ? remote<unknown>([...path, key], call) : undefined,
    apply: (_, __, args: unknown[]) => call(path, args),
  });
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the one place the remote object gets the type it stands for
  return proxy as T;
}
