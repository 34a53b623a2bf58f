import { useMutation, useQueryClient } from '@tanstack/react-query';
import { operationIdHeader } from '../../../../contracts/identity-api.ts';
import { operationQueries } from '../../../api/console/operations.ts';
import { catalogServiceApi } from '../../../lib/api-clients.ts';
import type { ValidatedSettings } from '../rollout-settings.ts';
import { sitePath, type SiteScope } from './catalog-queries.ts';

export interface UpdateImageRequest {
  scope: SiteScope;
  catalogId: string;
  templateId: string;
  citrixPrepared: boolean;
  settings: ValidatedSettings;
}

/** The exact path and body the wizard sends, shown on the review step before confirming. */
export function describeUpdateImageRequest(request: UpdateImageRequest) {
  const path = `${sitePath(request.scope)}/catalogs/${encodeURIComponent(request.catalogId)}/$updateImage?async=true`;
  const body = {
    templateId: request.templateId,
    citrixPrepared: request.citrixPrepared,
    vdaUpdateDelay: request.settings.vdaUpdateDelay,
    ...(request.settings.warningTitle !== null && { warningTitle: request.settings.warningTitle }),
    ...(request.settings.warningMessage !== null && {
      warningMessage: request.settings.warningMessage,
    }),
  };
  return { method: 'POST', path, url: `/catalogservice/${path}`, body };
}

export interface AcceptedUpdate {
  /** The update's status address (the proxy's same-origin path); the server follows it. */
  location: string | null;
  transactionId: string | null;
  /** The console server's record that follows the update; null from a server that keeps none. */
  operationId: string | null;
}

async function postUpdateImage(request: UpdateImageRequest): Promise<AcceptedUpdate> {
  const { path, body } = describeUpdateImageRequest(request);
  const response = await catalogServiceApi.post(path, { json: body });
  return {
    location: response.headers.get('Location'),
    transactionId: response.headers.get('Citrix-TransactionId'),
    operationId: response.headers.get(operationIdHeader),
  };
}

/** Submits `$updateImage`. Never retried: the first request may have been accepted. */
export function useUpdateCatalogImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postUpdateImage,
    retry: false,
    // The server recorded a new running operation: the Operations menu and histories show it now.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: operationQueries.lists() }),
  });
}
