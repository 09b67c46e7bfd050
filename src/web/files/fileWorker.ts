import { FollowUpActions } from '../../app/followUpActions';
import { Refusal } from '../../core/errors';
import { emptyPackage } from '../../xlsx/package/emptyPackage';
import { openPackagePort } from '../../xlsx/package/openPackage';
import { PackageWorkbookPort, type PackageWriteOptions } from '../../xlsx/package/packagePort';
import { ChangeTrackingPort } from '../changeTrackingPort';
import { packedBytes } from './localFiles';
import type { FileRequest, FileResponse } from './protocol';

/**
 * The worker that holds the page's file: reading, checking and computing run here, so the page answers
 * the user while 100,000 cases are read. Requests are handled one at a time, in order.
 */
interface Held {
  readonly file: PackageWorkbookPort;
  readonly port: ChangeTrackingPort;
  readonly actions: FollowUpActions;
}

/** What this script needs of the worker it runs in. */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FileRequest>) => void) | null;
}

const isWorkerScope = (scope: object): scope is WorkerScope =>
  'importScripts' in scope && 'postMessage' in scope;

const current: object = globalThis;
if (!isWorkerScope(current)) throw new Error('fileWorker.ts runs as a worker only');
const scope: WorkerScope = current;
let held: Held | null = null;
let today = 0;
let changed = false;
let queue: Promise<void> = Promise.resolve();

const post = (message: FileResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

const options: PackageWriteOptions = {
  cachedResults: true,
  progress: (sheet, fraction) => post({ kind: 'progress', sheet, percent: Math.round(fraction * 100) }),
};

function hold(file: PackageWorkbookPort): Held {
  const port = new ChangeTrackingPort(file, () => (changed = true));
  return { file, port, actions: new FollowUpActions(port, () => today) };
}

/** A method of the actions or of the port, by its path; only functions are called. */
async function call(path: readonly string[], args: readonly unknown[]): Promise<unknown> {
  if (!held) throw new Error('no file open');
  const [first, ...rest] = path;
  let target: unknown = first === 'port' ? held.port : held.actions;
  let owner: unknown = target;
  for (const key of first === 'port' ? rest : path) {
    owner = target;
    target = typeof target === 'object' && target !== null ? Reflect.get(target, key) : undefined;
  }
  if (typeof target !== 'function') throw new Error(`no action ${path.join('.')}`);
  return Reflect.apply(target, owner, args);
}

async function handle(request: FileRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (request.kind) {
    case 'new':
      held = hold(new PackageWorkbookPort(emptyPackage(), options));
      return { value: null };
    case 'open':
      held = hold(await openPackagePort(new Uint8Array(request.bytes), request.name, options));
      return { value: null };
    case 'bytes': {
      if (!held) throw new Error('no file open');
      const bytes = packedBytes(held.file);
      return { value: bytes, transfer: [bytes.buffer] };
    }
    case 'call':
      today = request.today;
      return { value: await call(request.path, request.args) };
  }
}

scope.onmessage = (event: MessageEvent<FileRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      const { value, transfer } = await handle(request);
      post({ id: request.id, kind: 'done', value, changed }, transfer);
    } catch (e) {
      post({
        id: request.id,
        kind: 'failed',
        message: e instanceof Error ? e.message : String(e),
        ...(e instanceof Refusal
          ? { refusal: { code: e.code, swedish: e.message, english: e.in('en') } }
          : {}),
      });
    }
    changed = false;
  });
};
