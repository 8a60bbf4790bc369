import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { Claim } from '../../../src-main/api/contract'
import { formatValue, KIND_LABEL, REVIEW_LABEL, STATUS_LABEL } from './format'

const col = createColumnHelper<Claim>()

/** The claims table's columns; ids double as the column chooser's names. */
export const CLAIM_COLUMNS: Array<ColumnDef<Claim, unknown>> = [
  col.display({
    id: 'select',
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all claims on this page"
        checked={table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) =>
      row.getIsGrouped() ? null : (
        <input
          type="checkbox"
          aria-label={`Select claim ${row.original.id}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    enableSorting: false,
    enableHiding: false,
  }),
  col.accessor('text', { id: 'claim', header: 'Claim', enableHiding: false }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => c.article.outlet ?? c.article.title, { id: 'source', header: 'Source' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => KIND_LABEL[c.kind], { id: 'kind', header: 'Kind' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => REVIEW_LABEL[c.review], { id: 'review', header: 'Review' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => STATUS_LABEL[c.status], { id: 'status', header: 'Status' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => c.tags.join(', '), { id: 'tags', header: 'Tags' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => c.tags[0] ?? 'No tag', { id: 'tag', header: 'First tag' }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => c.quantities.filter((q) => q.unit !== 'calendar year').map(formatValue).join('; '), {
    id: 'quantities',
    header: 'Quantities',
  }) as ColumnDef<Claim, unknown>,
  col.accessor((c) => (c.clusterId === null ? 'No other source' : `Cluster ${c.clusterId}`), {
    id: 'cluster',
    header: 'Cluster',
  }) as ColumnDef<Claim, unknown>,
  col.accessor('clusterSources', { header: 'Sources' }) as ColumnDef<Claim, unknown>,
]
