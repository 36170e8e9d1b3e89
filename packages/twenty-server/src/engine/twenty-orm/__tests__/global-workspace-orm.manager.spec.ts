import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  EVICTED_DATA_SOURCE_GRACE_MS,
  GlobalWorkspaceOrmManager,
} from 'src/engine/twenty-orm/global-workspace-orm.manager';

type FakeDataSource = { workspaceId: string; destroy: jest.Mock };

// The manager with data sources that open at once (or fail to, for the workspaces named).
const buildManager = (failingWorkspaceIds: string[] = []) => {
  const manager = new GlobalWorkspaceOrmManager({} as EnvironmentService);
  const opened: FakeDataSource[] = [];

  jest
    .spyOn(manager as unknown as { createDataSource: () => unknown }, 'createDataSource')
    .mockImplementation((async (workspaceId: string) => {
      if (failingWorkspaceIds.includes(workspaceId)) throw new Error('database unreachable');
      const dataSource = { workspaceId, destroy: jest.fn().mockResolvedValue(undefined) };

      opened.push(dataSource);

      return dataSource;
    }) as never);

  return { manager, opened };
};

const openWorkspaces = (manager: GlobalWorkspaceOrmManager, ids: string[]) =>
  Promise.allSettled(ids.map((id) => manager.getDataSource(id)));

const workspaceIds = (count: number, prefix = 'workspace') =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

describe('GlobalWorkspaceOrmManager', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps an evicted data source open for a grace period, for whoever still uses it, then closes it', async () => {
    const { manager, opened } = buildManager();

    await openWorkspaces(manager, workspaceIds(51));
    const [oldest] = opened;

    expect(oldest.destroy).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(EVICTED_DATA_SOURCE_GRACE_MS);
    expect(oldest.destroy).toHaveBeenCalledTimes(1);
    expect(opened.slice(1).every((dataSource) => dataSource.destroy.mock.calls.length === 0)).toBe(
      true,
    );
    // Asked for again, the evicted workspace gets a new one.
    expect(
      ((await manager.getDataSource('workspace-0')) as unknown as FakeDataSource).destroy,
    ).not.toBe(oldest.destroy);
  });

  it('logs, never throws, when an evicted data source had failed to open', async () => {
    const { manager } = buildManager(['workspace-0']);
    const unhandled = jest.fn();

    process.on('unhandledRejection', unhandled);
    try {
      await openWorkspaces(manager, workspaceIds(51));
      await jest.advanceTimersByTimeAsync(EVICTED_DATA_SOURCE_GRACE_MS);
      await Promise.resolve();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('closes the evicted data sources still in their grace period at shutdown', async () => {
    const { manager, opened } = buildManager();

    await openWorkspaces(manager, workspaceIds(51));
    await manager.onApplicationShutdown();

    expect(opened.every((dataSource) => dataSource.destroy.mock.calls.length === 1)).toBe(true);
    // And not a second time once the grace would have ended.
    await jest.advanceTimersByTimeAsync(EVICTED_DATA_SOURCE_GRACE_MS);
    expect(opened[0].destroy).toHaveBeenCalledTimes(1);
  });
});
