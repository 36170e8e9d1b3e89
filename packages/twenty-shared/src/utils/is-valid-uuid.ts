const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// True for a UUID in its canonical 8-4-4-4-12 hexadecimal form, any version, any letter case.
export const isValidUuid = (value: string): boolean => UUID_PATTERN.test(value);
