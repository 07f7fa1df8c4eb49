import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { candidateEntry } from '../../core/matching/countCandidates';
import { Codes } from '../../core/diagnosticCodes';
import { CLAIM_KINDS, type DiagnosticData } from '../../core/types';
import { Commands, type AddToGlossaryArgs } from '../../protocol';
import type { DocumentAnalyses, WorkspaceFiles } from '../workspace/BriefmarkWorkspace';
import type { OpenDocument } from '../workspace/OpenDocument';
import { addClaimIdEdit, addToGlossaryEdit, editForClient, replaceEdit, tagClaimEdit, takenClaimIds, type EditResult } from './workspaceEdits';

// Quick fixes for Briefmark's diagnostics, and "tag as claim" on a selection.

export async function codeActionsFor(ws: DocumentAnalyses & WorkspaceFiles, doc: OpenDocument, params: CodeActionParams, client: { canCreate: boolean; documentChanges: boolean }): Promise<CodeAction[]> {
  const canCreate = client.canCreate;
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'briefmark' || !wants(CodeActionKind.QuickFix)) continue;
    actions.push(...(await fixesFor(ws, doc, diagnostic, canCreate)));
  }
  const { start, end } = params.range;
  const hasSelection = start.line !== end.line || start.character !== end.character;
  if (hasSelection && wants(CodeActionKind.RefactorRewrite) && !actions.some((a) => a.title.startsWith('Tag as claim'))) {
    const tagged = tagClaimEdit(doc, params.range, ws.report(doc)?.claims ?? [], { taken: takenClaimIds(ws, doc) });
    if (tagged.ok) actions.push(action(tagged, CodeActionKind.RefactorRewrite));
    const term = doc.text.slice(doc.document.offsetAt(start), doc.document.offsetAt(end)).trim();
    if (term && term.length <= 80 && !term.includes('\n')) {
      for (const kind of ['concept', 'actor'] as const) {
        const args: AddToGlossaryArgs = { uri: doc.uri, term, kind };
        actions.push({ title: `Add "${term}" to the glossary as ${kind === 'concept' ? 'a concept' : 'an actor'}`, kind: CodeActionKind.RefactorRewrite, command: { title: 'Add to glossary', command: Commands.addToGlossary, arguments: [args] } });
      }
    }
  }
  // Edits the client cannot take (a new file without documentChanges) are left out.
  return actions.flatMap((a) => {
    if (!a.edit) return [a];
    const edit = editForClient(a.edit, client.documentChanges);
    return edit ? [{ ...a, edit }] : [];
  });
}

async function fixesFor(ws: DocumentAnalyses & WorkspaceFiles, doc: OpenDocument, diagnostic: LspDiagnostic, canCreate: boolean): Promise<CodeAction[]> {
  const data = (diagnostic.data ?? {}) as DiagnosticData;
  const fix = (result: EditResult, preferred = false): CodeAction[] => (result.ok ? [{ ...action(result, CodeActionKind.QuickFix), diagnostics: [diagnostic], isPreferred: preferred }] : []);
  switch (diagnostic.code) {
    case Codes.deprecatedWording:
      return data.replacement ? fix(replaceEdit(doc, diagnostic.range, data.replacement, `Replace with "${data.replacement}"`), true) : [];
    case Codes.unknownId:
    case Codes.unknownLayer:
    case Codes.invalidAttributeValue:
    case Codes.unknownAttribute:
      return (data.suggestions ?? []).flatMap((s, i) => fix(replaceEdit(doc, diagnostic.range, s, `Change to "${s}"`), i === 0));
    case Codes.claimWithoutId: {
      const report = ws.report(doc);
      const claim = report?.claims.find((c) => !c.id && c.spanRange.start.line === diagnostic.range.start.line && c.spanRange.start.character === diagnostic.range.start.character);
      if (!report || !claim) return [];
      return fix(addClaimIdEdit(doc, claim, new Set(report.claims.flatMap((c) => (c.id ? [c.id] : [])))), true);
    }
    case Codes.possibleClaim: {
      // The kind and layer inferred for the sentence (the hint's data, checked: it comes back from the client).
      const kind = data.claimKind && CLAIM_KINDS.includes(data.claimKind) ? data.claimKind : undefined;
      const layer = data.claimLayer && ws.folderFor(doc.path).glossary.layers.some((l) => l.id === data.claimLayer) ? data.claimLayer : undefined;
      const tagged = tagClaimEdit(doc, diagnostic.range, ws.report(doc)?.claims ?? [], { kind, layer, taken: takenClaimIds(ws, doc) });
      const inferred = [kind, layer].filter(Boolean).join(', ');
      return fix(tagged.ok && inferred ? { ...tagged, title: `Tag as claim (${inferred})` } : tagged, true);
    }
    case Codes.unknownTerm: {
      if (!data.term) return [];
      const kind = data.entryKind ?? 'concept';
      return fix(await addToGlossaryEdit(ws, ws.folderFor(doc.path), doc.uri, [{ term: data.term, kind }], canCreate), true);
    }
    case Codes.unknownName: {
      if (!data.term || !data.entryKind) return [];
      const entry = candidateEntry({ text: data.term, kind: data.entryKind, type: data.actorType, aliases: data.aliases });
      const request = { term: entry.label, kind: entry.kind, type: entry.type, aliases: entry.aliases };
      return fix(await addToGlossaryEdit(ws, ws.folderFor(doc.path), doc.uri, [request], canCreate), true);
    }
    default:
      return [];
  }
}

function action(result: Extract<EditResult, { ok: true }>, kind: string): CodeAction {
  return { title: result.title, kind, edit: result.edit };
}
