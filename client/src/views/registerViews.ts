import * as vscode from 'vscode';
import type { CandidateItem, CandidatesResult, ClaimItem, GlossaryItem, SuggestionItem, SummaryResult } from '../../../server/src/protocol';
import type { EntryKind } from '../../../server/src/core/types';
import type { BriefmarkApi } from '../BriefmarkApi';
import { debounce } from '../debounce';
import { ClientCommands, Views } from '../ids';
import { claimFromArgument } from '../commands/claimFromArgument';
import { registerGuarded } from '../commands/registerGuarded';
import { briefScopeFor, type BriefScope } from './BriefScope';
import { claimGroups } from './claimGroups';
import { fileName } from './claimNode';
import { candidateGroup } from './candidateNodes';
import { glossaryGroups } from './glossaryGroups';
import { layerLabels, layerNodes } from './layerNodes';
import { NodeTree } from './NodeTree';
import { showLocation, toVscodeRange } from './showLocation';
import { suggestedGroup } from './suggestionNodes';
import { summarizeNodes, type NodeSummary, type TreeNode } from './TreeNode';

/** Internal, not in package.json: the end-to-end tests read the trees through it. */
export const DEBUG_VIEW_CONTENTS = 'briefmark.debug.viewContents';
/** Internal too: the roots of one view (`layers`, `claims` or `glossary`) as the view has them, for the tests to pass rows to inline actions. */
export const DEBUG_VIEW_NODES = 'briefmark.debug.viewNodes';

export interface ViewContents {
  layers: NodeSummary[];
  claims: NodeSummary[];
  glossary: NodeSummary[];
}

/** Server notifications come in bursts while someone types: refresh once they settle. */
const REFRESH_DELAY_MS = 200;

export function registerViews(context: vscode.ExtensionContext, api: BriefmarkApi): void {
  const scope = briefScopeFor(context);
  const scopeData = sharedScopeData(scope, api);

  const layers = new NodeTree(Views.layers, async () => {
    const data = await scopeData.get();
    return data ? layerNodes(data.summary, data.claims, scope.scope) : [];
  }, api.log);
  const claims = new NodeTree(Views.claims, async () => {
    // Suggestions are per brief: the brief's in brief scope, the active brief's in workspace scope.
    const brief = scope.brief;
    const [data, suggestions] = await Promise.all([scopeData.get(), brief && suggestionsOf(api, brief)]);
    if (!data) return [];
    const labels = layerLabels(data.summary);
    const groups = claimGroups(data.claims, scope.scope, labels);
    const suggested = brief && suggestions && suggestedGroup(suggestions, brief.toString(), scope.scope, labels);
    return suggested ? [...groups, suggested] : groups;
  }, api.log);
  const glossary = new NodeTree(Views.glossary, async () => {
    const [entries, names] = await Promise.all([api.glossary(glossarySource(scope)), candidatesInScope(api, scope)]);
    const group = names && candidateGroup(names.candidates, names.uri);
    return group ? [...glossaryGroups(entries), group] : glossaryGroups(entries);
  }, api.log);
  context.subscriptions.push(layers, claims, glossary);

  const refreshScoped = () => {
    scopeData.forget();
    layers.refresh();
    claims.refresh();
  };
  const refreshAll = () => {
    refreshScoped();
    glossary.refresh();
  };
  const describe = () => {
    layers.view.description = claims.view.description = scopeDescription(scope);
    glossary.view.description = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? folderOf(glossarySource(scope))?.name : undefined;
  };
  describe();

  let glossaryFolder = folderOf(glossarySource(scope))?.uri.toString();
  const refreshLater = debounce(refreshAll, REFRESH_DELAY_MS);
  context.subscriptions.push(
    refreshLater,
    // Also fired when the server (re)starts: the trees load what the new server sees.
    api.onDidChangeSummary(() => refreshLater.run()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      describe();
      glossary.refresh();
    }),
    scope.onDidChange((change) => {
      describe();
      const scoped = change.scopeChanged || scope.scope === 'brief';
      if (scoped) refreshScoped();
      // In workspace scope the claims stay, but "Suggested" follows the active brief.
      else if (change.briefChanged) claims.refresh();
      const folder = folderOf(glossarySource(scope))?.uri.toString();
      // The "Not in the glossary" group follows the scope; the entries follow the folder.
      if (folder !== glossaryFolder || scoped) {
        glossaryFolder = folder;
        glossary.refresh();
      }
    }),
  );

  registerGuarded(context, api, ClientCommands.scopeBrief, () => scope.setScope('brief'));
  registerGuarded(context, api, ClientCommands.scopeWorkspace, () => scope.setScope('workspace'));
  registerGuarded(context, api, ClientCommands.refreshViews, refreshAll);
  registerGuarded(context, api, ClientCommands.openClaim, (arg) => openClaim(claimFromArgument(arg)));
  registerGuarded(context, api, ClientCommands.revealMention, (arg) => revealMention(api, scope, arg as { kind: EntryKind; id: string }));
  registerGuarded(context, api, ClientCommands.openGlossaryEntry, (arg) => openGlossaryEntry(arg as GlossaryItem | undefined));
  registerGuarded(context, api, ClientCommands.revealCandidate, (uri, range) => revealCandidate(uri as string | undefined, range as CandidateItem['range']));
  registerGuarded(context, api, ClientCommands.revealSuggestion, (uri, range) => revealCandidate(uri as string | undefined, range as SuggestionItem['range']));
  registerGuarded(context, api, DEBUG_VIEW_CONTENTS, async (): Promise<ViewContents> => {
    const [l, c, g] = await Promise.all([layers.loadRoots(), claims.loadRoots(), glossary.loadRoots()]);
    return { layers: summarizeNodes(l), claims: summarizeNodes(c), glossary: summarizeNodes(g) };
  });
  registerGuarded(context, api, DEBUG_VIEW_NODES, (view): Promise<TreeNode[]> => ({ layers, claims, glossary })[view as 'layers' | 'claims' | 'glossary']?.loadRoots() ?? Promise.resolve([]));
}

/** The brief's suggestions; none when the server cannot say (the rest of the Claims view still shows). */
async function suggestionsOf(api: BriefmarkApi, brief: vscode.Uri): Promise<SuggestionItem[] | undefined> {
  try {
    return (await api.suggestions(brief)).suggestions;
  } catch (error) {
    api.log.warn(`${Views.claims}: no suggested claims (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

interface ScopeResults {
  summary: SummaryResult;
  claims: ClaimItem[];
}

/**
 * The summary and claims of the current scope, fetched once for both the Layers and the Claims
 * view; undefined in brief scope with no brief. `forget` makes the next `get` ask again.
 */
function sharedScopeData(scope: BriefScope, api: BriefmarkApi): { get(): Promise<ScopeResults | undefined>; forget(): void } {
  let pending: Promise<ScopeResults | undefined> | undefined;
  const fetch = async (): Promise<ScopeResults | undefined> => {
    if (scope.scope === 'brief' && !scope.brief) return undefined;
    const [summary, claims] = await Promise.all([api.summary(scope.target), api.claims(scope.target)]);
    return { summary, claims: claims.claims };
  };
  return {
    get() {
      if (!pending) {
        const started = fetch();
        pending = started;
        // A failure is not remembered: the next refresh tries again.
        started.catch(() => {
          if (pending === started) pending = undefined;
        });
      }
      return pending;
    },
    forget() {
      pending = undefined;
    },
  };
}

function scopeDescription(scope: BriefScope): string | undefined {
  if (scope.scope === 'workspace') return 'Workspace';
  return scope.brief ? fileName(scope.brief.toString()) : undefined;
}

/**
 * The names no entry matches in the scope: the brief's, or the workspace's; with the URI that picks
 * the team glossary they would be added to. Undefined in brief scope with no brief.
 */
export async function candidatesInScope(api: BriefmarkApi, scope: BriefScope): Promise<(CandidatesResult & { uri: string }) | undefined> {
  if (scope.scope === 'brief' && !scope.brief) return undefined;
  const uri = scope.target ?? glossarySource(scope);
  if (!uri) return undefined;
  return { ...(await api.candidates(scope.target)), uri: uri.toString() };
}

/** Shows a range of a brief: a name's first mention, or a suggested claim's sentence. */
async function revealCandidate(uri: string | undefined, range: CandidateItem['range']): Promise<void> {
  if (!uri || !range) return;
  await showLocation(vscode.Uri.parse(uri), toVscodeRange(range));
}

/** The glossary view follows the brief's folder; with no brief, the first workspace folder's. */
function glossarySource(scope: BriefScope): vscode.Uri | undefined {
  return scope.brief ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

function folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  return uri && vscode.workspace.getWorkspaceFolder(uri);
}

async function openClaim(claim: ClaimItem | undefined): Promise<void> {
  if (!claim) return;
  await showLocation(vscode.Uri.parse(claim.uri), toVscodeRange(claim.range));
}

/** The first mention of a concept or actor: in the brief in brief scope, else the workspace's first. */
async function revealMention(api: BriefmarkApi, scope: BriefScope, entry: { kind: EntryKind; id: string } | undefined): Promise<void> {
  if (!entry?.id) return;
  const [first] = await api.mentions({ uri: scope.target, kind: entry.kind, id: entry.id });
  if (!first) {
    void vscode.window.showInformationMessage(`No mention of "${entry.id}" was found${scope.target ? ' in this brief' : ''}.`);
    return;
  }
  await showLocation(first.uri, first.range);
}

async function openGlossaryEntry(entry: GlossaryItem | undefined): Promise<void> {
  const location = entry?.location;
  if (!location) return;
  await showLocation(vscode.Uri.parse(location.uri), toVscodeRange(location.range));
}
