import { keepLatestWhopResourceVersions } from 'src/modules/whop/services/apply/utils/keep-latest-whop-resource-versions.util';

describe('keepLatestWhopResourceVersions', () => {
  it('keeps the newest version of each id, in the order ids first appear', () => {
    const resources = [
      { id: 'mem_1', updated_at: '2026-03-02T00:00:00.000Z', status: 'newer' },
      { id: 'mem_2', updated_at: '2026-03-01T00:00:00.000Z', status: 'only' },
      { id: 'mem_1', updated_at: '2026-03-01T00:00:00.000Z', status: 'older' },
    ];

    expect(keepLatestWhopResourceVersions(resources).map(({ status }) => status)).toEqual([
      'newer',
      'only',
    ]);
  });

  it('prefers the later one of the page on a tie or without a version', () => {
    const resources = [
      { id: 'pay_1', updated_at: null, status: 'first' },
      { id: 'pay_1', updated_at: null, status: 'second' },
    ];

    expect(keepLatestWhopResourceVersions(resources)).toEqual([resources[1]]);
  });
});
