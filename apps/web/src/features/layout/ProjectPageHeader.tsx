import type { ReactNode } from 'react';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useDocumentTitle } from './document-title.ts';

/**
 * The heading of a page inside a project, the project it belongs to and the page's actions;
 * the browser tab reads the same ("Osallistujat – <project> – Timantti").
 */
export function ProjectPageHeader({
  projectName,
  title,
  intro,
  actions,
  children,
}: {
  projectName: string;
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title, projectName);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-header__context">{projectName}</p>
          <PageHeading>{title}</PageHeading>
          {children}
        </div>
        {actions ? <div className="button-row research-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="lead">{intro}</p> : null}
    </>
  );
}
