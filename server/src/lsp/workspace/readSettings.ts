import { z } from 'zod';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_SIZE } from '../../core/analysis/analyzeBriefs';
import type { BriefmarkSettings } from '../../protocol';

export const DEFAULT_SETTINGS: BriefmarkSettings = {
  glossaryFiles: ['**/*.glossary.yaml', '**/*.glossary.yml', '**/*.glossary.json'],
  useBuiltinGlossary: true,
  requireClaimSource: false,
  suggestClaims: 'likely',
  suggestNames: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  reviewer: '',
};

// Each setting falls back to its default on its own: one wrong value never discards the others.
const settingsSchema = z.object({
  glossaryFiles: z.array(z.string().trim().min(1)).catch(DEFAULT_SETTINGS.glossaryFiles),
  useBuiltinGlossary: z.boolean().catch(DEFAULT_SETTINGS.useBuiltinGlossary),
  requireClaimSource: z.boolean().catch(DEFAULT_SETTINGS.requireClaimSource),
  // true and false were the setting's values before its levels: they still mean "likely" and "off".
  suggestClaims: z.union([z.enum(['off', 'likely', 'all']), z.boolean().transform((on) => (on ? 'likely' : 'off'))]).catch(DEFAULT_SETTINGS.suggestClaims),
  suggestNames: z.boolean().catch(DEFAULT_SETTINGS.suggestNames),
  maxFileSize: z.number().int().positive().catch(DEFAULT_SETTINGS.maxFileSize),
  reviewer: z.string().catch(DEFAULT_SETTINGS.reviewer),
});

export function coerceSettings(raw: unknown): BriefmarkSettings {
  const object = typeof raw === 'object' && raw !== null ? raw : {};
  return settingsSchema.parse(object);
}

/**
 * `briefmark.*` per resource, asked of the client (`workspace/configuration`) once per resource
 * and forgotten when the configuration changes. Clients without that request get the defaults,
 * or what they sent in `initializationOptions.settings`.
 */
export class SettingsReader {
  private readonly cache = new Map<string, Promise<BriefmarkSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: boolean,
    private readonly initial: BriefmarkSettings,
  ) {}

  get(scopeUri: string | undefined): Promise<BriefmarkSettings> {
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.fetch(scopeUri);
      this.cache.set(key, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }

  private async fetch(scopeUri: string | undefined): Promise<BriefmarkSettings> {
    if (!this.canAsk) return this.initial;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: 'briefmark' } : { section: 'briefmark' });
      return coerceSettings(raw);
    } catch (error) {
      this.connection.console.warn(`Could not read the briefmark settings (${String(error)}); using the defaults.`);
      return DEFAULT_SETTINGS;
    }
  }
}
