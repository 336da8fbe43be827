import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createClient } from '../../urql-client.ts';
import { SIGN_IN_ALIASES, signInPath } from './return-to.ts';

/** Why the sign-in page was opened, shown above the form. Passed as router state, not in the URL. */
export type SignInNotice = 'expired' | 'signedOut';

export function signInNotice(state: unknown): SignInNotice | undefined {
  if (!state || typeof state !== 'object' || !('notice' in state)) return undefined;
  return state.notice === 'expired' || state.notice === 'signedOut' ? state.notice : undefined;
}

interface Session {
  /**
   * Drops the GraphQL client and its cache and starts a new one, after the identity or the
   * organisation changed. `generation` counts the resets, so pages can start afresh too.
   */
  reset(): void;
  generation: number;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}

/** A second "session expired" this soon after the first is not followed, so a confused server cannot loop us. */
const EXPIRY_QUIET_MS = 5_000;

/**
 * Owns the GraphQL client. When any request is refused because nobody is signed in (the session
 * expired or was revoked mid-visit), it goes to the sign-in page, which says so and returns here.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const lastExpiry = useRef(0);
  const onUnauthenticated = useRef(() => {});

  const [state, setState] = useState(() => ({
    generation: 0,
    client: createClient({ onUnauthenticated: () => onUnauthenticated.current() }),
  }));

  const reset = useCallback(() => {
    setState((previous) => ({
      generation: previous.generation + 1,
      client: createClient({ onUnauthenticated: () => onUnauthenticated.current() }),
    }));
  }, []);

  onUnauthenticated.current = () => {
    const { pathname, search, hash } = window.location;
    if ((SIGN_IN_ALIASES as readonly string[]).includes(pathname)) return;
    const now = Date.now();
    if (now - lastExpiry.current < EXPIRY_QUIET_MS) return;
    lastExpiry.current = now;
    // Results arrive inside urql's stream; change routes and clients outside it.
    queueMicrotask(() => {
      navigate(signInPath(`${pathname}${search}${hash}`), { state: { notice: 'expired' } });
      reset();
    });
  };

  const session = useMemo(() => ({ reset, generation: state.generation }), [reset, state.generation]);
  return (
    <SessionContext value={session}>
      <UrqlProvider value={state.client}>{children}</UrqlProvider>
    </SessionContext>
  );
}
