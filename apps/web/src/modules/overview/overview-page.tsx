import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { todayInZone } from '../../ui/datetime.ts';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ActivityFiguresFragment, ActivityFiguresSection } from './activity-figures.tsx';
import { CaseFiguresFragment, CaseFiguresSection } from './case-figures.tsx';
import { CountyDeliveryFragment, CountyDeliverySection } from './county-delivery.tsx';
import { DeliverySection, ForumDeliveryFragment, readDeliveries } from './delivery-section.tsx';
import { type FilterFailure, filterFailure } from './filter-failure.ts';
import { useOverviewFormat } from './format.ts';
import { LoadSection, OrganisationLoadFragment } from './load-section.tsx';
import { MergeCandidateFragment, MergeCandidatesSection } from './merge-candidates.tsx';
import { MergeProposalFragment } from './merge-proposal-item.ts';
import { MergeProposalsSection } from './merge-proposals.tsx';
import { NetworkFragment, NetworkSection } from './network-section.tsx';
import { OverviewFiltersForm } from './overview-filters.tsx';
import { useOverviewViewer } from './overview-viewer.ts';
import {
  DEFAULT_FLAG_THRESHOLD,
  filtersFrom,
  type OverviewFilters,
  searchFor,
  thresholdValue,
} from './period.ts';
import type { OverviewScope } from './section.tsx';
import './overview.css';

/** How many merge candidates the page asks for, most similar first. */
const CANDIDATES = 20;
/** The lowest similarity a pair needs to be a candidate; the list and its count use the same. */
const MINIMUM_SCORE = 0.4;

const CountyOverviewQuery = graphql(
  `
    query CountyOverview(
      $countyCode: String!
      $from: String!
      $to: String!
      $kind: OrganisationKind
      $threshold: Int!
      $candidates: Int!
      $minimumScore: Float!
    ) {
      countyOverview(
        countyCode: $countyCode
        from: $from
        to: $to
        organisationKind: $kind
        flagThreshold: $threshold
      ) {
        countyCode
        countyName
        from
        to
        flagThreshold
        forumPairCount
        organisationLoad {
          ...OrganisationLoadRow
        }
        mergeCandidateCount(minimumScore: $minimumScore)
        mergeCandidates(first: $candidates, minimumScore: $minimumScore) {
          ...MergeCandidateItem
        }
        mergeProposals {
          ...MergeProposalItem
        }
        network {
          ...NetworkPicture
        }
        forums {
          ...ForumDeliveryRow
        }
        delivery {
          ...CountyDeliveryTotals
        }
        cases {
          ...CaseFiguresSection
        }
        activities {
          ...MunicipalityActivities
        }
      }
    }
  `,
  [
    OrganisationLoadFragment,
    MergeCandidateFragment,
    MergeProposalFragment,
    NetworkFragment,
    ForumDeliveryFragment,
    CountyDeliveryFragment,
    CaseFiguresFragment,
    ActivityFiguresFragment,
  ],
);

const OrganisationOverviewQuery = graphql(
  `
    query OrganisationOverview(
      $from: String!
      $to: String!
      $threshold: Int!
      $candidates: Int!
      $minimumScore: Float!
    ) {
      organisationOverview(from: $from, to: $to, flagThreshold: $threshold) {
        from
        to
        flagThreshold
        hostsForums
        organisation {
          id
          name
        }
        load {
          ...OrganisationLoadRow
        }
        hostedForums {
          ...ForumDeliveryRow
        }
        mergeCandidateCount(minimumScore: $minimumScore)
        mergeCandidates(first: $candidates, minimumScore: $minimumScore) {
          ...MergeCandidateItem
        }
        mergeProposals {
          ...MergeProposalItem
        }
      }
    }
  `,
  [OrganisationLoadFragment, ForumDeliveryFragment, MergeCandidateFragment, MergeProposalFragment],
);

/**
 * Översikt: for those who oversee a county for its county board (the API says who), the county's
 * collaboration (forum load, forums that could merge, who sits where, whether forums deliver, case
 * and activity figures); for everyone else their own organisation's load, and for coordinators and
 * admins the forums it hosts. Filters live in the address, so a view can be shared and the back
 * button works.
 */
export default function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const [viewerResult, reexecuteViewer] = useOverviewViewer();
  const [params, setParams] = useSearchParams();
  const [attempt, setAttempt] = useState(0);
  const today = todayInZone();
  const filters = filtersFrom(params, today);
  const viewer = viewerResult.data?.viewer;

  let body: ReactNode;
  if (viewerResult.error && !viewerResult.data) {
    body = (
      <QueryError
        title={t('overview.loadError')}
        error={viewerResult.error}
        onRetry={() => reexecuteViewer({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!viewer) {
    body = <Loading />;
  } else {
    const county = viewer.overseenCounty;
    const search = searchFor(filters, today).toString();
    const filterProps = {
      filters,
      attempt,
      filtered: search !== '',
      onApply: (next: OverviewFilters) => {
        setAttempt((n) => n + 1);
        setParams(searchFor(next, today));
      },
    };
    body = county ? (
      <CountyOverviewView key={search} county={county} {...filterProps} />
    ) : (
      <OrganisationOverviewView
        key={search}
        organisationName={viewer.activeOrganisation?.name ?? ''}
        {...filterProps}
      />
    );
  }

  return (
    <div className="page overview-page">
      <h1>{t('overview.title')}</h1>
      {body}
    </div>
  );
}

interface FilterProps {
  filters: OverviewFilters;
  attempt: number;
  filtered: boolean;
  onApply: (filters: OverviewFilters) => void;
}

/** The threshold as the API takes it, or why it cannot be sent (not a whole number). */
function useThreshold(raw: string): { threshold: number; failure: FilterFailure | null } {
  const { t } = useTranslation();
  const threshold = thresholdValue(raw);
  return threshold === null
    ? {
        threshold: DEFAULT_FLAG_THRESHOLD,
        failure: { field: 'flagThreshold', message: t('overview.filters.thresholdWhole') },
      }
    : { threshold, failure: null };
}

function useScope(
  name: string,
  fileScope: string,
  period: { from: string; to: string } | undefined,
): OverviewScope {
  const format = useOverviewFormat();
  const from = period?.from ?? '';
  const to = period?.to ?? '';
  return {
    name,
    fileScope,
    from,
    to,
    periodText: from && to ? `${format.date(from)} – ${format.date(to)}` : '',
  };
}

function Contents({ sections }: { sections: readonly { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="overview-contents" aria-label={t('overview.contents')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CountyOverviewView({
  county,
  filters,
  attempt,
  filtered,
  onApply,
}: FilterProps & { county: { code: string; name: string } }) {
  const { t } = useTranslation();
  const { threshold, failure: thresholdFailure } = useThreshold(filters.threshold);
  const [result, reexecute] = useQuery({
    query: CountyOverviewQuery,
    variables: {
      countyCode: county.code,
      from: filters.from,
      to: filters.to,
      kind: filters.kind || null,
      threshold,
      candidates: CANDIDATES,
      minimumScore: MINIMUM_SCORE,
    },
    pause: thresholdFailure !== null,
  });
  const failure = thresholdFailure ?? filterFailure(result.error);
  const overview = failure ? undefined : result.data?.countyOverview;
  const scope = useScope(overview?.countyName ?? county.name, overview?.countyCode ?? county.code, overview);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let sections: ReactNode = null;
  if (!failure && result.error && !overview) {
    sections = <QueryError title={t('overview.loadError')} error={result.error} onRetry={refresh} />;
  } else if (!failure && !overview) {
    sections = <Loading />;
  } else if (overview) {
    const forums = readDeliveries(overview.forums);
    sections = (
      <>
        <Contents
          sections={[
            { id: 'forumbelastning', title: t('overview.load.title') },
            { id: 'sammanslagning', title: t('overview.merge.title') },
            { id: 'forslag', title: t('overview.proposals.title') },
            { id: 'natverk', title: t('overview.network.title') },
            { id: 'leverans', title: t('overview.delivery.title') },
            { id: 'lanet-totalt', title: t('overview.county.title') },
            { id: 'arenden', title: t('overview.cases.title') },
            { id: 'aktiviteter', title: t('overview.activities.title') },
          ]}
        />
        <LoadSection
          data={overview.organisationLoad}
          threshold={overview.flagThreshold}
          scope={scope}
          kind={filters.kind}
          county
        />
        <MergeCandidatesSection
          data={overview.mergeCandidates}
          total={overview.mergeCandidateCount}
          scope={scope}
          intro={t('overview.merge.introCounty', {
            pairs: overview.forumPairCount,
            count: overview.mergeCandidateCount,
          })}
          onProposed={refresh}
        />
        <MergeProposalsSection data={overview.mergeProposals} scope={scope} onChanged={refresh} />
        <NetworkSection data={overview.network} scope={scope} />
        <DeliverySection
          id="leverans"
          title={t('overview.delivery.title')}
          intro={t('overview.delivery.introCounty')}
          data={overview.forums}
          scope={scope}
        />
        <CountyDeliverySection data={overview.delivery} forums={forums} scope={scope} />
        <CaseFiguresSection data={overview.cases} scope={scope} />
        <ActivityFiguresSection data={overview.activities} scope={scope} />
      </>
    );
  }

  return (
    <>
      <p className="lead">{t('overview.countyLead', { county: scope.name })}</p>
      <p className="muted">{t('overview.countyOnly', { county: county.name })}</p>
      <OverviewFiltersForm
        filters={filters}
        showKind
        failure={failure}
        attempt={attempt}
        filtered={filtered}
        onApply={onApply}
      />
      {overview && (
        <p className="overview-period">
          {t('overview.periodShown', { period: scope.periodText, threshold: overview.flagThreshold })}
        </p>
      )}
      {sections}
    </>
  );
}

function OrganisationOverviewView({
  organisationName,
  filters,
  attempt,
  filtered,
  onApply,
}: FilterProps & { organisationName: string }) {
  const { t } = useTranslation();
  const { threshold, failure: thresholdFailure } = useThreshold(filters.threshold);
  const [result, reexecute] = useQuery({
    query: OrganisationOverviewQuery,
    variables: {
      from: filters.from,
      to: filters.to,
      threshold,
      candidates: CANDIDATES,
      minimumScore: MINIMUM_SCORE,
    },
    pause: thresholdFailure !== null,
  });
  const failure = thresholdFailure ?? filterFailure(result.error);
  const overview = failure ? undefined : result.data?.organisationOverview;
  const name = overview?.organisation.name ?? organisationName;
  const scope = useScope(name, name, overview);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let sections: ReactNode = null;
  if (!failure && result.error && !overview) {
    sections = <QueryError title={t('overview.loadError')} error={result.error} onRetry={refresh} />;
  } else if (!failure && !overview) {
    sections = <Loading />;
  } else if (overview) {
    sections = (
      <>
        <LoadSection data={[overview.load]} threshold={overview.flagThreshold} scope={scope} county={false} />
        {overview.hostsForums ? (
          <>
            <DeliverySection
              id="vara-forum"
              title={t('overview.delivery.hostedTitle')}
              intro={t('overview.delivery.introHosted', { organisation: name })}
              data={overview.hostedForums}
              scope={scope}
            />
            <MergeCandidatesSection
              data={overview.mergeCandidates}
              total={overview.mergeCandidateCount}
              scope={scope}
              intro={t('overview.merge.introHosted', { count: overview.mergeCandidateCount })}
              onProposed={refresh}
            />
            <MergeProposalsSection data={overview.mergeProposals} scope={scope} onChanged={refresh} />
          </>
        ) : (
          <>
            <p className="notice">{t('overview.notHosting')}</p>
            {overview.mergeProposals.length > 0 && (
              <MergeProposalsSection data={overview.mergeProposals} scope={scope} onChanged={refresh} />
            )}
          </>
        )}
      </>
    );
  }

  return (
    <>
      <p className="lead">{t('overview.ownLead', { organisation: name })}</p>
      <OverviewFiltersForm
        filters={filters}
        showKind={false}
        failure={failure}
        attempt={attempt}
        filtered={filtered}
        onApply={onApply}
      />
      {overview && (
        <p className="overview-period">
          {t('overview.periodShown', { period: scope.periodText, threshold: overview.flagThreshold })}
        </p>
      )}
      {sections}
    </>
  );
}
