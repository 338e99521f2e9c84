import type { ReactElement, ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface FormDialogProps {
  /** The button that opens the dialog; focus returns to it when the dialog closes. */
  trigger: ReactElement;
  title: string;
  /** The dialog's form; `close` dismisses it (after success or on cancel). */
  children: (close: () => void) => ReactNode;
  /** "alertdialog" for a form that confirms a consequential act. */
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog holding a small form (a date to confirm, a tag to merge into). */
export function FormDialog({ trigger, title, children, role = 'dialog' }: FormDialogProps) {
  return (
    <DialogTrigger>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role={role} className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
