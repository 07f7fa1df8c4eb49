import type { Glossary } from '../../core/glossary/buildGlossary';
import type { BriefDigest } from '../../core/analysis/digestBrief';
import { summarizeLayers, type LayerSummary, type Summary, type SummaryInput } from '../../core/summary/summarizeLayers';
import { candidateEntry, countCandidates, mergeCandidateCounts } from '../../core/matching/countCandidates';
import { MentionCounter } from '../../core/analysis/mentionCounter';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CandidateItem, CandidatesResult, ClaimItem, ClaimsResult, SuggestionsParams, SuggestionsResult } from '../../protocol';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';
import type { FolderState } from '../workspace/FolderState';
import { cancelled } from './navigation';
import type { CancelToken } from '../ServerPlatform';
import { BRIEFS_PER_TURN, nextTurn } from '../nextTurn';
import { byCountThenLabel } from '../../core/text/compareLabels';

/** What the summary and claims requests read of the workspace. */
export type SummaryWorkspace = Pick<BriefmarkWorkspace, 'briefDigest' | 'briefs' | 'document' | 'folders' | 'keyOf' | 'looseFolder' | 'ready' | 'report' | 'reportFromDisk' | 'settingsFor' | 'settled' | 'uriOf'>;

// `briefmark/summary`, `briefmark/claims`, `briefmark/candidates`: one brief, or the whole
// workspace once indexed; `briefmark/suggestions`: one brief's untagged sentences that read like claims.

export async function summaryOf(ws: SummaryWorkspace, uri: string | undefined, token: CancelToken): Promise<Summary> {
  if (uri !== undefined) {
    const { folder, digest } = await ws.briefDigest(uri);
    return summarizeLayers(folder.glossary, digest ? [digest] : []);
  }
  await ws.settled(token);
  if (token.isCancellationRequested) throw cancelled();
  // Per folder, every brief's mentions go into one counter: an item per entry and brief made
  // the summary of 1,000 indexed briefs take 160 ms of the server's thread.
  const byFolder = new Map<FolderState, { counter: MentionCounter; claims: Array<SummaryInput['claims'][number]> }>();
  for (const brief of ws.briefs()) {
    let folder = byFolder.get(brief.folder);
    if (!folder) byFolder.set(brief.folder, (folder = { counter: new MentionCounter(brief.folder.glossary), claims: [] }));
    brief.countMentions(folder.counter);
    for (const c of brief.claimCounts()) folder.claims.push(c);
  }
  if (byFolder.size === 0) return summarizeLayers((ws.folders[0] ?? ws.looseFolder).glossary, []);
  const folders = [...byFolder];
  return mergeSummaries(folders.map(([folder, { counter, claims }]) => summarizeLayers(folder.glossary, [{ mentions: counter.result(), claims }])), folders[0]![0].glossary);
}

export async function claimsOf(ws: SummaryWorkspace, uri: string | undefined, token: CancelToken): Promise<ClaimsResult> {
  if (uri !== undefined) {
    const { digest } = await ws.briefDigest(uri);
    return { claims: digest ? digest.claims.map((c) => claimItem(uri, c)) : [] };
  }
  await ws.settled(token);
  const claims: ClaimItem[] = [];
  for (const [i, brief] of ws.briefs().entries()) {
    // Each brief's claims are decoded from its digest: a turn now and then lets a cancel, and
    // other requests, in.
    if (i % BRIEFS_PER_TURN === 0) await nextTurn();
    if (token.isCancellationRequested) throw cancelled();
    const itemUri = ws.uriOf(brief.path);
    for (const c of brief.claims()) claims.push(claimItem(itemUri, c));
  }
  if (token.isCancellationRequested) throw cancelled();
  return { claims };
}

export async function candidatesOf(ws: SummaryWorkspace, uri: string | undefined, token: CancelToken): Promise<CandidatesResult> {
  if (uri !== undefined) {
    const doc = ws.document(uri);
    if (doc) {
      await doc.ready;
      const report = ws.report(doc);
      if (!report) return { candidates: [] };
      // The first occurrence of each entry, so the view can reveal it.
      const first = new Map<string, CandidateItem['range']>();
      for (const c of report.candidates) {
        const key = candidateEntry(c).label.toLowerCase();
        if (!first.has(key)) first.set(key, c.range);
      }
      return { candidates: countCandidates(report.candidates).map((e) => ({ ...e, range: first.get(e.label.toLowerCase()) })) };
    }
    const { digest } = await ws.briefDigest(uri);
    return { candidates: digest?.candidates ?? [] };
  }
  await ws.settled(token);
  if (token.isCancellationRequested) throw cancelled();
  return { candidates: mergeCandidateCounts(ws.briefs().map((b) => b.candidates())) };
}

/**
 * Every sentence of the brief that reads like a claim (the model's "all" threshold up), in
 * document order, none when its `briefmark.suggestClaims` is "off". `likely`: from the setting's
 * threshold up, i.e. exactly the sentences the editor shows a possible-claim hint for.
 */
export async function suggestionsOf(ws: SummaryWorkspace, params: SuggestionsParams | undefined, token: CancelToken): Promise<SuggestionsResult> {
  const uri = params?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'briefmark/suggestions needs { uri }.');
  await ws.ready;
  const doc = ws.document(uri);
  if (doc) await doc.ready;
  const level = doc ? doc.settings.suggestClaims : (await ws.settingsFor(uri)).suggestClaims;
  if (token.isCancellationRequested) throw cancelled();
  if (level === 'off') return { suggestions: [] };
  const report = doc ? ws.report(doc) : await ws.reportFromDisk(ws.keyOf(uri), level);
  if (token.isCancellationRequested) throw cancelled();
  if (!report) return { suggestions: [] };
  return { suggestions: report.suggestions };
}

function claimItem(uri: string, claim: BriefDigest['claims'][number]): ClaimItem {
  const { fingerprint: _fingerprint, ...rest } = claim;
  return { ...rest, uri };
}

/** Several folders' summaries as one: layers by id (in the first glossary's order), counts added. */
function mergeSummaries(summaries: Summary[], first: Glossary): Summary {
  if (summaries.length === 1) return summaries[0]!;
  const layers = new Map<string, LayerSummary>();
  for (const layer of first.layers) layers.set(layer.id, emptyLayer(layer.id, layer.label));
  for (const summary of summaries) {
    for (const layer of summary.layers) {
      let target = layers.get(layer.id);
      if (!target) layers.set(layer.id, (target = emptyLayer(layer.id, layer.label)));
      for (const key of ['concepts', 'actors'] as const) {
        for (const e of layer[key]) {
          const found = target[key].find((x) => x.id === e.id);
          if (found) found.count += e.count;
          else target[key].push({ ...e });
        }
      }
      for (const k of Object.keys(layer.claims) as Array<keyof LayerSummary['claims']>) target.claims[k] += layer.claims[k];
      for (const k of Object.keys(layer.claimLayerSources) as Array<keyof LayerSummary['claimLayerSources']>) target.claimLayerSources[k] += layer.claimLayerSources[k];
      for (const k of Object.keys(layer.claimKinds) as Array<keyof LayerSummary['claimKinds']>) target.claimKinds[k] += layer.claimKinds[k];
      for (const k of Object.keys(layer.claimKindSources) as Array<keyof LayerSummary['claimKindSources']>) target.claimKindSources[k] += layer.claimKindSources[k];
    }
  }
  const out = [...layers.values()];
  for (const layer of out) for (const key of ['concepts', 'actors'] as const) layer[key].sort(byCountThenLabel);
  return { layers: out };
}

function emptyLayer(id: string, label: string): LayerSummary {
  return { id, label, concepts: [], actors: [], claims: { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 }, claimLayerSources: { explicit: 0, inferred: 0, none: 0 }, claimKinds: { factual: 0, statistical: 0, predictive: 0, normative: 0 }, claimKindSources: { explicit: 0, inferred: 0, none: 0 } };
}
