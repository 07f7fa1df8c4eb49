export function builtinIndexJson(): Promise<string>;
