import { isDefined } from 'twenty-shared';

type Phone = {
  primaryPhoneNumber: string | null;
  primaryPhoneCountryCode: string | null;
};

export const formatPhone = ({ primaryPhoneNumber, primaryPhoneCountryCode }: Phone): string => {
  const number = primaryPhoneNumber?.trim() ?? '';

  if (number === '' || number.startsWith('+')) {
    return number;
  }

  const callingCode = primaryPhoneCountryCode?.trim();

  return isDefined(callingCode) && callingCode.startsWith('+')
    ? `${callingCode} ${number}`
    : number;
};
