/**
 * LEB128 unsigned varints in a byte array: word positions are small gaps, mostly one byte each,
 * so a position costs ~1.3 bytes instead of four.
 */

/** Bytes `value` takes as a varint. */
export function varintSize(value: number): number {
  let n = 1
  while (value >= 0x80) {
    value = Math.floor(value / 128)
    n++
  }
  return n
}

/** Writes `value` at `at`; returns the offset after it. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80
    value = Math.floor(value / 128)
  }
  out[at++] = value
  return at
}

/** A reading cursor over varints. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    let value = 0
    let shift = 1
    for (;;) {
      const b = this.bytes[this.at++]!
      value += (b & 0x7f) * shift
      if (b < 0x80) return value
      shift *= 128
    }
  }
}
