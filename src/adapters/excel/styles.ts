/**
 * The one mapping from layout style names to Excel formatting, for the Excel JS API writer.
 * The ExcelJS writer's table (src/adapters/exceljs/write.ts) says the same in ExcelJS terms.
 */
import { CellStyleName, NUMBER_FORMAT_TWO_DECIMALS } from '../../engine/output/layout';

export interface ExcelStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  horizontal?: 'Left' | 'Center' | 'Right';
  wrap?: boolean;
  borders?: boolean;
  fill?: string;
  /** Number format; "@" keeps what is written as text. */
  numberFormat: string;
}

export const EXCEL_STYLES: Record<CellStyleName, ExcelStyle> = {
  title: { bold: true, size: 14, horizontal: 'Center', wrap: true, numberFormat: '@' },
  subtitle: { italic: true, horizontal: 'Center', wrap: true, numberFormat: '@' },
  header: { bold: true, horizontal: 'Center', wrap: true, borders: true, fill: '#D9D9D9', numberFormat: '@' },
  text: { horizontal: 'Left', wrap: true, borders: true, numberFormat: '@' },
  textCenter: { horizontal: 'Center', borders: true, numberFormat: '@' },
  number: { horizontal: 'Right', borders: true, numberFormat: NUMBER_FORMAT_TWO_DECIMALS },
  integer: { horizontal: 'Right', borders: true, numberFormat: '0' },
  note: { italic: true, size: 11, wrap: true, numberFormat: '@' },
  recipientsHeading: { bold: true, italic: true, size: 12, horizontal: 'Left', numberFormat: '@' },
  recipients: { size: 11, horizontal: 'Left', wrap: true, numberFormat: '@' },
  signature: { bold: true, horizontal: 'Center', wrap: true, numberFormat: '@' },
  plain: { numberFormat: 'General' },
};
