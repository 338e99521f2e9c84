import { Id, Job, JobList } from '@timantti/contracts';
import { z } from 'zod';
import type { App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { findOrganisationJob, listOrganisationJobs } from '../../platform/jobs/jobs.repo.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { presentJob } from './jobs.presenter.ts';

const tags = ['jobs'];
const OrgParams = z.strictObject({ orgId: Id });
const JobParams = z.strictObject({ orgId: Id, jobId: Id });
// The page shows the recent ones; finished jobs are of interest for a day or two.
const LIST_LIMIT = 200;

/** An organisation's admins see its jobs, cancel a running one, and run a dead one again. */
export function jobRoutes(app: App, { database, jobs }: AppContext) {
  const { db } = database;

  const loadJob = async (orgId: string, jobId: string) => {
    const row = await findOrganisationJob(db, orgId, jobId);
    if (!row) throw notFound();
    return row;
  };

  app.get(
    '/api/v1/orgs/:orgId/jobs',
    {
      schema: {
        tags,
        summary: "The organisation's jobs, newest first",
        params: OrgParams,
        response: { 200: JobList },
      },
    },
    async (request) => {
      requireInOrganisation(request.actor, request.params.orgId, 'manageJobs');
      const rows = await listOrganisationJobs(db, request.params.orgId, LIST_LIMIT);
      return { items: rows.map(presentJob) };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/jobs/:jobId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a job that has not finished',
        description:
          'A running job is stopped on whichever instance runs it. A finished one stays.',
        params: JobParams,
        response: { 200: Job },
      },
    },
    async (request) => {
      const { orgId, jobId } = request.params;
      requireInOrganisation(request.actor, orgId, 'manageJobs');
      await loadJob(orgId, jobId);
      await jobs.cancel(jobId);
      return presentJob(await loadJob(orgId, jobId));
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/jobs/:jobId/redrive',
    {
      schema: {
        tags,
        summary: 'Run a dead job again',
        description: 'Moves it from the dead-letter queue back to its queue. Other jobs stay.',
        params: JobParams,
        response: { 200: Job },
      },
    },
    async (request) => {
      const { orgId, jobId } = request.params;
      requireInOrganisation(request.actor, orgId, 'manageJobs');
      await loadJob(orgId, jobId);
      const redriven = await jobs.redrive(jobId);
      const job = await loadJob(orgId, jobId);
      // Not redriven but no longer dead: a second press while it runs again refuses nothing.
      if (!redriven && job.state === 'dead') throw new AppError('job_not_redrivable');
      return presentJob(job);
    },
  );
}
