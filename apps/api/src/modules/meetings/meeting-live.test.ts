import { DEMO } from '@samlad/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** Opens the subscription over server-sent events and collects `data:` events until `count` or timeout. */
async function listen(cookie: string, count: number, timeoutMs = 5000) {
  const response = await api.yoga.fetch('http://samlad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie },
    body: JSON.stringify({ query: 'subscription { meetingChanged { kind meetingId forumId } }' }),
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ kind: string; meetingId: string; forumId: string }> = [];
  let buffer = '';
  const done = (async () => {
    while (reader && events.length < count) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('data:')) continue;
        const payload = JSON.parse(line.slice(5)) as { data?: { meetingChanged: (typeof events)[number] } };
        if (payload.data) events.push(payload.data.meetingChanged);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    }
  })();
  // In-process responses ignore abort signals: cancelling the reader is what ends the stream.
  const timer = setTimeout(() => void reader?.cancel(), timeoutMs);
  return {
    events,
    async until() {
      await done;
      clearTimeout(timer);
      await reader?.cancel();
      return events;
    },
  };
}

describe('live updates to the joint view', () => {
  it('tells a viewer about changes in their forums, after commit, and nothing about other forums', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const maria = await api.signIn(PEOPLE.karlstadCoordinator);
    const erikHears = await listen(erik.cookie ?? '', 3);
    const mariaHears = await listen(maria.cookie ?? '', 1, 2500);
    await new Promise((r) => setTimeout(r, 200));

    const start = new Date(Date.now() + 12 * 86_400_000);
    const CREATE = `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { ... on CreateMeetingSuccess { meeting { id } } ... on UserError { field } } }`;
    const input = {
      title: 'Live',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      mode: 'DIGITAL',
      videoUrl: 'https://meet.example.se/live',
    };
    // A refused change (end before start) is rolled back and must not be announced.
    await ali.gql(CREATE, {
      f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
      i: { ...input, endsAt: input.startsAt },
    });
    const created = await ali.gql<{ createMeeting: { meeting: { id: string } } }>(CREATE, {
      f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
      i: input,
    });
    const id = created.data?.createMeeting.meeting.id;
    await erik.gql(
      `mutation($id: ID!) { respondToMeeting(meetingId: $id, answer: ACCEPTED) { __typename } }`,
      { id },
    );
    await ali.gql(`mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename } }`, { id });

    const heard = await erikHears.until();
    expect(heard.map((e) => e.kind)).toEqual(['CREATED', 'RSVP', 'CANCELLED']);
    expect(heard.every((e) => e.meetingId === id)).toBe(true);
    expect(await mariaHears.until()).toEqual([]);
  });

  it('refuses the signed-out', async () => {
    const res = await api.yoga.fetch('http://samlad.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { meetingChanged { kind } }' }),
    });
    const reader = res.body?.getReader();
    let body = '';
    while (reader && !body.includes('event: complete')) {
      const { value, done } = await reader.read();
      if (done) break;
      body += new TextDecoder().decode(value);
    }
    expect(body).toContain('UNAUTHENTICATED');
    expect(body).not.toContain('meetingChanged":{');
  });
});
