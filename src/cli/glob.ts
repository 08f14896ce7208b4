/**
 * Globs for shells that did not expand them (Windows, quoted patterns):
 * `*`, `?`, `[abc]`, `{a,b}` within a path segment and `**` across segments.
 * Node 20 has no `fs.glob`; this is the small subset a list of news files needs.
 */

import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

const magic = /[*?[{]/

/** Whether `path` has glob syntax. */
export function isGlob(path: string): boolean {
  return magic.test(path)
}

/** The files matching `pattern`, sorted; hidden folders are not entered. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const segments = pattern.split('/')
  const firstMagic = segments.findIndex((segment) => magic.test(segment))
  const base = segments.slice(0, firstMagic).join('/')
  const matcher = globToRegExp(segments.slice(firstMagic).join('/'))
  const deep = segments.slice(firstMagic).some((segment) => segment.includes('**')) || segments.length - firstMagic > 1
  const found: string[] = []
  await walk(base === '' ? '.' : base, '', deep, matcher, found)
  return found.sort()
}

async function walk(folder: string, relative: string, deep: boolean, matcher: RegExp, found: string[]): Promise<void> {
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch {
    return
  }
  for (const entry of entries) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`
    const full = folder === '.' && !relative ? entry.name : join(folder, entry.name)
    if (entry.isDirectory()) {
      if (deep && !entry.name.startsWith('.')) await walk(full, path, deep, matcher, found)
    } else if (matcher.test(path)) {
      found.push(full)
    }
  }
}

/** A whole-path regular expression for a glob pattern (segments separated by `/`). */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`)
}

function globSource(pattern: string): string {
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!
    if (character === '*' && pattern[index + 1] === '*') {
      const slash = pattern[index + 2] === '/'
      source += slash ? '(?:[^/]*/)*' : '.*'
      index += slash ? 2 : 1
    } else if (character === '*') {
      source += '[^/]*'
    } else if (character === '?') {
      source += '[^/]'
    } else if (character === '[') {
      const close = pattern.indexOf(']', index + 2)
      if (close === -1) {
        source += '\\['
      } else {
        const inside = pattern.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${inside}]`
        index = close
      }
    } else if (character === '{') {
      const close = pattern.indexOf('}', index)
      if (close === -1) {
        source += '\\{'
      } else {
        source += `(?:${pattern.slice(index + 1, close).split(',').map(globSource).join('|')})`
        index = close
      }
    } else {
      source += escape(character)
    }
  }
  return source
}

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}
