/**
 * `extractQuotes`: the whole pipeline over one document (`pipeline.ts`),
 * with every source format's reader.
 *
 *   source → plain text + offset map → paragraphs → sentences (parse-english's
 *   boundaries, no tree) → quote spans → words (read once) → entities → kinds
 *   and attribution → quotes in source offsets
 */

import type {Extraction, Options} from './types.js'
import {extractWith} from './pipeline.js'
import {loadDocument} from './source/document.js'

export {resolveRules} from './pipeline.js'

/** Find, classify and attribute every quotation in `source`. */
export function extractQuotes(source: string, given?: Options): Extraction {
  return extractWith(source, given, loadDocument)
}
