/**
 * One document of a stream, contained: its extraction or why it has none,
 * never an exception. Shared by `extractStream` and the CLI (which gives its
 * own source reader, loading the HTML and Markdown parsers when needed).
 */

import type {Entity, Quote} from './types.js'
import {extractWith, type SourceReader} from './pipeline.js'
import {isSourceFormat, sourceFormats} from './source/formats.js'
import {defaultMaxSize, oversize} from './size-limit.js'
import {ownCopy} from './own-copy.js'
import type {StreamDocument, StreamOptions, StreamResult} from './stream.js'

/**
 * One document's result; never throws. Shared with the CLI, which prints the
 * result and drops it at once: with `kept` false its strings are left as
 * slices of the source (a tenth of the CLI's work was copying them).
 */
export function extractOne(document: StreamDocument, options: StreamOptions, position: number, kept = true, load: SourceReader): StreamResult {
  const id = document !== null && typeof document === 'object' && (typeof document.id === 'string' || typeof document.id === 'number') ? String(document.id) : `#${position}`
  if (document === null || typeof document !== 'object') return {id, error: `expected a document \`{id, source}\`, not \`${document === null ? 'null' : typeof document}\``}
  const {source, format = options.format ?? 'text'} = document
  if (typeof source !== 'string') return {id, error: `expected a string as \`source\`, not \`${source === null ? 'null' : typeof source}\``}
  if (!isSourceFormat(format)) return {id, error: `unknown format \`${String(format)}\`: expected ${sourceFormats.map((name) => `'${name}'`).join(', ')}`}
  const tooLarge = oversize(source, options.maxSize ?? defaultMaxSize)
  if (tooLarge) return {id, error: tooLarge}
  try {
    const {quotes, entities, messages} = extractWith(source, {...options, format}, load)
    return kept ? {id, quotes: quotes.map(detach), entities: entities.map(detachEntity), messages} : {id, quotes, entities, messages}
  } catch (error) {
    return {id, error: (error as Error)?.message ?? String(error)}
  }
}

function detachSpan<T extends {readonly text: string}>(span: T): T {
  return {...span, text: ownCopy(span.text)}
}

function detach(quote: Quote): Quote {
  return {
    ...quote,
    text: ownCopy(quote.text),
    ...(quote.decoded === undefined ? {} : {decoded: ownCopy(quote.decoded)}),
    speaker: quote.speaker ? {...quote.speaker, name: ownCopy(quote.speaker.name), mention: detachSpan(quote.speaker.mention)} : null,
    cue: quote.cue ? detachSpan(quote.cue) : null
  }
}

function detachEntity(entity: Entity): Entity {
  return {...entity, name: ownCopy(entity.name), aliases: entity.aliases.map(ownCopy), roles: entity.roles.map(ownCopy), mentions: entity.mentions.map(detachSpan)}
}
