import { useState } from 'react';
import { api } from '../../api';
import { useApiData } from '../../hooks/useApiData';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { pickAssociationId } from '../../session/permissions';
import { useSession } from '../../session/SessionProvider';
import { Heading, Paragraph, Spinner } from '../../ui';
import { AssociationChooser } from './AssociationChooser';
import { AssociationFacts } from './AssociationFacts';
import { LoadError } from '../../ui/LoadError';
import { MembersSection } from './MembersSection';
import { RoleSections } from './RoleSections';

export function StartPage() {
  const { t } = useI18n();
  const associations = useApiData((signal) => api.associations(signal), 'all');
  const [chosenId, setChosenId] = useState<number | null>(null);

  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const items = associations.status === 'ok' ? associations.data.items : [];
  const fallbackId = pickAssociationId(session, items.map((a) => a.id));
  const current = items.find((a) => a.id === chosenId) ?? items.find((a) => a.id === fallbackId) ?? null;
  usePageTitle(current ? current.name : t.start.title);
  const currentId = current?.id ?? null;
  const members = useApiData((signal) => api.members(currentId ?? 0, signal), currentId);

  if (associations.status === 'loading') return <Spinner />;
  if (associations.status === 'error') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t.start.title}
        </Heading>
        <LoadError code={associations.code} />
      </>
    );
  }
  if (!current) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t.start.noAssociationsTitle}
        </Heading>
        <Paragraph>{t.start.noAssociations}</Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {current.name}
      </Heading>
      {items.length > 1 ? <AssociationChooser associations={items} value={current.id} onChange={setChosenId} /> : null}
      <AssociationFacts association={current} />
      <RoleSections key={current.id} associationId={current.id} members={members} />
      <MembersSection members={members} />
    </>
  );
}
