import { generatePath } from 'react-router-dom';

import { AppPath } from '@/types/AppPath';

const RECORD_SHOW_PAGE_PATHS = {
  person: AppPath.PersonShowPage,
  opportunity: AppPath.OpportunityShowPage,
} as const;

export const getRecordShowPagePath = (
  objectNameSingular: keyof typeof RECORD_SHOW_PAGE_PATHS,
  recordId: string,
) => generatePath(RECORD_SHOW_PAGE_PATHS[objectNameSingular], { recordId });
