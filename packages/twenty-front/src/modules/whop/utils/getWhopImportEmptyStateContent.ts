import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopImportState } from '@/whop/utils/getWhopImportState';

type WhopImportEmptyStateContent = {
  description: string;
  action: { label: string; to: string } | null;
};

// What an empty list of records imported from Whop says once Whop is connected: that the import
// is on its way (its progress is on the Whop settings page), that it has not completed, or that
// the company has none. Null when no company is connected: the page says how to connect Whop.
export const getWhopImportEmptyStateContent = (
  connections: Pick<
    WhopConnection,
    'status' | 'syncStatus' | 'syncStage' | 'lastFullSyncAt' | 'lastIncrementalSyncAt'
  >[],
  // What the company's records are called, plural: "products", "members".
  whopRecordsLabel: string,
): WhopImportEmptyStateContent | null => {
  const whopSettingsPath = getSettingsPath(SettingsPath.WhopIntegration);

  switch (getWhopImportState(connections)) {
    case 'not_connected':
      return null;
    case 'importing':
      return {
        description: `Importing from Whop… Your ${whopRecordsLabel} appear here as the import brings them in.`,
        action: { label: 'Follow the import', to: whopSettingsPath },
      };
    case 'not_imported':
      return {
        description:
          "Whop is connected, but its import hasn't completed. The Whop settings say why and let you start it again.",
        action: { label: 'Open Whop settings', to: whopSettingsPath },
      };
    case 'imported': {
      const hasSeveralCompanies =
        connections.filter(({ status }) => status !== 'revoked').length > 1;

      return {
        description: `Your Whop ${hasSeveralCompanies ? 'companies have' : 'company has'} no ${whopRecordsLabel} yet.`,
        action: null,
      };
    }
  }
};
