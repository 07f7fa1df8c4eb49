import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SKIPPED_FOLDERS } from '../core/host';

/**
 * Every file below `folder` for which `wanted(name)` holds, sorted; `node_modules`, `.git` and
 * (with `skipDotFolders`) other dot-folders are skipped, as are unreadable sub-folders. Throws the
 * file system's error when `folder` itself cannot be read.
 */
export async function walkFolder(folder: string, wanted: (name: string) => boolean, skipDotFolders = false): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (error) {
      if (current === folder) throw error;
      continue; // an unreadable sub-folder is passed over, as editors do
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !(skipDotFolders && entry.name.startsWith('.'))) pending.push(full);
      } else if (entry.isFile() && wanted(entry.name)) {
        found.push(full);
      }
    }
  }
  return found.sort();
}
