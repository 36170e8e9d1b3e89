// Base of every domain exception: a stable code for programs and a message a person can act on.
export class CustomException<Code extends string = string> extends Error {
  constructor(
    message: string,
    readonly code: Code,
    readonly userFriendlyMessage: string = message,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
