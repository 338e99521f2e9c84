import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { signInMethodsQuery } from '../api/auth.ts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { InvitationPreview, Me } from '@timantti/contracts';
import { acceptInvitation } from '../api/organisations.ts';
import { invitationPreviewQuery } from '../api/queries.ts';
import { NewAccountForm } from '../features/invitations/NewAccountForm.tsx';
import { AriaProviders } from '../features/layout/AriaProviders.tsx';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { joinedOrganisation, storeMe, useMe } from '../features/session/session.ts';
import { formatDate } from '../i18n/format.ts';
import { roleKey } from '../i18n/keys.ts';
import { useLocale, useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Alert } from '../ui/Alert.tsx';
import { Button } from '../ui/Button.tsx';
import { FormProblem } from '../ui/FormProblem.tsx';
import { Link } from '../ui/Link.tsx';
import { Loading } from '../ui/Loading.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { problemTitle } from '../ui/problem.ts';

const route = getRouteApi('/invite/$token');

/** Outside the signed-in area, so it sets up React Aria's context itself. */
export function InvitationPage() {
  return (
    <AriaProviders>
      <InvitationLoader />
    </AriaProviders>
  );
}

function InvitationLoader() {
  const t = useT();
  const { token } = route.useParams();
  const preview = useQuery(invitationPreviewQuery(token));
  useDocumentTitle(t('invite.title'), preview.data?.organisationName);

  if (preview.isPending) {
    return (
      <div className="narrow-page">
        <PageHeading>{t('invite.title')}</PageHeading>
        <Loading />
      </div>
    );
  }
  if (preview.isError) {
    return (
      <div className="narrow-page">
        <PageHeading>{t('invite.title')}</PageHeading>
        <Alert tone="error">{problemTitle(preview.error, t)}</Alert>
        <p>
          <Link href={paths.home()}>{t('notFound.home')}</Link>
        </p>
      </div>
    );
  }
  return <Invitation token={token} preview={preview.data} />;
}

function Invitation({ token, preview }: { token: string; preview: InvitationPreview }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const methods = useQuery(signInMethodsQuery).data;

  const accept = useMutation({
    mutationFn: (input: { displayName?: string; password?: string }) =>
      acceptInvitation(token, input),
    onSuccess: (next: Me) => {
      const org = joinedOrganisation(me, next, preview.organisationName);
      storeMe(queryClient, next);
      void queryClient.invalidateQueries({ queryKey: ['organisation'] });
      void navigate({ href: org ? paths.projects(org.slug) : paths.home(), replace: true });
    },
  });

  return (
    <div className="narrow-page">
      <PageHeading>{t('invite.heading', { organisation: preview.organisationName })}</PageHeading>
      <dl className="facts card">
        <div>
          <dt>{t('invite.organisation')}</dt>
          <dd>{preview.organisationName}</dd>
        </div>
        <div>
          <dt>{t('invite.role')}</dt>
          <dd>{t(roleKey(preview.role))}</dd>
        </div>
        <div>
          <dt>{t('invite.email')}</dt>
          <dd>{preview.email}</dd>
        </div>
        <div>
          <dt>{t('invite.expires')}</dt>
          <dd>{formatDate(locale, preview.expiresAt)}</dd>
        </div>
      </dl>

      {me ? (
        <section className="stack" aria-labelledby="accept-heading">
          <h2 id="accept-heading">{t('invite.acceptHeading')}</h2>
          <p>{t('invite.signedInAs', { name: me.user.displayName, email: me.user.email })}</p>
          <FormProblem error={accept.error} />
          <div>
            <Button isPending={accept.isPending} onPress={() => accept.mutate({})}>
              {t('invite.accept')}
            </Button>
          </div>
        </section>
      ) : preview.existingUser ? (
        <section className="stack" aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading">{t('invite.signInHeading')}</h2>
          <p>{t('invite.existingUser')}</p>
          <p>
            <Link appearance="button" href={paths.login(paths.invitation(token))}>
              {t('invite.signIn')}
            </Link>
          </p>
        </section>
      ) : methods?.password === false ? (
        <section className="stack" aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading">{t('invite.signInHeading')}</h2>
          <p>{t('invite.providerIntro', { email: preview.email })}</p>
          <p>
            <Link appearance="button" href={paths.login()}>
              {t('invite.signIn')}
            </Link>
          </p>
        </section>
      ) : (
        <NewAccountForm
          email={preview.email}
          isPending={accept.isPending}
          error={accept.error}
          onSubmit={(input) => accept.mutate(input)}
        />
      )}
    </div>
  );
}
