import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../api/citrix/catalogs.ts';
import { createProblem } from '../../lib/api-problem.ts';
import { activeCatalog, newImage } from '../../testing/catalog-fixtures.ts';
import { mayHaveReachedCitrix, recheckOutcome } from './failed-submit.ts';

describe('mayHaveReachedCitrix', () => {
  it.each([
    ['a lost answer', createProblem('network-down'), true],
    ['a 5xx from Citrix', createProblem('unavailable', { status: 502 }), true],
    ['a 4xx from Citrix', createProblem('bad-request', { status: 400 }), false],
    ['a sign-in that lapsed', createProblem('signed-out', { status: 401 }), false],
    [
      'an audit store that did not answer',
      createProblem('audit-unavailable', { status: 503 }),
      false,
    ],
  ])('says %s is %s', (_, problem, ambiguous) => {
    expect(mayHaveReachedCitrix(problem)).toBe(ambiguous);
  });
});

describe('recheckOutcome', () => {
  const catalog = (fields: Record<string, unknown>) =>
    catalogSchema.parse({ ...activeCatalog, ...fields });

  it('takes a catalog that is updating, or already has the new image, as the request accepted', () => {
    expect(recheckOutcome(catalog({ state: 'Processing' }), newImage.id).kind).toBe(
      'accepted-anyway',
    );
    expect(recheckOutcome(catalog({ imageId: newImage.id }), newImage.id).kind).toBe(
      'accepted-anyway',
    );
  });

  it('takes an active catalog on its old image as unchanged', () => {
    expect(recheckOutcome(catalog({}), newImage.id).kind).toBe('unchanged');
  });
});
