import { PasswordForm } from '../features/account/PasswordForm.tsx';
import { ProfileForm } from '../features/account/ProfileForm.tsx';
import { SessionsList } from '../features/account/SessionsList.tsx';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useMe } from '../features/session/session.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

export function AccountPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('account.title'));
  return (
    <div className="form-page">
      <PageHeading>{t('account.title')}</PageHeading>
      {me ? <p className="lead">{t('account.intro', { email: me.user.email })}</p> : null}
      {me ? <ProfileForm me={me} /> : null}
      <PasswordForm />
      <SessionsList />
    </div>
  );
}
