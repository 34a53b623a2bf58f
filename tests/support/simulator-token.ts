import type { SimulatorHandle } from '../../server/simulator/index.ts';

/**
 * A Citrix Cloud bearer token from the simulator, minted with its demo API client exactly as the
 * proxy does (form-encoded client credentials), for tests and benches that call it directly.
 */
export async function mintCitrixToken(simulator: Pick<SimulatorHandle, 'url' | 'credentials'>) {
  const { clientId, clientSecret } = simulator.credentials.citrix;
  const response = await fetch(`${simulator.url}/cctrustoauth2/root/tokens/clients`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
  if (!response.ok) throw new Error(`The simulator refused to mint a token: ${response.status}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  return token;
}
