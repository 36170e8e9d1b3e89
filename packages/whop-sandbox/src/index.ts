export { startWhopSandbox, type WhopSandbox } from './start-whop-sandbox';
export type { WhopSandboxOptions } from './sandbox-options.type';
export type { SandboxApp } from './types/sandbox-app.type';
export type { SandboxStore } from './store/sandbox-store';
export { DEMO_APP } from './constants/demo-app.constant';
export { DEFAULT_SANDBOX_PORT } from './constants/sandbox-defaults.constant';
export { DEFAULT_API_VERSION_DATE } from './constants/api-version-date.constant';
