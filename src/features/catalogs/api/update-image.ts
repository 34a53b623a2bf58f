import { useMutation } from '@tanstack/react-query';
import { catalogServiceApi } from '../../../lib/api-clients.ts';
import type { ValidatedSettings } from '../rollout-settings.ts';
import { sitePath, type SiteScope } from './catalog-queries.ts';

const catalogServicePrefix = '/api/catalogservice/';

/**
 * The proxy rewrites the 202's `Location` to a same-origin `/api/catalogservice/...` path. Only
 * such a path is followed, as a path relative to the catalog-service client.
 */
export function catalogServicePathOf(location: string): string {
  const url = new URL(location, window.location.origin);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(catalogServicePrefix)) {
    throw new Error(`The update status address is not a catalog-service path: ${location}`);
  }
  return `${url.pathname.slice(catalogServicePrefix.length)}${url.search}`;
}

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
  location: string;
  transactionId: string | null;
}

async function postUpdateImage(request: UpdateImageRequest): Promise<AcceptedUpdate> {
  const { path, body } = describeUpdateImageRequest(request);
  const response = await catalogServiceApi.post(path, { json: body });
  const location = response.headers.get('Location');
  if (!location) throw new Error('The service accepted the update but gave no status address.');
  catalogServicePathOf(location); // refuse to remember an address we would not follow
  return { location, transactionId: response.headers.get('Citrix-TransactionId') };
}

/** Submits `$updateImage`. Never retried: the first request may have been accepted. */
export function useUpdateCatalogImage() {
  return useMutation({ mutationFn: postUpdateImage, retry: false });
}
