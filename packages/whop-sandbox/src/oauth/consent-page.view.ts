import { PERMISSION_DESCRIPTIONS } from '../constants/permissions.constant';
import type { CompanyRecord, UserRecord } from '../types/sandbox-records.type';
import { escapeHtml } from './escape-html.util';
import { renderPage } from './page-layout.view';

export type ConsentPageInput = {
  requestId: string;
  appName: string;
  scopes: readonly string[];
  company: CompanyRecord;
  user: UserRecord;
};

// The consent screen: who asks, for which company, for what; Approve or Deny post back to /oauth/authorize.
export const renderConsentPage = ({
  requestId,
  appName,
  scopes,
  company,
  user,
}: ConsentPageInput): string => {
  const app = escapeHtml(appName);
  const items = scopes
    .map(
      (scope) =>
        `<li>${escapeHtml(PERMISSION_DESCRIPTIONS[scope] ?? scope)}<code>${escapeHtml(scope)}</code></li>`,
    )
    .join('\n');
  const hidden = `<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">`;
  return renderPage(
    `Authorize ${appName}`,
    `<h1>${app} wants to connect to your Whop company</h1>
<div class="company"><strong>${escapeHtml(company.title)}</strong><small>${escapeHtml(company.id)}</small></div>
<p>${app} will be able to:</p>
<ul>
${items}
</ul>
<form method="post" action="/oauth/authorize" class="actions">
${hidden}
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="approve" class="approve">Approve</button>
</form>
<div class="user">Signed in as ${escapeHtml(user.name ?? user.username)} (@${escapeHtml(user.username)})</div>`,
  );
};
