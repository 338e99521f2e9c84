import { type CommitImportInput, ImportPreview, ImportResult } from '@timantti/contracts';
import type { z } from 'zod';
import { request, requestNoContent, seg, upload } from './client.ts';

const base = (projectId: string) => `/projects/${seg(projectId)}/imports`;

/** Uploads an experience-data CSV as it is; the server detects its encoding and delimiter. */
export function previewImport(projectId: string, file: Blob): Promise<ImportPreview> {
  return upload(base(projectId), ImportPreview, file, 'text/csv');
}

export function commitImport(
  projectId: string,
  importId: string,
  input: z.input<typeof CommitImportInput>,
): Promise<ImportResult> {
  return request('POST', `${base(projectId)}/${seg(importId)}/commit`, ImportResult, input);
}

export function discardImport(projectId: string, importId: string): Promise<void> {
  return requestNoContent('DELETE', `${base(projectId)}/${seg(importId)}`);
}
