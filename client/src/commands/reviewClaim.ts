import * as vscode from 'vscode';
import { Commands, type ClaimItem, type SetReviewArgs } from '../../../server/src/protocol';
import type { ReviewStatus } from '../../../server/src/core/types';
import type { BriefmarkApi } from '../BriefmarkApi';
import { activeBriefEditor } from './activeBriefEditor';
import { claimAt } from './claimAt';
import { claimFromArgument } from './claimFromArgument';
import { evidenceWarning, formatEvidence, parseEvidence } from './parseEvidence';
import { reviewerName } from './reviewerName';
import { reviewPathFor } from '../../../server/src/core/review/reviewPath';
import { statusChoices } from './statusChoices';

/**
 * Reviews the claim given by a view node, or else the claim at the cursor: the status (asked
 * unless preset), a note and evidence (prefilled, since the server replaces them), then the
 * record is written to the sidecar and saved. Escape at any prompt writes nothing.
 */
export async function reviewClaim(api: BriefmarkApi, defaultReviewer: (brief: vscode.Uri) => Promise<string | undefined>, arg: unknown, preset?: ReviewStatus): Promise<void> {
  const claim = claimFromArgument(arg) ?? (await claimAtCursor(api));
  if (!claim) {
    void vscode.window.showInformationMessage('Put the cursor in a claim of a Markdown brief, or pick one in the Claims view.');
    return;
  }
  if (!claim.id) {
    void vscode.window.showInformationMessage('This claim has no id yet, so it cannot be reviewed: add one with the quick fix "Add claim id".');
    return;
  }
  const status = preset ?? (await pickStatus(claim, claim.id));
  if (!status) return;
  const details = status === 'unchecked' ? { note: claim.review?.note, evidence: claim.review?.evidence } : await askDetails(claim, claim.id, status);
  if (!details) return;

  const brief = vscode.Uri.parse(claim.uri);
  const args: SetReviewArgs = { uri: claim.uri, claimId: claim.id, status, note: details.note, evidence: details.evidence, reviewer: await reviewerName(brief, defaultReviewer) };
  const sidecar = brief.with({ path: reviewPathFor(brief.path) });
  const wasDirty = vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === sidecar.toString());
  const result = await api.executeCommand(Commands.setReview, args);
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? `The review of #${claim.id} was not written.`);
    return;
  }
  // Saved so the review lands in the file; it stays undoable in the sidecar's editor. Unsaved work
  // someone already had in the sidecar is left for them to save, and an unsaved brief has no file.
  if (!wasDirty && sidecar.scheme !== 'untitled') {
    const doc = await vscode.workspace.openTextDocument(sidecar);
    if (doc.isDirty) await doc.save();
  }
  vscode.window.setStatusBarMessage(`$(check) Claim #${claim.id}: ${status}`, 4000);
}

async function claimAtCursor(api: BriefmarkApi): Promise<ClaimItem | undefined> {
  const editor = activeBriefEditor();
  if (!editor) return undefined;
  const { claims } = await api.claims(editor.document.uri);
  return claimAt(claims, editor.selection.active);
}

async function pickStatus(claim: ClaimItem, id: string): Promise<ReviewStatus | undefined> {
  const picked = await vscode.window.showQuickPick(statusChoices(claim), {
    title: `Review #${id}`,
    placeHolder: `“${claim.text.replace(/\s+/g, ' ')}” is ${claim.status}: choose the review`,
    ignoreFocusOut: true,
  });
  return picked?.status;
}

async function askDetails(claim: ClaimItem, id: string, status: ReviewStatus): Promise<{ note: string | undefined; evidence: string[] } | undefined> {
  const note = await vscode.window.showInputBox({
    title: `Review #${id} as ${status} (1/2)`,
    prompt: status === 'disputed' ? 'Note: why is the claim disputed? (optional)' : 'Note (optional)',
    value: claim.review?.note ?? '',
    ignoreFocusOut: true,
  });
  if (note === undefined) return undefined;
  const evidence = await vscode.window.showInputBox({
    title: `Review #${id} as ${status} (2/2)`,
    prompt: 'Evidence: URLs or @citekeys, separated by commas or spaces (optional)',
    value: formatEvidence(claim.review?.evidence),
    ignoreFocusOut: true,
    validateInput: (input) => {
      const warning = evidenceWarning(input);
      return warning ? { message: warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
    },
  });
  if (evidence === undefined) return undefined;
  return { note: note.trim() || undefined, evidence: parseEvidence(evidence) };
}
