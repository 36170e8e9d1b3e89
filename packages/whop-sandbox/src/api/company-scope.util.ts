import type { Credential } from '../auth/credential.type';
import { WhopApiError } from './whop-api-error';

// A credential sees its own company only; the company_id filter may name it or be omitted.
export const scopedCompanyId = (credential: Credential, requested: string | undefined): string => {
  if (requested !== undefined && requested !== credential.companyId) {
    throw new WhopApiError(403, `This credential does not have access to company ${requested}.`);
  }
  return credential.companyId;
};
