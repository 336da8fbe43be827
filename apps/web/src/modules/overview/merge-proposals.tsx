import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { todayInZone } from '../../ui/datetime.ts';
import { TextAreaField } from '../../ui/form.tsx';
import { Empty } from '../../ui/query-state.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { csvNumber, csvPercent } from './csv.ts';
import { COLUMNS, svT } from './csv-swedish.ts';
import { useOverviewFormat } from './format.ts';
import {
  AnswerForumMergeProposalMutation,
  hoursKey,
  type MergeProposal,
  MergeProposalFragment,
  WithdrawForumMergeProposalMutation,
} from './merge-proposal-item.ts';
import { CsvButton, type OverviewScope, OverviewSection, useSectionNotice } from './section.tsx';

const COMMENT_MAX = 2000;

const STATUS_TONE = { OPEN: 'neutral', AGREED: 'ok', DECLINED: 'warning', WITHDRAWN: 'neutral' } as const;

function proposalsCsv(proposals: readonly MergeProposal[]) {
  const sv = svT();
  return {
    columns: [
      COLUMNS.forumA,
      COLUMNS.hostA,
      COLUMNS.forumB,
      COLUMNS.hostB,
      COLUMNS.status,
      COLUMNS.proposedBy,
      COLUMNS.proposedOn,
      COLUMNS.decidedOn,
      COLUMNS.message,
      COLUMNS.score,
      COLUMNS.sharedMemberCount,
      COLUMNS.hoursSavedTotal,
      COLUMNS.answers,
    ],
    rows: proposals.map((p) => [
      p.forumA.name,
      p.forumA.host.name,
      p.forumB.name,
      p.forumB.host.name,
      sv(`enums.MergeProposalStatus.${p.status}`),
      p.proposedBy.name,
      // The Stockholm day, as everywhere else; the instants are UTC.
      todayInZone(new Date(p.proposedAt)),
      p.decidedAt ? todayInZone(new Date(p.decidedAt)) : '',
      p.message ?? '',
      csvPercent(p.score),
      p.sharedMemberCount,
      csvNumber(p.hoursSavedPerYear),
      p.answers
        .map(
          (a) =>
            `${a.organisation.name}: ${sv(a.agrees ? 'overview.proposals.agrees' : 'overview.proposals.declines')}${a.comment ? ` (${a.comment})` : ''}`,
        )
        .join(' | '),
    ]),
  };
}

/** Merge proposals, newest first: where each stands, the hosts' answers, and the viewer's part in it. */
export function MergeProposalsSection({
  data,
  scope,
  onChanged,
}: {
  data: readonly FragmentOf<typeof MergeProposalFragment>[];
  scope: OverviewScope;
  /** After an answer or a withdrawal: fetch the figures again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const proposals = readFragment(MergeProposalFragment, data);
  const [notice, showNotice] = useSectionNotice();
  const changed = (text: string) => {
    showNotice(text);
    onChanged();
  };
  return (
    <OverviewSection
      id="forslag"
      title={t('overview.proposals.title')}
      scope={scope}
      intro={<p>{t('overview.proposals.intro')}</p>}
    >
      {notice}
      {proposals.length === 0 ? (
        <Empty>{t('overview.proposals.empty')}</Empty>
      ) : (
        <>
          <div className="overview-table__tools">
            <CsvButton
              what={t('overview.proposals.title')}
              name="sammanslagningsforslag"
              scope={scope}
              table={() => proposalsCsv(proposals)}
            />
          </div>
          <ul className="merge-list">
            {proposals.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} onChanged={changed} />
            ))}
          </ul>
        </>
      )}
    </OverviewSection>
  );
}

function ProposalCard({
  proposal,
  onChanged,
}: {
  proposal: MergeProposal;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const pair = t('overview.merge.pair', { a: proposal.forumA.name, b: proposal.forumB.name });
  return (
    <li className="merge-card" id={`forslag-${proposal.id}`}>
      <h3 className="merge-card__title">
        {pair}{' '}
        <Badge tone={STATUS_TONE[proposal.status]}>{t(`enums.MergeProposalStatus.${proposal.status}`)}</Badge>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('overview.proposals.proposedBy')}</dt>
          <dd>
            {t('overview.proposals.proposedByText', {
              organisation: proposal.proposedBy.name,
              date: format.day(proposal.proposedAt),
            })}
          </dd>
        </div>
        {proposal.message && (
          <div>
            <dt>{t('overview.proposals.message')}</dt>
            <dd className="merge-card__message">{proposal.message}</dd>
          </div>
        )}
        <div>
          <dt>{t('overview.proposals.figures')}</dt>
          <dd>
            {t('overview.proposals.figuresText', {
              score: format.percent(proposal.score),
              count: proposal.sharedMemberCount,
              hours: t(`overview.merge.hours.${hoursKey(proposal.hoursSavedPerYear)}`, {
                hours: format.decimal(Math.abs(proposal.hoursSavedPerYear)),
              }),
            })}
          </dd>
        </div>
        {proposal.decidedAt && (
          <div>
            <dt>{t('overview.proposals.decided')}</dt>
            <dd>{format.day(proposal.decidedAt)}</dd>
          </div>
        )}
      </dl>
      <h4 className="merge-card__subtitle">{t('overview.proposals.answers')}</h4>
      <ul className="overview-plain-list">
        {proposal.answers.map((a) => (
          <li key={a.organisation.id}>
            {t(a.agrees ? 'overview.proposals.answerAgrees' : 'overview.proposals.answerDeclines', {
              organisation: a.organisation.name,
              date: format.day(a.answeredAt),
            })}
            {a.comment && <span className="merge-card__message"> “{a.comment}”</span>}
          </li>
        ))}
        {proposal.hostsAwaitingAnswer.map((host) => (
          <li key={host.id}>{t('overview.proposals.waitingFor', { organisation: host.name })}</li>
        ))}
        {proposal.answers.length === 0 && proposal.status !== 'OPEN' && (
          <li>{t('overview.proposals.noAnswers')}</li>
        )}
      </ul>
      {proposal.status === 'AGREED' && (
        <p className="notice notice--ok">
          {t('overview.proposals.agreedHint')}{' '}
          <Link to={`/forum/${encodeURIComponent(proposal.forumA.id)}`}>{proposal.forumA.name}</Link>
        </p>
      )}
      {proposal.viewerMayAnswer && (
        <AnswerForm proposal={proposal} pair={pair} ownAnswer={proposal.viewerAnswer} onChanged={onChanged} />
      )}
      {proposal.viewerMayWithdraw && <WithdrawButton proposal={proposal} pair={pair} onChanged={onChanged} />}
    </li>
  );
}

function AnswerForm({
  proposal,
  pair,
  ownAnswer,
  onChanged,
}: {
  proposal: MergeProposal;
  pair: string;
  /** What the viewer's organisation answered already: a host may change its answer while the proposal is open. */
  ownAnswer: { agrees: boolean } | null;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, answer] = useMutation(AnswerForumMergeProposalMutation);

  async function send(agrees: boolean) {
    if (comment.length > COMMENT_MAX) {
      setError(t('overview.merge.messageTooLong', { max: COMMENT_MAX }));
      return;
    }
    setError(null);
    const result = await answer({ proposalId: proposal.id, agrees, comment: comment.trim() || null });
    const outcome = result.data?.answerForumMergeProposal;
    if (outcome?.__typename === 'AnswerForumMergeProposalSuccess') {
      setComment('');
      onChanged(t(agrees ? 'overview.proposals.agreed' : 'overview.proposals.declined', { pair }));
      return;
    }
    setError(
      mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? t('state.networkError'),
    );
  }

  return (
    <form
      className="form merge-card__answer"
      aria-label={t('overview.proposals.answerLabel', { pair })}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <div role="alert">{error && <p className="notice notice--warning">{error}</p>}</div>
      {/* Declining settles the proposal, so an answer still open to change is an agreement. */}
      {ownAnswer?.agrees && <p>{t('overview.proposals.ownAgrees')}</p>}
      <TextAreaField
        id={`${id}-comment`}
        label={t('overview.proposals.comment')}
        hint={t('overview.proposals.commentHint', { max: COMMENT_MAX })}
        rows={3}
        maxLength={COMMENT_MAX}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={state.fetching}
          onClick={() => send(true)}
        >
          {t('overview.proposals.agree')}
        </button>
        <button
          type="button"
          className="button button--danger-outline"
          disabled={state.fetching}
          onClick={() => send(false)}
        >
          {t('overview.proposals.decline')}
        </button>
      </div>
    </form>
  );
}

function WithdrawButton({
  proposal,
  pair,
  onChanged,
}: {
  proposal: MergeProposal;
  pair: string;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, withdraw] = useMutation(WithdrawForumMergeProposalMutation);

  async function confirm() {
    setOpen(false);
    setError(null);
    const result = await withdraw({ proposalId: proposal.id });
    const outcome = result.data?.withdrawForumMergeProposal;
    if (outcome?.__typename === 'WithdrawForumMergeProposalSuccess') {
      onChanged(t('overview.proposals.withdrawn', { pair }));
      return;
    }
    setError(
      mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? t('state.networkError'),
    );
  }

  return (
    <>
      <div role="alert">{error && <p className="notice notice--warning">{error}</p>}</div>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        {t('overview.proposals.withdraw')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('overview.proposals.withdrawTitle')}
        body={t('overview.proposals.withdrawBody', { pair })}
        confirmLabel={t('overview.proposals.withdrawConfirm')}
        cancelLabel={t('overview.cancel')}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
