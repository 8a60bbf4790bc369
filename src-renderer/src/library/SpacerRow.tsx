import type { JSX } from 'react'

interface Props {
  height: number
  columns: number
}

/** Stands in for the rows scrolled out of view; invisible to assistive technology. */
export function SpacerRow({ height, columns }: Readonly<Props>): JSX.Element {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}
