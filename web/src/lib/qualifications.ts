import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { QUALIFICATION_OPTIONS } from './codes.js';

const QualificationCatalogueQuery = graphql(`
  query QualificationCatalogue {
    qualificationCatalogue {
      code
      name
      countUnit
    }
  }
`);

export interface QualificationOption {
  value: string;
  label: string;
  /** 项 for counted kinds (有效发明专利 …); undefined: held or not. */
  countUnit?: string;
}

/** The qualification catalogue kept by operators (the initial entries until it has loaded). */
export function useQualificationCatalogue(): readonly QualificationOption[] {
  const { data } = useQuery(QualificationCatalogueQuery);
  return data?.qualificationCatalogue.map((q) => ({ value: q.code, label: q.name, countUnit: q.countUnit ?? undefined })) ?? QUALIFICATION_OPTIONS;
}
