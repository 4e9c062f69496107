/**
 * The cells the layouts are built of, each made one way for every sheet: text, centred text,
 * points from hundredths, a form's score (points or KAD), and a title row across the columns.
 */
import { MarkedScore } from '../reading/records';
import { fromHundredths, Hundredths } from '../values/decimal';
import { CellStyleName, LayoutCell } from './layout';

/** An empty text is an empty cell. */
export const cell = (value: string | number | null, style: CellStyleName): LayoutCell => ({ value: value === '' ? null : value, style });

export const textCell = (value: string): LayoutCell => cell(value, 'text');

export const centeredCell = (value: string): LayoutCell => cell(value, 'textCenter');

/** Points from hundredths; an empty cell for null. */
export const pointsCell = (value: Hundredths | null): LayoutCell => cell(value === null ? null : fromHundredths(value), 'number');

/** A form's score: KAD centred, else points (empty where none). */
export const markedCell = (value: MarkedScore | undefined): LayoutCell => (value === 'KAD' ? centeredCell('KAD') : pointsCell(value ?? null));

/** `value` in the first of `width` cells, the others empty in the same style: a title over merged cells. */
export function spanRow(value: string | null, style: CellStyleName, width: number): LayoutCell[] {
  return [cell(value, style), ...Array.from({ length: width - 1 }, () => cell(null, style))];
}
