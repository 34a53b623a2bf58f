import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '../lib/paths.ts';
import { createRoutes } from './router.tsx';
import { pageFor, pageModules, shellModules } from '../../contracts/page-modules.ts';
import layoutSource from './shell/AppLayout.tsx?raw';
import routerSource from './router.tsx?raw';

/** Every route's full pattern, nested ones joined to their parent's. */
function patterns(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.path ?? '';
    const full = path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;
    return [
      ...(route.path && route.path !== '*' ? [full] : []),
      ...patterns(route.children ?? [], full),
    ];
  });
}

describe('the page modules the server names in the HTML', () => {
  it('covers every address the router answers, and no other', () => {
    const routed = patterns(createRoutes());
    expect(pageModules.map((page) => page.pattern).sort()).toEqual([...new Set(routed)].sort());
  });

  it('names, for each address, the module the router loads for it', () => {
    // Each route in router.tsx: its pattern (paths.X.pattern) and the module it imports.
    const routes = [
      ...routerSource.matchAll(
        /path: paths\.(\w+)\.pattern,\s*(?:\/\/[^\n]*\s*)*Component: lazyPage\(\s*async \(\) =>\s*\(await import\('\.\/routes\/([\w-]+)\.tsx'\)\)/g,
      ),
    ];
    // Every page route but the not-found one, which answers no pattern of its own.
    expect(routes).toHaveLength(14);
    for (const [, name, module] of routes) {
      const { pattern } = paths[name as keyof typeof paths];
      const page = pageModules.find((page) => page.pattern.endsWith(pattern));
      expect(page?.modules, pattern).toContain(module);
    }
    // The gallery's, an image's, a catalog's, a rollout's and a person's reads start from their own
    // modules, named before the page.
    const gallery = ['src/features/images/prefetch-gallery.ts', 'images'];
    expect(pageFor('/images')?.modules).toEqual(gallery);
    expect(pageFor('/')?.modules).toEqual(gallery);
    expect(pageFor('/images/citrix/i-1')?.modules).toEqual([
      'src/features/images/prefetch-image.ts',
      'image-detail',
    ]);
    expect(pageFor('/catalogs/c-1')?.modules).toEqual([
      'src/features/catalogs/prefetch-catalog.ts',
      'catalog-detail',
    ]);
    expect(pageFor('/rollouts/new')?.modules).toEqual(['rollout-new']);
    expect(pageFor('/rollouts/r-1')?.modules).toEqual([
      'src/features/rollouts/prefetch-rollout.ts',
      'rollout-progress',
    ]);
    expect(pageFor('/plans/p-1/change')?.modules).toEqual(['plans']);
    expect(pageFor('/sessions/s-1')?.modules).toEqual(['sessions', 'sessions-detail']);
    expect(pageFor('/no/such/page')).toBeUndefined();
  });

  it('names the header’s lazy parts as AppLayout loads them', () => {
    const imported = [
      ...layoutSource.matchAll(/import\('\.\.\/\.\.\/(features\/[\w/-]+\.tsx)'\)/g),
    ].map(([, path]) => `src/${path}`);
    expect(imported.sort()).toEqual([...shellModules].sort());
  });
});
