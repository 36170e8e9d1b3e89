import { createHash } from 'node:crypto';

import { getWhopSyncMinuteOffset } from 'src/modules/whop/utils/get-whop-sync-minute-offset.util';

// A uuid-shaped id that looks random but is the same on every run.
const buildConnectionId = (index: number): string => {
  const hex = createHash('sha256').update(String(index)).digest('hex');

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

describe('getWhopSyncMinuteOffset', () => {
  it('gives a connection the minute read from the start of its id', () => {
    // 0x6f1c2a9e = 1,864,116,894 minutes = 31,068,614 hours and 54 minutes.
    expect(getWhopSyncMinuteOffset('6f1c2a9e-0b1d-4c3e-9f2a-7d8e5b4c3a21')).toBe(54);
    expect(getWhopSyncMinuteOffset('00000000-0000-4000-8000-000000000000')).toBe(0);
  });

  it('spreads connections evenly over the hour', () => {
    const connectionCount = 6_000;
    const perMinute = new Array<number>(60).fill(0);

    for (let index = 0; index < connectionCount; index++) {
      perMinute[getWhopSyncMinuteOffset(buildConnectionId(index))]++;
    }

    expect(perMinute.reduce((sum, count) => sum + count, 0)).toBe(connectionCount);
    expect(Math.min(...perMinute)).toBeGreaterThan(70);
    expect(Math.max(...perMinute)).toBeLessThan(130);
  });
});
