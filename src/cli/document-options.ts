/**
 * The options of a document to sign (`build`): the notice the annexes go with and the signature
 * block, from the command line or else from the settings an office keeps in its workbook.
 */
import { Command } from 'commander';
import { WorkbookGrids } from '../engine/values/grid';
import { DocumentSettings, findSettings } from '../engine/reading/settings';
import { Words } from '../engine/messages/words';

export interface DocumentOptions {
  notice?: string;
  recipient?: string[];
  signerTitle?: string[];
  signer?: string;
  noticeDocx?: string;
}

const collect = (value: string, list: string[] = []) => [...list, value];

export function withDocumentOptions(command: Command, help: Words['help']): Command {
  return command
    .option('--notice <text>', help.notice)
    .option('--recipient <text>', help.recipient, collect)
    .option('--signer-title <line>', help.signerTitle, collect)
    .option('--signer <name>', help.signer)
    .option('--notice-docx <file>', help.noticeDocx);
}

/** What the command line gives, each part over what the inputs keep. */
export function documentSettings(options: DocumentOptions, workbooks: readonly WorkbookGrids[]): DocumentSettings {
  const kept = findSettings(workbooks.flatMap((w) => w.sheets)) ?? {};
  const signature = {
    recipients: options.recipient ?? kept.signature?.recipients ?? [],
    titleLines: options.signerTitle ?? kept.signature?.titleLines ?? [],
    signer: options.signer ?? kept.signature?.signer ?? '',
  };
  const hasSignature = signature.recipients.length > 0 || signature.titleLines.length > 0 || signature.signer !== '';
  return { notice: options.notice ?? kept.notice, signature: hasSignature ? signature : undefined };
}
