import { escapeHtml } from './escape-html.util';
import { renderPage } from './page-layout.view';

// Shown instead of redirecting when the client or redirect_uri cannot be trusted.
export const renderErrorPage = (message: string): string =>
  renderPage(
    'Authorization error',
    `<h1>This link cannot be used</h1>\n<p>${escapeHtml(message)}</p>`,
  );
