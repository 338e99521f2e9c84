import { Job, JobList } from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, seg } from './client.ts';

export const jobsQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['organisation', orgId, 'jobs'],
    queryFn: () => request('GET', `/orgs/${seg(orgId)}/jobs`, JobList),
    // Progress moves while someone looks; a few seconds is fresh enough for an admin's page.
    refetchInterval: 3_000,
  });

export function cancelJob(orgId: string, jobId: string): Promise<Job> {
  return request('POST', `/orgs/${seg(orgId)}/jobs/${seg(jobId)}/cancel`, Job);
}

export function redriveJob(orgId: string, jobId: string): Promise<Job> {
  return request('POST', `/orgs/${seg(orgId)}/jobs/${seg(jobId)}/redrive`, Job);
}
