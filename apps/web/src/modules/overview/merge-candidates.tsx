import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { TextAreaField } from '../../ui/form.tsx';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { Empty } from '../../ui/query-state.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { csvNumber, csvPercent } from './csv.ts';
import { COLUMNS, NO, svT, YES } from './csv-swedish.ts';
import { useOverviewFormat } from './format.ts';
import { hoursKey, ProposeForumMergeMutation } from './merge-proposal-item.ts';
import { CsvButton, type OverviewScope, OverviewSection, useSectionNotice } from './section.tsx';

export const MergeCandidateFragment = graphql(`
  fragment MergeCandidateItem on MergeCandidate {
    forumA {
      id
      name
      host {
        id
        name
      }
    }
    forumB {
      id
      name
      host {
        id
        name
      }
    }
    score
    memberSimilarity
    themeSimilarity
    hoursSavedPerYear
    sharedMembers {
      id
      name
    }
    sharedThemes
    savings {
      organisation {
        id
        name
      }
      hoursPerYear
    }
    openProposal {
      id
      status
      proposedAt
      proposedBy {
        id
        name
      }
    }
  }
`);

type Candidate = ResultOf<typeof MergeCandidateFragment>;

const MESSAGE_MAX = 2000;

function candidatesCsv(candidates: readonly Candidate[]) {
  const sv = svT();
  return {
    columns: [
      COLUMNS.rank,
      COLUMNS.forumA,
      COLUMNS.hostA,
      COLUMNS.forumB,
      COLUMNS.hostB,
      COLUMNS.score,
      COLUMNS.memberSimilarity,
      COLUMNS.themeSimilarity,
      COLUMNS.sharedMemberCount,
      COLUMNS.sharedMembers,
      COLUMNS.sharedThemes,
      COLUMNS.hoursSavedTotal,
      COLUMNS.openProposal,
    ],
    rows: candidates.map((c, index) => [
      index + 1,
      c.forumA.name,
      c.forumA.host.name,
      c.forumB.name,
      c.forumB.host.name,
      csvPercent(c.score),
      csvPercent(c.memberSimilarity),
      csvPercent(c.themeSimilarity),
      c.sharedMembers.length,
      c.sharedMembers.map((m) => m.name).join(', '),
      c.sharedThemes.map((theme) => sv(`enums.ForumTheme.${theme}`)).join(', '),
      csvNumber(c.hoursSavedPerYear),
      c.openProposal ? YES : NO,
    ]),
  };
}

function savingsCsv(candidates: readonly Candidate[]) {
  return {
    columns: [COLUMNS.rank, COLUMNS.forumA, COLUMNS.forumB, COLUMNS.organisation, COLUMNS.hoursSaved],
    rows: candidates.flatMap((c, index) =>
      c.savings.map((s) => [
        index + 1,
        c.forumA.name,
        c.forumB.name,
        s.organisation.name,
        csvNumber(s.hoursPerYear),
      ]),
    ),
  };
}

/**
 * Pairs of forums that could merge, most similar first: why (shared members and themes), what it
 * would save or cost each member organisation, and a way to propose it to both hosts.
 */
export function MergeCandidatesSection({
  data,
  total,
  scope,
  intro,
  onProposed,
}: {
  data: readonly FragmentOf<typeof MergeCandidateFragment>[];
  /** How many pairs are similar enough, of which `data` holds the most similar. */
  total: number;
  scope: OverviewScope;
  intro: string;
  /** After a proposal: fetch the figures again, so the candidate shows it. */
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const candidates = readFragment(MergeCandidateFragment, data);
  const [proposing, setProposing] = useState<Candidate | null>(null);
  const [notice, showNotice] = useSectionNotice();

  return (
    <OverviewSection
      id="sammanslagning"
      title={t('overview.merge.title')}
      scope={scope}
      intro={<p>{intro}</p>}
    >
      {notice}
      {candidates.length === 0 ? (
        <Empty>{t('overview.merge.empty')}</Empty>
      ) : (
        <>
          <p>{t('overview.merge.shown', { shown: candidates.length, total })}</p>
          <div className="overview-table__tools">
            <CsvButton
              what={t('overview.merge.title')}
              name="sammanslagningskandidater"
              scope={scope}
              table={() => candidatesCsv(candidates)}
            />
            <CsvButton
              what={t('overview.merge.savingsTitle')}
              showWhat
              name="sammanslagning-besparing"
              scope={scope}
              table={() => savingsCsv(candidates)}
            />
          </div>
          <ol className="merge-list">
            {candidates.map((candidate, index) => (
              <CandidateCard
                key={`${candidate.forumA.id}-${candidate.forumB.id}`}
                candidate={candidate}
                rank={index + 1}
                onPropose={() => setProposing(candidate)}
              />
            ))}
          </ol>
        </>
      )}
      {proposing && (
        <ProposeDialog
          candidate={proposing}
          onClose={() => setProposing(null)}
          onProposed={(text) => {
            setProposing(null);
            showNotice(text);
            onProposed();
          }}
        />
      )}
    </OverviewSection>
  );
}

function CandidateCard({
  candidate,
  rank,
  onPropose,
}: {
  candidate: Candidate;
  rank: number;
  onPropose: () => void;
}) {
  const { t } = useTranslation();
  const format = useOverviewFormat();
  const headingId = `candidate-${candidate.forumA.id}-${candidate.forumB.id}`;
  const total = candidate.hoursSavedPerYear;
  return (
    <li className="merge-card">
      <h3 id={headingId} className="merge-card__title">
        <span className="merge-card__rank">{t('overview.merge.rank', { rank })}</span>{' '}
        {t('overview.merge.pair', { a: candidate.forumA.name, b: candidate.forumB.name })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('overview.merge.score')}</dt>
          <dd>
            {t('overview.merge.scoreText', {
              score: format.percent(candidate.score),
              members: format.percent(candidate.memberSimilarity),
              themes: format.percent(candidate.themeSimilarity),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('overview.merge.hosts')}</dt>
          <dd>
            {t('overview.merge.hostsText', {
              a: candidate.forumA.name,
              hostA: candidate.forumA.host.name,
              b: candidate.forumB.name,
              hostB: candidate.forumB.host.name,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('overview.merge.sharedMembers', { count: candidate.sharedMembers.length })}</dt>
          <dd>{candidate.sharedMembers.map((m) => m.name).join(', ') || t('overview.merge.none')}</dd>
        </div>
        <div>
          <dt>{t('overview.merge.sharedThemes')}</dt>
          <dd>
            {candidate.sharedThemes.length === 0
              ? t('overview.merge.none')
              : candidate.sharedThemes.map((theme) => t(`enums.ForumTheme.${theme}`)).join(', ')}
          </dd>
        </div>
      </dl>
      <table className="data-table overview-subtable merge-card__savings">
        <caption>{t('overview.merge.savingsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.load.organisation')}</th>
            <th scope="col">{t('overview.merge.hoursPerYear')}</th>
          </tr>
        </thead>
        <tbody>
          {candidate.savings.map((s) => (
            <tr key={s.organisation.id}>
              <th scope="row">{s.organisation.name}</th>
              <td className={s.hoursPerYear < 0 ? 'merge-card__cost' : undefined}>
                {t(`overview.merge.hours.${hoursKey(s.hoursPerYear)}`, {
                  hours: format.decimal(Math.abs(s.hoursPerYear)),
                })}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('overview.merge.total')}</th>
            <td className={total < 0 ? 'merge-card__cost' : undefined}>
              {t(`overview.merge.hours.${hoursKey(total)}`, { hours: format.decimal(Math.abs(total)) })}
            </td>
          </tr>
        </tfoot>
      </table>
      {total < 0 && <p className="notice notice--warning">{t('overview.merge.costsMore')}</p>}
      {candidate.openProposal ? (
        <p className="notice">
          {t('overview.merge.openProposal', {
            organisation: candidate.openProposal.proposedBy.name,
            date: format.day(candidate.openProposal.proposedAt),
          })}{' '}
          <a href={`#forslag-${candidate.openProposal.id}`}>{t('overview.merge.toProposal')}</a>
        </p>
      ) : (
        <button type="button" className="button button--primary" onClick={onPropose}>
          {t('overview.merge.propose')}
          <span className="visually-hidden">
            {' '}
            {t('overview.merge.pair', { a: candidate.forumA.name, b: candidate.forumB.name })}
          </span>
        </button>
      )}
    </li>
  );
}

function ProposeDialog({
  candidate,
  onClose,
  onProposed,
}: {
  candidate: Candidate;
  onClose: () => void;
  onProposed: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, propose] = useMutation(ProposeForumMergeMutation);
  const fieldId = 'propose-merge-message';
  const pair = t('overview.merge.pair', { a: candidate.forumA.name, b: candidate.forumB.name });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (message.length > MESSAGE_MAX) {
      setError(t('overview.merge.messageTooLong', { max: MESSAGE_MAX }));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(null);
    const result = await propose({
      forumAId: candidate.forumA.id,
      forumBId: candidate.forumB.id,
      message: message.trim() || null,
    });
    const outcome = result.data?.proposeForumMerge;
    if (outcome?.__typename === 'ProposeForumMergeSuccess') {
      onProposed(t('overview.merge.proposed', { pair }));
      return;
    }
    setError(
      mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? t('state.networkError'),
    );
  }

  return (
    <FormDialog
      title={t('overview.merge.dialogTitle')}
      intro={
        <p>
          {t('overview.merge.dialogIntro', {
            pair,
            hostA: candidate.forumA.host.name,
            hostB: candidate.forumB.host.name,
          })}
        </p>
      }
      onClose={onClose}
    >
      {() => (
        <form className="form" noValidate onSubmit={submit}>
          <div role="alert">{error && <p className="notice notice--warning">{error}</p>}</div>
          <TextAreaField
            id={fieldId}
            label={t('overview.merge.message')}
            hint={t('overview.merge.messageHint', { max: MESSAGE_MAX })}
            rows={5}
            maxLength={MESSAGE_MAX}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={state.fetching}>
              {t('overview.merge.send')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('overview.cancel')}
            </button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
