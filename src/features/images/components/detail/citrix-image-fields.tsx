import type { CitrixImageDetails } from '../../../../api/citrix/images.ts';
import type { Fact } from '../../../../components/Facts.tsx';
import { inWords } from '../../../../lib/code-words.ts';
import { localDateTime, yesNo } from '../../../../lib/fact-words.ts';
import { regionInWords } from '../../../../lib/region-words.ts';

/** Every field the catalog service returns for an image, in the order an admin reads them. */
export function citrixImageFields(image: CitrixImageDetails): Fact[] {
  return [
    { label: 'Image ID', value: image.id, copy: image.id },
    { label: 'State', value: inWords('imageState', image.state) },
    { label: 'Sub-state', value: inWords('subState', image.subState) },
    { label: 'Status', value: image.status },
    { label: 'Extra information', value: image.extraInfo },
    { label: 'Transaction ID', value: image.transactionId, copy: image.transactionId },
    { label: 'Session support', value: inWords('sessionSupport', image.sessionSupport) },
    { label: 'OS', value: [image.osName, image.osVersion].filter(Boolean).join(' ') },
    { label: 'OS platform', value: inWords('osPlatform', image.osPlatform) },
    { label: 'Server OS', value: yesNo(image.isServerOs) },
    { label: 'VDA version', value: image.vdaVersion },
    { label: 'Citrix prepared', value: yesNo(image.citrixPrepared) },
    { label: 'Deprecated', value: yesNo(image.isDeprecated) },
    { label: 'Azure subscription', value: image.subscriptionName, copy: image.subscriptionId },
    { label: 'Resource group', value: image.resourceGroup },
    { label: 'Storage account', value: image.storageAccount },
    { label: 'Region', value: regionInWords(image.region) },
    { label: 'Disk size', value: image.diskSizeInGB ? `${image.diskSizeInGB} GB` : null },
    { label: 'Hyper-V generation', value: image.hyperVGen },
    { label: 'Secure boot', value: yesNo(image.secureBootEnabled) },
    { label: 'vTPM', value: yesNo(image.vtpmEnabled) },
    { label: 'Builder VM', value: image.builderVmName },
    { label: 'Builder VM size', value: image.builderVmType },
    { label: 'Builder VM disk', value: image.builderVmDiskSize },
    { label: 'Builder domain', value: image.builderDomainName },
    { label: 'Created', value: localDateTime(image.createdDate) },
    { label: 'Finalized', value: localDateTime(image.finalizedDate) },
    { label: 'Started', value: localDateTime(image.startedAt) },
    {
      label: 'Estimated duration',
      value: image.estimatedTimeInMinute ? `${image.estimatedTimeInMinute} min` : null,
    },
    { label: 'Notes', value: image.notes },
  ];
}
