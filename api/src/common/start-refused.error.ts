/** A start refused for a reason the operator must act on: main and the CLIs print the message alone and exit with the code. */
export class StartRefusedError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
