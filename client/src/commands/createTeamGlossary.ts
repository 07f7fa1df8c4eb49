import * as vscode from 'vscode';
import { DEFAULT_GLOSSARY_GLOBS, glossaryNameProblem } from './glossaryNameProblem';
import { glossaryTemplate } from './glossaryTemplate';

const DEFAULT_NAME = 'team.glossary.yaml';

/**
 * Creates a team glossary from the template in one undoable edit, then opens it. An existing
 * file is never overwritten: it is opened instead.
 */
export async function createTeamGlossary(context: vscode.ExtensionContext): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const globs = glossaryGlobs(folder);
  const name = await vscode.window.showInputBox({
    title: `New team glossary in ${folder.name}`,
    prompt: 'File name, relative to the workspace folder',
    value: DEFAULT_NAME,
    valueSelection: [0, DEFAULT_NAME.indexOf('.')],
    validateInput: (value) => glossaryNameProblem(value, globs),
  });
  if (name === undefined) return;
  const target = vscode.Uri.joinPath(folder.uri, name.trim().replace(/\\/g, '/'));
  if (await exists(target)) {
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(`${name.trim()} already exists: it is open now.`);
    return;
  }
  // The YAML extension takes an absolute file URI; the schema is the copy this extension ships.
  const schema = vscode.Uri.file(context.asAbsolutePath('server/schemas/glossary.schema.json')).toString();
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: false });
  edit.insert(target, new vscode.Position(0, 0), glossaryTemplate(schema));
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`${name.trim()} could not be created.`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  // Saved so the CLI and teammates see a valid glossary, not an empty file.
  await doc.save();
  await vscode.window.showTextDocument(doc);
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Open a folder first: a team glossary lives in a workspace folder.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the team glossary' });
}

function glossaryGlobs(folder: vscode.WorkspaceFolder): readonly string[] {
  const globs = vscode.workspace.getConfiguration('briefmark', folder.uri).get<unknown>('glossaryFiles');
  return Array.isArray(globs) && globs.length > 0 && globs.every((g) => typeof g === 'string') ? globs : DEFAULT_GLOSSARY_GLOBS;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
