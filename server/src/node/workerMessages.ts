import type { CompactDigest } from '../core/analysis/compactDigest';
import type { EntryKind } from '../core/types';
import type { IndexConfig, LocatedId } from '../lsp/ServerPlatform';

// Messages between the server and its index workers.

export type WorkerRequest =
  | { type: 'index'; job: number; config: IndexConfig; paths: string[] }
  | { type: 'locate'; job: number; config: IndexConfig; paths: string[]; kind: EntryKind; id: string }
  | { type: 'cancel'; job: number };

export type WorkerReply =
  | { type: 'digests'; job: number; digests: CompactDigest[] }
  | { type: 'done'; job: number; located: LocatedId[] | undefined }
  | { type: 'failed'; job: number; message: string };
