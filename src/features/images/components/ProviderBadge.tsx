import { Badge } from '@mantine/core';

export const providerNames = {
  citrix: 'Citrix DaaS',
  rackspace: 'Rackspace',
} as const;

export function ProviderBadge({ provider }: { provider: keyof typeof providerNames }) {
  return (
    <Badge variant="default" size="sm" style={{ flexShrink: 0 }}>
      {providerNames[provider]}
    </Badge>
  );
}
