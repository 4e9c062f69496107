/**
 * The part of Excel's custom-functions runtime the functions use, as strict as Microsoft
 * documents it ("CustomFunctions.Error class", "CustomFunctions.ErrorCode enum"):
 * - `CustomFunctions.Error` belongs to CustomFunctionsRuntime 1.2, `CustomFunctions.ErrorCode`
 *   to 1.3, `associate` to 1.1: each use is recorded in `usedRequirementSets`, which a test
 *   compares with what the manifest declares;
 * - a custom message goes only with #VALUE! and #N/A: Excel drops it on any other error, so
 *   giving one there throws here (the user would never see it);
 * - `associate` records what was registered.
 * How Excel passes blank cells (0 on desktop, null on the web, 0 inside `any` matrices) is not
 * modelled here: the function tests call each function with 0, null and "" where a blank is.
 */
const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** The error codes that carry a custom message to the cell's error indicator. */
const CODES_WITH_MESSAGE: readonly string[] = [ErrorCode.invalidValue, ErrorCode.notAvailable];

/** CustomFunctionsRuntime versions ("1.2", "1.3") of the members the code has touched. */
const usedRequirementSets = new Set<string>();

class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    if (message !== undefined && !CODES_WITH_MESSAGE.includes(code)) {
      throw new TypeError(`Excel drops a custom message on ${code}: only #VALUE! and #N/A show one ("${message}")`);
    }
    super(message ?? code);
  }
}

const associated = new Map<string, unknown>();

const runtime = {
  associate(id: string, fn: unknown) {
    usedRequirementSets.add('1.1');
    associated.set(id, fn);
  },
  associated,
  usedRequirementSets,
};
Object.defineProperty(runtime, 'Error', {
  get: () => (usedRequirementSets.add('1.2'), CustomFunctionsError),
});
Object.defineProperty(runtime, 'ErrorCode', {
  get: () => (usedRequirementSets.add('1.3'), ErrorCode),
});

(globalThis as Record<string, unknown>).CustomFunctions = runtime;
