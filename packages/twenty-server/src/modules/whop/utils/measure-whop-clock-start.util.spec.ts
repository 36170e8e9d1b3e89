import { measureWhopClockStart } from 'src/modules/whop/utils/measure-whop-clock-start.util';

const STARTED_AT = new Date('2026-12-06T12:00:00.000Z');

describe('measureWhopClockStart', () => {
  it('moves our start by how far Whop’s clock is from ours, behind or ahead', () => {
    expect(
      measureWhopClockStart({
        startedAt: STARTED_AT,
        whopTime: new Date('2026-12-06T11:50:30.000Z'),
        receivedAt: new Date('2026-12-06T12:00:30.400Z'),
        known: null,
      }),
    ).toBe('2026-12-06T11:49:59.600Z');
    expect(
      measureWhopClockStart({
        startedAt: STARTED_AT,
        whopTime: new Date('2026-12-06T13:00:05.000Z'),
        receivedAt: new Date('2026-12-06T12:00:05.000Z'),
        known: undefined,
      }),
    ).toBe('2026-12-06T13:00:00.000Z');
  });

  it('keeps the earliest measure of the run', () => {
    const measure = (known: string) =>
      measureWhopClockStart({
        startedAt: STARTED_AT,
        whopTime: new Date('2026-12-06T12:00:10.000Z'),
        receivedAt: new Date('2026-12-06T12:00:10.500Z'),
        known,
      });

    expect(measure('2026-12-06T11:59:58.000Z')).toBe('2026-12-06T11:59:58.000Z');
    expect(measure('2026-12-06T12:00:02.000Z')).toBe('2026-12-06T11:59:59.500Z');
  });
});
