import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'
import {checkOptionKeys} from '../src/options.js'

describe('extractQuotes options, key by key', () => {
  it('throws on an unknown key, naming it and the known ones', () => {
    expect(() => extractQuotes('“Hi,” she said.', {minConfidnce: 1} as never)).toThrow(TypeError)
    expect(() => extractQuotes('“Hi,” she said.', {minConfidnce: 1} as never)).toThrow(/`minConfidnce`.*`format`, `rules`, `minConfidence`/)
  })

  it('throws on options that are not an object', () => {
    for (const bad of [null, 'markdown', 5, true, [], () => {}]) {
      expect(() => extractQuotes('“Hi,” she said.', bad as never)).toThrow(/Expected an options object for `extractQuotes`/)
    }
  })

  it('accepts undefined, an empty object and every known key', () => {
    expect(extractQuotes('“Hi,” said Ann Lee.').quotes).toHaveLength(1)
    expect(extractQuotes('“Hi,” said Ann Lee.', undefined).quotes).toHaveLength(1)
    expect(extractQuotes('“Hi,” said Ann Lee.', {format: 'text', rules: (defaults) => defaults, minConfidence: 0}).quotes).toHaveLength(1)
  })
})

describe('checkOptionKeys', () => {
  it('returns the options, {} for undefined', () => {
    const options = {a: 1}
    expect(checkOptionKeys(options, ['a'], 'f')).toBe(options)
    expect(checkOptionKeys(undefined, ['a'], 'f')).toEqual({})
  })

  it('names a string value', () => {
    expect(() => checkOptionKeys('fast' as never, ['a'], 'f')).toThrow('Expected an options object for `f`, not `string "fast"`')
  })

  it('ignores inherited keys but not own ones named like prototype members', () => {
    expect(() => checkOptionKeys(JSON.parse('{"__proto__": {"x": 1}}'), ['a'], 'f')).toThrow(/Unknown option `__proto__`/)
    expect(checkOptionKeys(Object.create({inherited: 1}), ['a'], 'f')).toEqual({})
  })
})
