/**
 * What every step of the pane is given: the session, the message bar, the words in the language
 * chosen, and `act` to run an action. A step (or a view another module adds to one) needs no more.
 */
import { MessageBar } from './message-bar';
import { Session } from './session';
import { PaneWords, Language } from '../engine/messages/pane-words';

export interface PaneParts {
  readonly session: Session;
  readonly bar: MessageBar;
  words(): PaneWords;
  language(): Language;
  /** Runs an action with the buttons disabled; a failure goes to the bar with what to do. */
  act(action: () => Promise<unknown> | unknown): Promise<void>;
  /** The workbook was read again: every step shows what it holds now. */
  workbookRead(): void;
  /** Results shown no longer hold (another rubric, a sheet left out, a file removed). */
  resultsStale(): void;
}

/** A step of the pane: wires its controls once, renders again on a new language or workbook. */
export interface Step {
  render(): void;
  /** Drops results that no longer hold; optional. */
  clearResults?(): void;
}
