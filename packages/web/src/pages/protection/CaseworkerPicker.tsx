import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryError } from '../../components/ui';

const CaseworkersQuery = graphql(`
  query DistrictCaseworkers {
    caseworkers(first: 100) {
      nodes {
        id
        name
        profession
        district {
          name
        }
      }
    }
  }
`);

/**
 * The caseworkers and psychologists of the case manager's districts, to assign a case to. Loaded
 * when the form is first opened, not with the page.
 */
export function CaseworkerPicker({
  value,
  onChange,
  active,
  optional = false,
}: {
  value: string;
  onChange: (id: string) => void;
  active: boolean;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CaseworkersQuery, pause: !active });
  const staff = data?.caseworkers.nodes ?? [];
  return (
    <>
      <QueryError error={error} />
      <label>
        {t('protection.case.caseworker')}
        <select value={value} onChange={(e) => onChange(e.target.value)} required={!optional}>
          <option value="">
            {fetching ? t('common.loading') : optional ? t('protection.case.assignLater') : t('protection.case.chooseCaseworker')}
          </option>
          {staff.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} · {t(`protection.profession.${c.profession}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
