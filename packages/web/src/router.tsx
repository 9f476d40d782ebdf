import { createContext, useContext, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

// A few routes do not need a router library; the browser's history API is enough.
const RouteContext = createContext<{ path: string; navigate(to: string): void }>({ path: '/', navigate: () => undefined });

/** Provides the current path; `navigate` pushes a history entry. */
export function RouterProvider({ children, initialPath }: { children: ReactNode; initialPath?: string }) {
  const [path, setPath] = useState(initialPath ?? window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    window.history.pushState(null, '', to);
    setPath(to);
    window.scrollTo?.(0, 0);
  };
  return <RouteContext.Provider value={{ path, navigate }}>{children}</RouteContext.Provider>;
}

/** The current path and `navigate`. */
export function useRoute() {
  return useContext(RouteContext);
}

/** An anchor that navigates without reloading the page. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const { navigate } = useRoute();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
