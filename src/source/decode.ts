/**
 * Append raw source characters to a plain-text builder, decoding character
 * references (`&rdquo;`, `&#8220;`, `&#x201C;`) so that every decoded
 * character maps back to the reference it came from.
 */

import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {PlainTextBuilder} from './offset-map.js'

const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));?/y

/** Decode the reference at `raw[index]` (an `&`), if there is one. */
export function referenceAt(raw: string, index: number): {value: string; length: number} | undefined {
  reference.lastIndex = index
  const match = reference.exec(raw)
  if (!match) return undefined
  let value: string | false = false
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] === undefined ? Number.parseInt(match[2]!, 16) : Number.parseInt(match[1], 10)
    value = code > 0 && code <= 0x10_ff_ff && (code < 0xd8_00 || code > 0xdf_ff) ? String.fromCodePoint(code) : '\uFFFD'
  } else if (match[0].endsWith(';')) {
    value = decodeNamedCharacterReference(match[3]!)
  }
  return value === false ? undefined : {value, length: match[0].length}
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
 * that match map one to one; backslash escapes and references map to their
 * whole source; raw characters with no counterpart (container markers such as
 * `> ` on a continued line) are skipped.
 */
export function appendAligned(builder: PlainTextBuilder, value: string, raw: string, rawStart: number): void {
  if (value === raw) {
    builder.appendVerbatim(value, rawStart)
    return
  }
  let rawIndex = 0
  let valueIndex = 0
  while (valueIndex < value.length) {
    const wanted = value[valueIndex]!
    if (rawIndex >= raw.length) {
      builder.appendDecoded(value.slice(valueIndex), rawStart + raw.length, rawStart + raw.length)
      return
    }
    const char = raw[rawIndex]!
    if (char === wanted) {
      builder.appendVerbatim(wanted, rawStart + rawIndex)
      rawIndex++
      valueIndex++
      continue
    }
    if (char === '\\' && raw[rawIndex + 1] === wanted) {
      builder.appendDecoded(wanted, rawStart + rawIndex, rawStart + rawIndex + 2)
      rawIndex += 2
      valueIndex++
      continue
    }
    if (char === '&') {
      const decoded = referenceAt(raw, rawIndex)
      if (decoded && value.startsWith(decoded.value, valueIndex)) {
        builder.appendDecoded(decoded.value, rawStart + rawIndex, rawStart + rawIndex + decoded.length)
        rawIndex += decoded.length
        valueIndex += decoded.value.length
        continue
      }
    }
    rawIndex++
  }
}
