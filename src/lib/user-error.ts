/**
 * An error about the user's input whose message says everything: Astro prints a thrown error's stack
 * trace and a `Location:` inside Minutebook's own code, which only hides the file and line that matter.
 * Without a stack, Astro prints the message alone.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
    this.stack = '';
  }
}
