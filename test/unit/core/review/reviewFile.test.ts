import { describe, expect, it } from 'vitest';
import { fingerprintClaim, parseReviewFile, setReviewRecord, type ReviewUpdate } from '../../../../server/src/core/review/reviewFile';

const REVIEW = `# Review of brief.md — keep this comment
version: 1
claims:
  # first claim
  models-lag:
    status: verified   # checked twice
    reviewer: ana
    date: 2026-11-20
    note: Checked against the Q2 market report.
    evidence: ["https://a.org/report"]
    fingerprint: 9f3c1a2b

  other:
    status: disputed
    note: "No: see below."
# trailing comment
`;

function written(update: ReviewUpdate): string {
  if (!update.ok) throw new Error(update.error);
  return update.text;
}

describe('fingerprintClaim', () => {
  it('is 8 hex digits of the normalised text', () => {
    expect(fingerprintClaim('a b c')).toBe('76f420af');
    expect(fingerprintClaim(' a  b\n c ')).toBe('76f420af');
    expect(fingerprintClaim('a b d')).not.toBe('76f420af');
    expect(fingerprintClaim('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives plain text the fingerprint of its normalised form, whatever the spacing around and inside', () => {
    const plain = 'The EU funds compute (2030).';
    for (const spaced of [` ${plain}`, `${plain} `, plain.replace(' ', '  '), plain.replace(' ', '\t'), plain.replace(' ', '\n'), plain.replace(' ', '\u00a0')]) {
      expect(fingerprintClaim(spaced), JSON.stringify(spaced)).toBe(fingerprintClaim(plain));
    }
  });

  it('does not depend on Unicode normalisation form', () => {
    expect(fingerprintClaim('E\u0301lyse\u0301e')).toBe(fingerprintClaim('Élysée'));
  });
});

describe('parseReviewFile', () => {
  it('reads records with their statuses, positions and all fields', () => {
    const review = parseReviewFile(REVIEW);
    expect(review.valid).toBe(true);
    expect(review.diagnostics).toEqual([]);
    const [id, record] = [...review.records][0]!;
    expect(id).toBe('models-lag');
    expect(record).toEqual({
      status: 'verified',
      reviewer: 'ana',
      date: '2026-11-20',
      note: 'Checked against the Q2 market report.',
      evidence: ['https://a.org/report'],
      fingerprint: '9f3c1a2b',
      start: REVIEW.indexOf('models-lag'),
      end: REVIEW.indexOf('models-lag') + 'models-lag'.length,
    });
    expect(review.records.get('other')).toMatchObject({ status: 'disputed', note: 'No: see below.' });
  });

  it('reads every status', () => {
    const text = 'version: 1\nclaims:\n  a: {status: unchecked}\n  b: {status: verified}\n  c: {status: disputed}\n  d: {status: retracted}\n';
    expect([...parseReviewFile(text).records].map(([id, r]) => [id, r.status])).toEqual([
      ['a', 'unchecked'],
      ['b', 'verified'],
      ['c', 'disputed'],
      ['d', 'retracted'],
    ]);
  });

  it('treats an empty file and an empty claims map as valid and empty', () => {
    for (const text of ['', '  \n', 'version: 1\n', 'version: 1\nclaims:\n', 'version: 1\nclaims: {}\n']) {
      const review = parseReviewFile(text);
      expect([review.valid, review.records.size, review.diagnostics], JSON.stringify(text)).toEqual([true, 0, []]);
    }
  });

  it('reports invalid records at the offending node', () => {
    const text = 'version: 1\nclaims:\n  a:\n    status: maybe\n    fingerprint: xyz\n    extra: 1\n';
    const review = parseReviewFile(text);
    expect(review.valid).toBe(false);
    expect(review.records.size).toBe(0);
    expect(review.diagnostics.map((d) => [d.severity, d.code, d.message, text.slice(d.start, d.end)])).toEqual([
      ['error', 'invalid-review-file', 'claims.a.status: must be one of "unchecked", "verified", "disputed", "retracted"', 'maybe'],
      ['error', 'invalid-review-file', 'claims.a.fingerprint: a fingerprint is 8 hexadecimal digits', 'xyz'],
      ['error', 'invalid-review-file', 'claims.a: unknown field "extra"', 'extra'],
    ]);
  });

  it('reports a wrong version, a wrong shape and YAML syntax errors', () => {
    expect(parseReviewFile('version: 2\n').diagnostics.map((d) => d.message)).toEqual(['version: must be one of 1']);
    expect(parseReviewFile('- a\n').diagnostics.map((d) => d.message)).toEqual(['expected object, received array']);
    const broken = parseReviewFile('version: 1\nclaims: [a\n');
    expect(broken.valid).toBe(false);
    expect(broken.diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([['invalid-review-file', 22, 22]]);
  });

  it('reports an alias to a missing anchor instead of throwing', () => {
    const text = 'version: 1\nclaims:\n  a: *gone\n';
    const review = parseReviewFile(text);
    expect(review.valid).toBe(false);
    expect(review.diagnostics.map((d) => [d.code, text.slice(d.start, d.end)])).toEqual([['invalid-review-file', '*gone']]);
  });
});

describe('setReviewRecord', () => {
  it('rewrites one record and keeps every other byte: comments, order, blank lines', () => {
    const text = written(setReviewRecord(REVIEW, 'other', { status: 'retracted', reviewer: 'bo' }));
    const start = REVIEW.indexOf('  other:');
    const end = REVIEW.indexOf('# trailing comment');
    expect(text.slice(0, start)).toBe(REVIEW.slice(0, start));
    expect(text.slice(text.indexOf('# trailing comment'))).toBe(REVIEW.slice(end));
    expect(text.slice(start, text.indexOf('# trailing comment'))).toBe('  other:\n    status: retracted\n    reviewer: bo\n');
  });

  it('rewrites the first record, keeping its comments, and the ones after it byte for byte', () => {
    const text = written(setReviewRecord(REVIEW, 'models-lag', { status: 'disputed', reviewer: 'bo', note: 'Wrong figure', fingerprint: '0123abcd' }));
    expect(text).toBe(`# Review of brief.md — keep this comment
version: 1
claims:
  # first claim
  models-lag:
    status: disputed # checked twice
    reviewer: bo
    note: Wrong figure
    fingerprint: 0123abcd

  other:
    status: disputed
    note: "No: see below."
# trailing comment
`);
  });

  it('adds a record after the last one, in the same indentation', () => {
    const text = written(setReviewRecord(REVIEW, 'new-one', { status: 'verified', reviewer: 'bo', date: '2026-01-02', evidence: ['https://x.org/a b', '@key'], fingerprint: 'abcdef01' }));
    expect(text).toBe(
      REVIEW.replace(
        '# trailing comment',
        `  new-one:
    status: verified
    reviewer: bo
    date: 2026-01-02
    evidence:
      - https://x.org/a b
      - "@key"
    fingerprint: abcdef01
# trailing comment`,
      ),
    );
    expect(parseReviewFile(text).records.get('new-one')).toMatchObject({ status: 'verified', evidence: ['https://x.org/a b', '@key'] });
  });

  it('adds a record to a compact file without a blank line, also with 4-space indentation', () => {
    expect(written(setReviewRecord('version: 1\nclaims:\n  a:\n    status: verified\n', 'x', { status: 'disputed' }))).toBe('version: 1\nclaims:\n  a:\n    status: verified\n  x:\n    status: disputed\n');
    expect(written(setReviewRecord('version: 1\nclaims:\n    a:\n        status: verified', 'x', { status: 'disputed' }))).toBe('version: 1\nclaims:\n    a:\n        status: verified\n    x:\n        status: disputed');
  });

  it('adds a record after a flow-style record', () => {
    expect(written(setReviewRecord('version: 1\nclaims:\n  a: {status: verified}\n# end\n', 'x', { status: 'disputed' }))).toBe('version: 1\nclaims:\n  a: {status: verified}\n  x:\n    status: disputed\n# end\n');
  });

  it('keeps CRLF line ends', () => {
    const crlf = 'version: 1\r\nclaims:\r\n  a:\r\n    status: verified\r\n  b:\r\n    status: verified\r\n';
    expect(written(setReviewRecord(crlf, 'a', { status: 'disputed' }))).toBe('version: 1\r\nclaims:\r\n  a:\r\n    status: disputed\r\n  b:\r\n    status: verified\r\n');
    expect(written(setReviewRecord(crlf, 'c', { status: 'disputed' }))).toBe(crlf + '  c:\r\n    status: disputed\r\n');
  });

  it('keeps a comment between records', () => {
    const text = 'version: 1\nclaims:\n  a:\n    status: verified\n  # about b\n  b:\n    status: disputed\n';
    expect(written(setReviewRecord(text, 'a', { status: 'retracted' }))).toBe(text.replace('verified', 'retracted'));
  });

  it('drops fields the new record leaves out, and empty evidence', () => {
    const text = written(setReviewRecord('version: 1\nclaims:\n  a:\n    status: verified\n    note: old\n    evidence: [x]\n', 'a', { status: 'unchecked', evidence: [] }));
    expect(text).toBe('version: 1\nclaims:\n  a:\n    status: unchecked\n');
  });

  it('quotes ids and values that need it', () => {
    const text = written(setReviewRecord('version: 1\nclaims:\n  a:\n    status: verified\n', 'a: b', { status: 'disputed', note: 'multi\nline: yes #no' }));
    expect(parseReviewFile(text).records.get('a: b')).toMatchObject({ status: 'disputed', note: 'multi\nline: yes #no' });
    expect(parseReviewFile(text).records.get('a')).toMatchObject({ status: 'verified' });
  });

  it('creates the file when it is missing or empty', () => {
    const expected = 'version: 1\nclaims:\n  x:\n    status: verified\n    reviewer: me\n';
    for (const text of [undefined, '', '\n', 'version: 1\n', 'version: 1\nclaims:\n', 'version: 1\nclaims: {}\n', 'version: 1\nclaims: ~\n']) {
      expect(written(setReviewRecord(text, 'x', { status: 'verified', reviewer: 'me' })), JSON.stringify(text)).toBe(expected);
    }
  });

  it('adds "version" when it is missing', () => {
    const text = written(setReviewRecord('claims:\n  a:\n    status: verified\n', 'a', { status: 'retracted' }));
    expect(parseReviewFile(text)).toMatchObject({ valid: true, diagnostics: [] });
    expect(parseReviewFile(text).records.get('a')?.status).toBe('retracted');
  });

  it('refuses (ok: false) a file with YAML errors, or that is not a review file', () => {
    const refusals = ['version: 1\nclaims: [\n', 'version: 1\nclaims:\n  a: {}\n  a: {}\n', '- a\n', 'version: 1\nclaims: 3\n', 'version: 1\nclaims:\n  a: *nope\n'].map((text) => setReviewRecord(text, 'x', { status: 'verified' }));
    for (const r of refusals) expect(r.ok).toBe(false);
    const errors = refusals.map((r) => (r.ok ? '' : r.error));
    expect(errors[0]).toMatch(/^The review file has YAML errors \(Flow sequence .*\); fix them first\.$/);
    expect(errors[1]).toMatch(/^The review file has YAML errors \(Map keys must be unique.*\); fix them first\.$/);
    expect(errors[2]).toBe('The review file is not a YAML mapping with "version" and "claims".');
    expect(errors[3]).toBe('The review file\'s "claims" is not a mapping.');
    expect(errors[4]).toBe('The review file cannot be read (Unresolved alias (the anchor must be set before the alias): nope); fix it first.');
  });

  it('never loses content: after any update, every other record reads back the same', () => {
    const before = parseReviewFile(REVIEW).records;
    for (const id of ['models-lag', 'other', 'third']) {
      const after = parseReviewFile(written(setReviewRecord(REVIEW, id, { status: 'retracted', reviewer: 'z' }))).records;
      expect(after.get(id)).toMatchObject({ status: 'retracted', reviewer: 'z' });
      for (const [other, record] of before) {
        if (other === id) continue;
        const { start: _s, end: _e, ...kept } = record;
        expect(after.get(other)).toMatchObject(kept);
      }
    }
  });
});

describe('review files of comments only', () => {
  it('reads as an empty, valid review file', () => {
    const review = parseReviewFile('# nothing reviewed yet\n');
    expect(review.valid).toBe(true);
    expect(review.diagnostics).toEqual([]);
    expect(review.records.size).toBe(0);
  });

  it('takes a first record and keeps the comment', () => {
    const text = written(setReviewRecord('# nothing reviewed yet\n', 'a', { status: 'verified' }));
    expect(text.startsWith('# nothing reviewed yet\n')).toBe(true);
    expect(parseReviewFile(text).records.get('a')?.status).toBe('verified');
  });
});
