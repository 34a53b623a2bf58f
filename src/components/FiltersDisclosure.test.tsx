import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenMatching } from '../testing/media.ts';
import { render } from '../testing/render.tsx';
import { FiltersDisclosure } from './FiltersDisclosure.tsx';
import { filtersFoldedQuery } from './filters-shown.ts';
import { lazyComponent } from './lazy-component.tsx';

const Fields = ({ label }: { label: string }) => <input aria-label={label} />;

/** A screen as narrow as a phone's: the one media query the filters ask about matches. */
const onAPhone = () => screenMatching(filtersFoldedQuery);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('filters folded behind one button on a phone', () => {
  it('loads the fields’ code only when opened, with a loader meanwhile', async () => {
    onAPhone();
    const load = vi.fn<() => Promise<typeof Fields>>();
    let arrive = () => {};
    load.mockReturnValue(new Promise((resolve) => (arrive = () => resolve(Fields))));
    const LazyFields = lazyComponent(load);
    const { user } = render(
      <FiltersDisclosure active={1}>
        <LazyFields label="State" />
      </FiltersDisclosure>,
    );

    const button = screen.getByRole('button', { name: 'Filters (1 on)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(load).not.toHaveBeenCalled();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status', { name: 'Loading the filters' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    expect(await screen.findByRole('textbox', { name: 'State' })).toBeInTheDocument();
  });

  it('says in words when the fields cannot arrive, and tries again on asking', async () => {
    onAPhone();
    let online = false;
    const LazyFields = lazyComponent(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return Fields;
    });
    // React reports the caught error on the console; the words on the page are what count.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = render(
      <FiltersDisclosure active={0}>
        <LazyFields label="State" />
      </FiltersDisclosure>,
    );
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The filters could not load: check the connection, then try again.',
    );

    online = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'State' })).toBeInTheDocument();
  });

  it('keeps the page when the screen widens before the fields’ code has come', async () => {
    const screenSize = onAPhone();
    let arrive = () => {};
    const LazyFields = lazyComponent(
      () => new Promise<typeof Fields>((resolve) => (arrive = () => resolve(Fields))),
    );
    render(
      <Suspense fallback={<p>Loading the page</p>}>
        <p>The results</p>
        <FiltersDisclosure active={0}>
          <LazyFields label="State" />
        </FiltersDisclosure>
      </Suspense>,
    );
    expect(screen.getByText('The results')).toBeVisible();

    // Turned, as wide as a tablet.
    screenSize.stopMatching();
    // Only the filters wait for their code, in their own place.
    expect(screen.getByRole('status', { name: 'Loading the filters' })).toBeInTheDocument();
    expect(screen.getByText('The results')).toBeVisible();
    expect(screen.queryByText('Loading the page')).not.toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('textbox', { name: 'State' })).toBeInTheDocument();
  });

  it('draws the fields at once on a wider screen', () => {
    render(
      <FiltersDisclosure active={0}>
        <Fields label="State" />
      </FiltersDisclosure>,
    );
    expect(screen.getByRole('textbox', { name: 'State' })).toBeInTheDocument();
  });
});
