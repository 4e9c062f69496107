/**
 * The rows inside a form's table that are not criteria, for the reading report: total and
 * average rows, notes and section lines (text without a code or a score), and blank rows between
 * rows of the table (blank rows below its last row are not part of it).
 */
import { cellText, Grid } from '../values/grid';
import { rowLabelKind } from '../rules/headers';
import { PassedOverReason, PassedOverRow, rowLabel } from './report';

export class PassedRows {
  readonly rows: PassedOverRow[] = [];
  private blanks: number[] = [];

  constructor(private readonly grid: Grid) {}

  /** A row with neither a code nor a score: blank, a total or average by its words, else a note. */
  unscored(r: number): void {
    const texts = (this.grid.rows[r] ?? []).map(cellText).filter((t) => t !== '');
    if (texts.length === 0) {
      this.blanks.push(r);
      return;
    }
    this.passOver(r, texts.map((t) => rowLabelKind(t)).find((kind) => kind !== undefined) ?? 'note');
  }

  passOver(r: number, reason: PassedOverReason): void {
    this.blanksInside();
    this.rows.push({ row: r + 1, reason, text: rowLabel(this.grid.rows[r] ?? []) });
  }

  /** A row read: the blank rows above it were inside the table. */
  read(): void {
    this.blanksInside();
  }

  private blanksInside(): void {
    for (const r of this.blanks) this.rows.push({ row: r + 1, reason: 'blank', text: '' });
    this.blanks = [];
  }
}
