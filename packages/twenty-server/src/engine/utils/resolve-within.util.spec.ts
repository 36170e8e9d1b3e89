import { resolveWithin } from 'src/engine/utils/resolve-within.util';

describe('resolveWithin', () => {
  it('answers the value of a promise that settles in time', async () => {
    await expect(resolveWithin(Promise.resolve('value'), 50, 'fallback')).resolves.toBe('value');
  });

  it('answers the fallback when the promise is still pending after the delay', async () => {
    const late = new Promise((resolve) => setTimeout(() => resolve('late'), 200));

    await expect(resolveWithin(late, 10, 'fallback')).resolves.toBe('fallback');
  });

  it('rejects with the error of a promise that fails in time', async () => {
    await expect(resolveWithin(Promise.reject(new Error('down')), 50, null)).rejects.toThrow(
      'down',
    );
  });
});
