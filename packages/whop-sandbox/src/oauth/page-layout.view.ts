import { escapeHtml } from './escape-html.util';

const STYLES = `
  :root { color-scheme: light; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Inter, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f4f5; color: #18181b; }
  main { width: min(440px, calc(100vw - 32px)); background: #fff; border: 1px solid #e4e4e7; border-radius: 14px; padding: 28px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.06); }
  .brand { display: flex; align-items: center; gap: 8px; font-weight: 600; color: #fa4616; margin-bottom: 20px; }
  .badge { font-size: 11px; font-weight: 600; color: #71717a; background: #f4f4f5; border-radius: 999px; padding: 2px 8px; }
  h1 { font-size: 20px; margin: 0 0 16px; }
  p { color: #52525b; line-height: 1.5; margin: 0 0 16px; }
  .company { display: flex; justify-content: space-between; align-items: center; border: 1px solid #e4e4e7; border-radius: 10px; padding: 12px 14px; margin-bottom: 16px; }
  .company small { color: #71717a; font-family: ui-monospace, monospace; }
  ul { list-style: none; padding: 0; margin: 0 0 20px; border-top: 1px solid #f4f4f5; }
  li { padding: 8px 0; border-bottom: 1px solid #f4f4f5; font-size: 14px; display: flex; flex-direction: column; }
  li code { font-size: 11px; color: #a1a1aa; }
  .actions { display: flex; gap: 10px; }
  button { flex: 1; font: inherit; font-weight: 600; border-radius: 10px; padding: 11px; cursor: pointer; border: 1px solid #e4e4e7; background: #fff; color: #18181b; }
  button.approve { background: #fa4616; border-color: #fa4616; color: #fff; }
  .user { font-size: 13px; color: #71717a; margin-top: 16px; text-align: center; }
`;

export const renderPage = (title: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · Whop</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<div class="brand">Whop <span class="badge">Sandbox</span></div>
${body}
</main>
</body>
</html>`;
