import type { SandboxApp } from '../types/sandbox-app.type';

// Pre-registered OAuth app so `npm start` works with no configuration.
export const DEMO_APP: SandboxApp = {
  clientId: 'app_twenty_demo',
  clientSecret: 'whop_sandbox_demo_secret',
  name: 'Twenty CRM',
  redirectUris: [
    'http://localhost:3000/auth/whop/callback',
    'http://127.0.0.1:3000/auth/whop/callback',
  ],
};
