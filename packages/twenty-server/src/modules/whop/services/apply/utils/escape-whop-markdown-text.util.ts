// Text from Whop (a cancellation reason, a failure message, a customer's name) quoted inside a
// Markdown body: on one line, and with the characters that would make it a link, an image,
// emphasis, code or HTML escaped, so it reads as the customer wrote it and adds nothing else.
export const escapeWhopMarkdownText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~!]/g, (character) => `\\${character}`);
