/** Splits `items` into runs of at most `size`, in order (for IN lists and work done in slices). */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
