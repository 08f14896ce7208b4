/**
 * Blocks of numbers in one typed array, sized by powers of two, for lists
 * that grow by doubling (postings, the holders of a pair). A block given
 * back is kept on a free list for its size and handed out again, so lists
 * that grow all the time make no garbage and leave no holes for long.
 */

import {grown} from './grown.js'

export class Blocks {
  /** The numbers; a block is `pool[start … start + size)`. Read it directly: it is replaced when it grows. */
  pool = new Int32Array(1 << 16)
  #length = 0
  /** Per size (by its log2): the first free block (-1: none); a free block holds the next one in its first number. */
  readonly #free: number[] = []

  /** Start of a new block of `size` numbers (a power of two). */
  take(size: number): number {
    const level = 31 - Math.clz32(size)
    const start = this.#free[level] ?? -1
    if (start !== -1) {
      this.#free[level] = this.pool[start]!
      return start
    }
    if (this.#length + size > this.pool.length) {
      this.pool = grown(this.pool, Math.max(this.pool.length * 2, this.#length + size))
    }
    this.#length += size
    return this.#length - size
  }

  /** Give back the block at `start`, of `size` numbers. */
  give(start: number, size: number): void {
    const level = 31 - Math.clz32(size)
    this.pool[start] = this.#free[level] ?? -1
    this.#free[level] = start
  }

  /** A block of `size` numbers holding the first `used` of the block at `start` (of half that size), which is given back. */
  grow(start: number, used: number, size: number): number {
    const to = this.take(size)
    this.pool.copyWithin(to, start, start + used)
    this.give(start, size / 2)
    return to
  }
}

/** Size of the block that holds `count` numbers: the next power of two, 2 at least. */
export function blockSize(count: number): number {
  return count <= 2 ? 2 : 1 << (32 - Math.clz32(count - 1))
}
