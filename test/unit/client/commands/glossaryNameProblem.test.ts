import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY_GLOBS, glossaryNameProblem } from '../../../../client/src/commands/glossaryNameProblem';
import { DEFAULT_SETTINGS } from '../../../../server/src/lsp/workspace/readSettings';

describe('glossaryNameProblem', () => {
  it('accepts YAML names the default globs match, in the folder or below', () => {
    for (const name of ['team.glossary.yaml', 'Team.Glossary.YML', 'glossaries/ai.glossary.yaml', 'glossaries\\ai.glossary.yaml', ' team.glossary.yaml ']) {
      expect(glossaryNameProblem(name, DEFAULT_GLOSSARY_GLOBS), name).toBeUndefined();
    }
  });

  it('refuses names Briefmark would not read as a glossary', () => {
    expect(glossaryNameProblem('team.yaml', DEFAULT_GLOSSARY_GLOBS)).toMatch(/only reads glossaries matching \*\*\/\*\.glossary\.yaml/);
    expect(glossaryNameProblem('glossary.yaml', DEFAULT_GLOSSARY_GLOBS)).toMatch(/only reads/);
  });

  it('follows the briefmark.glossaryFiles setting', () => {
    expect(glossaryNameProblem('terms/team.yaml', ['terms/*.yaml'])).toBeUndefined();
    expect(glossaryNameProblem('team.glossary.yaml', ['terms/*.yaml'])).toMatch(/terms\/\*\.yaml/);
  });

  it('refuses empty names, paths out of the folder and non-YAML files', () => {
    expect(glossaryNameProblem('  ', DEFAULT_GLOSSARY_GLOBS)).toMatch(/Enter a file name/);
    expect(glossaryNameProblem('../team.glossary.yaml', DEFAULT_GLOSSARY_GLOBS)).toMatch(/inside the workspace folder/);
    expect(glossaryNameProblem('/tmp/team.glossary.yaml', DEFAULT_GLOSSARY_GLOBS)).toMatch(/inside the workspace folder/);
    expect(glossaryNameProblem('C:\\team.glossary.yaml', DEFAULT_GLOSSARY_GLOBS)).toMatch(/inside the workspace folder/);
    expect(glossaryNameProblem('team.glossary.json', DEFAULT_GLOSSARY_GLOBS)).toMatch(/is YAML/);
  });

  it('falls back to the server’s default globs', () => {
    expect(DEFAULT_GLOSSARY_GLOBS).toEqual(DEFAULT_SETTINGS.glossaryFiles);
  });
});
