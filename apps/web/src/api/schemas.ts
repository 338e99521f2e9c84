// The schemas of the first page's requests, loaded after it is drawn: a chunk of only these
// (and zod), not the whole contracts with their live documents.
export { LogoutResult, Me, Problem, SessionList, SignInMethods } from '@timantti/contracts';
