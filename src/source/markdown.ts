/**
 * Markdown and MDX: paragraphs, headings and table cells become plain-text
 * paragraphs (link and emphasis syntax dropped, escapes and references
 * decoded); code, raw HTML, YAML/TOML front matter and, in MDX, `import` /
 * `export` statements and `{expressions}` are skipped. GFM (tables,
 * strikethrough, footnotes, autolinks) is on. Offsets map back into the source.
 *
 * The parser sees the document a chunk at a time (`markdown-blocks.ts`), so
 * time and memory stay linear; a chunk too costly to parse is read as text.
 */

import type {Nodes, Parents} from 'mdast'
import {fromMarkdown, type Options as ParseOptions} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {mdxFromMarkdown} from 'mdast-util-mdx'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import {mdxjs} from 'micromark-extension-mdxjs'
import type {TextRange} from '../types.js'
import type {SourceDocument, SourceFinding} from './document.js'
import {appendAligned} from './decode.js'
import {markdownChunks, opensFrontMatter, parseParts, wholeChunks} from './markdown-blocks.js'
import {plainTree} from './markdown-plain.js'
import {PlainTextBuilder} from './offset-map.js'
import {splitParagraphs} from './text.js'

export type MarkdownFlavor = 'markdown' | 'mdx'

const paragraphLike = new Set(['paragraph', 'heading', 'tableCell'])
const frontMatterKinds: Array<'yaml' | 'toml'> = ['yaml', 'toml']

/**
 * Parser options by flavor, for the first part of a document that opens with front matter
 * (`start`, `opensFrontMatter`) and for everything else (`rest`). Front matter stands only at a
 * document's start: a later chunk that opens with `---` or `+++` is a thematic break or a
 * paragraph, as in the whole document, where the front-matter extension would take everything up
 * to the next such line for YAML or TOML.
 */
const parseOptions: Record<MarkdownFlavor, {readonly start: ParseOptions; readonly rest: ParseOptions}> = {
  markdown: {
    start: {extensions: [frontmatter(frontMatterKinds), gfm()], mdastExtensions: [frontmatterFromMarkdown(frontMatterKinds), gfmFromMarkdown()]},
    rest: {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}
  },
  mdx: {
    start: {extensions: [frontmatter(frontMatterKinds), gfm(), mdxjs()], mdastExtensions: [frontmatterFromMarkdown(frontMatterKinds), gfmFromMarkdown(), mdxFromMarkdown()]},
    rest: {extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()]}
  }
}

/** Read Markdown (`flavor: 'markdown'`) or MDX (`'mdx'`) into plain text with an offset map. */
export function markdownToDocument(source: string, flavor: MarkdownFlavor = 'markdown'): SourceDocument {
  const builder = new PlainTextBuilder()
  const paragraphs: TextRange[] = []
  const messages: SourceFinding[] = []

  const chunks = markdownChunks(source)
  // MDX, and a document that may hold a definition, a chunk at a time (a short one whole, exactly as
  // CommonMark says); any other in parts of blocks, plain paragraphs without the parser.
  const whole = wholeChunks(source, flavor)
  // The front-matter extension only where front matter is: see `opensFrontMatter`.
  const frontMatter = opensFrontMatter(source)
  for (const chunk of chunks) {
    if (chunk.problem) {
      messages.push({reason: `Read as plain text: ${chunk.problem}`, ruleId: 'markdown-limit', start: chunk.start, end: chunk.end})
      appendPlain(builder, paragraphs, source.slice(chunk.start, chunk.end), chunk.start)
      continue
    }
    for (const part of parseParts(source, chunk, whole)) {
      const raw = source.slice(part.start, part.end)
      if (part.plain) {
        appendTree(builder, paragraphs, plainTree(raw), raw, part.start)
        continue
      }
      const at = part.start === 0 && frontMatter ? 'start' : 'rest'
      let tree: Nodes
      try {
        tree = fromMarkdown(raw, parseOptions[flavor][at])
      } catch (error) {
        // MDX is strict (a stray `<` or `{` is a syntax error): read that chunk as Markdown.
        const where = error instanceof Error ? error.message : String(error)
        messages.push({reason: `Read as Markdown, not MDX: ${where}`, ruleId: 'mdx-syntax', start: part.start, end: part.end})
        tree = fromMarkdown(raw, parseOptions.markdown[at])
      }
      appendTree(builder, paragraphs, tree, raw, part.start)
    }
  }
  builder.trimEnd()
  return {source, format: flavor, text: builder.text, paragraphs, map: builder.map(source.length), messages, quotations: []}
}

/** Append the prose of one parsed chunk (`raw` starts at `offset` in the source). */
function appendTree(builder: PlainTextBuilder, paragraphs: TextRange[], tree: Nodes, raw: string, offset: number): void {
  // Iterative walks: nesting as deep as the input allows must not overflow the stack.
  const blocks: Nodes[] = [tree]
  const inlines: Nodes[] = []
  while (blocks.length > 0) {
    const node = blocks.pop()!
    if (paragraphLike.has(node.type)) {
      const start = builder.length
      const children = (node as Parents).children
      for (let index = children.length - 1; index >= 0; index--) inlines.push(children[index]!)
      while (inlines.length > 0) {
        const inline = inlines.pop()!
        const from = inline.position?.start.offset
        const to = inline.position?.end.offset
        if (inline.type === 'text' && from !== undefined && to !== undefined) {
          appendAligned(builder, inline.value, raw.slice(from, to), offset + from)
        } else if (inline.type === 'break') {
          builder.appendSeparator(' ', offset + (from ?? 0))
        } else if ('children' in inline) {
          const children = inline.children as Nodes[]
          for (let index = children.length - 1; index >= 0; index--) inlines.push(children[index]!)
        }
      }
      builder.trimEnd()
      if (builder.length > start) paragraphs.push({start, end: builder.length})
      builder.appendSeparator('\n\n', offset + (node.position?.end.offset ?? raw.length))
      continue
    }
    if ('children' in node) {
      const children = (node as Parents).children
      for (let index = children.length - 1; index >= 0; index--) blocks.push(children[index]!)
    }
  }
}

/** Append a chunk as plain text: paragraphs from its lines, markup left as written. */
function appendPlain(builder: PlainTextBuilder, paragraphs: TextRange[], raw: string, offset: number): void {
  const base = builder.length
  builder.appendVerbatim(raw, offset)
  const plain = raw.replace(/\p{Cf}+/gu, '')
  for (const range of splitParagraphs(plain)) paragraphs.push({start: base + range.start, end: base + range.end})
  builder.trimEnd()
  builder.appendSeparator('\n\n', offset + raw.length)
}
