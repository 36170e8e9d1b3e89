import { DEMO_APP } from './constants/demo-app.constant';
import {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_MEMBER_COUNT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  DEFAULT_SANDBOX_HOST,
  DEFAULT_SANDBOX_PORT,
  DEFAULT_SEED,
} from './constants/sandbox-defaults.constant';
import {
  DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
} from './constants/webhook-delivery.constant';
import type { ResolvedSandboxOptions, WhopSandboxOptions } from './sandbox-options.type';
import type { SandboxApp } from './types/sandbox-app.type';

const DAY_MS = 86_400_000;

const requireInteger = (name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`whop-sandbox: ${name} must be an integer >= ${min}, got ${value}.`);
  return value;
};

const referenceTimeOf = (referenceDate: string | undefined, now: number): number => {
  if (referenceDate === undefined) return Math.floor(now / DAY_MS) * DAY_MS;
  const parsed = Date.parse(referenceDate);
  if (Number.isNaN(parsed))
    throw new Error(`whop-sandbox: referenceDate must be an ISO date, got ${referenceDate}.`);
  return parsed;
};

// The demo app first; an app with the same client id replaces it.
const mergeApps = (apps: readonly SandboxApp[]): SandboxApp[] => [
  ...new Map([DEMO_APP, ...apps].map((app) => [app.clientId, app])).values(),
];

export const resolveSandboxOptions = (
  options: WhopSandboxOptions,
  now: number,
): ResolvedSandboxOptions => {
  const schedule = options.webhookRetrySchedule ?? [...DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS];
  schedule.forEach((delay) => requireInteger('webhookRetrySchedule entries', delay, 0));
  return {
    port: requireInteger('port', options.port ?? DEFAULT_SANDBOX_PORT, 0),
    host: options.host ?? DEFAULT_SANDBOX_HOST,
    seed: requireInteger('seed', options.seed ?? DEFAULT_SEED, 0),
    members: requireInteger('members', options.members ?? DEFAULT_MEMBER_COUNT, 0),
    referenceTime: referenceTimeOf(options.referenceDate, now),
    apps: mergeApps(options.apps ?? []),
    autoApprove: options.autoApprove ?? false,
    accessTokenTtlSeconds: requireInteger(
      'accessTokenTtlSeconds',
      options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
      1,
    ),
    rateLimitPerMinute: requireInteger(
      'rateLimitPerMinute',
      options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      0,
    ),
    webhookRetrySchedule: schedule,
    webhookTimeoutMs: requireInteger(
      'webhookTimeoutMs',
      options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
      1,
    ),
    publicUrl: options.publicUrl === undefined ? null : options.publicUrl.replace(/\/+$/, ''),
    controlApi: options.controlApi ?? true,
    stateFile: options.stateFile ?? null,
  };
};
