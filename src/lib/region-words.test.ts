import { describe, expect, it } from 'vitest';
import { citrixCloudRegionInWords, citrixCloudRegionWords, regionWords } from './region-words.ts';

describe('regionWords', () => {
  it('names a Rackspace region with its code, as the control panel does', () => {
    expect(regionWords('DFW')).toBe('Dallas (DFW)');
    expect(regionWords('lon')).toBe('London (LON)');
  });

  it('names an Azure region as the portal does', () => {
    expect(regionWords('westus2')).toBe('West US 2');
    expect(regionWords('southeastasia')).toBe('Southeast Asia');
  });

  it('names a Citrix Cloud region as Citrix Cloud does', () => {
    expect(citrixCloudRegionWords('us')).toBe('United States');
    expect(citrixCloudRegionWords('ap-s')).toBe('Asia Pacific South');
    expect(citrixCloudRegionWords('mars')).toBe('mars');
    // Its code stays at hand, for the hover on the settings page.
    expect(citrixCloudRegionInWords('EU')).toEqual({ words: 'European Union', code: 'EU' });
  });

  it('shows a code it does not know as it came', () => {
    expect(regionWords('marsnorth1')).toBe('marsnorth1');
  });
});
