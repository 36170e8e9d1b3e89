import { isDefined } from 'twenty-shared';

import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { type WhopCompanySummary } from 'src/modules/whop/services/whop-api-client';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

// Which of the companies a new grant reaches it connects: the one being reconnected, when the
// seller reconnects a connection; else the first Whop lists that the workspace has no connection
// to, so "Connect another Whop company" connects another where the grant reaches several; else the
// first whose connection is not active (disconnected, or waiting to be reconnected).
export const chooseWhopCompanyToConnect = ({
  companies,
  reconnectedCompanyId,
  connections,
}: {
  companies: WhopCompanySummary[];
  reconnectedCompanyId: string | null;
  connections: Pick<WhopConnection, 'whopCompanyId' | 'status'>[];
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
  const connectedIds = new Set(connections.map(({ whopCompanyId }) => whopCompanyId));
  const activeIds = new Set(
    connections
      .filter(({ status }) => status === 'active')
      .map(({ whopCompanyId }) => whopCompanyId),
  );
  const unconnected =
    companies.find(({ id }) => !connectedIds.has(id)) ??
    companies.find(({ id }) => !activeIds.has(id));

  if (!isDefined(unconnected)) {
    throw new WhopException(
      `Every company the grant reaches is connected already (${companies.map(({ id }) => id).join(', ')})`,
      WhopExceptionCode.OAUTH_ALL_CONNECTED,
    );
  }

  return unconnected;
};
