/**
 * Text for a terminal: a workbook's names and cells reach the screen through every line the
 * command line prints, and ExcelJS decodes `_x001B_` in text, so an escape sequence in a cell
 * could clear the screen, retitle the window or print over the real error line. Control
 * characters (C0 but newline and tab, DEL, C1), bidirectional overrides and isolates, and line
 * and paragraph separators are shown as `\uXXXX`. Inside JSON strings that spelling is the same
 * character, so `--json -` still parses to the exact text; .xlsx and JSON files are not touched.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
