/**
 * Append raw source characters to a plain-text builder, decoding character
 * references (`&rdquo;`, `&#8220;`, `&#x201C;`) so that every decoded
 * character maps back to the reference it came from.
 */

import {characterEntitiesLegacy} from 'character-entities-legacy'
import {characterReferenceInvalid} from 'character-reference-invalid'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {PlainTextBuilder} from './offset-map.js'

const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));?/y
const legacyNames: ReadonlySet<string> = new Set(characterEntitiesLegacy)
const invalidNumeric: Readonly<Record<number, string>> = characterReferenceInvalid

/**
 * How references decode: `html` as browsers do (numeric references 128–159
 * are Windows-1252, so `&#147;` is `“`; legacy names such as `&copy` work
 * without a semicolon), `markdown` as CommonMark does (a semicolon is
 * required; control characters become U+FFFD).
 */
export type ReferenceRules = 'html' | 'markdown'

/** Decode the reference at `raw[index]` (an `&`), if there is one. */
export function referenceAt(raw: string, index: number, rules: ReferenceRules = 'html'): {value: string; length: number} | undefined {
  reference.lastIndex = index
  const match = reference.exec(raw)
  if (!match) return undefined
  const terminated = match[0].endsWith(';')
  if (match[1] !== undefined || match[2] !== undefined) {
    if (rules === 'markdown' && !terminated) return undefined
    const code = match[1] === undefined ? Number.parseInt(match[2]!, 16) : Number.parseInt(match[1], 10)
    return {value: rules === 'html' ? htmlNumeric(code) : markdownNumeric(code), length: match[0].length}
  }
  const name = match[3]!
  if (terminated) {
    const value = decodeNamedCharacterReference(name)
    if (value !== false) return {value, length: match[0].length}
  }
  if (rules === 'markdown') return undefined
  // HTML: the longest legacy name that starts the reference (`&copy 2024`, `&ampx`).
  for (let length = Math.min(name.length, 6); length >= 2; length--) {
    const prefix = name.slice(0, length)
    if (legacyNames.has(prefix)) return {value: decodeNamedCharacterReference(prefix) as string, length: length + 1}
  }
  return undefined
}

/** A numeric reference as the HTML standard decodes it (§ numeric character reference end state). */
function htmlNumeric(code: number): string {
  const replaced = invalidNumeric[code]
  if (replaced !== undefined) return replaced
  if (code > 0x10_ff_ff || (code >= 0xd8_00 && code <= 0xdf_ff)) return '\uFFFD'
  return String.fromCodePoint(code)
}

/** A numeric reference as CommonMark (micromark) decodes it. */
function markdownNumeric(code: number): string {
  const invalid =
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) || (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || code > 1_114_111
  return invalid ? '\uFFFD' : String.fromCodePoint(code)
}

/** Append `raw` (which starts at `rawStart` in the source), decoding references. */
export function appendWithReferences(builder: PlainTextBuilder, raw: string, rawStart: number): void {
  let verbatimFrom = 0
  let index = raw.indexOf('&')
  while (index !== -1) {
    const decoded = referenceAt(raw, index)
    if (decoded) {
      builder.appendVerbatim(raw.slice(verbatimFrom, index), rawStart + verbatimFrom)
      builder.appendDecoded(decoded.value, rawStart + index, rawStart + index + decoded.length)
      verbatimFrom = index + decoded.length
    }
    index = raw.indexOf('&', decoded ? verbatimFrom : index + 1)
  }
  builder.appendVerbatim(raw.slice(verbatimFrom), rawStart + verbatimFrom)
}

/**
 * Append `value`, the decoded form of `raw`, aligning the two: characters
 * that match map one to one (appended a run at a time); backslash escapes and
 * references map to their whole source; raw characters with no counterpart
 * (container markers such as `> ` on a continued line) are skipped.
 */
export function appendAligned(builder: PlainTextBuilder, value: string, raw: string, rawStart: number): void {
  if (value === raw) {
    builder.appendVerbatim(value, rawStart)
    return
  }
  let rawIndex = 0
  let valueIndex = 0
  // A run of matching characters not yet appended: value[runValue, valueIndex) = raw[runRaw, rawIndex).
  let runValue = 0
  let runRaw = 0
  const flush = () => {
    if (valueIndex > runValue) builder.appendVerbatim(value.slice(runValue, valueIndex), rawStart + runRaw)
  }
  const restart = () => {
    runValue = valueIndex
    runRaw = rawIndex
  }
  while (valueIndex < value.length) {
    const wanted = value[valueIndex]!
    if (rawIndex >= raw.length) {
      flush()
      builder.appendDecoded(value.slice(valueIndex), rawStart + raw.length, rawStart + raw.length)
      return
    }
    const char = raw[rawIndex]!
    if (char === wanted) {
      rawIndex++
      valueIndex++
      continue
    }
    flush()
    if (char === '\\' && raw[rawIndex + 1] === wanted) {
      builder.appendDecoded(wanted, rawStart + rawIndex, rawStart + rawIndex + 2)
      rawIndex += 2
      valueIndex++
    } else {
      const decoded = char === '&' ? referenceAt(raw, rawIndex, 'markdown') : undefined
      if (decoded && value.startsWith(decoded.value, valueIndex)) {
        builder.appendDecoded(decoded.value, rawStart + rawIndex, rawStart + rawIndex + decoded.length)
        rawIndex += decoded.length
        valueIndex += decoded.value.length
      } else {
        rawIndex++
      }
    }
    restart()
  }
  flush()
}
