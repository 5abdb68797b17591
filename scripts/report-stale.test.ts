import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../src/validation/corpus';
import { corpus, goodProvider, goodService } from '../src/validation/test-helpers';
import { staleReport } from './report-stale';

describe('report:stale', () => {
  it('lists listings older than 12 months by provider, with the provider e-mail, and skips fresh and ended ones', () => {
    const { content } = validateCorpus(
      corpus({
        providers: [{ ...goodProvider, contact: { email: 'info@esimerkki.fi' } }],
        services: [
          { ...goodService, id: 'vanha', lastVerified: '2024-05-01' },
          { ...goodService, id: 'tuore', lastVerified: '2026-10-01' },
          { ...goodService, id: 'loppunut', lastVerified: '2020-01-01', status: 'ended' },
        ],
      }),
    );
    const out = staleReport(content, new Date('2026-11-23T00:00:00Z'));
    expect(out).toContain('listings last checked over 12 months ago: 1');
    expect(out).toContain('Esimerkkiyhdistys ry (esimerkkiyhdistys)  info@esimerkki.fi');
    expect(out).toContain('2024-05-01  content/services/vanha.yaml');
    expect(out).not.toContain('tuore');
    expect(out).not.toContain('loppunut');
  });
});
