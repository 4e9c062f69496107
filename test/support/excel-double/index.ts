/**
 * An in-memory test double of the part of the Excel JavaScript API the add-in uses, as strict as
 * Microsoft documents Excel to be (see README.md in this folder for the rules it enforces).
 * Plain TypeScript, no test-runner imports, so the browser test host can bundle it too.
 */
export * from './model';
export { FakeRange, FakeRangeAreas, MERGED_AREAS_LIMIT } from './range';
export { FakeWorksheet } from './worksheet';
export { WorkbookEvents } from './events';
export type { ChangedEventArgs, SheetEventArgs, TriggerSource } from './events';
export { FakeRequestContext, createFakeExcel } from './context';
export type { FakeModel, InitialSheet } from './context';
