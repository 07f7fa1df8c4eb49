/**
 * A new team glossary: a schema modeline for the YAML extension (completion and checks while
 * typing), `version: 1`, and one concept and one actor whose comments explain each field.
 */
export function glossaryTemplate(schemaUri: string): string {
  return `# yaml-language-server: $schema=${schemaUri}
# Your team's glossary. Briefmark finds each label and alias below in your Markdown briefs
# (no markup needed), shows the definition on hover and counts the mentions per layer.
# An entry with the id of a built-in entry replaces it, so the team's wording wins.
version: 1

# Leave out "layers" to keep the built-in ones (infrastructure, models, economic-value),
# or list your field's own, in the order the sidebar shows them:
# layers:
#   - id: infrastructure
#     label: Infrastructure
#     description: Compute, cloud, chips, energy and data.

concepts:
  # id: lower-case words joined by "-"; briefs use it in ref=, about= and layer= attributes.
  - id: exit-plan
    # label: the name shown in the sidebar and on hover; it is matched like an alias.
    label: Exit plan
    # aliases: other wordings to find. One written in capitals (EU) matches only in capitals.
    aliases: [exit strategy]
    # layer: a layer id; leave it out for a concept that belongs to every layer (cross-cutting).
    layer: economic-value
    # definition: what the team means by it, in its own words.
    definition: >-
      A written, costed way for a public body to leave a technology supplier: where the data
      and workloads would go, how long it would take and what it would cost.
    # broader: ids of wider concepts, e.g. [vendor-lock-in].
    # avoid: wordings the team prefers not to use; briefs get a quick fix to the label.
    avoid: [escape hatch]
    # sources: URLs or @citekeys that back the definition.
    sources: ["@your-citekey"]

actors:
  - id: example-agency
    label: Example Agency
    # type: state | institution | company | person | initiative | other
    type: institution
    aliases: [EXA]
    # country: a two-letter code (EU for bodies of the European Union).
    country: EU
    layer: infrastructure
    # description: who they are and why they matter to the field, in the team's words.
    description: >-
      A stand-in for an actor your briefs discuss: replace it with a real one, or delete it.
`;
}
