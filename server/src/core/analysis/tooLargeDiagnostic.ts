import { Codes } from '../diagnosticCodes';
import type { Diagnostic } from '../types';

/** How the editor's user raises the size limit. */
export const SETTING_LIMIT = 'briefmark.maxFileSize';

/**
 * The one diagnostic of a brief left out for its size, in the editor and in the CLI alike.
 * `limitHint` says how the user raises the limit where they are: the setting (SETTING_LIMIT) or
 * the CLI's flag.
 */
export function tooLargeDiagnostic(size: number, max: number, limitHint: string): Diagnostic {
  return {
    severity: 'information',
    code: Codes.fileTooLarge,
    message: `Not analysed: the file has ${size.toLocaleString('en')} characters, more than the limit of ${max.toLocaleString('en')} (${limitHint}).`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
