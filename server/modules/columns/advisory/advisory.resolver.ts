import { Arg, Ctx as GqlCtx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { CATEGORIES, ServiceCategoryInfo } from '../catalogue/index.js';
import { ColumnNeed, ColumnNeedPayload } from '../need/index.js';
import { DiagnosisDetails, DiagnosisRequestSubmitInput, submitDiagnosisRequest } from './diagnosis.js';

@Resolver(() => ColumnNeed)
export class AdvisoryResolver {
  @FieldResolver(() => DiagnosisDetails, { nullable: true, description: 'Technology / consulting details (TECHNOLOGY and CONSULTING needs only).' })
  diagnosis(@Root() n: ColumnNeed): DiagnosisDetails | null {
    return n.column === ServiceColumn.TECHNOLOGY || n.column === ServiceColumn.CONSULTING ? (n.details as DiagnosisDetails) : null;
  }

  @Query(() => [ServiceCategoryInfo], {
    description: 'The service catalogue of the columns (S1, T1, K1, C1) with Chinese labels; optionally one column. Public.',
  })
  serviceCatalogue(@Arg('column', () => ServiceColumn, { nullable: true }) column?: ServiceColumn | null): ServiceCategoryInfo[] {
    return CATEGORIES.filter((c) => !column || c.column === column);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      "Submit a technology-service (K1) or consulting/diagnosis (C1) request for the viewer's enterprise (enterprise members only); routed to institutions of the category's column in the region. Errors: INVALID, REQUIRED, TOO_LONG; nothing is written on error.",
  })
  diagnosisRequestSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => DiagnosisRequestSubmitInput) input: DiagnosisRequestSubmitInput) {
    return submitDiagnosisRequest(ctx, input);
  }
}
