import { useState, type ReactElement, type ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/LocaleProvider.tsx';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { problemTitle } from './problem.ts';

export interface ConfirmDialogProps {
  /** The button that opens the dialog; focus returns to it when the dialog closes. */
  trigger: ReactElement;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
  /** Runs the action; the dialog closes when it succeeds and shows the problem when it fails. */
  onConfirm: () => Promise<unknown>;
}

/** Asks before an action that is hard to undo (role="alertdialog", focus trapped inside). */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  variant = 'danger',
  onConfirm,
}: ConfirmDialogProps) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable={!pending}>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                <div className="dialog__body">{children}</div>
                {error ? <Alert tone="error">{problemTitle(error, t)}</Alert> : null}
                <div className="dialog__actions">
                  <Button variant="secondary" onPress={close} isDisabled={pending}>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    variant={variant}
                    isPending={pending}
                    onPress={() => {
                      setPending(true);
                      setError(null);
                      onConfirm().then(
                        () => {
                          setPending(false);
                          close();
                        },
                        (failure: unknown) => {
                          setPending(false);
                          setError(failure);
                        },
                      );
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
