import { describe, expect, it } from 'vitest';
import { sessionPageSchema } from '../api/citrix/sessions.ts';
import { toApiProblem } from './api-problem.ts';

describe('a response that fails its schema', () => {
  it('is explained in English words, not only "Invalid input"', () => {
    const result = sessionPageSchema.safeParse({ Items: [{ Id: 42 }] });
    expect(toApiProblem(result.error).message).toContain(
      'Items.0.Id: Invalid input: expected string, received number',
    );
  });
});
