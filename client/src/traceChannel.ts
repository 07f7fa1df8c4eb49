import * as vscode from 'vscode';

/**
 * The 'Briefmark Trace' channel, as the language client sees it. vscode-languageclient 10 traces
 * the protocol only while its trace channel's log level is Trace, and then reads
 * `briefmark.trace.server` just to choose between messages and verbose ('off' counts as
 * messages). So that the setting alone turns tracing on and off, this view reports the log level
 * the setting implies and writes the trace lines at info level, which the channel shows by default.
 */
export function createTraceChannel(): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel('Briefmark Trace', { log: true });
  const levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  let level = levelFromSetting();
  const watcher = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('briefmark.trace.server')) return;
    level = levelFromSetting();
    levelChanged.fire(level);
  });
  return {
    name: channel.name,
    get logLevel() {
      return level;
    },
    onDidChangeLogLevel: levelChanged.event,
    trace: (message, ...args) => channel.info(message, ...args),
    debug: (message, ...args) => channel.debug(message, ...args),
    info: (message, ...args) => channel.info(message, ...args),
    warn: (message, ...args) => channel.warn(message, ...args),
    error: (error, ...args) => channel.error(error, ...args),
    append: (value) => channel.append(value),
    appendLine: (value) => channel.appendLine(value),
    replace: (value) => channel.replace(value),
    clear: () => channel.clear(),
    // The column form of show() is deprecated and ignored by VS Code: only preserveFocus counts.
    show: (columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean) =>
      channel.show(typeof columnOrPreserveFocus === 'boolean' ? columnOrPreserveFocus : preserveFocus),
    hide: () => channel.hide(),
    dispose: () => {
      watcher.dispose();
      levelChanged.dispose();
      channel.dispose();
    },
  };
}

function levelFromSetting(): vscode.LogLevel {
  const setting = vscode.workspace.getConfiguration('briefmark').get<string>('trace.server', 'off');
  return setting === 'off' ? vscode.LogLevel.Off : vscode.LogLevel.Trace;
}
