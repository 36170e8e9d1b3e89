// `Api-Version-Date` values the sandbox serves. A request without the header gets the default;
// any other value is answered 400 in Whop's error shape.
export const DEFAULT_API_VERSION_DATE = '2026-07-20';

export const SUPPORTED_API_VERSION_DATES: readonly string[] = [DEFAULT_API_VERSION_DATE];
