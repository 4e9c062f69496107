/**
 * Blank self-assessment forms into the open workbook, with the Excel JS API. Each form sheet is
 * marked as the add-in's own (a workbook-level name CNTT_FORM_n on its A1, the tab name it was
 * given as the name's comment), so that:
 *
 * - the reader leaves it out while nothing is typed in it (engine: reading/own-output.ts);
 * - a second run replaces the add-in's own unfilled form of the same name instead of adding a
 *   "(2)" copy, and never touches one in which anything was typed: that form is kept, no new one
 *   is made for its agency, and the result says so;
 * - a sheet the user made or renamed is never replaced: a new form beside it takes a free name.
 *
 * Syncs: one to read the sheets and names, one to read the forms that could be replaced (only
 * where there are any), the writes (more than one only past 4 MB), one to swap the new sheets in.
 * New forms are written under temporary names first: a failed write leaves the workbook as it was.
 */
import { LayoutSheet } from '../../engine/output/layout';
import { hasTypedEntries } from '../../engine/reading/own-output';
import { freeSheetName, freeSheetNames, nextOwnedMarkerNumber, ownedMarkerName, ownedMarkerNumber, sheetNameKey, sheetOfReference } from '../../engine/values/sheet-names';
import { ownedFromNames, referenceToSheet, TEMPORARY_PREFIX } from './owned';
import { placeRows } from './read';
import { ExcelWriteError, formatSheet, formSheetBytes, hostFeatures, removeSheetsAndMarks, RequestBudget, WriteOptions, WriteResult, writeBlock } from './write';

export interface FormWriteResult extends WriteResult {
  /** The add-in's own unfilled forms that new ones replaced, by tab name. */
  replaced: string[];
  /** The add-in's own forms with something typed in them: kept as they are, no new form made. */
  kept: string[];
}

interface Plan {
  /** The forms to write, each with the tab name it takes and the temporary one it is built under. */
  write: { sheet: LayoutSheet; name: string; temporary: string; marker: string }[];
  replaced: string[];
  kept: string[];
  /** Form marks to delete: those of the replaced sheets and those left pointing at deleted ones (#REF!). */
  oldMarks: string[];
}

export async function writeFormSheets(context: Excel.RequestContext, sheets: LayoutSheet[], options: WriteOptions = {}): Promise<FormWriteResult> {
  const budget = new RequestBudget(context);
  const plan = await planForms(context, budget, sheets);
  const { write } = plan;
  if (write.length === 0) return { sheets: [], replaced: [], kept: plan.kept, syncs: budget.syncs };
  const features = hostFeatures(options);
  try {
    for (const form of write) {
      await budget.room(formSheetBytes(form.sheet));
      const target = context.workbook.worksheets.add(form.temporary);
      context.workbook.names.add(form.marker, referenceToSheet(form.temporary), form.name);
      writeBlock(target, 0, form.sheet.rows);
      formatSheet(target, form.sheet, features);
    }
    await budget.sync();
  } catch (error) {
    await removeSheetsAndMarks(
      context,
      write.map((f) => f.temporary),
      write.map((f) => f.marker),
    );
    throw new ExcelWriteError('write-failed', (words) => words.excel.formsNotWritten, error);
  }
  try {
    // A surviving sheet is active first: Excel on the web stumbles on deleting the active sheet (office-js #3218).
    context.workbook.worksheets.getItem(write[0].temporary).activate();
    for (const name of plan.oldMarks) context.workbook.names.getItem(name).delete();
    for (const name of plan.replaced) {
      const old = context.workbook.worksheets.getItem(name);
      old.visibility = 'Visible';
      old.delete();
    }
    for (const form of write) context.workbook.worksheets.getItem(form.temporary).name = form.name;
    await budget.sync();
  } catch (error) {
    throw new ExcelWriteError('swap-failed', (words) => words.excel.formsNotSwapped, error);
  }
  return { sheets: write.map((f) => f.name), replaced: plan.replaced, kept: plan.kept, syncs: budget.syncs };
}

/** Which forms to write under which names, which of the add-in's own forms they replace, which are kept. */
async function planForms(context: Excel.RequestContext, budget: RequestBudget, sheets: LayoutSheet[]): Promise<Plan> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await budget.sync();
  const existing = worksheets.items.map((s) => s.name);
  const ownForms = new Map([...ownedFromNames(names.items, 'form')].map((name) => [sheetNameKey(name), name]));
  // Two agencies whose names share their first 31 characters get two names first.
  const wanted = freeSheetNames(
    sheets.map((s) => s.name),
    [],
  );
  const candidates = [...new Set(wanted.flatMap((name) => ownForms.get(sheetNameKey(name)) ?? []))];
  const filled = await typedIn(context, budget, candidates);
  const replaced = candidates.filter((name) => !filled.has(name));
  const keptKeys = new Set([...filled].map(sheetNameKey));
  const toWrite = sheets.map((sheet, i) => ({ sheet, wanted: wanted[i] })).filter((f) => !keptKeys.has(sheetNameKey(f.wanted)));
  const replacedKeys = new Set(replaced.map(sheetNameKey));
  const finalNames = freeSheetNames(
    toWrite.map((f) => f.wanted),
    existing.filter((name) => !replacedKeys.has(sheetNameKey(name))),
  );
  const taken = new Set(existing.map(sheetNameKey));
  const formMarks = names.items.filter((n) => ownedMarkerNumber(n.name, 'form') !== undefined);
  const next = nextOwnedMarkerNumber(formMarks.map((n) => n.name), 'form');
  const write = toWrite.map((f, i) => {
    const temporary = freeSheetName(`${TEMPORARY_PREFIX}${i + 1}`, taken);
    taken.add(sheetNameKey(temporary));
    return { sheet: f.sheet, name: finalNames[i], temporary, marker: ownedMarkerName(next + i, 'form') };
  });
  const oldMarks = formMarks
    .filter((n) => {
      const sheet = sheetOfReference(n.formula);
      return sheet === undefined || replacedKeys.has(sheetNameKey(sheet));
    })
    .map((n) => n.name);
  return { write, replaced, kept: [...filled], oldMarks };
}

/** The forms among `sheets` in which anything is typed, read in one request. */
async function typedIn(context: Excel.RequestContext, budget: RequestBudget, sheets: string[]): Promise<Set<string>> {
  if (sheets.length === 0) return new Set();
  const used = sheets.map((name) => context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,valueTypes,rowIndex,columnIndex'));
  await budget.sync();
  return new Set(
    sheets.filter((sheet, i) => {
      const range = used[i];
      if (range.isNullObject) return false;
      const rows = placeRows([], range.values, range.valueTypes, range.rowIndex, range.columnIndex);
      return hasTypedEntries({ sheet, rows, merges: [] });
    }),
  );
}
