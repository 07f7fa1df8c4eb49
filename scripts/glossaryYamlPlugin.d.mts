import type { Plugin } from 'esbuild';

export function glossaryModule(text: string): string;
export const glossaryYamlPlugin: Plugin;
export function builtinIndexPlugin(json: string | undefined): Plugin;
export function builtinIndexModule(json: string | undefined): string;
