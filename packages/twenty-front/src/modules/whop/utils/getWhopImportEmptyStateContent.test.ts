import { describe, expect, it } from 'vitest';

import { getWhopImportEmptyStateContent } from '@/whop/utils/getWhopImportEmptyStateContent';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

describe('getWhopImportEmptyStateContent', () => {
  it("leaves the page's own way to connect Whop while none is connected", () => {
    expect(getWhopImportEmptyStateContent([], 'products')).toBeNull();
    expect(
      getWhopImportEmptyStateContent([buildMockWhopConnection({ status: 'revoked' })], 'products'),
    ).toBeNull();
  });

  it('says the import is on its way, and links to its progress', () => {
    expect(
      getWhopImportEmptyStateContent(
        [buildMockWhopConnection({ syncStatus: 'NOT_SYNCED', syncStage: 'FULL_SYNC_PENDING' })],
        'payments',
      ),
    ).toEqual({
      description: 'Importing from Whop… Your payments appear here as the import brings them in.',
      action: { label: 'Follow the import', to: '/settings/integrations/whop' },
    });
  });

  it('says the company has none once imported, with nothing to do', () => {
    expect(getWhopImportEmptyStateContent([buildMockWhopConnection()], 'products')).toEqual({
      description: 'Your Whop company has no products yet.',
      action: null,
    });
    expect(
      getWhopImportEmptyStateContent(
        [
          buildMockWhopConnection(),
          buildMockWhopConnection({ id: 'connection-2', whopCompanyId: 'biz_other' }),
        ],
        'products',
      ),
    ).toEqual({ description: 'Your Whop companies have no products yet.', action: null });
  });

  it("says the import hasn't completed, and links to the Whop settings", () => {
    expect(
      getWhopImportEmptyStateContent(
        [
          buildMockWhopConnection({
            syncStatus: 'FAILED_UNKNOWN',
            syncStage: 'FAILED',
            lastFullSyncAt: null,
          }),
        ],
        'members',
      ),
    ).toEqual({
      description:
        "Whop is connected, but its import hasn't completed. The Whop settings say why and let you start it again.",
      action: { label: 'Open Whop settings', to: '/settings/integrations/whop' },
    });
  });
});
