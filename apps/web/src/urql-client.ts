import { cacheExchange, type Data, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange } from 'urql';

const byCode = (data: Data) => (typeof data.code === 'string' ? data.code : null);
// Types without an id are embedded in their parent instead of normalised on their own.
const embedded = () => null;

const keys: KeyingConfig = {
  County: byCode,
  Municipality: byCode,
  PageInfo: embedded,
  ForumConnection: embedded,
  ForumEdge: embedded,
  MeetingConnection: embedded,
  MeetingEdge: embedded,
  OrganisationConnection: embedded,
  OrganisationEdge: embedded,
};

export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({
        keys,
        resolvers: {
          // "Visa fler" asks for the page after the last cursor; the cache appends it to the list.
          Query: { forums: relayPagination() },
        },
      }),
      fetchExchange,
    ],
    // Queries go as JSON POST like mutations, keeping variables out of URLs and server logs.
    preferGetMethod: false,
  });
}
