// Issue 4's measurements at scale: 500 forums and 20,000 meetings (with invitees) on top of the
// demo data, then (a) suggestMeetingSlots for ten required organisations over 30 days and (b) the
// signed-in joint view of a coordinator who sits in a dozen forums. Bounded: fixed request counts.
//   pnpm bench:scheduling            (embedded PGlite in memory)
//   DATABASE_URL=postgres://… pnpm bench:scheduling   (a throwaway database on that server)
import { buildApp } from '../../apps/api/src/app.ts';
import { encodeGlobalId } from '../../apps/api/src/schema/global-id.ts';
import { DEMO, DEMO_PASSWORD, schema } from '../../packages/db/src/index.ts';
import { createTestTemplate, dropTestTemplate, openTestDatabase } from '../../packages/db/src/testing.ts';

const FORUMS = 500;
const MEETINGS = 20_000;
const DAY = 86_400_000;
/** Progress on stderr in tenths, so a slow run shows it is alive without flooding a log. */
const progress = (label: string, done: number, total: number) => {
  const step = Math.max(1, Math.floor(total / 10));
  if (done % step === 0 || done === total) process.stderr.write(`${label}: ${done}/${total}\n`);
};

/** A small deterministic generator, so every run builds the same data. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// A migrated database with demo data: a throwaway copy on the server with DATABASE_URL, else PGlite.
const template = await createTestTemplate(process.env.DATABASE_URL);
const database = await openTestDatabase(template);
try {
  const db = database.db;
  const random = lcg(20261123);
  const orgs = (
    await db
      .select({ id: schema.organisation.id, county: schema.organisation.countyCode })
      .from(schema.organisation)
  ).map((o) => o);
  const pick = () => orgs[Math.floor(random() * orgs.length)] ?? orgs[0];

  // Forums: Växjö's social services sits in the first dozen, as a busy coordinator's organisation does.
  const forumRows = Array.from({ length: FORUMS }, (_, i) => {
    const host = i < 12 ? { id: DEMO.organisations.vaxjoSocial, county: '07' } : pick();
    return {
      name: `Benchforum ${i}`,
      purpose: 'Mätdata.',
      themes: ['safety' as const],
      level: 'municipal' as const,
      countyCode: host?.county ?? '07',
      hostOrganisationId: host?.id ?? DEMO.organisations.vaxjoSocial,
      meetingsPerYear: 20,
    };
  });
  const forumIds: string[] = [];
  for (let i = 0; i < forumRows.length; i += 250) {
    const made = await db
      .insert(schema.forum)
      .values(forumRows.slice(i, i + 250))
      .returning({ id: schema.forum.id });
    forumIds.push(...made.map((f) => f.id));
    progress('forums', forumIds.length, FORUMS);
  }
  const members = forumIds.map((forumId, i) => {
    const set = new Set<string>([forumRows[i]?.hostOrganisationId ?? '']);
    while (set.size < 6) set.add(pick()?.id ?? '');
    return [...set].map((organisationId) => ({ forumId, organisationId }));
  });
  await db.insert(schema.forumMember).values(members.flat()).onConflictDoNothing();

  // Meetings: 40 per forum over the past three months and the coming nine, on the hour, 1–2 h.
  const now = Date.now();
  let made = 0;
  for (let f = 0; f < forumIds.length; f += 25) {
    const rows = forumIds.slice(f, f + 25).flatMap((forumId) =>
      Array.from({ length: MEETINGS / FORUMS }, () => {
        const start = Math.floor((now - 90 * DAY + random() * 360 * DAY) / 3_600_000) * 3_600_000;
        return {
          forumId,
          title: 'Benchmöte',
          startsAt: new Date(start),
          endsAt: new Date(start + (1 + Math.floor(random() * 2)) * 3_600_000),
          mode: random() < 0.5 ? ('digital' as const) : ('in_person' as const),
          place: 'Rådhuset',
          videoUrl: 'https://meet.example.se/bench',
        };
      }),
    );
    const inserted = await db
      .insert(schema.meeting)
      .values(rows)
      .returning({ id: schema.meeting.id, forumId: schema.meeting.forumId });
    const byForum = new Map(forumIds.map((id, i) => [id, members[i] ?? []]));
    await db
      .insert(schema.meetingInvitee)
      .values(
        inserted.flatMap((m) =>
          (byForum.get(m.forumId) ?? []).map((x) => ({ meetingId: m.id, organisationId: x.organisationId })),
        ),
      );
    made += inserted.length;
    progress('meetings', made, MEETINGS);
  }

  const { app } = await buildApp({ database, requestsPerMinute: 1_000_000 });
  const endpoint = `${await app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  const signIn = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(email: "ali.nordin@vaxjo.example", password: "${DEMO_PASSWORD}") { __typename } }`,
    }),
  });
  const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const post = async (query: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return performance.now() - started;
  };
  const measure = async (label: string, n: number, run: () => Promise<number>) => {
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      times.push(await run());
      progress(label, i + 1, n);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(1);
    return `${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms (n=${n})`;
  };

  // The ten organisations that sit in the most forums: the hardest slot search.
  const busiest = [
    ...members
      .flat()
      .reduce(
        (m, x) => m.set(x.organisationId, (m.get(x.organisationId) ?? 0) + 1),
        new Map<string, number>(),
      ),
  ]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id]) => encodeGlobalId('Organisation', id));
  const slots = await measure('suggestMeetingSlots, 10 required organisations, 30 days', 50, () =>
    post(
      'query($o: [ID!]!, $f: DateTime!, $t: DateTime!) { suggestMeetingSlots(organisationIds: $o, durationMinutes: 90, from: $f, to: $t) { startsAt } }',
      { o: busiest, f: new Date(now + DAY).toISOString(), t: new Date(now + 31 * DAY).toISOString() },
    ),
  );
  const joint = await measure('joint view, coordinator in 12+ forums', 100, () =>
    post(
      '{ jointView(weeks: 8) { meetings { id title startsAt forum { name } } invitationsAwaitingAnswer { id } actions { id title overdue } forums { name nextMeeting { startsAt } } } }',
      {},
    ),
  );
  console.log(`${database.kind}, ${FORUMS} extra forums, ${MEETINGS} extra meetings`);
  console.log(slots);
  console.log(joint);
  await app.close();
} finally {
  await database.destroy();
  await dropTestTemplate(template);
}
