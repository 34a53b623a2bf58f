import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { catalogSchema, type UpdateImageRequest } from '../../api/citrix/catalogs.ts';
import { operationIdHeader } from '../../../contracts/identity-api.ts';
import { citrixSiteOf } from '../../api/citrix/sites.ts';
import { activeCatalog, catalogServiceBase, newImage } from '../../testing/catalog-fixtures.ts';
import { simulatorConnection } from '../../testing/handlers.ts';
import { server } from '../../testing/msw-server.ts';
import { useRolloutSubmit, type RolloutSubmitOptions } from './use-rollout-submit.ts';

const updateImagePath = `${catalogServiceBase}/catalogs/cat-active/$updateImage`;
const request: UpdateImageRequest = {
  site: citrixSiteOf(simulatorConnection.citrix)!,
  catalogId: 'cat-active',
  templateId: newImage.id,
  citrixPrepared: false,
  settings: { vdaUpdateDelay: 60, warningTitle: null, warningMessage: null },
};
const catalogAfterwards = (fields: Record<string, unknown>) =>
  catalogSchema.parse({ ...activeCatalog, ...fields });

/** Counts the update requests that reach the catalog service, answering each with `answer`. */
function serveUpdate(answer: () => Response) {
  const sent = { count: 0 };
  server.use(
    http.post(updateImagePath, () => {
      sent.count += 1;
      return answer();
    }),
  );
  return sent;
}

function renderSubmit(options: Partial<RolloutSubmitOptions> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onSubmitted = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () =>
      useRolloutSubmit({
        request,
        newImageId: newImage.id,
        refetchCatalog: () => Promise.resolve({ data: catalogAfterwards({}), error: null }),
        onSubmitted,
        ...options,
      }),
    { wrapper },
  );
  return { ...hook, onSubmitted };
}

const accepted = (operationId?: string) =>
  HttpResponse.json('cat-active', {
    status: 202,
    headers: operationId ? { [operationIdHeader]: operationId } : {},
  });
const unavailable = () => HttpResponse.json({ message: 'Service unavailable' }, { status: 503 });

describe('useRolloutSubmit', () => {
  it('sends once however often it is asked before the answer, and never again once accepted', async () => {
    const sent = serveUpdate(() => accepted('op-1'));
    const { result, onSubmitted } = renderSubmit();
    act(() => {
      result.current.submit();
      result.current.submit();
    });
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith({ id: 'op-1' }));
    act(() => result.current.submit());
    expect(sent.count).toBe(1);
    expect(onSubmitted).toHaveBeenCalledTimes(1);
  });

  it('keeps an accepted update that names no record from being sent again', async () => {
    const sent = serveUpdate(() => accepted());
    const { result, onSubmitted } = renderSubmit();
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.unopened).not.toBeNull());
    expect(result.current.canSubmit).toBe(false);
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(sent.count).toBe(1);
  });

  it.each([
    [403, 'forbidden'],
    [503, 'audit_unavailable'],
  ])('allows another try at once after a %i %s refusal', async (status, code) => {
    const sent = serveUpdate(() =>
      HttpResponse.json({ error: { code, message: 'Refused' } }, { status }),
    );
    const { result } = renderSubmit();
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.failure).not.toBeNull());
    expect(result.current.failure?.ambiguous).toBe(false);
    expect(result.current.canSubmit).toBe(true);
    act(() => result.current.submit());
    await waitFor(() => expect(sent.count).toBe(2));
  });

  it.each([
    ['a 503', unavailable],
    ['a lost answer', () => HttpResponse.error()],
  ])('after %s, holds the retry until a re-read shows the catalog unchanged', async (_, answer) => {
    const sent = serveUpdate(answer);
    const { result } = renderSubmit();
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.failure?.ambiguous).toBe(true));
    expect(result.current.canSubmit).toBe(false);
    act(() => result.current.submit());
    expect(sent.count).toBe(1);

    await act(() => result.current.recheckCatalog());
    expect(result.current.recheck).toEqual({ kind: 'unchanged' });
    expect(result.current.canSubmit).toBe(true);
    act(() => result.current.submit());
    expect(result.current.recheck).toBeNull();
    await waitFor(() => expect(sent.count).toBe(2));
  });

  it.each([
    ['now updating', { state: 'Processing' }],
    ['already on the new image', { imageId: newImage.id }],
  ])('takes a catalog %s as the first request accepted, and holds the retry', async (_, fields) => {
    const sent = serveUpdate(unavailable);
    const { result } = renderSubmit({
      refetchCatalog: () => Promise.resolve({ data: catalogAfterwards(fields), error: null }),
    });
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.failure?.ambiguous).toBe(true));
    await act(() => result.current.recheckCatalog());
    expect(result.current.recheck).toEqual({ kind: 'accepted-anyway' });
    expect(result.current.canSubmit).toBe(false);
    act(() => result.current.submit());
    expect(sent.count).toBe(1);
  });

  it('says when the catalog cannot be re-read either, and holds the retry', async () => {
    serveUpdate(unavailable);
    const { result } = renderSubmit({
      refetchCatalog: () =>
        Promise.resolve({ data: undefined, error: new TypeError('Failed to fetch') }),
    });
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.failure?.ambiguous).toBe(true));
    await act(() => result.current.recheckCatalog());
    expect(result.current.recheck).toMatchObject({
      kind: 'check-failed',
      problem: { kind: 'network-down' },
    });
    expect(result.current.canSubmit).toBe(false);
  });
});
