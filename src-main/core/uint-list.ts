/**
 * A growable list of unsigned 32-bit ints: a typed array and its used length. Index builders
 * (search segments, the claim clusterer's postings) keep millions of ids in these instead of JS
 * arrays: a quarter of the memory and nothing for the garbage collector to trace.
 */
export class UintList {
  items: Uint32Array
  length = 0

  constructor(capacity = 4) {
    this.items = new Uint32Array(capacity)
  }

  push(v: number): void {
    this.items = fit(this.items, this.length, (n) => new Uint32Array(n))
    this.items[this.length++] = v
  }

  /** Removes the first occurrence of `v`, keeping the order of the rest. */
  delete(v: number): void {
    const i = this.items.subarray(0, this.length).indexOf(v)
    if (i < 0) return
    this.items.copyWithin(i, i + 1, this.length)
    this.length--
  }
}

type Growable = Uint8Array | Int32Array | Uint32Array | Float64Array

/** `a`, or a copy twice as long (or long enough), so index `i` fits: appends stay amortised O(1). */
export function fit<T extends Growable>(a: T, i: number, make: (n: number) => T): T {
  if (i < a.length) return a
  const next = make(Math.max(i + 1, a.length * 2))
  next.set(a)
  return next
}
