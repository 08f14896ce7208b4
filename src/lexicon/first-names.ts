/**
 * Gender of a first name, from the English list of gender-detection-from-name
 * (32,500 names; no network).
 *
 * We import that one list, not the package's entry point: the entry loads the
 * lists of six languages (2 MB in a browser bundle) to fall back on when the
 * English list has no answer. Names found only in another language's list
 * (“Recep”, “Jürgen”) are therefore of unknown gender here, as they are for a
 * reader of English news; roles and titles still give a gender.
 */

import englishNames from 'gender-detection-from-name/names/en.js'

/** `'male'`, `'female'` or `'unknown'` for `name` (any case), as gender-detection-from-name answers. */
export function getGender(name: string, language: 'en'): 'male' | 'female' | 'unknown' {
  if (language !== 'en') throw new TypeError(`Expected \`'en'\` as the language of first names, not \`${String(language)}\``)
  return englishNames.get(name.toLowerCase()) ?? 'unknown'
}
