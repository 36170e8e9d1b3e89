// The promise's value if it settles within `ms`, else `fallback`. The promise goes on by itself;
// its later failure is not reported (the caller catches what it must).
export const resolveWithin = async <T, F>(
  promise: Promise<T>,
  ms: number,
  fallback: F,
): Promise<T | F> => {
  let timeout: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<F>((resolve) => {
    timeout = setTimeout(() => resolve(fallback), ms);
  });

  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, gaveUp]);
  } finally {
    clearTimeout(timeout);
  }
};
