import type { GlossaryResult } from '../../../server/src/protocol';
import { CROSS_CUTTING, type ActorType, type EntryKind } from '../../../server/src/core/types';

// The choices of "add to glossary": kind, layer and, for an actor, its type.

export const KIND_CHOICES: ReadonlyArray<{ label: string; entryKind: EntryKind; detail: string }> = [
  { label: '$(symbol-class) Concept', entryKind: 'concept', detail: 'An idea or term of the field, with the team’s definition.' },
  { label: '$(person) Actor', entryKind: 'actor', detail: 'A state, institution, company, person or initiative.' },
];

/** The schema's actor types, in its order (a test keeps them equal). */
export const ACTOR_TYPES: readonly ActorType[] = ['state', 'institution', 'company', 'person', 'initiative', 'other'];

export interface LayerChoice {
  label: string;
  description?: string;
  detail?: string;
  /** Undefined for cross-cutting: the entry gets no `layer:`. */
  layer: string | undefined;
}

/** The glossary's layers, then cross-cutting (no layer), once. */
export function layerChoices(layers: GlossaryResult['layers']): LayerChoice[] {
  const own = layers
    .filter((l) => l.id !== CROSS_CUTTING)
    .map((l): LayerChoice => ({ label: l.label, description: l.id, detail: l.description || undefined, layer: l.id }));
  return [...own, { label: 'Cross-cutting', description: 'no layer', detail: 'Belongs to no single layer.', layer: undefined }];
}
