// Every id the extension contributes in package.json, in one place, so code and manifest agree
// (a unit test checks this file against package.json).

export const ViewContainer = 'briefmark';

export const Views = {
  layers: 'briefmark.layers',
  claims: 'briefmark.claims',
  glossary: 'briefmark.glossary',
} as const;

export const ClientCommands = {
  tagClaim: 'briefmark.tagSelectionAsClaim',
  tagSuggestedClaims: 'briefmark.tagSuggestedClaims',
  tagSuggestion: 'briefmark.tagSuggestedClaim',
  review: 'briefmark.reviewClaim',
  verify: 'briefmark.verifyClaim',
  dispute: 'briefmark.disputeClaim',
  retract: 'briefmark.retractClaim',
  resetReview: 'briefmark.resetClaim',
  nextUnchecked: 'briefmark.nextUncheckedClaim',
  createTeamGlossary: 'briefmark.createTeamGlossary',
  addToGlossary: 'briefmark.addSelectionToGlossary',
  addNamesToGlossary: 'briefmark.addNamesToGlossary',
  exportReport: 'briefmark.exportReport',
  restartServer: 'briefmark.restartServer',
  showClaims: 'briefmark.showClaims',
  scopeBrief: 'briefmark.scope.brief',
  scopeWorkspace: 'briefmark.scope.workspace',
  refreshViews: 'briefmark.refreshViews',
  revealMention: 'briefmark.revealMention',
  openClaim: 'briefmark.openClaim',
  openGlossaryEntry: 'briefmark.openGlossaryEntry',
  revealCandidate: 'briefmark.revealCandidate',
  revealSuggestion: 'briefmark.revealSuggestion',
} as const;

/** Context keys for `when` clauses. */
export const ContextKeys = {
  /** 'brief' | 'workspace': what the sidebar views summarise. */
  scope: 'briefmark.scope',
  /** true while the language server runs. */
  serverReady: 'briefmark.serverReady',
} as const;
