import {
  DEFAULT_API_VERSION_DATE,
  SUPPORTED_API_VERSION_DATES,
} from '../constants/api-version-date.constant';
import { WhopApiError } from './whop-api-error';

// A missing `Api-Version-Date` means the default; an unknown one is a 400.
export const resolveApiVersionDate = (header: string | string[] | undefined): string => {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') return DEFAULT_API_VERSION_DATE;
  if (!SUPPORTED_API_VERSION_DATES.includes(value)) {
    throw new WhopApiError(
      400,
      `Unknown Api-Version-Date "${value}". Supported: ${SUPPORTED_API_VERSION_DATES.join(', ')}.`,
    );
  }
  return value;
};
