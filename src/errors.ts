/** Errors a user can act on: they name the file and say what is wrong, and never carry a stack trace to the terminal. */

export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'corrupt'
  | 'encrypted'
  | 'needs-ocr'
  | 'needs-libreoffice'
  | 'not-a-report'
  | 'bad-usage';

export class GongkaiError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;

  constructor(code: ErrorCode, message: string, file: string | null = null) {
    super(message);
    this.name = 'GongkaiError';
    this.code = code;
    this.file = file;
  }

  /** One line for the terminal: `path: message`. */
  toLine(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}
