import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads when it is first drawn. Unlike the router's `lazy`, which holds the
 * whole first render (shell included) until the page's code has arrived, the shell paints at
 * once and the page fills in under it (`AppLayout` has the Suspense boundary).
 *
 * React.lazy keeps a failed load for good; this one forgets it, so "Try again" on the route's
 * error page (after a dropped connection, say) loads the code again instead of failing at once.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const attempt = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error) {
        Page = attempt();
        throw error;
      }
    });
  let Page = attempt();
  return function LazyPage() {
    return <Page />;
  };
}
