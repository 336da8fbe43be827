import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Colours from app.css, at least 3:1 against white as graphics need. */
const COLOURS = {
  brand: '#163d66',
  flagged: '#8a1f11',
  threshold: '#c2410c',
  inPerson: '#163d66',
  digital: '#2f7fc1',
  hybrid: '#b45309',
  onTime: '#2e6b34',
  late: '#b45309',
  open: '#4a5566',
  overdue: '#8a1f11',
};

/** Most organisations a bar chart shows; the table below it has them all. */
export const CHART_ROWS = 25;
const ROW_HEIGHT = 30;
// Forum names run longer than organisations' and wrap to three lines.
const MODE_ROW_HEIGHT = 40;
const AXIS_TICK = { fontSize: 12, fill: '#1c2430' };

/**
 * A chart as one image with a name that says what it shows, so a screen reader hears the gist; the
 * numbers are in the table that goes with it. Recharts' own keyboard layer is off: the tables are
 * the way to read the figures one by one.
 */
function ChartFigure({
  label,
  caption,
  height,
  children,
}: {
  label: string;
  caption: string;
  height: number;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="overview-chart">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the chart scrolls sideways, which needs the keyboard too */}
      <section className="overview-chart__scroll" aria-labelledby={captionId} tabIndex={0}>
        <div className="overview-chart__canvas" role="img" aria-label={label} style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
      </section>
      <figcaption id={captionId}>{caption}</figcaption>
    </figure>
  );
}

interface LoadBar {
  organisation: { id: string; name: string };
  forumCount: number;
  flagged: boolean;
}

/** Forums per organisation as bars, most first, with the flag threshold as a line. */
export function ForumLoadChart({ rows, threshold }: { rows: readonly LoadBar[]; threshold: number }) {
  const { t } = useTranslation();
  const shown = [...rows].sort((a, b) => b.forumCount - a.forumCount).slice(0, CHART_ROWS);
  const data = shown.map((row) => ({
    name: row.organisation.name,
    forums: row.forumCount,
    flagged: row.flagged,
  }));
  const flagged = rows.filter((row) => row.flagged);
  const label = t('overview.charts.loadLabel', {
    count: shown.length,
    threshold,
    flagged:
      flagged.length > 0
        ? t('overview.charts.loadFlagged', {
            count: flagged.length,
            names: flagged.map((row) => `${row.organisation.name} (${row.forumCount})`).join(', '),
          })
        : t('overview.charts.loadNoneFlagged'),
  });
  return (
    <ChartFigure
      label={label}
      height={data.length * ROW_HEIGHT + 70}
      caption={
        rows.length > shown.length
          ? t('overview.charts.loadCaptionTop', { shown: shown.length, total: rows.length, threshold })
          : t('overview.charts.loadCaption', { threshold })
      }
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 24, right: 40, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#d5dae1" />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="name" width={250} tick={AXIS_TICK} interval={0} />
        <Tooltip cursor={{ fill: '#eceff3' }} formatter={(value) => [value, t('overview.charts.forums')]} />
        <ReferenceLine
          x={threshold}
          ifOverflow="extendDomain"
          stroke={COLOURS.threshold}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{
            value: t('overview.charts.threshold', { threshold }),
            position: 'top',
            fill: COLOURS.threshold,
            fontSize: 12,
          }}
        />
        <Bar dataKey="forums" name={t('overview.charts.forums')} isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.name} fill={entry.flagged ? COLOURS.flagged : COLOURS.brand} />
          ))}
          <LabelList dataKey="forums" position="right" fill="#1c2430" fontSize={12} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}

interface ModeBar {
  forum: { id: string; name: string };
  heldInPerson: number;
  heldDigital: number;
  heldHybrid: number;
}

/** Held meetings per forum, stacked by how they were held. */
export function ModesChart({
  forums,
  totals,
}: {
  forums: readonly ModeBar[];
  totals: { heldInPerson: number; heldDigital: number; heldHybrid: number };
}) {
  const { t } = useTranslation();
  const shown = forums.slice(0, CHART_ROWS);
  const data = shown.map((row) => ({
    name: row.forum.name,
    inPerson: row.heldInPerson,
    digital: row.heldDigital,
    hybrid: row.heldHybrid,
  }));
  return (
    <ChartFigure
      label={t('overview.charts.modesLabel', {
        count: shown.length,
        inPerson: totals.heldInPerson,
        digital: totals.heldDigital,
        hybrid: totals.heldHybrid,
      })}
      height={data.length * MODE_ROW_HEIGHT + 90}
      caption={t('overview.charts.modesCaption')}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#d5dae1" />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="name" width={250} tick={AXIS_TICK} interval={0} />
        <Tooltip cursor={{ fill: '#eceff3' }} />
        <Legend
          wrapperStyle={{ fontSize: 13 }}
          formatter={(value) => <span className="overview-chart__legend">{value}</span>}
        />
        <Bar
          dataKey="inPerson"
          stackId="mode"
          name={t('enums.MeetingMode.IN_PERSON')}
          fill={COLOURS.inPerson}
          isAnimationActive={false}
        />
        <Bar
          dataKey="digital"
          stackId="mode"
          name={t('enums.MeetingMode.DIGITAL')}
          fill={COLOURS.digital}
          isAnimationActive={false}
        />
        <Bar
          dataKey="hybrid"
          stackId="mode"
          name={t('enums.MeetingMode.HYBRID')}
          fill={COLOURS.hybrid}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}

/** The county's action items: done on time, done late, open, and of the open ones those overdue. */
export function ActionsChart({
  actions,
}: {
  actions: { completedOnTime: number; completedLate: number; open: number; overdue: number };
}) {
  const { t } = useTranslation();
  const data = [
    { name: t('overview.actions.onTime'), value: actions.completedOnTime, fill: COLOURS.onTime },
    { name: t('overview.actions.late'), value: actions.completedLate, fill: COLOURS.late },
    { name: t('overview.actions.openNotOverdue'), value: actions.open - actions.overdue, fill: COLOURS.open },
    { name: t('overview.charts.overdue'), value: actions.overdue, fill: COLOURS.overdue },
  ];
  return (
    <ChartFigure
      label={t('overview.charts.actionsLabel', {
        onTime: actions.completedOnTime,
        late: actions.completedLate,
        open: actions.open,
        overdue: actions.overdue,
      })}
      height={260}
      caption={t('overview.charts.actionsCaption')}
    >
      <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#d5dae1" />
        <XAxis dataKey="name" tick={AXIS_TICK} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip cursor={{ fill: '#eceff3' }} formatter={(value) => [value, t('overview.charts.actions')]} />
        <Bar dataKey="value" name={t('overview.charts.actions')} isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.name} fill={entry.fill} />
          ))}
          <LabelList dataKey="value" position="top" fill="#1c2430" fontSize={12} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
