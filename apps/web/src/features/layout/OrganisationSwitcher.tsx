import { useNavigate } from '@tanstack/react-router';
import type { Me } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Select } from '../../ui/Select.tsx';

/** Shown to people who belong to several organisations; switching opens its projects. */
export function OrganisationSwitcher({ me, currentSlug }: { me: Me; currentSlug: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  if (me.organisations.length < 2) return null;
  const options = me.organisations.map((org) => ({ id: org.slug, label: org.name }));
  return (
    <Select
      className="header-select header-select--organisation"
      label={t('header.organisation')}
      options={options}
      value={currentSlug}
      placeholder={t('header.chooseOrganisation')}
      onChange={(slug) => void navigate({ href: paths.projects(slug) })}
    />
  );
}
