import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/LocaleProvider.tsx';
import { Badge } from './Badge.tsx';
import { Button } from './Button.tsx';
import { conflictRows, type ConflictField } from './edit-conflict.ts';

export interface EditConflictDialogProps {
  /** Open while a save waits for the person's choice after a 409 `edit_conflict`. */
  isOpen: boolean;
  /** The fields of the edit, my value beside the one saved now. */
  fields: readonly ConflictField[];
  /** Take the saved version and drop my edit (both "Load the latest" and "Use the saved"). */
  onTakeTheirs: () => void;
  /** Save my edit again, on the version saved now. */
  onKeepMine: () => void;
  /** Closed without a choice (Escape): the edit stays open as it was. */
  onDismiss: () => void;
}

/**
 * Tells that someone else saved the resource after the version an edit was made on, and offers
 * to load the latest version or to compare the two field by field and keep either. An alert
 * dialog: focus moves into it and stays there until a choice is made or Escape closes it.
 */
export function EditConflictDialog({
  isOpen,
  fields,
  onTakeTheirs,
  onKeepMine,
  onDismiss,
}: EditConflictDialogProps) {
  const t = useT();
  const [comparing, setComparing] = useState(false);
  // The button that opened the comparison is gone with it: reading goes on from its start.
  const compareRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (comparing) compareRef.current?.focus();
  }, [comparing]);
  const close = (choice: () => void) => {
    setComparing(false);
    choice();
  };
  const empty = (value: string) => value || t('conflict.empty');

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) close(onDismiss);
      }}
    >
      <Modal className="modal modal--wide">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog__title">
            {t('conflict.title')}
          </Heading>
          {comparing ? (
            <>
              <p ref={compareRef} tabIndex={-1}>
                {t('conflict.compareIntro')}
              </p>
              <div className="table-wrapper">
                <table className="table conflict-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('conflict.field')}</th>
                      <th scope="col">{t('conflict.mine')}</th>
                      <th scope="col">{t('conflict.theirs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conflictRows(fields).map((row) => (
                      <tr key={row.id} className={row.differs ? 'conflict-table__differs' : ''}>
                        <th scope="row">
                          {row.label}
                          {row.differs ? (
                            <>
                              {' '}
                              <Badge tone="warning">{t('conflict.differs')}</Badge>
                            </>
                          ) : null}
                        </th>
                        <td className="preserve-lines">{empty(row.mine)}</td>
                        <td className="preserve-lines">{empty(row.theirs)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="dialog__actions">
                <Button variant="secondary" onPress={() => close(onTakeTheirs)}>
                  {t('conflict.takeTheirs')}
                </Button>
                <Button onPress={() => close(onKeepMine)}>{t('conflict.keepMine')}</Button>
              </div>
            </>
          ) : (
            <>
              <p>{t('conflict.body')}</p>
              <div className="dialog__actions">
                <Button variant="secondary" onPress={() => setComparing(true)}>
                  {t('conflict.compare')}
                </Button>
                <Button onPress={() => close(onTakeTheirs)}>{t('conflict.reload')}</Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
