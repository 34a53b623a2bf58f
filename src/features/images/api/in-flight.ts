import type { CitrixImage } from './citrix-image-schemas.ts';
import type { RackspaceImage } from './rackspace-image-schemas.ts';

/** Citrix states that change by themselves (the catalog service is still preparing the image). */
const citrixStatesInFlight = new Set(['Pending', 'Importing', 'Enumerating']);

export function isCitrixInFlight(image: Pick<CitrixImage, 'state'>): boolean {
  return citrixStatesInFlight.has(image.state) || image.state.startsWith('Builder');
}

/** Nova reports queued and saving images as SAVING, with progress 25 or 50. */
export function isRackspaceInFlight(image: Pick<RackspaceImage, 'status'>): boolean {
  return image.status === 'SAVING';
}
