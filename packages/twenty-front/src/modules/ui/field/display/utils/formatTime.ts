// A time of day for people: "10:31 AM".
export const formatTime = (isoDate: string, locale = 'en-US'): string => {
  const date = new Date(isoDate);

  if (Number.isNaN(date.getTime())) {
    return '';
  }

  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
};
