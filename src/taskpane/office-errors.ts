/**
 * An error from Excel, said as what happened and what the clerk can do about it; Office's own
 * words (in English, naming API objects) go to the details only.
 */
import { ExcelWriteError } from '../adapters/excel/write';
import { BarMessage } from './message-bar';
import { PaneWords } from '../engine/messages/pane-words';

/** Office error codes (OfficeExtension.Error.code) the clerk can act on, and what to say. */
function advice(code: string | undefined, words: PaneWords): string {
  switch (code) {
    case 'ItemNotFound':
      return words.adviceSheetGone;
    case 'InvalidOperationInCellEditMode':
      return words.adviceCellEditMode;
    case 'AccessDenied':
    case 'InvalidOperation':
      return words.adviceProtected;
    default:
      return words.adviceRetry;
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function explainError(error: unknown): BarMessage {
  const cause = error instanceof ExcelWriteError ? error.cause : error;
  const happened = (w: PaneWords) => (error instanceof ExcelWriteError ? w.pick(error.messageVi, error.messageEn) : w.failed);
  const raw = cause instanceof Error ? cause.message : String(cause ?? '');
  return { kind: 'error', text: (w) => `${happened(w)} ${advice(codeOf(cause), w)}`, details: raw ? [raw] : undefined };
}
