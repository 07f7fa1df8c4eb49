import * as vscode from 'vscode';
import type { ClaimItem } from '../../../server/src/protocol';
import type { BriefmarkApi } from '../BriefmarkApi';
import { showLocation, toVscodeRange } from '../views/showLocation';
import { activeBriefEditor } from './activeBriefEditor';
import { nextClaimToReview } from './nextClaimToReview';

/** Selects the next unchecked claim after the cursor (then stale ones), in this brief first, then in the workspace. */
export async function goToNextClaimToReview(api: BriefmarkApi): Promise<void> {
  const editor = activeBriefEditor();
  const here = editor ? (await api.claims(editor.document.uri)).claims : [];
  // The workspace is asked only when the brief has no unchecked claim left.
  const elsewhere = here.some((c) => c.status === 'unchecked') ? [] : await otherBriefsClaims(api, editor?.document.uri);
  const next = nextClaimToReview(here, editor?.selection.active, elsewhere);
  if (!next) {
    void vscode.window.showInformationMessage('No unchecked or stale claims left.');
    return;
  }
  await showLocation(vscode.Uri.parse(next.uri), toVscodeRange(next.range));
}

async function otherBriefsClaims(api: BriefmarkApi, current: vscode.Uri | undefined): Promise<ClaimItem[]> {
  const { claims } = await api.claims();
  const skip = current?.toString();
  return claims.filter((c) => vscode.Uri.parse(c.uri).toString() !== skip);
}
