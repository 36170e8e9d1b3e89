import { isDefined } from 'twenty-shared';

import { type WhopCompanySummary } from 'src/modules/whop/services/whop-api-client';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

// Which of the companies a new grant reaches it connects: the one being reconnected, when the
// seller reconnects a connection; else the first Whop lists that has no active connection in the
// workspace (a company disconnected or needing reconnection is connected again), so "Connect
// another Whop company" connects another where the grant reaches several.
export const chooseWhopCompanyToConnect = ({
  companies,
  reconnectedCompanyId,
  activeCompanyIds,
}: {
  companies: WhopCompanySummary[];
  reconnectedCompanyId: string | null;
  activeCompanyIds: ReadonlySet<string>;
}): WhopCompanySummary => {
  if (companies.length === 0) {
    throw new WhopException(
      'The grant gives access to no company',
      WhopExceptionCode.OAUTH_NO_COMPANY,
    );
  }
  if (isDefined(reconnectedCompanyId)) {
    const reconnected = companies.find(({ id }) => id === reconnectedCompanyId);

    if (!isDefined(reconnected)) {
      throw new WhopException(
        `The grant does not reach ${reconnectedCompanyId}, the company being reconnected`,
        WhopExceptionCode.OAUTH_OTHER_COMPANY,
      );
    }

    return reconnected;
  }
  const unconnected = companies.find(({ id }) => !activeCompanyIds.has(id));

  if (!isDefined(unconnected)) {
    throw new WhopException(
      `Every company the grant reaches is connected already (${companies.map(({ id }) => id).join(', ')})`,
      WhopExceptionCode.OAUTH_ALL_CONNECTED,
    );
  }

  return unconnected;
};
