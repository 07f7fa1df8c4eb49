// Word lists shared by the benchmark's glossary and brief generators. Policy vocabulary, so the
// generated glossary and prose read like an AI / technology sovereignty brief.

export const POLICY_NOUNS = [
  'sovereignty', 'compute', 'capacity', 'data', 'localisation', 'cloud', 'infrastructure', 'model', 'governance',
  'export', 'control', 'semiconductor', 'supply', 'chain', 'resilience', 'weights', 'procurement', 'market',
  'competition', 'interoperability', 'standard', 'energy', 'grid', 'talent', 'pipeline', 'capital', 'policy',
  'subsidy', 'research', 'network', 'security', 'risk', 'assessment', 'safety', 'evaluation', 'benchmark',
  'training', 'inference', 'hyperscaler', 'dependency', 'lock-in', 'trust', 'certification', 'audit',
  'transparency', 'liability', 'platform', 'gatekeeper', 'portability', 'edge', 'learning', 'fabrication',
  'foundry', 'lithography', 'packaging', 'memory', 'bandwidth', 'datacentre', 'cooling', 'water', 'footprint',
  'skills', 'migration', 'spillover', 'productivity', 'diffusion', 'adoption', 'uptake', 'value', 'capture',
  'rent', 'levy', 'fund', 'sandbox', 'harmonisation', 'alignment', 'treaty', 'coalition', 'bloc', 'tariff',
  'screening', 'investment', 'ownership', 'stake', 'consortium', 'partnership', 'ecosystem', 'champion',
  'scale-up', 'startup', 'mandate', 'quota', 'reserve', 'stockpile', 'access', 'sharing', 'commons',
  'repository', 'corpus', 'language', 'translation', 'heritage', 'archive', 'provenance', 'watermark',
  'labelling', 'disclosure', 'incident', 'reporting', 'threshold', 'tier', 'autonomy', 'independence',
  'industrialisation', 'sourcing', 'residency', 'encryption', 'identity', 'wallet', 'payment', 'stack',
  'middleware', 'operating', 'system', 'chip', 'accelerator', 'cluster', 'supercomputer', 'exascale',
  'observatory', 'registry', 'licence', 'regime', 'framework', 'strategy', 'roadmap', 'agenda', 'charter',
  'doctrine', 'capability', 'deterrence', 'espionage', 'leakage', 'concentration', 'fragmentation',
  'decoupling', 'derisking', 'onshoring', 'friendshoring', 'reshoring', 'outsourcing', 'monopoly', 'oligopoly',
  'bottleneck', 'chokepoint', 'leverage', 'asymmetry', 'catch-up', 'leapfrogging', 'frontier', 'plurality',
];

export const POLICY_ADJECTIVES = [
  'sovereign', 'strategic', 'digital', 'open', 'public', 'industrial', 'critical', 'trusted', 'federated',
  'regulatory', 'systemic', 'multilingual', 'cultural', 'national', 'regional', 'european', 'transatlantic',
  'global', 'sectoral', 'horizontal', 'vertical', 'secure', 'green', 'low-carbon', 'dual-use', 'general-purpose',
  'high-risk', 'foundational', 'frontier', 'domestic', 'foreign', 'cross-border', 'shared', 'collective',
  'distributed', 'centralised', 'competitive', 'resilient', 'autonomous', 'interoperable', 'proprietary',
  'open-source', 'open-weight', 'closed', 'advanced', 'legacy', 'emerging', 'mature', 'fiscal', 'technological',
];

/** Synonyms used for aliases and deprecated wordings of concepts. */
export const SYNONYMS: Record<string, string> = {
  sovereignty: 'self-determination', compute: 'computing', capacity: 'capability', localisation: 'localization',
  cloud: 'cloud computing', infrastructure: 'infrastructures', governance: 'oversight', control: 'controls',
  market: 'markets', standard: 'norm', energy: 'power', talent: 'workforce', capital: 'funding',
  subsidy: 'state aid', research: 'R&D', security: 'protection', audit: 'inspection', platform: 'marketplace',
  datacentre: 'data center', skills: 'competences', harmonisation: 'harmonization', strategy: 'plan',
  autonomy: 'self-reliance', independence: 'self-sufficiency', decoupling: 'disentanglement', chip: 'microchip',
  sovereign: 'self-governed', strategic: 'geostrategic', digital: 'online', open: 'openly licensed',
  public: 'state-owned', critical: 'essential', trusted: 'reliable', national: 'state', green: 'sustainable',
  domestic: 'home-grown', foreign: 'non-EU', shared: 'pooled', secure: 'safe', advanced: 'cutting-edge',
};

/** Syllables for coined proper names (companies, people, places). A few carry diacritics. */
export const SYLLABLES = [
  'vel', 'tra', 'no', 'kor', 'dia', 'mar', 'ten', 'ax', 'lu', 'mi', 'ra', 'sen', 'quo', 'ria', 'zan', 'tek',
  'ori', 'pha', 'ly', 'con', 'dor', 'vi', 'sta', 'nex', 'um', 'bri', 'gal', 'hel', 'io', 'ka', 'len', 'mo',
  'nor', 'pe', 'qua', 'ros', 'sil', 'tor', 'ul', 'var', 'wen', 'xi', 'yor', 'zel', 'ar', 'bel', 'cas', 'dra',
  'el', 'fen', 'gri', 'har', 'is', 'jun', 'kel', 'lor', 'mer', 'nia', 'ob', 'pra', 'ren', 'sol', 'tin', 'val',
  'lé', 'mö', 'rå', 'çi', 'ñe', 'zé',
];

export const FIRST_NAMES = [
  'Ana', 'Bruno', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Inès', 'Jonas', 'Katarzyna', 'Luca',
  'Maren', 'Nikolai', 'Océane', 'Pieter', 'Quentin', 'Rosa', 'Søren', 'Teodora', 'Ulrich', 'Valentina',
  'Wiktor', 'Xenia', 'Yusuf', 'Zoé', 'Amara', 'Björn', 'Carmen', 'Dario', 'Émile', 'Freya', 'Gaspard',
  'Hanna', 'Ilse', 'Jürgen', 'Kenji', 'Leïla', 'Mateo', 'Nadia', 'Olaf', 'Priya', 'Ramón', 'Sanne', 'Tomás',
];

export const COMPANY_SUFFIXES = ['AI', 'Systems', 'Labs', 'Cloud', 'Semiconductors', 'Group', 'Technologies', 'Compute', 'Data', 'Networks', 'Robotics', 'Capital'];
export const INSTITUTION_FORMS = ['Ministry for {n} and {n}', '{a} Agency for {n}', 'National {n} Authority', 'Office of {a} {n}', '{a} {n} Board', 'Directorate-General for {a} {n}', '{a} {n} Council', 'Institute for {a} {n}'];
export const INITIATIVE_FORMS = ['Project {x}', '{x} Initiative', '{x} Compute Alliance', '{x} Data Space', '{x} Partnership', '{x} Gigafactory', 'Important Project on {a} {n}'];
export const OTHER_FORMS = ['{x} model', '{x} chip', '{x} cluster', '{x} Treaty', '{x} Declaration'];
export const COUNTRIES = ['FR', 'DE', 'US', 'CN', 'EU', 'GB', 'IN', 'JP', 'KR', 'NL', 'IT', 'ES', 'SE', 'FI', 'PL', 'CA', 'AE', 'SA', 'TW', 'IL', 'BR', 'CH', 'NO', 'DK', 'IE'];
export const LAYERS = ['infrastructure', 'models', 'economic-value'];

// Prose.
export const VERBS = [
  'shapes', 'constrains', 'reinforces', 'undermines', 'depends on', 'accelerates', 'slows', 'reframes', 'funds',
  'redefines', 'limits', 'expands', 'secures', 'weakens', 'complements', 'competes with', 'relies on', 'crowds out',
];
export const VERBS_PAST = ['grew', 'fell', 'rose', 'doubled', 'stalled', 'shrank', 'recovered', 'increased', 'declined'];
export const CONTEXTS = [
  'the single market', 'member states', 'the current funding cycle', 'the next programming period', 'most OECD economies',
  'the wider economy', 'smaller member states', 'the public sector', 'regulated sectors', 'the research community',
  'the defence sector', 'health care', 'financial services', 'the energy transition', 'local government',
];
export const TIMEFRAMES = ['by 2030', 'by 2028', 'over the next decade', 'within five years', 'before the end of the decade', 'in the medium term', 'this year', 'since 2022'];
export const OPENERS = [
  'In practice,', 'At the same time,', 'For most observers,', 'Taken together,', 'By contrast,', 'Crucially,',
  'In the short run,', 'Seen from Brussels,', 'On this reading,', 'Historically,', 'More broadly,', 'Even so,',
  'As a result,', 'Put simply,', 'Yet', 'Meanwhile,',
];
export const ADJ_PROSE = ['fragile', 'contested', 'uneven', 'incomplete', 'costly', 'decisive', 'marginal', 'structural', 'persistent', 'overstated', 'underestimated', 'central'];
export const FILLER = [
  'the question is less whether than how', 'much depends on the details of implementation', 'the evidence remains thin',
  'this is where the debate usually stalls', 'few of the proposals address the underlying incentives',
  'the numbers hide large differences between countries', 'the trade-offs are rarely made explicit',
  'what matters is the sequencing', 'the risk is a patchwork of national rules', 'there is no single model to copy',
  'the gap is widest for smaller firms', 'procurement rules lag behind the technology',
];
export const CODE_LANGUAGES = ['yaml', 'python', 'json', 'text', 'bash'];

/** Clauses without glossary wording, so that mention density is close to the example brief's. */
export const CLAUSES = [
  'as several officials conceded during the consultation', 'although the figures are still being revised',
  'which few of the interviewees expected five years ago', 'even if the details have not yet been published',
  'a point that the parliamentary committee raised twice last spring', 'according to people familiar with the negotiations',
  'largely because budgets are decided one year at a time', 'and the same pattern shows up in almost every country we studied',
  'though the picture changes once smaller firms are counted', 'which is why the timing of the next review matters so much',
  'in a debate that has moved faster than most ministries', 'with consequences that reach well beyond the sector itself',
  'at least on paper', 'for reasons that are partly historical', 'as the annex to this brief sets out in more detail',
  'without much attention from the wider public', 'while the underlying rules stayed largely the same',
  'a trend that predates the current government', 'as one senior adviser put it to us',
  'which leaves little room for manoeuvre in the short run', 'when the first programmes were designed',
  'despite repeated promises to simplify the application process', 'in most of the cases we reviewed',
  'and there is little sign that this will change soon', 'by the standards of the previous decade',
  'which several of the people we interviewed described as a turning point', 'if the current plans survive the next election',
  'a question that the final section returns to', 'once the transition period ends', 'on the evidence available so far',
];
