/**
 * `defineRule`: check a rule's shape once, where it is written, so that a
 * typo fails loudly instead of never matching.
 */

import type {Rule} from '../types.js'

const known = new Set(['id', 'description', 'confidence', 'match'])

export function defineRule(rule: Rule): Rule {
  if (rule === null || typeof rule !== 'object') throw new TypeError(`Expected a rule object, not \`${String(rule)}\``)
  for (const key of Object.keys(rule)) {
    if (!known.has(key)) throw new TypeError(`Unknown key \`${key}\` in rule \`${String(rule.id)}\`: expected one of ${[...known].join(', ')}`)
  }
  if (typeof rule.id !== 'string' || !/^[a-z\d][\w-]*$/i.test(rule.id)) {
    throw new TypeError(`Rule id \`${String(rule.id)}\` is not valid: expected a word such as \`quote-speaker-cue\``)
  }
  if (typeof rule.description !== 'string' || rule.description.trim() === '') {
    throw new TypeError(`Rule \`${rule.id}\` needs a description`)
  }
  if (!(rule.match instanceof RegExp) && typeof rule.match !== 'function') {
    throw new TypeError(`Rule \`${rule.id}\`: \`match\` must be a RegExp or a function, not \`${typeof rule.match}\``)
  }
  // A rule's result is used at once: a Promise would be a match that never arrives.
  if (typeof rule.match === 'function' && Object.prototype.toString.call(rule.match) === '[object AsyncFunction]') {
    throw new TypeError(`Rule \`${rule.id}\`: \`match\` must be synchronous, not an async function`)
  }
  if (rule.match instanceof RegExp && !rule.match.source.includes('(?<speaker>')) {
    throw new TypeError(`Rule \`${rule.id}\`: a RegExp rule needs a named group \`speaker\``)
  }
  if (rule.confidence !== undefined && !(typeof rule.confidence === 'number' && rule.confidence >= 0 && rule.confidence <= 1)) {
    throw new RangeError(`Rule \`${rule.id}\`: confidence \`${typeof rule.confidence === 'number' ? rule.confidence : JSON.stringify(rule.confidence)}\` is not a number between 0 and 1`)
  }
  return Object.freeze({...rule})
}
