/**
 * In step 4: the notice the annexes go with and the signature block, typed once and kept in the
 * workbook (hidden sheet CNTT_CaiDat) for next year, and a button that downloads the notice as a
 * Word document. The .docx writer is loaded only on that click, so the pane's bundle stays small.
 */
import { Assessment } from '../../engine/assessing/assess';
import { DocumentSettings, findSettings } from '../../engine/reading/settings';
import { noticeDocument } from '../../engine/output/notice';
import { writeSettingsSheet } from '../../adapters/excel/settings';
import { byId } from '../dom';
import { PaneParts } from '../parts';
import { readyToWrite } from './ready';

const NOTICE_FILE = 'thong-bao.docx';
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

export class NoticeFields {
  private readonly notice = byId<HTMLInputElement>('notice');
  private readonly recipients = byId<HTMLTextAreaElement>('recipients');
  private readonly signerTitle = byId<HTMLTextAreaElement>('signer-title');
  private readonly signer = byId<HTMLInputElement>('signer');
  /** Set once the clerk types in a box; till then the boxes follow the workbook's settings. */
  private typed = false;

  constructor(
    private readonly parts: PaneParts,
    private readonly check: () => Promise<Assessment>,
    private readonly year: () => string | undefined | false,
  ) {
    for (const box of [this.notice, this.recipients, this.signerTitle, this.signer]) box.addEventListener('input', () => (this.typed = true));
    byId('notice-docx').addEventListener('click', () => parts.act(() => this.download()));
  }

  /** The settings kept in the workbook fill the boxes, unless the clerk typed in them. */
  workbookRead(): void {
    if (this.typed) return;
    const kept = findSettings(this.parts.session.workbook.sheets) ?? {};
    this.notice.value = kept.notice ?? '';
    this.recipients.value = (kept.signature?.recipients ?? []).join('\n');
    this.signerTitle.value = (kept.signature?.titleLines ?? []).join('\n');
    this.signer.value = kept.signature?.signer ?? '';
    // Open where the workbook keeps settings, so the clerk sees what the annexes will print.
    if (kept.notice || kept.signature) byId<HTMLDetailsElement>('document').open = true;
  }

  settings(): DocumentSettings {
    const signature = { recipients: lines(this.recipients.value), titleLines: lines(this.signerTitle.value), signer: this.signer.value.trim() };
    const signed = signature.recipients.length > 0 || signature.titleLines.length > 0 || signature.signer !== '';
    return { notice: this.notice.value.trim() || undefined, signature: signed ? signature : undefined };
  }

  /** Keeps what was typed in the workbook, where there is anything to keep. */
  async save(): Promise<void> {
    const settings = this.settings();
    if (!settings.notice && !settings.signature && !findSettings(this.parts.session.workbook.sheets)) return;
    await this.parts.session.host.run((context) => writeSettingsSheet(context, settings));
    this.typed = false;
  }

  private async download(): Promise<void> {
    const ready = await readyToWrite(this.parts.bar, this.year, this.check);
    if (!ready) return;
    const { year, assessment } = ready;
    await this.save();
    const { noticeDocxBytes } = await import(/* webpackChunkName: "notice-docx" */ '../../adapters/docx/notice');
    const bytes = await noticeDocxBytes(noticeDocument(assessment, { year, ...this.settings() }));
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: NOTICE_FILE });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.parts.bar.show({ kind: 'success', text: (w) => w.noticeDownloaded(NOTICE_FILE) });
  }
}
