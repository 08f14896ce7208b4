/**
 * What a capitalised name stands for when the entity table does not know it:
 * a person, an organisation (companies, agencies, outlets, teams), a place,
 * or other (a nationality, a party adjective, a bare modifier). Places and
 * others never speak; organisations may.
 */

import {demonyms, organizationNames, placeNames} from '../lexicon/gazetteer.js'
import {ownCopy} from '../own-copy.js'

export type NameKind = 'person' | 'organization' | 'place' | 'other'

/** Words that end the name of a body: “Justice Department”, “Center for the National Interest”. */
const bodyWords =
  /\b(?:Ministry|Party|Council|Agency|Office|Union|Company|Group|Times|News|Post|Inc|Corp|Corporation|Co|Ltd|LLC|Committee|Department|Association|Foundation|Institute|University|College|Center|Centre|Commission|Bank|Court|Board|Campaign|Network|Administration|Service|Bureau|Police|Army|Force|Forces|Guard|Senate|House|Congress|Parliament|Assembly|Club|Team|Journal|Tribune|Herald|Press|Magazine|Review|Network|Radio|Television|TV|Media|Reuters|Fund|Trust|Coalition|Alliance|Federation|Organization|Organisation|Institution|Society|Church|School|Hospital|Clinic|Authority|Authorities|Watch|Project|Initiative|Caucus|Republicans|Democrats)\b/
/** Party and creed adjectives that the gazetteer lists as nothing: they qualify a noun, they do not speak. */
const adjectives = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'labour', 'libertarian', 'progressive', 'islamic', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'evangelical', 'soviet', 'western', 'eastern', 'northern', 'southern', 'federal', 'national', 'international', 'united', 'gop'])

const kinds = new Map<string, NameKind>()

/** The kind of a name that no person entity of the document holds (remembered by name: the same names are asked about in every article). */
export function nameKind(name: string, titled: boolean): NameKind {
  if (titled) return 'person'
  let kind = kinds.get(name)
  if (kind === undefined) {
    if (kinds.size >= 50_000) kinds.clear()
    kind = untitledNameKind(name)
    // A copy as the key: a name sliced from a document would keep that whole document alive.
    kinds.set(ownCopy(name), kind)
  }
  return kind
}

function untitledNameKind(name: string): NameKind {
  const lower = name.toLowerCase()
  const words = name.split(/\s+/)
  if (placeNames.has(lower)) return 'place'
  if (demonyms.has(lower) || adjectives.has(lower)) return 'other'
  if (organizationNames.has(lower) || bodyWords.test(name) || (name.length > 1 && name === name.toUpperCase() && /^\p{Lu}+$/u.test(name))) return 'organization'
  if (words.length > 1) return 'person'
  return 'organization'
}
