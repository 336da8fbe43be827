import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { Empty } from '../../ui/query-state.tsx';
import { COLUMNS, svT } from './csv-swedish.ts';
import { NAME_ORDER } from './format.ts';
import { buildNetwork, type NetworkModel, type NetworkNode, nextNode } from './network-model.ts';
import { CsvButton, type OverviewScope, OverviewSection, ScrollTable } from './section.tsx';

export const NetworkFragment = graphql(`
  fragment NetworkPicture on ForumNetwork {
    organisations {
      id
      name
      kind
    }
    forums {
      id
      name
      host {
        id
        name
      }
    }
    links {
      organisationId
      forumId
    }
  }
`);

const ROW = 28;
const TOP = 40;
const LABEL_GAP = 14;
/** Room between the columns for the lines. */
const LINKS_WIDTH = 200;
/** A generous average width of a character at the picture's 13 px, so no name is cut off. */
const CHAR_WIDTH = 7.4;
const MARGIN = 12;

/**
 * Where the columns go: wide enough for the longest names in full (a name cut short would no longer
 * match the node's accessible name, and would hide what it is).
 */
function columnsFor(model: NetworkModel) {
  const longest = (nodes: readonly NetworkNode[]) => Math.max(8, ...nodes.map((node) => node.name.length));
  const organisationX = MARGIN + LABEL_GAP + Math.ceil(longest(model.organisations) * CHAR_WIDTH);
  const forumX = organisationX + LINKS_WIDTH;
  const width = forumX + LABEL_GAP + Math.ceil(longest(model.forums) * CHAR_WIDTH) + MARGIN;
  return { organisationX, forumX, width };
}

/**
 * Who sits where: organisations in one column, forums in the other, a line for each membership.
 * Every node is a button in one roving tab stop (arrow keys move, Enter pins); focus or hover
 * highlights its lines and says in words what it is linked to. The same data is in the table below.
 */
export function NetworkSection({
  data,
  scope,
}: {
  data: FragmentOf<typeof NetworkFragment>;
  scope: OverviewScope;
}) {
  const { t } = useTranslation();
  const network = readFragment(NetworkFragment, data);
  const model = buildNetwork(network, NAME_ORDER);
  const kindOf = new Map(network.organisations.map((o) => [o.id, o.kind]));
  const hostOf = new Map(network.forums.map((f) => [f.id, f.host.name]));
  const nameOf = (id: string) => model.byId.get(id)?.name ?? '';

  const csv = () => {
    const sv = svT();
    return {
      columns: [COLUMNS.organisation, COLUMNS.kind, COLUMNS.forum, COLUMNS.host],
      rows: model.organisations.flatMap((organisation) => {
        const kind = kindOf.get(organisation.id);
        const kindLabel = kind ? sv(`enums.OrganisationKind.${kind}`) : '';
        return (model.neighbours.get(organisation.id) ?? []).map((forumId) => [
          organisation.name,
          kindLabel,
          nameOf(forumId),
          hostOf.get(forumId) ?? '',
        ]);
      }),
    };
  };

  return (
    <OverviewSection
      id="natverk"
      title={t('overview.network.title')}
      scope={scope}
      intro={
        <p>
          {t('overview.network.intro', {
            organisations: model.organisations.length,
            forums: model.forums.length,
            links: network.links.length,
          })}
        </p>
      }
    >
      {model.forums.length === 0 ? (
        <Empty>{t('overview.network.empty')}</Empty>
      ) : (
        <>
          <NetworkChart model={model} />
          <ScrollTable
            captionId="overview-network-caption"
            caption={t('overview.network.caption')}
            tools={<CsvButton what={t('overview.network.title')} name="natverk" scope={scope} table={csv} />}
          >
            <thead>
              <tr>
                <th scope="col">{t('overview.load.organisation')}</th>
                <th scope="col">{t('overview.load.kind')}</th>
                <th scope="col">{t('overview.network.forumCount')}</th>
                <th scope="col">{t('overview.network.forums')}</th>
              </tr>
            </thead>
            <tbody>
              {model.organisations.map((organisation) => {
                const forums = model.neighbours.get(organisation.id) ?? [];
                const kind = kindOf.get(organisation.id);
                return (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{kind ? t(`enums.OrganisationKind.${kind}`) : ''}</td>
                    <td className="overview-number">{forums.length}</td>
                    <td>
                      {forums.length === 0 ? (
                        t('overview.network.noForums')
                      ) : (
                        <ul className="overview-plain-list">
                          {forums.map((id) => (
                            <li key={id}>{nameOf(id)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        </>
      )}
    </OverviewSection>
  );
}

function NetworkChart({ model }: { model: NetworkModel }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [tabStop, setTabStop] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const nodes = useRef(new Map<string, SVGGElement>());

  const { organisationX, forumX, width } = columnsFor(model);
  const rows = Math.max(model.organisations.length, model.forums.length);
  const height = TOP + rows * ROW + 10;
  const offset = (count: number) => ((rows - count) * ROW) / 2;
  const y = (node: NetworkNode) =>
    TOP +
    offset(node.column === 'organisation' ? model.organisations.length : model.forums.length) +
    node.index * ROW +
    ROW / 2;
  const first = model.organisations[0] ?? model.forums[0];
  const stop = tabStop && model.byId.has(tabStop) ? tabStop : (first?.id ?? null);
  const active = focused ?? hovered ?? pinned;
  const activeNode = active ? model.byId.get(active) : undefined;
  const linked = new Set(active ? (model.neighbours.get(active) ?? []) : []);

  const summary = (node: NetworkNode) => {
    const names = (model.neighbours.get(node.id) ?? []).map((id) => model.byId.get(id)?.name ?? '');
    if (node.column === 'organisation') {
      return names.length === 0
        ? t('overview.network.organisationNone', { name: node.name })
        : t('overview.network.organisationSummary', {
            name: node.name,
            count: names.length,
            names: names.join(', '),
          });
    }
    return names.length === 0
      ? t('overview.network.forumNone', { name: node.name })
      : t('overview.network.forumSummary', { name: node.name, count: names.length, names: names.join(', ') });
  };

  const onKeyDown = (event: KeyboardEvent, node: NetworkNode) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setPinned(pinned === node.id ? null : node.id);
      return;
    }
    if (event.key === 'Escape') {
      setPinned(null);
      return;
    }
    const next = nextNode(model, node, event.key);
    if (!next) return;
    event.preventDefault();
    setTabStop(next.id);
    nodes.current.get(next.id)?.focus();
  };

  const renderNode = (node: NetworkNode) => {
    const isOrganisation = node.column === 'organisation';
    const x = isOrganisation ? organisationX : forumX;
    const count = model.neighbours.get(node.id)?.length ?? 0;
    const state = [
      'network-node',
      node.id === active ? 'network-node--active' : '',
      linked.has(node.id) ? 'network-node--linked' : '',
      active && node.id !== active && !linked.has(node.id) ? 'network-node--dimmed' : '',
      node.id === focused ? 'network-node--focused' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>; it is one in role, name and keys
      <g
        key={node.id}
        ref={(element) => {
          if (element) nodes.current.set(node.id, element);
          else nodes.current.delete(node.id);
        }}
        role="button"
        tabIndex={node.id === stop ? 0 : -1}
        aria-pressed={pinned === node.id}
        aria-label={t(isOrganisation ? 'overview.network.organisationNode' : 'overview.network.forumNode', {
          name: node.name,
          count,
        })}
        aria-describedby={hintId}
        className={state}
        transform={`translate(${x} ${y(node)})`}
        onFocus={() => {
          setFocused(node.id);
          setTabStop(node.id);
        }}
        onBlur={() => setFocused(null)}
        onMouseEnter={() => setHovered(node.id)}
        onMouseLeave={() => setHovered(null)}
        onClick={() => setPinned(pinned === node.id ? null : node.id)}
        onKeyDown={(event) => onKeyDown(event, node)}
      >
        <rect
          className="network-node__hit"
          x={isOrganisation ? -organisationX + 8 : -10}
          y={-ROW / 2 + 2}
          width={isOrganisation ? organisationX + 2 : width - forumX + 2}
          height={ROW - 4}
          rx={4}
        />
        <circle
          r={7}
          className={isOrganisation ? 'network-node__dot' : 'network-node__dot network-node__dot--forum'}
        />
        <text
          x={isOrganisation ? -LABEL_GAP : LABEL_GAP}
          dy="0.35em"
          textAnchor={isOrganisation ? 'end' : 'start'}
          className="network-node__label"
        >
          {node.name}
        </text>
      </g>
    );
  };

  return (
    <figure className="overview-chart network">
      <p id={hintId} className="field__hint">
        {t('overview.network.keys')}
      </p>
      <div className="overview-chart__scroll">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the picture its buttons are in */}
        <svg
          role="group"
          aria-label={t('overview.network.chartLabel', {
            organisations: model.organisations.length,
            forums: model.forums.length,
          })}
          viewBox={`0 0 ${width} ${height}`}
          className="network__svg"
          // Never so narrow that the names shrink below a readable size; the box around it scrolls instead.
          style={{ aspectRatio: `${width} / ${height}`, minWidth: `${Math.round(width * 0.8)}px` }}
        >
          <text x={organisationX} y={18} textAnchor="end" className="network__column">
            {t('overview.network.organisationsColumn')}
          </text>
          <text x={forumX} y={18} textAnchor="start" className="network__column">
            {t('overview.network.forumsColumn')}
          </text>
          <g>
            {model.organisations.flatMap((organisation) =>
              (model.neighbours.get(organisation.id) ?? []).map((forumId) => {
                const forum = model.byId.get(forumId);
                if (!forum) return null;
                const y1 = y(organisation);
                const y2 = y(forum);
                const mid = (organisationX + forumX) / 2;
                const on = active === organisation.id || active === forumId;
                return (
                  <path
                    key={`${organisation.id}-${forumId}`}
                    d={`M${organisationX} ${y1} C${mid} ${y1} ${mid} ${y2} ${forumX} ${y2}`}
                    className={
                      on
                        ? 'network__link network__link--active'
                        : active
                          ? 'network__link network__link--dimmed'
                          : 'network__link'
                    }
                  />
                );
              }),
            )}
          </g>
          {model.organisations.map(renderNode)}
          {model.forums.map(renderNode)}
        </svg>
      </div>
      <figcaption className="network__summary" aria-live="polite">
        {activeNode ? summary(activeNode) : t('overview.network.choose')}
      </figcaption>
    </figure>
  );
}
