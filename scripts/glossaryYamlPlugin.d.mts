import type { Plugin } from 'esbuild';

export function glossaryModule(text: string): string;
export const glossaryYamlPlugin: Plugin;
export const INDEX_FILE: string;
export function builtinIndexPlugin(json: string | null | undefined): Plugin;
export function builtinIndexModule(json: string | null | undefined): string;
