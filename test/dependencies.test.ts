/**
 * The declared dependencies are what the published code imports: every
 * package the built files import (at run time, or in the published types) is
 * declared, and every declared package is imported.
 */

import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {getGender} from '../src/lexicon/first-names.js'

const root = new URL('..', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup', '--silent'], {cwd: root, stdio: 'ignore'})
})

/** The package a bare specifier names: `a/b` → `a`, `@s/a/b` → `@s/a`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** Packages imported by the built files (`.js`) or their types (`.d.ts`, as `@types/x` when x has no types of its own). */
function imported(extension: '.js' | '.d.ts'): Set<string> {
  const published = new Set(['index', 'retext', 'testing', 'cli'])
  const files = readdirSync(join(root, 'dist')).filter((file) => file.endsWith(extension) && (file.startsWith('chunk-') || published.has(file.slice(0, -extension.length)) || extension === '.d.ts'))
  const found = new Set<string>()
  for (const file of files) {
    const code = readFileSync(join(root, 'dist', file), 'utf8')
    const statements = /^(?:import|export)\b[^;'"]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm
    for (const match of code.matchAll(statements)) {
      const specifier = match[1] ?? match[2] ?? match[3]!
      if (specifier.startsWith('.')) continue
      const name = packageOf(specifier.replace(/^node:/, ''))
      if (builtinModules.includes(name)) continue
      found.add(extension === '.d.ts' && !existsSync(join(root, 'node_modules', name, 'package.json')) ? `@types/${name}` : name)
    }
  }
  return found
}

describe('dependencies', () => {
  it('declares exactly the packages the published code imports', () => {
    const used = new Set([...imported('.js'), ...imported('.d.ts')])
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies ?? {})])
    expect([...used].sort()).toEqual([...declared].sort())
  })

  it('keeps the test runner external: an optional peer, never bundled', () => {
    expect(manifest.peerDependenciesMeta.vitest.optional).toBe(true)
    const testing = readFileSync(join(root, 'dist/testing.js'), 'utf8')
    expect(testing).toContain('import("vitest")')
    // Only vitest's own runner code has these; a bundled copy crashes in the consumer's run.
    expect(testing).not.toMatch(/createTaskCollector|getCurrentSuite/)
  })

  it('loads the English first-name list only, not the lists of five more languages', () => {
    const code = readdirSync(join(root, 'dist'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(root, 'dist', file), 'utf8'))
      .join('\n')
    expect(code).toContain('gender-detection-from-name/names/en.js')
    expect(code).not.toMatch(/["']gender-detection-from-name["']/)
    expect(getGender('Elena', 'en')).toBe('female')
    expect(getGender('VLADIMIR', 'en')).toBe('male')
    expect(getGender('Zzyzx', 'en')).toBe('unknown')
    expect(() => getGender('Elena', 'fr' as never)).toThrow("Expected `'en'` as the language of first names, not `fr`")
  })

  it('passes publint', () => {
    const output = execFileSync(join(root, 'node_modules/.bin/publint'), ['--strict'], {cwd: root, encoding: 'utf8'})
    expect(output).toContain('All good!')
  }, 60_000)

  it('publishes no corpus or evaluation code, and a LICENSE', () => {
    expect(manifest.files).toContain('LICENSE')
    expect(manifest.files).toContain('!dist/evaluation.js')
    expect(manifest.files.some((entry: string) => entry.startsWith('corpus'))).toBe(false)
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^\(The MIT License\)/)
    expect(manifest.repository.url).toMatch(/github\.com\/whosaid\/whosaid/)
    expect(manifest.bugs).toMatch(/\/issues$/)
  })
})
