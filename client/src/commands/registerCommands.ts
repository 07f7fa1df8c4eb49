import type * as vscode from 'vscode';
import type { BriefmarkApi } from '../BriefmarkApi';
import type { ClientPlatform } from '../ClientPlatform';
import { ClientCommands } from '../ids';
import { briefScopeFor } from '../views/BriefScope';
import { addNamesToGlossary } from './addNamesToGlossary';
import { addSelectionToGlossary } from './addSelectionToGlossary';
import { createTeamGlossary } from './createTeamGlossary';
import { exportReport } from './exportReport';
import { goToNextClaimToReview } from './goToNextClaimToReview';
import { registerGuarded } from './registerGuarded';
import { reviewClaim } from './reviewClaim';
import { tagSelectionAsClaim } from './tagSelectionAsClaim';
import { tagSuggestedClaims, tagSuggestion } from './tagSuggestedClaims';

/**
 * The editing and review commands. The views' own commands (scope, refresh, open claim, reveal
 * mention, open glossary entry) are registered by registerViews.
 */
export function registerCommands(context: vscode.ExtensionContext, api: BriefmarkApi, platform: Pick<ClientPlatform, 'defaultReviewer'>): void {
  const reviewer = platform.defaultReviewer;
  const scope = briefScopeFor(context);
  registerGuarded(context, api, ClientCommands.tagClaim, () => tagSelectionAsClaim(api));
  registerGuarded(context, api, ClientCommands.tagSuggestedClaims, () => tagSuggestedClaims(api, scope));
  registerGuarded(context, api, ClientCommands.tagSuggestion, (arg) => tagSuggestion(api, arg));
  registerGuarded(context, api, ClientCommands.review, (arg) => reviewClaim(api, reviewer, arg));
  registerGuarded(context, api, ClientCommands.verify, (arg) => reviewClaim(api, reviewer, arg, 'verified'));
  registerGuarded(context, api, ClientCommands.dispute, (arg) => reviewClaim(api, reviewer, arg, 'disputed'));
  registerGuarded(context, api, ClientCommands.retract, (arg) => reviewClaim(api, reviewer, arg, 'retracted'));
  registerGuarded(context, api, ClientCommands.resetReview, (arg) => reviewClaim(api, reviewer, arg, 'unchecked'));
  registerGuarded(context, api, ClientCommands.nextUnchecked, () => goToNextClaimToReview(api));
  registerGuarded(context, api, ClientCommands.createTeamGlossary, () => createTeamGlossary(context));
  registerGuarded(context, api, ClientCommands.addToGlossary, () => addSelectionToGlossary(api));
  registerGuarded(context, api, ClientCommands.addNamesToGlossary, (arg) => addNamesToGlossary(api, scope, arg));
  registerGuarded(context, api, ClientCommands.exportReport, () => exportReport(api, scope));
}
