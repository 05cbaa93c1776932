import { useState } from 'react';
import { api, ApiError } from '../../api';
import { formatDate } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProcessingAgreement } from '../../api/privacyTypes';
import { usePermission } from '../../session/usePermission';
import type { Association } from '../../api/types';
import { AppLink, Button, Paragraph, Spinner, Tag } from '../../ui';
import { paths } from '../../routes';
import { AssociationPage } from '../../layout/AssociationPage';
import { DataTable } from '../../tables/DataTable';
import { StatusMessage } from '../../forms/StatusMessage';
import { useReload } from '../../hooks/useReload';
import { LoadError } from '../../ui/LoadError';
import { AgreementForm } from './AgreementForm';

/** PUB-avtal (view_association; manage_association records and ends them): who the förbund processes for. */
export function AgreementsPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.agreements.title}>{(a) => <AgreementsContent association={a} />}</AssociationPage>;
}

function AgreementsContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const ta = t.agreements;
  const canEdit = usePermission('manage_association', association.id);
  const [version, reload] = useReload();
  const [status, setStatus] = useState('');
  const agreements = useApiData((signal) => api.agreements(association.id, signal), `${association.id}:${version}`);
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  if (agreements.status === 'loading') return <Spinner data-size="md" />;
  if (agreements.status === 'error') return <LoadError code={agreements.code} />;

  const today = formatDate(new Date());
  const end = async (a: ProcessingAgreement) => {
    try {
      await api.updateAgreement(association.id, a.id, { ...a, validTo: today, version: a.version });
      setStatus(ta.ended(a.memberName));
    } catch (e) {
      setStatus(e instanceof ApiError ? (t.errors[e.code as keyof typeof t.errors] ?? t.errors.generic) : t.errors.generic);
    }
    reload();
  };
  const items = agreements.data.items;
  return (
    <>
      <Paragraph>{ta.intro}</Paragraph>
      <Paragraph>
        <AppLink to={paths.processingRecord}>{t.processingRecord.title}</AppLink>
      </Paragraph>
      <StatusMessage text={status} />
      {items.length > 0 ? (
        <DataTable
          id="agreements"
          caption={ta.caption}
          columns={[
            { label: ta.member },
            { label: ta.signedOn },
            { label: ta.validity },
            { label: ta.documentReference },
            { label: ta.status },
            ...(canEdit ? [{ label: <span className="ds-sr-only">{ta.end}</span> }] : []),
          ]}
          rows={items.map((a) => ({
            key: a.id,
            header: a.memberName,
            cells: [
              formatDate(a.signedOn),
              ta.period(formatDate(a.validFrom), a.validTo ? formatDate(a.validTo) : null),
              a.documentReference,
              <Tag key="status" data-size="sm" data-color={a.inForce ? 'success' : 'neutral'}>
                {a.inForce ? ta.inForce : ta.notInForce}
              </Tag>,
              ...(canEdit
                ? [
                    a.inForce && (a.validTo === null || a.validTo > today) ? (
                      <Button key="end" variant="secondary" data-size="sm" onClick={() => void end(a)} aria-label={`${ta.end}: ${a.memberName}`}>
                        {ta.end}
                      </Button>
                    ) : null,
                  ]
                : []),
            ],
          }))}
        />
      ) : (
        <Paragraph>{ta.none}</Paragraph>
      )}
      {canEdit ? (
        <AgreementForm
          associationId={association.id}
          members={members.status === 'ok' ? members.data.items : []}
          onSaved={(name) => {
            setStatus(ta.done(name));
            reload();
          }}
        />
      ) : (
        <Paragraph>{t.money.readOnly}</Paragraph>
      )}
    </>
  );
}
