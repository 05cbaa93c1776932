import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { WhatIf } from '../../../api/moneyTypes';
import { paths } from '../../../routes';
import type { Association, Member } from '../../../api/types';
import { AppLink, Paragraph, Spinner, TextField } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { useFormErrors } from '../../../forms/useFormErrors';
import { Checker } from '../../../forms/validate';
import { WhatIfResult } from '../../../shared/WhatIfResult';
import { SubmitButtons } from '../../../forms/SubmitButtons';

export function WithdrawalPage({ memberId }: { memberId: number }) {
  const { t } = useI18n();
  return <AssociationPage title={t.withdrawal.title}>{(a) => <Content association={a} memberId={memberId} />}</AssociationPage>;
}

function Content({ association, memberId }: { association: Association; memberId: number }) {
  const { t } = useI18n();
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  if (members.status === 'loading') return <Spinner data-size="md" />;
  if (members.status === 'error') return <LoadError code={members.code} />;
  const member = members.data.items.find((m) => m.id === memberId);
  return (
    <>
      <Paragraph>
        <AppLink to={paths.members}>{t.members.title}</AppLink>
      </Paragraph>
      {member ? <WhatIfForm member={member} /> : <Paragraph>{t.withdrawal.unknownMember}</Paragraph>}
    </>
  );
}

function WhatIfForm({ member }: { member: Member }) {
  const { t } = useI18n();
  const tw = t.withdrawal;
  const [noticeOn, setNoticeOn] = useState(() => formatDate(new Date()));
  const [result, setResult] = useState<WhatIf | null>(null);
  const form = useFormErrors((f) => (f === 'noticeOn' ? { id: 'whatif-noticeOn', noun: tw.noticeOnNoun } : null), 'whatif-noticeOn');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const c = new Checker().date('noticeOn', noticeOn);
    void form.submit(c.errors, async () => {
      setResult(null);
      setResult(await api.withdrawal(member.id, noticeOn.trim()));
    });
  };

  return (
    <>
      <Paragraph>{tw.intro(member.name)}</Paragraph>
      <form className="form narrow no-print" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextField label={tw.noticeOn} description={t.money.dateHint} {...form.field('whatif-noticeOn', noticeOn, setNoticeOn)} />
        <SubmitButtons busy={form.busy} label={tw.submit} />
      </form>
      <div aria-live="polite">{result ? <WhatIfResult result={result} /> : null}</div>
    </>
  );
}
