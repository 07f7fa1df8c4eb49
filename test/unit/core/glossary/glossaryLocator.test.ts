import { describe, expect, it } from 'vitest';
import { GlossaryLocator } from '../../../../server/src/core/glossary/glossaryLocator';
import { TEAM_YAML } from '../../helpers';

describe('GlossaryLocator', () => {
  it('places a YAML path at its node', () => {
    const locator = new GlossaryLocator(TEAM_YAML);
    const { start, end } = locator.at(['actors', 1, 'aliases', 0]);
    expect(TEAM_YAML.slice(start, end)).toBe('US');
    const label = locator.at(['concepts', 0, 'label']);
    expect(TEAM_YAML.slice(label.start, label.end)).toBe('Strategic autonomy');
  });
});
