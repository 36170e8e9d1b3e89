// The UTF-8 length and bytes of strings joined, without building the joined string. Each part must
// be well-formed on its own (no surrogate pair split between two parts), as JSON.stringify's
// output always is.
export const utf8Length = (parts: readonly string[]): number => {
  let length = 0;
  for (const part of parts) length += Buffer.byteLength(part);
  return length;
};

// Writes the parts one after another from the start of `target`, which must hold utf8Length(parts)
// bytes; returns that length.
export const writeUtf8 = (parts: readonly string[], target: Buffer): number => {
  let offset = 0;
  for (const part of parts) offset += target.write(part, offset);
  return offset;
};
