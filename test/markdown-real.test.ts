/**
 * Real Markdown read in parts (plain blocks without the parser) gives what
 * the parser gives reading it whole. The documents are our dependencies' own
 * documentation (`node_modules/**\/*.md`, read where they are installed, never
 * copied here), with their reference definitions taken out: a document that
 * may hold a definition is parsed whole anyway, so only then are parts used.
 */

import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadDocument} from '../src/source/document.js'

const root = new URL('../node_modules/', import.meta.url).pathname

/** Markdown files under `folder`, sorted, of 1 to 64 KB. */
function markdownFiles(folder: string, found: string[] = []): string[] {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    const stat = statSync(path, {throwIfNoEntry: false})
    if (!stat) continue
    if (stat.isDirectory()) markdownFiles(path, found)
    else if (/\.md$/i.test(name) && stat.size >= 1024 && stat.size <= 65_536) found.push(path)
  }
  return found
}

describe('real Markdown', () => {
  it('reads the dependencies’ documentation in parts exactly as whole', () => {
    const files = markdownFiles(root)
    // Every third file: a spread over all the packages in a few seconds.
    const sample = files.filter((_, index) => index % 3 === 0)
    expect(sample.length).toBeGreaterThan(40)
    for (const file of sample) {
      // No definitions (a `]:` anywhere makes the reader parse whole).
      const source = readFileSync(file, 'utf8').replace(/^ {0,3}\[[^\]\n]+\]:.*$/gm, '').replaceAll(']:', '] :')
      const inParts = loadDocument(source, 'markdown')
      const whole = loadDocument(source + '\n\n<!-- ]: -->\n', 'markdown')
      expect({file, text: inParts.text, paragraphs: inParts.paragraphs}).toEqual({file, text: whole.text, paragraphs: whole.paragraphs})
    }
  }, 60_000)
})
