import { useState } from 'react';
import { api } from '../../api';
import { formatDate } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { useReload } from '../../hooks/useReload';
import { useKept } from '../../hooks/useKept';
import { DataTable } from '../../tables/DataTable';
import { StatusMessage } from '../../forms/StatusMessage';
import { Button, Paragraph } from '../../ui';
import { chooseAssociation } from '../../session/chosenAssociation';
import { useCurrentAssociation } from '../participants/shared/useCurrentAssociation';
import { PageFrame } from '../participants/shared/PageFrame';
import { SetupForm } from './SetupForm';

/**
 * /forbund (create_association, a superuser): the förbund of the installation, the one to work in, and setting up a
 * new one with its members and first charter.
 */
export function AssociationsPage() {
  const { t } = useI18n();
  const ta = t.associations;
  const [version, reload] = useReload();
  const loaded = useApiData((s) => api.associations(s), `associations:${version}`);
  const list = useKept(loaded)?.items ?? [];
  const { association: current } = useCurrentAssociation();
  const [status, setStatus] = useState('');
  const open = (id: number) => {
    chooseAssociation(id);
    window.location.assign('/'); // every page and the menu follow the chosen förbund
  };
  return (
    <PageFrame title={ta.title} failure={loaded.status === 'error' ? loaded.code : null} loading={loaded.status === 'loading' && list.length === 0}>
      <Paragraph>{ta.intro}</Paragraph>
      <StatusMessage text={status} />
      {list.length > 0 ? (
        <DataTable
          id="associations"
          caption={ta.caption}
          hideCaption
          columns={[
            { label: ta.columns.name },
            { label: ta.columns.orgNumber },
            { label: ta.columns.seat },
            { label: ta.columns.formedOn },
            { label: ta.columns.action, className: 'sticky-end' },
          ]}
          rows={list.map((a) => ({
            key: a.id,
            header: a.name,
            cells: [
              <span key="org" className="nowrap">
                {a.orgNumber}
              </span>,
              a.seat,
              <span key="formed" className="nowrap">
                {formatDate(a.formedOn)}
              </span>,
              current?.id === a.id ? (
                ta.current
              ) : (
                <Button key="open" variant="tertiary" data-size="sm" aria-label={ta.openFor(a.name)} onClick={() => open(a.id)}>
                  {ta.open}
                </Button>
              ),
            ],
          }))}
        />
      ) : null}
      <SetupForm onCreated={(name) => (setStatus(ta.created(name)), reload())} />
    </PageFrame>
  );
}
