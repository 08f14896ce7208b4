import {describe, expect, it} from 'vitest'
import {isWhiteSpace} from '../src/parse/white-space.js'

describe('isWhiteSpace', () => {
  it('agrees with RegExp \\s on every UTF-16 code unit', () => {
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })
})
