/**
 * The options of a document to sign (`build`): the notice the annexes go with and the signature
 * block, from the command line or else from the settings an office keeps in its workbook.
 */
import { Option } from 'commander';
import { WorkbookGrids } from '../engine/values/grid';
import { DocumentSettings, findSettings } from '../engine/reading/settings';
import { Words } from '../engine/messages/words';
import { repeatable } from './common';

export interface DocumentOptions {
  notice?: string;
  recipient?: string[];
  signerTitle?: string[];
  signer?: string;
  noticeDocx?: string;
}

export function documentOptions(help: Words['help']): Option[] {
  return [
    new Option('--notice <text>', help.notice),
    new Option('--recipient <text>', help.recipient).argParser(repeatable),
    new Option('--signer-title <line>', help.signerTitle).argParser(repeatable),
    new Option('--signer <name>', help.signer),
    new Option('--notice-docx <file>', help.noticeDocx),
  ];
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
