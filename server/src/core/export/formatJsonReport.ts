import type { BriefsReport } from '../analysis/analyzeBriefs';

// The documented `--format json` shape (README "JSON output"): exactly these keys, in this order.

export function formatJsonReport(report: BriefsReport): unknown {
  return {
    version: 1,
    glossary: report.glossary,
    documents: report.documents.map((d) => ({
      path: d.path,
      // A report's mentions have exactly the JSON's keys, in its order (a test holds them to it): not copied.
      mentions: d.mentions,
      claims: d.claims.map((c) => ({
        id: c.id,
        text: c.text,
        layer: c.layer,
        layerSource: c.layerSource,
        kind: c.kind,
        kindSource: c.kindSource,
        actor: c.actor,
        about: c.about,
        stance: c.stance,
        sources: c.sources,
        status: c.status,
        range: c.range,
      })),
      // Ranked: the likeliest claims first, then in document order.
      suggestions: d.suggestions
        .map((s, i) => ({ s, i }))
        .sort((a, b) => b.s.confidence - a.s.confidence || a.i - b.i)
        .map(({ s }) => ({ text: s.text, range: s.range, kind: s.kind, layer: s.layer, confidence: s.confidence })),
      candidates: d.candidates.map((c) => ({ text: c.text, range: c.range, kind: c.kind, ...(c.type ? { type: c.type } : {}), ...(c.aliases ? { aliases: c.aliases } : {}) })),
      diagnostics: d.diagnostics.map((g) => ({ severity: g.severity, code: g.code, message: g.message, range: g.range })),
    })),
    summary: {
      layers: report.summary.layers.map((l) => ({ id: l.id, label: l.label, concepts: l.concepts, actors: l.actors, claims: l.claims, kinds: l.claimKinds })),
    },
  };
}
