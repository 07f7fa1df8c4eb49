import type { ClaimReport } from '../../core/analysis/resolveBrief';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';

/** A claim of a brief by id: from the open document, else from the file as it is now (not the index). */
export async function findClaim(ws: Pick<BriefmarkWorkspace, 'briefDigest'>, uri: string, claimId: string): Promise<ClaimReport | undefined> {
  return (await ws.briefDigest(uri, true)).digest?.claims.find((c) => c.id === claimId);
}
