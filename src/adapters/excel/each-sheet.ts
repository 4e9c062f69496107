/**
 * One request asking the same thing of many sheets, where the answer for one sheet may make
 * Excel fail the whole request (over 512 merged areas, a response over 5 MB): a failed request
 * is halved until the sheet that fails is alone, and that sheet gets no answer; the others keep
 * theirs. One sync where no sheet fails, about two more per halving otherwise.
 */
export async function askEachSheet<T>(context: Excel.RequestContext, count: number, ask: (index: number) => () => T): Promise<(T | undefined)[]> {
  const answers: (T | undefined)[] = Array(count).fill(undefined);
  const request = async (indices: number[]): Promise<void> => {
    const pending = indices.map(ask);
    try {
      await context.sync();
    } catch {
      if (indices.length === 1) return;
      const middle = Math.ceil(indices.length / 2);
      await request(indices.slice(0, middle));
      return request(indices.slice(middle));
    }
    indices.forEach((sheet, k) => (answers[sheet] = pending[k]()));
  };
  if (count > 0) await request(Array.from({ length: count }, (_, i) => i));
  return answers;
}
