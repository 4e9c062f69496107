/** The error of the given class that `run` throws; fails the test if it throws nothing or something else. */
export async function caught<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): Promise<E> {
  try {
    await run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
