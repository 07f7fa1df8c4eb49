import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type Location,
  type Range,
  type RequestHandler,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import type { Glossary } from '../core/glossary/buildGlossary';
import {
  CandidatesRequest,
  ClaimsRequest,
  ExportRequest,
  GlossaryRequest,
  MentionsRequest,
  SuggestionsRequest,
  SummaryRequest,
  type CandidatesParams,
  type CandidatesResult,
  type ClaimsParams,
  type ClaimsResult,
  type ExportParams,
  type ExportResult,
  type GlossaryParams,
  type GlossaryResult,
  type InitializationOptions,
  type MentionsParams,
  type SuggestionsParams,
  type SuggestionsResult,
  type SummaryParams,
  type SummaryResult,
} from '../protocol';
import { BriefmarkWorkspace } from './workspace/BriefmarkWorkspace';
import { codeActionsFor } from './features/codeActions';
import { completeAt, resolveCompletion } from './features/completion';
import { COMMANDS, executeCommand } from './features/executeCommand';
import { exportBriefs } from './features/exportBriefs';
import { glossaryItems } from './features/glossaryItems';
import { hoverAt } from './features/hover';
import { cancelled, findDefinition, findReferences, mentionsOf, prepareRename, renameAt, workspaceSymbols } from './features/navigation';
import { coerceSettings, SettingsReader } from './workspace/readSettings';
import { buildSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import type { ServerPlatform } from './ServerPlatform';
import { candidatesOf, claimsOf, suggestionsOf, summaryOf } from './features/summaryRequests';

declare const BRIEFMARK_VERSION: string;

/** Wires the Briefmark language server to a connection; the node entry and tests call this. */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  let ws: BriefmarkWorkspace | undefined;
  let capabilities: ClientCapabilities = {};
  let folders: WorkspaceFolder[] = [];

  const log = (error: unknown, where: string) => connection.console.error(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  // Unexpected errors are logged and answered with "no result": one bad request never stops the server.
  const guard =
    <P, R>(where: string, handler: (params: P, token: CancellationToken) => R | Promise<R>, fallback: Awaited<R> | null = null) =>
    async (params: P, token: CancellationToken): Promise<Awaited<R> | null | ResponseError<void>> => {
      try {
        if (token.isCancellationRequested) return cancelled();
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) return error;
        log(error, where);
        return fallback;
      }
    };
  const notify =
    <P>(where: string, handler: (params: P) => unknown) =>
    (params: P): void => {
      try {
        const result = handler(params);
        if (result instanceof Promise) result.catch((error: unknown) => log(error, where));
      } catch (error) {
        log(error, where);
      }
    };
  const workspace = (): BriefmarkWorkspace => {
    if (!ws) throw new ResponseError(-32002, 'The server is not initialized.');
    return ws;
  };
  const openDoc = async (uri: string) => {
    const doc = workspace().document(uri);
    if (doc) await doc.ready;
    return doc;
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.split('/').pop() ?? 'root' }] : []);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const initial = coerceSettings(options.settings);
    ws = new BriefmarkWorkspace({
      connection,
      platform,
      // The server's own copy first: a client's folder is only needed where there is none.
      builtinGlossaryFolder: platform.builtinGlossaryFolder ?? (typeof options.builtinGlossaryFolder === 'string' ? options.builtinGlossaryFolder : undefined),
      settings: new SettingsReader(connection, !!capabilities.workspace?.configuration, initial),
      progress: !!capabilities.window?.workDoneProgress,
      refreshTokens: !!capabilities.workspace?.semanticTokens?.refreshSupport,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{', '.', '#', '=', ',', ' '], resolveProvider: true },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        executeCommandProvider: { commands: COMMANDS },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'briefmark', version: BRIEFMARK_VERSION },
    };
  });

  connection.onInitialized(
    notify('initialized', async () => {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'briefmark' });
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/*.{yaml,yml,json}' }],
        });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(notify('workspaceFolders', (e) => workspace().changeFolders(e.added, e.removed)));
      }
      await workspace().start(folders);
    }),
  );

  connection.onDidOpenTextDocument(notify('didOpen', (params) => workspace().open(params)));
  connection.onDidChangeTextDocument(notify('didChange', (params) => workspace().change(params)));
  connection.onDidCloseTextDocument(notify('didClose', (params) => workspace().close(params.textDocument.uri)));
  connection.onDidChangeWatchedFiles(notify('didChangeWatchedFiles', (params) => workspace().watchedFilesChanged(params)));
  connection.onDidChangeConfiguration(notify('didChangeConfiguration', () => workspace().settingsChanged()));

  connection.onHover(
    guard('hover', async (params) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc?.role === 'brief' ? hoverAt(workspace(), doc, params.position) : null;
    }),
  );
  // The glossary of the last completion list, for resolving its items (resolve names no document).
  let completionGlossary: Glossary | undefined;
  connection.onCompletion(
    guard('completion', async (params) => {
      const doc = await openDoc(params.textDocument.uri);
      if (doc?.role !== 'brief') return null;
      completionGlossary = workspace().folderFor(doc.path).glossary;
      const itemDefaults = !!capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange');
      return completeAt(workspace(), doc, params.position, itemDefaults);
    }),
  );
  connection.onCompletionResolve((item) => {
    try {
      return completionGlossary ? resolveCompletion(item, completionGlossary) : item;
    } catch (error) {
      log(error, 'completionItem/resolve');
      return item;
    }
  });
  const tokens = async (uri: string, range?: Range) => {
    const doc = await openDoc(uri);
    const report = doc && doc.role === 'brief' ? workspace().report(doc) : undefined;
    return doc && report ? buildSemanticTokens(doc.document, report, range) : { data: [] };
  };
  connection.languages.semanticTokens.on(guard('semanticTokens', (params) => tokens(params.textDocument.uri), { data: [] }));
  connection.languages.semanticTokens.onRange(guard('semanticTokens/range', (params) => tokens(params.textDocument.uri, params.range), { data: [] }));
  connection.onCodeAction(
    guard('codeAction', async (params) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc?.role === 'brief' ? codeActionsFor(workspace(), doc, params, { canCreate: canCreateFiles(), documentChanges: documentChanges() }) : [];
    }, []),
  );
  connection.onDefinition(
    guard('definition', async (params) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc ? findDefinition(workspace(), doc, params.position) : null;
    }),
  );
  connection.onReferences(
    guard('references', async (params, token) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc ? findReferences(workspace(), doc, params.position, params.context.includeDeclaration, token) : null;
    }),
  );
  connection.onPrepareRename(
    guard('prepareRename', async (params) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc ? prepareRename(workspace(), doc, params.position) : null;
    }),
  );
  connection.onRenameRequest(
    guard('rename', async (params, token) => {
      const doc = await openDoc(params.textDocument.uri);
      return doc ? renameAt(workspace(), doc, params.position, params.newName, token) : null;
    }),
  );
  connection.onWorkspaceSymbol(guard('workspaceSymbol', (params, token) => workspaceSymbols(workspace(), params.query, token), []));
  connection.onExecuteCommand(
    guard('executeCommand', (params) => executeCommand({ ws: workspace(), connection, canCreateFiles: canCreateFiles(), documentChanges: documentChanges(), today }, params.command, params.arguments)),
  );
  // An unexpected failure answers with an error here: these results have no empty form.
  connection.onRequest(SummaryRequest, guard('briefmark/summary', (params, token) => summaryOf(workspace(), params?.uri, token), failure()) as RequestHandler<SummaryParams, SummaryResult, void>);
  connection.onRequest(ClaimsRequest, guard('briefmark/claims', (params, token) => claimsOf(workspace(), params?.uri, token), failure()) as RequestHandler<ClaimsParams, ClaimsResult, void>);
  connection.onRequest(CandidatesRequest, guard('briefmark/candidates', (params, token) => candidatesOf(workspace(), params?.uri, token), failure()) as RequestHandler<CandidatesParams, CandidatesResult, void>);
  connection.onRequest(SuggestionsRequest, guard('briefmark/suggestions', (params, token) => suggestionsOf(workspace(), params, token), failure()) as RequestHandler<SuggestionsParams, SuggestionsResult, void>);
  connection.onRequest(GlossaryRequest, guard('briefmark/glossary', (params) => glossaryItems(workspace(), params?.uri), failure()) as RequestHandler<GlossaryParams, GlossaryResult, void>);
  connection.onRequest(MentionsRequest, guard('briefmark/mentions', (params, token) => mentionsOf(workspace(), params, token), failure()) as RequestHandler<MentionsParams, Location[], void>);
  connection.onRequest(ExportRequest, guard('briefmark/export', (params, token) => exportBriefs(workspace(), params, token), failure()) as RequestHandler<ExportParams, ExportResult, void>);

  connection.onShutdown(() => ws?.dispose());

  function documentChanges(): boolean {
    return !!capabilities.workspace?.workspaceEdit?.documentChanges;
  }

  function canCreateFiles(): boolean {
    return !!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create');
  }

  connection.listen();
}

function failure(): never {
  return new ResponseError(-32603, 'Briefmark could not answer; see the Briefmark log.') as never;
}

/** The local date as YYYY-MM-DD, for review records. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
