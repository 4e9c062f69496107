/**
 * The one message bar, sticky at the top of the pane (Fluent's message bar: an icon, one sentence,
 * a link to the details, a close button). Each step says what it is doing there, with a count
 * where it has one, then its result or what blocks it, so the answer is in view where the click was.
 */
import { byId, el, replaceChildren } from './dom';
import { PaneWords } from '../engine/messages/pane-words';
import type { Assessment } from '../engine/assessing/assess';

export type BarKind = 'progress' | 'success' | 'warning' | 'error';

/** Words said in the language chosen when shown, so a switch of language says them again. */
export type Said<T> = T | ((words: PaneWords) => T);

export interface BarMessage {
  kind: BarKind;
  text: Said<string>;
  /** Lines shown under the sentence on "Chi tiết" (a failed file each, the raw Office error…). */
  details?: Said<string[]>;
  /** Or the part of the pane that holds the details (the issue list, the summary table). */
  detailsAt?: HTMLElement;
  /** Progress: done so far of total; without it the bar shows an indeterminate progress. */
  count?: { done: number; total: number };
  /** An error leaves the focus where it was (Kiểm tra's counts: the list is the next Tab stop). */
  keepFocus?: boolean;
  /** Progress that can be stopped: the bar shows Hủy, which calls this. */
  cancel?: () => void;
}

const ICONS: Record<BarKind, string> = { progress: '⏳', success: '✓', warning: '!', error: '✕' };

export class MessageBar {
  private readonly bar = byId('bar');
  private current?: BarMessage;

  constructor(private words: () => PaneWords) {
    byId('bar-close').addEventListener('click', () => this.clear());
    byId('bar-details').addEventListener('click', () => this.openDetails());
    byId('bar-cancel').addEventListener('click', () => this.current?.cancel?.());
  }

  show(message: BarMessage): void {
    this.current = message;
    // The bar is sticky at the top: shown, it is in view wherever the pane was scrolled to.
    this.render();
    // What blocks a step takes the focus, so a keyboard or screen-reader user lands on it.
    if (message.kind === 'error' && !message.keepFocus) this.bar.focus();
  }

  /**
   * Where the check found errors, says that they block the step (details: the issue list) and
   * answers true; the steps that write (build, fill, notice, draft results) stop there.
   */
  blockedByErrors(assessment: Assessment): boolean {
    const errors = assessment.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) this.show({ kind: 'error', text: (w) => w.buildBlocked(errors), detailsAt: byId('issues') });
    return errors > 0;
  }

  progress(text: Said<string>, count?: { done: number; total: number }, cancel?: () => void): void {
    this.show({ kind: 'progress', text, count, cancel });
  }

  clear(): void {
    this.current = undefined;
    this.bar.classList.add('hidden');
    replaceChildren(byId('bar-text'));
  }

  /** Again in the language now chosen (the close and details labels). */
  render(): void {
    const message = this.current;
    const words = this.words();
    byId('bar-close').setAttribute('aria-label', words.close);
    byId('bar-close').title = words.close;
    byId('bar-details').textContent = words.details;
    byId('bar-cancel').textContent = words.cancel;
    if (!message) return;
    this.bar.className = `bar ${message.kind}`;
    // An error interrupts (role alert); progress and results are announced politely.
    this.bar.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
    byId('bar-icon').textContent = ICONS[message.kind];
    byId('bar-text').textContent = say(message.text, words);
    const progress = byId<HTMLProgressElement>('bar-progress');
    progress.classList.toggle('hidden', message.kind !== 'progress');
    if (message.count) {
      progress.max = message.count.total;
      progress.value = message.count.done;
    } else progress.removeAttribute('value');
    byId('bar-details').classList.toggle('hidden', !message.details && !message.detailsAt);
    replaceChildren(byId('bar-detail-list'));
    byId('bar-detail-list').classList.add('hidden');
    byId('bar-close').classList.toggle('hidden', message.kind === 'progress');
    byId('bar-cancel').classList.toggle('hidden', !message.cancel);
  }

  private openDetails(): void {
    const message = this.current;
    if (message?.detailsAt) {
      message.detailsAt.scrollIntoView({ block: 'start' });
      message.detailsAt.focus();
      return;
    }
    const list = byId('bar-detail-list');
    const lines = message?.details ? say(message.details, this.words()) : [];
    replaceChildren(list, lines.map((line) => el('li', { text: line })));
    list.classList.toggle('hidden');
  }
}

function say<T>(said: Said<T>, words: PaneWords): T {
  return typeof said === 'function' ? (said as (words: PaneWords) => T)(words) : said;
}
