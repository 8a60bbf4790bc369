import type { Claim, Quantity } from '../../../src-main/api/contract'

const n = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** A normalised quantity for people: "4,800,000 shell", "2,000,000–1,000,000,000 shell", "04:40". */
export function formatValue(q: Pick<Quantity, 'value' | 'min' | 'max' | 'unit'>): string {
  if (q.unit === 'time') return `${String(Math.floor(q.value / 60)).padStart(2, '0')}:${String(q.value % 60).padStart(2, '0')}`
  const figure = q.min !== undefined && q.max !== undefined ? `${n(q.min)}–${n(q.max)}` : n(q.value)
  return q.unit && q.unit !== 'calendar year' ? `${figure} ${q.unit}` : figure
}

export const REVIEW_LABEL: Record<Claim['review'], string> = {
  suggested: 'Suggested',
  accepted: 'Accepted',
  rejected: 'Rejected',
}

export const STATUS_LABEL: Record<Claim['status'], string> = {
  unverified: 'Unverified',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  false: 'False',
}

export const KIND_LABEL: Record<Claim['kind'], string> = {
  quantity: 'Quantity',
  quote: 'Quote',
  attribution: 'Attribution',
  event: 'Event',
  manual: 'Made by analyst',
}
