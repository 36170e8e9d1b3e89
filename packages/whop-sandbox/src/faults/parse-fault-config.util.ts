import { asBody, optionalBoolean, optionalNumber, requiredString } from '../api/body-params.util';
import { unprocessable } from '../api/whop-api-error';
import type { FaultConfig, RouteFaultRule } from './fault-config.type';

// The client errors Whop's SDK retries, as it does every 5xx (WHOP_API.md).
const RETRIED_CLIENT_ERROR_STATUSES = [408, 409];

const parseRule = (value: unknown): RouteFaultRule => {
  const body = asBody(value);
  const rule: RouteFaultRule = { match: requiredString(body, 'match') };
  const latencyMs = optionalNumber(body, 'latencyMs', { min: 0, max: 60_000 });
  const errorRate = optionalNumber(body, 'errorRate', { min: 0, max: 1 });
  const errorStatus = optionalNumber(body, 'errorStatus', { min: 408, max: 599, integer: true });
  if (
    errorStatus !== undefined &&
    !RETRIED_CLIENT_ERROR_STATUSES.includes(errorStatus) &&
    errorStatus < 500
  )
    throw unprocessable('errorStatus must be 408, 409 or between 500 and 599.');
  const rateLimitRate = optionalNumber(body, 'rateLimitRate', { min: 0, max: 1 });
  const retryAfterSeconds = optionalNumber(body, 'retryAfterSeconds', {
    min: 0,
    max: 3600,
    integer: true,
  });
  const retryAfterHeader = optionalBoolean(body, 'retryAfterHeader');
  const maxPageItems = optionalNumber(body, 'maxPageItems', { min: 1, max: 100, integer: true });
  const times = optionalNumber(body, 'times', { min: 1, integer: true });
  return {
    ...rule,
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(errorRate === undefined ? {} : { errorRate }),
    ...(errorStatus === undefined ? {} : { errorStatus }),
    ...(rateLimitRate === undefined ? {} : { rateLimitRate }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    ...(retryAfterHeader === undefined ? {} : { retryAfterHeader }),
    ...(maxPageItems === undefined ? {} : { maxPageItems }),
    ...(times === undefined ? {} : { times }),
  };
};

// The body of POST /_sandbox/faults, validated; it replaces the whole fault configuration.
export const parseFaultConfig = (value: unknown): FaultConfig => {
  const body = asBody(value);
  const routes = body.routes ?? [];
  if (!Array.isArray(routes)) throw unprocessable('routes must be an array.');
  const webhooks = asBody(body.webhooks);
  return {
    routes: routes.map(parseRule),
    webhooks: {
      dropRate: optionalNumber(webhooks, 'dropRate', { min: 0, max: 1 }),
      duplicateRate: optionalNumber(webhooks, 'duplicateRate', { min: 0, max: 1 }),
      reorder: optionalBoolean(webhooks, 'reorder'),
      reorderWindowMs: optionalNumber(webhooks, 'reorderWindowMs', { min: 1, max: 60_000 }),
    },
    seed: optionalNumber(body, 'seed', { min: 0, integer: true }) ?? 1,
  };
};
