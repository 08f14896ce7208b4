/**
 * Gender of a person, when the text or the name tells it: a gendered title
 * or role first, else the first name (from a name list shipped in the
 * gender-detection-from-name package), else unknown.
 */

import {getGender} from '../lexicon/first-names.js'
import {ambiguousFirstNames} from '../lexicon/ambiguous-names.js'
import {roleGender} from '../lexicon/roles.js'
import {stopwords} from '../lexicon/stopwords.js'
import {lowerCase} from '../parse/lower-case.js'

export type Gender = 'male' | 'female' | null

/** Whether a gendered title or role says it (certain), rather than a first-name list (a guess). */
export function genderFromRoles(roles: readonly string[]): Gender {
  for (const role of roles) {
    const gender = roleGender.get(role)
    if (gender) return gender
  }
  return null
}

export function genderOf(name: string, roles: readonly string[]): Gender {
  const certain = genderFromRoles(roles)
  if (certain) return certain
  const first = name.split(/\s+/)[0]?.replace(/\.$/, '') ?? ''
  if (first.length < 2) return null
  const lower = lowerCase(first)
  if (stopwords.has(lower) || ambiguousFirstNames.has(lower)) return null
  const guess = getGender(first, 'en')
  return guess === 'unknown' ? null : guess
}

const firstNames = new Map<string, boolean>()

/** Whether a capitalised word is a first name in the shipped list (memoised: the list look-up is slow and names repeat). */
export function isFirstName(word: string): boolean {
  let known = firstNames.get(word)
  if (known === undefined) {
    if (firstNames.size > 50_000) firstNames.clear()
    const bare = word.replace(/\.$/, '')
    known = bare.length > 1 && getGender(bare, 'en') !== 'unknown'
    firstNames.set(word, known)
  }
  return known
}
