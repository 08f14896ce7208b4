/**
 * Options of the clustering, checked key by key: an unknown key (a typo
 * such as `treshold`) or a value out of range throws, naming it.
 */

import type {ClusterOptions} from '../types.js'

export const clusterDefaults: Required<ClusterOptions> = {
  threshold: 0.3,
  margin: 0.09,
  containment: 0.9,
  minFragmentWeight: 1.5,
  maxPostings: 256,
  wordOrder: 0.25,
  synonyms: true,
  spellings: true,
  derivations: true,
  pairLeftovers: 'auto'
}

/** Most postings read per wording: beyond this a saved or given value only slows clustering down. */
export const maxPostingsLimit = 1024

/** Options merged with the defaults; throws on misuse. `where` names the options in messages (`options`, `saved options`). */
export function checkOptions(options: unknown, where = 'options'): Required<ClusterOptions> {
  if (options === undefined || options === null) return {...clusterDefaults}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected an object as ${where}, not \`${JSON.stringify(options)?.slice(0, 80)}\``)
  }
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(clusterDefaults, key)) {
      throw new TypeError(`Unknown key \`${key}\` in ${where}, expected one of ${Object.keys(clusterDefaults).map((name) => `\`${name}\``).join(', ')}`)
    }
  }
  const merged = {...clusterDefaults}
  for (const [key, value] of Object.entries(options)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value
  const range = (key: keyof ClusterOptions, low: number, high: number, lowOpen: boolean, text: string) => {
    const value = merged[key]
    if (typeof value !== 'number' || !(lowOpen ? value > low : value >= low) || !(value <= high)) {
      throw new RangeError(`\`${key}\` in ${where} must be ${text}, not \`${String(value)}\``)
    }
  }
  range('wordOrder', 0, 1, false, 'a number from 0 to 1')
  range('margin', 0, 1, false, 'a number from 0 to 1')
  range('threshold', 0, 1, true, 'a number above 0 and at most 1')
  range('containment', 0, 1, true, 'a number above 0 and at most 1')
  range('minFragmentWeight', 0, 1e6, false, 'a number from 0 to 1e6')
  if (!Number.isInteger(merged.maxPostings) || merged.maxPostings < 1 || merged.maxPostings > maxPostingsLimit) {
    throw new RangeError(`\`maxPostings\` in ${where} must be a whole number from 1 to ${maxPostingsLimit}, not \`${String(merged.maxPostings)}\``)
  }
  for (const key of ['synonyms', 'spellings', 'derivations'] as const) {
    if (typeof merged[key] !== 'boolean') throw new TypeError(`\`${key}\` in ${where} must be a boolean, not \`${String(merged[key])}\``)
  }
  if (typeof merged.pairLeftovers !== 'boolean' && merged.pairLeftovers !== 'auto') {
    throw new TypeError(`\`pairLeftovers\` in ${where} must be a boolean or \`'auto'\`, not \`${String(merged.pairLeftovers)}\``)
  }
  return merged
}
