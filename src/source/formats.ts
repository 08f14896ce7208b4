/**
 * The names of the source formats, apart from their readers
 * (`document.ts`): what checks a format need not load an HTML or Markdown
 * parser (the CLI loads one only when a document of its format comes).
 */

import type {SourceFormat} from '../types.js'

/** The names `format` accepts. */
export const sourceFormats: readonly SourceFormat[] = ['text', 'html', 'markdown', 'mdx']

/** Whether `value` names a source format. */
export function isSourceFormat(value: unknown): value is SourceFormat {
  return typeof value === 'string' && (sourceFormats as readonly string[]).includes(value)
}

/** The misuse error for a format that is not one of ours. */
export function unknownFormat(value: unknown): TypeError {
  return new TypeError(`Unknown format \`${String(value)}\`: expected ${sourceFormats.map((name) => `'${name}'`).join(', ')}`)
}
