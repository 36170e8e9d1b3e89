import type { SandboxApp } from './types/sandbox-app.type';

export type WhopSandboxOptions = {
  // 0 picks a free port. Default 4010.
  port?: number;
  host?: string;
  seed?: number;
  members?: number;
  // Generated dates lie before this instant (ISO date). Default: today's UTC midnight.
  referenceDate?: string;
  // Extra OAuth apps (the demo app is always registered; an app with its client id replaces it).
  apps?: SandboxApp[];
  autoApprove?: boolean;
  accessTokenTtlSeconds?: number;
  // Per operation per credential; 0 disables rate limiting.
  rateLimitPerMinute?: number;
  // Delays (ms) before each retry of a failed webhook delivery.
  webhookRetrySchedule?: number[];
  webhookTimeoutMs?: number;
  // The externally visible base URL (issuer), when it differs from http://host:port.
  publicUrl?: string;
  // Mount the /_sandbox control API. Default true.
  controlApi?: boolean;
  // A file that keeps across restarts what Whop would keep: apps registered while it runs, grants,
  // tokens, API keys, webhook endpoints and the day the data is generated for (the data itself is
  // generated again from the seed). Default: none, everything is in memory.
  stateFile?: string;
};

export type ResolvedSandboxOptions = {
  port: number;
  host: string;
  seed: number;
  members: number;
  referenceTime: number;
  apps: SandboxApp[];
  autoApprove: boolean;
  accessTokenTtlSeconds: number;
  rateLimitPerMinute: number;
  webhookRetrySchedule: number[];
  webhookTimeoutMs: number;
  publicUrl: string | null;
  controlApi: boolean;
  stateFile: string | null;
};
