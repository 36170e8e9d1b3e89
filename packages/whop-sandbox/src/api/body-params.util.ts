import { unprocessable } from './whop-api-error';

export type BodyParams = Record<string, unknown>;

export const asBody = (body: unknown): BodyParams =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as BodyParams) : {};

export const optionalString = (body: BodyParams, name: string): string | undefined => {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unprocessable(`${name} must be a string.`);
  return value;
};

// `null` clears a field (a member without email or name); absent leaves it unchanged.
export const nullableString = (body: BodyParams, name: string): string | null | undefined =>
  body[name] === null ? null : optionalString(body, name);

// Absent leaves it unchanged; present, it must not be empty (a title, a name).
export const optionalNonEmptyString = (body: BodyParams, name: string): string | undefined =>
  body[name] === undefined ? undefined : requiredString(body, name);

export const requiredString = (body: BodyParams, name: string): string => {
  const value = optionalString(body, name);
  if (value === undefined || value === '') throw unprocessable(`${name} is required.`);
  return value;
};

export const optionalBoolean = (body: BodyParams, name: string): boolean | undefined => {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw unprocessable(`${name} must be a boolean.`);
  return value;
};

export const optionalNumber = (
  body: BodyParams,
  name: string,
  { min = -Infinity, max = Infinity, integer = false } = {},
): number | undefined => {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw unprocessable(
      `${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}.`,
    );
  }
  return value;
};

export const optionalStringArray = (body: BodyParams, name: string): string[] | undefined => {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    throw unprocessable(`${name} must be an array of strings.`);
  return value as string[];
};

export const optionalEnum = <T extends string>(
  body: BodyParams,
  name: string,
  allowed: readonly T[],
): T | undefined => {
  const value = optionalString(body, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw unprocessable(`${name} must be one of: ${allowed.join(', ')}.`);
  return value as T;
};
