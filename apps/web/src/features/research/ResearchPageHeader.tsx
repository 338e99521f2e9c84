import type { ReactNode } from 'react';
import { useDocumentTitle } from '../layout/document-title.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useResearchProject } from './useResearchProject.ts';

/**
 * The heading of a research page, the project it belongs to and its actions; the browser tab
 * reads the same ("Osallistujat – <project> – Timantti").
 */
export function ResearchPageHeader({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { project } = useResearchProject();
  useDocumentTitle(title, project.name);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-header__context">{project.name}</p>
          <PageHeading>{title}</PageHeading>
          {children}
        </div>
        {actions ? <div className="button-row research-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="lead">{intro}</p> : null}
    </>
  );
}
