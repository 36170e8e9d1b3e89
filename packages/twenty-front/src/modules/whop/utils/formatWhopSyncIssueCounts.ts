import { formatNumber } from '@/ui/field/display/utils/formatNumber';

const pluralize = (count: number, noun: string) =>
  `${formatNumber(count)} ${noun}${count === 1 ? '' : 's'}`;

// "2 warnings and 1 error"
export const formatWhopSyncIssueCounts = ({
  warnings,
  errors,
}: {
  warnings: number;
  errors: number;
}): string => `${pluralize(warnings, 'warning')} and ${pluralize(errors, 'error')}`;
