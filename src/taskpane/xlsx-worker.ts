/**
 * The pane's .xlsx reader, run as a Web Worker (its own bundle, xlsx-worker.js): the read limits,
 * the pre-scan and ExcelJS work off the page's thread, so a hostile or huge file never freezes
 * the pane, and Hủy can stop it by ending the worker. One file per message; the grids go back as
 * structured-clone data, a refusal as its one-line message.
 */
import { DEFAULT_READ_LIMITS, fail, readWorkbookBuffer, WorkbookReadError } from '../adapters/exceljs/read';
import { packGrids } from './packed-grids';
import type { XlsxReply, XlsxRequest } from './xlsx-reader';

/** The worker's global scope, as far as it is used here (the pane compiles with the DOM's types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<XlsxRequest>) => void) | null;
  postMessage(reply: XlsxReply): void;
}

const scope = self as unknown as WorkerScope;

async function read({ file }: XlsxRequest): Promise<XlsxReply['result']> {
  try {
    // Refused before its bytes are read: the limit holds for a 4 GB file too.
    if (file.size > DEFAULT_READ_LIMITS.maxFileBytes) fail('too-large', file.name, DEFAULT_READ_LIMITS.maxFileBytes);
    return { grids: packGrids(await readWorkbookBuffer(await file.arrayBuffer(), file.name)) };
  } catch (error) {
    // The pane names the file itself: the reason, with the part where it was found.
    if (error instanceof WorkbookReadError) return { error: error.part ? `${error.part}: ${error.reason}` : error.reason };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event) => {
  void read(event.data).then((result) => scope.postMessage({ id: event.data.id, result }));
};
