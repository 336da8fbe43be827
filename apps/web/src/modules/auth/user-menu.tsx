import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { SIGN_IN_PATH } from './return-to.ts';
import { useSession } from './session.tsx';
import type { Viewer } from './viewer.ts';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * A disclosure (not an ARIA menu): the button shows the person's name and role and opens a panel
 * with their e-mail and "Logga ut". Escape closes it and returns focus to the button; so does
 * clicking or tabbing outside (without moving focus back).
 */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const session = useSession();
  const [signOutState, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  const role = viewer.role ? t(`enums.MembershipRole.${viewer.role}`) : undefined;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const onSignOut = async () => {
    setFailed(false);
    const result = await signOut({});
    if (result.error) {
      setFailed(true);
      return;
    }
    navigate(SIGN_IN_PATH, { state: { notice: 'signedOut' } });
    session.reset();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the disclosure closes it
    <div
      className="user-menu"
      ref={containerRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !containerRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__name">{viewer.user.displayName}</span>
        {role && <span className="user-menu__role">{role}</span>}
        <span className="visually-hidden"> – {t('auth.userMenu')}</span>
      </button>
      <div className="user-menu__panel" id={panelId} hidden={!open}>
        <dl className="user-menu__facts">
          <div>
            <dt>{t('auth.email')}</dt>
            <dd>{viewer.user.email}</dd>
          </div>
          {viewer.activeOrganisation && (
            <div>
              <dt>{t('auth.actingFor')}</dt>
              <dd>{viewer.activeOrganisation.name}</dd>
            </div>
          )}
          {(role || viewer.isPlatformAdmin) && (
            <div>
              <dt>{t('auth.role')}</dt>
              <dd>
                {[role, viewer.isPlatformAdmin ? t('auth.platformAdmin') : null].filter(Boolean).join(', ')}
              </dd>
            </div>
          )}
        </dl>
        {failed && (
          <p className="field__error" role="alert">
            {t('auth.signOutFailed')}
          </p>
        )}
        <button
          type="button"
          className="button button--block"
          aria-disabled={signOutState.fetching || undefined}
          onClick={() => {
            if (!signOutState.fetching) void onSignOut();
          }}
        >
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}
