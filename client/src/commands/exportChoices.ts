import type { ExportFormat, ExportWhat } from '../../../server/src/protocol';

export interface ExportChoice {
  label: string;
  what: ExportWhat;
  format: ExportFormat;
  /** File extension, without the dot. */
  extension: string;
  /** The save dialog's filter name. */
  filter: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { label: 'Claims register as Markdown', what: 'claims', format: 'markdown', extension: 'md', filter: 'Markdown' },
  { label: 'Claims register as CSV', what: 'claims', format: 'csv', extension: 'csv', filter: 'CSV' },
  { label: 'Claims register as JSON', what: 'claims', format: 'json', extension: 'json', filter: 'JSON' },
  { label: 'Discourse network as GraphML', what: 'network', format: 'graphml', extension: 'graphml', filter: 'GraphML' },
  { label: 'Discourse network as CSV (edge list)', what: 'network', format: 'csv', extension: 'csv', filter: 'CSV' },
  { label: 'Discourse network as JSON', what: 'network', format: 'json', extension: 'json', filter: 'JSON' },
];

/**
 * The proposed file name: `claims.md`, `network.graphml`… for the workspace; prefixed with the
 * brief's name (`brief.claims.md`) for one brief, so exports of several briefs don't collide.
 */
export function defaultExportName(choice: ExportChoice, briefFileName?: string): string {
  const base = `${choice.what}.${choice.extension}`;
  if (!briefFileName) return base;
  return `${briefFileName.replace(/\.[^.]+$/, '')}.${base}`;
}
