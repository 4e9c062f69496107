/**
 * .xlsx files read for the pane in a Web Worker (xlsx-worker.ts): the page stays responsive
 * while a file is read, and `cancel` ends the worker mid-read (a new one starts for the next
 * file). The reads waiting then fail with ReadCancelled, which the pane takes as "leave
 * everything as it was", not as an error.
 */
import { WorkbookGrids } from '../engine/values/grid';
import { PackedWorkbook, unpackGrids } from './packed-grids';

export interface XlsxRequest {
  id: number;
  file: File;
}

export interface XlsxReply {
  id: number;
  result: { grids: PackedWorkbook } | { error: string };
}

/** A file the worker could not read: its name, and why (one line, Vietnamese / English). */
export class XlsxReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'XlsxReadError';
  }
}

/** A read stopped by the clerk's Hủy. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

/** The worker's bundle, beside taskpane.html (webpack's xlsx-worker entry). */
const WORKER_SCRIPT = 'xlsx-worker.js';

class XlsxReader {
  private worker?: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { file: string; resolve: (grids: WorkbookGrids) => void; reject: (error: Error) => void }>();

  read(file: File): Promise<WorkbookGrids> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { file: file.name, resolve, reject });
      this.started().postMessage({ id, file } satisfies XlsxRequest);
    });
  }

  /** Ends the worker and whatever it was reading; the pane is left as it was. */
  cancel(): void {
    this.stop(new ReadCancelled());
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SCRIPT);
    worker.onmessage = (event: MessageEvent<XlsxReply>) => this.answer(event.data);
    // The script could not load or the worker died (out of memory): no read can finish.
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop(new Error(event.message || 'xlsx worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  private answer({ id, result }: XlsxReply): void {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    if (!waiting) return;
    if ('grids' in result) waiting.resolve(unpackGrids(result.grids));
    else waiting.reject(new XlsxReadError(waiting.file, result.error));
  }

  private stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.waiting.values()) reject(reason);
    this.waiting.clear();
  }
}

const reader = new XlsxReader();

/** The file's grids, read under the same limits as the command line's, off the page's thread. */
export const readXlsxFile = (file: File): Promise<WorkbookGrids> => reader.read(file);

/** Stops the reads under way (the bar's Hủy). */
export const cancelXlsxReads = (): void => reader.cancel();
