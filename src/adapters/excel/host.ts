/** What the Excel host offers, asked of Office where it runs. */

/** Whether the host has ExcelApi `version`; `withoutOffice` answers where no Office runs (the double, the test host). */
export function hostHas(version: string, withoutOffice = false): boolean {
  if (typeof Office === 'undefined') return withoutOffice;
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}
