const NOTE_DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

// A moment written into a note's text, for a reader in any time zone: "Jan 2, 2026, 10:59 PM UTC".
export const formatWhopNoteDate = (date: Date): string => `${NOTE_DATE_FORMAT.format(date)} UTC`;
