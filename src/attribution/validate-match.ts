/**
 * Check what a rule returned before anything trusts it. A user rule may
 * return `{}`, a string, a Promise, offsets of `-50`, `1e9` or `NaN`, or a
 * confidence of 5: each would otherwise fail far away (`Cannot use 'in'
 * operator …`) or slice garbage into a speaker's name.
 */

import type {ResolvedSpeaker, RuleMatch, SpeakerKind, TextRange} from '../types.js'

/** What a rule's result came to: no match, a match, or what is wrong with it. */
export type CheckedMatch = {readonly match: RuleMatch | undefined; readonly problem?: undefined} | {readonly match?: undefined; readonly problem: string}

/** No match: one object for every rule and quote that found nothing (most of them). */
const noMatch: CheckedMatch = Object.freeze({match: undefined})

const speakerKinds: ReadonlySet<SpeakerKind> = new Set(['person', 'organization', 'unnamed', 'unresolved'])
const matchKeys = new Set(['speaker', 'cue', 'confidence'])

/**
 * Check a rule's result against the text its offsets point into.
 *
 * @param value What the rule returned.
 * @param textLength Length of `context.text`.
 * @returns `{match}` (`undefined` for no match) or `{problem}`, a sentence saying what is wrong.
 */
export function validateMatch(value: unknown, textLength: number): CheckedMatch {
  if (value === undefined || value === null) return noMatch
  if (typeof value !== 'object') return {problem: `returned ${describe(value)}, not a match object or undefined`}
  if (typeof (value as {then?: unknown}).then === 'function') return {problem: 'returned a Promise: rules are synchronous'}
  for (const key of Object.keys(value)) {
    if (!matchKeys.has(key)) return {problem: `returned an unknown key \`${key}\`: expected speaker, cue, confidence`}
  }
  const {speaker, cue, confidence} = value as Record<string, unknown>
  const speakerProblem = 'name' in Object(speaker) ? resolvedProblem(speaker, textLength) : rangeProblem(speaker, textLength, '`speaker`')
  if (speakerProblem) return {problem: speakerProblem}
  if (cue !== undefined && cue !== null) {
    const cueProblem = rangeProblem(cue, textLength, '`cue`')
    if (cueProblem) return {problem: cueProblem}
  }
  if (confidence !== undefined && !isUnit(confidence)) return {problem: `returned a confidence of ${describe(confidence)}: expected a number from 0 to 1`}
  return {match: value as RuleMatch}
}

/** What is wrong with a range of `text`, if anything: integer offsets, `0 <= start < end <= length`. */
function rangeProblem(value: unknown, textLength: number, name: string): string | undefined {
  if (value === null || typeof value !== 'object') return `returned ${describe(value)} as ${name}: expected {start, end}`
  const {start, end} = value as Partial<TextRange>
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `returned ${name} offsets ${describe(start)}–${describe(end)}: expected integers`
  if (start! < 0 || end! > textLength || start! >= end!) return `returned ${name} offsets ${start}–${end}, not a range inside the text (0–${textLength})`
  return undefined
}

function resolvedProblem(value: unknown, textLength: number): string | undefined {
  const speaker = value as Partial<ResolvedSpeaker>
  if (typeof speaker.name !== 'string' || speaker.name.trim() === '') return `returned ${describe(speaker.name)} as the speaker's name: expected a non-empty string`
  if (!speakerKinds.has(speaker.kind as SpeakerKind)) return `returned ${describe(speaker.kind)} as the speaker's kind: expected person, organization, unnamed or unresolved`
  if (!isUnit(speaker.certainty)) return `returned a certainty of ${describe(speaker.certainty)}: expected a number from 0 to 1`
  return rangeProblem(speaker.mention, textLength, 'the speaker’s `mention`')
}

function isUnit(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1
}

/** A short, printable account of a value for a message. */
export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value)}`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `\`${String(value)}\``
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
