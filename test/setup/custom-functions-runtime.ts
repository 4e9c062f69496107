/**
 * The part of Excel's custom-functions runtime the functions use: `CustomFunctions.Error` with
 * its error codes, and `CustomFunctions.associate`, recording what was registered.
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

class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string, fn: unknown) {
    associated.set(id, fn);
  },
  associated,
};
