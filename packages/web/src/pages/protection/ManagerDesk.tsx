import { useTranslation } from 'react-i18next';
import ReferralInbox from './ReferralInbox';
import { CaseList } from './CaseList';

/** The case manager's first page: the referrals waiting for an answer, then the district's cases, high risk first. */
export default function ManagerDesk() {
  const { t } = useTranslation();
  return (
    <div className="desk">
      <h1>{t('protection.desk.title')}</h1>
      <ReferralInbox level={2} />
      <CaseList level={2} title={t('protection.cases.title')} intro={t('protection.cases.intro')} />
    </div>
  );
}

/** The district's protection cases on their own page. */
export function DistrictCases() {
  const { t } = useTranslation();
  return <CaseList title={t('protection.cases.title')} intro={t('protection.cases.intro')} />;
}
