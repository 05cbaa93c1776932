import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useI18n } from '../../../i18n/I18nProvider';
import { Heading, Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AllocationForm } from './AllocationForm';

/** The state allocation calculator, prefilled with the model's parameters and our förbund's population. */
export function AllocationPage() {
  const { t } = useI18n();
  usePageTitle(t.allocation.title);
  const year = new Date().getFullYear();
  const defaults = useApiData((signal) => api.allocationDefaults(year, signal), year);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.allocation.title}
      </Heading>
      <Paragraph>{t.allocation.intro}</Paragraph>
      {defaults.status === 'loading' ? <Spinner data-size="md" /> : null}
      {defaults.status === 'error' ? <LoadError code={defaults.code} /> : null}
      {defaults.status === 'ok' ? <AllocationForm defaults={defaults.data} /> : null}
    </>
  );
}
