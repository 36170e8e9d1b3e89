import { WhopApiError, unprocessable } from './whop-api-error';

export type QueryParams = Record<string, unknown>;

export const readString = (query: QueryParams, name: string): string | undefined => {
  const value = query[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};

// Arrays arrive as `statuses[]=a&statuses[]=b` (the SDK's format), `statuses[0]=a` or `statuses=a`.
export const readArray = (query: QueryParams, name: string): string[] | undefined => {
  const values: string[] = [];
  let present = false;
  for (const [key, value] of Object.entries(query)) {
    if (
      key !== name &&
      key !== `${name}[]` &&
      !(key.startsWith(`${name}[`) && /^\[\d+\]$/.test(key.slice(name.length)))
    )
      continue;
    present = true;
    for (const item of Array.isArray(value) ? value : [value])
      if (typeof item === 'string' && item !== '') values.push(item);
  }
  return present ? values : undefined;
};

export const readEnumArray = <T extends string>(
  query: QueryParams,
  name: string,
  allowed: readonly T[],
): ReadonlySet<T> | undefined => {
  const values = readArray(query, name);
  if (values === undefined) return undefined;
  const invalid = values.filter((value) => !(allowed as readonly string[]).includes(value));
  if (invalid.length > 0)
    throw unprocessable(
      `${name} has an invalid value: ${invalid.join(', ')}. Expected one of: ${allowed.join(', ')}.`,
    );
  return new Set(values as T[]);
};

export const readIdSet = (query: QueryParams, name: string): ReadonlySet<string> | undefined => {
  const values = readArray(query, name);
  return values === undefined ? undefined : new Set(values);
};

// ISO-8601 date-times, or Unix seconds.
export const readTimestamp = (query: QueryParams, name: string): number | undefined => {
  const value = readString(query, name);
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  if (Number.isNaN(parsed)) throw unprocessable(`${name} must be an ISO-8601 date-time.`);
  return parsed;
};

export const requireString = (query: QueryParams, name: string): string => {
  const value = readString(query, name);
  if (value === undefined) throw unprocessable(`${name} is required.`);
  return value;
};

export const readBoolean = (query: QueryParams, name: string): boolean | undefined => {
  const value = readString(query, name);
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new WhopApiError(422, `${name} must be true or false.`);
};
