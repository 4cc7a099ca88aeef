import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import type { Row } from '../../common/raw-sql.js';
import { UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { regionName } from '../../common/codes/regions.js';
import { Institution } from '../institution/index.js';
import { institutionById } from '../institution/index.js';
import { InputWarning } from '../../common/input-warning.js';
import { REVIEW_ORDER_ARG, ReviewOrder } from '../../common/review.js';
import { ProductPicture, ProductStatus, ServiceProduct } from './product.entity.js';
import {
  ServiceProductCreateInput,
  ServiceProductFilter,
  ServiceProductRefInput,
  ServiceProductReviewInput,
  ServiceProductUpdateInput,
} from './product.inputs.js';
import * as products from './product.service.js';

export const ServiceProductConnection = ConnectionType(ServiceProduct, 'ServiceProduct', 'service product');

@ObjectType({ description: 'Result of a mutation on a service product.' })
export class ServiceProductPayload {
  @Field(() => ServiceProduct, { nullable: true, description: 'The product after the change.' })
  product?: ServiceProduct | null;
  @Field(() => [InputWarning], { description: 'Non-blocking advice (e.g. the naming pattern 服务范围+服务领域+服务形式 with a suggested name).' })
  warnings!: InputWarning[];
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

const withWarnings = async <T extends { warnings?: InputWarning[] }>(p: Promise<T>) => {
  const r = await p;
  return { ...r, warnings: r.warnings ?? [] };
};

@Resolver(() => ProductPicture)
export class ProductPictureResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() p: Row<ProductPicture>): string {
    return toGlobalId('ProductPicture', p.id);
  }
  @FieldResolver(() => String, { description: 'The picture as a data: URL (base64).' })
  dataUrl(@Root() p: Row<ProductPicture>): string {
    return `data:${p.contentType};base64,${Buffer.from(p.data).toString('base64')}`;
  }
}

@Resolver(() => ServiceProduct)
export class ServiceProductResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() p: Row<ServiceProduct>): string {
    return toGlobalId('ServiceProduct', p.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution offering it.' })
  institution(@Root() p: Row<ServiceProduct>, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, p.institutionId);
  }

  @FieldResolver(() => [String], { description: 'Names of the divisions served.' })
  regionNames(@Root() p: Row<ServiceProduct>): string[] {
    return p.regionCodes.map((c) => regionName(c) ?? c);
  }

  @FieldResolver(() => [ProductPicture], { description: 'Pictures in order.' })
  pictures(@Root() p: Row<ServiceProduct>, @GqlCtx() ctx: Ctx) {
    return products.productPictures(ctx, p.id);
  }

  @Query(() => ServiceProduct, { nullable: true, description: 'A product by global id: listed ones are public; others for their institution and operators.' })
  serviceProduct(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return products.productByGlobalId(ctx, id);
  }

  @Query(() => ServiceProductConnection, {
    description:
      'Catalogue of listed service products of the current site and its sub-sites, by column with filters (public, B1). Other statuses: OPERATOR or REVIEWER.',
  })
  serviceProducts(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceProductFilter, { nullable: true }) filter?: ServiceProductFilter,
    @Arg('order', () => ReviewOrder, { nullable: true, description: REVIEW_ORDER_ARG }) order?: ReviewOrder,
  ) {
    return products.listProducts(ctx, filter, page, order);
  }

  @Query(() => ServiceProductConnection, { description: 'Products of the viewer institution in every status. Requires INSTITUTION_STAFF.' })
  myInstitutionServiceProducts(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ProductStatus, { nullable: true }) status?: ProductStatus,
  ) {
    return products.listMyInstitutionProducts(ctx, status, page);
  }

  @Mutation(() => ServiceProductPayload, {
    description:
      'Create a draft product (or submit it right away). Requires INSTITUTION_STAFF of an approved institution. Errors: REQUIRED, INVALID, TOO_LONG.',
  })
  serviceProductCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => ServiceProductCreateInput) input: ServiceProductCreateInput) {
    return withWarnings(products.createProduct(ctx, input));
  }

  @Mutation(() => ServiceProductPayload, {
    description:
      'Change a draft, rejected or delisted product of the viewer institution. Requires INSTITUTION_STAFF. Errors: NOT_FOUND, INVALID_STATE, validation codes.',
  })
  serviceProductUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => ServiceProductUpdateInput) input: ServiceProductUpdateInput) {
    return withWarnings(products.updateProduct(ctx, input));
  }

  @Mutation(() => ServiceProductPayload, { description: 'Submit a product for operator review. Requires INSTITUTION_STAFF. Errors: NOT_FOUND, INVALID_STATE.' })
  serviceProductSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => ServiceProductRefInput) input: ServiceProductRefInput) {
    return withWarnings(products.submitProduct(ctx, input));
  }

  @Mutation(() => ServiceProductPayload, { description: 'List or reject a product under review. Requires OPERATOR; audited.' })
  serviceProductReview(@GqlCtx() ctx: Ctx, @Arg('input', () => ServiceProductReviewInput) input: ServiceProductReviewInput) {
    requireRole(ctx, Role.OPERATOR);
    return withWarnings(products.reviewProduct(ctx, input));
  }

  @Mutation(() => ServiceProductPayload, { description: 'Delist a listed product. Its institution staff or OPERATOR; audited.' })
  serviceProductDelist(@GqlCtx() ctx: Ctx, @Arg('input', () => ServiceProductRefInput) input: ServiceProductRefInput) {
    return withWarnings(products.delistProduct(ctx, input));
  }
}

@Resolver(() => Institution)
export class InstitutionProductResolver {
  @FieldResolver(() => Int, { description: 'Listed service products of the institution visible on the current site (public; batched per request).' })
  listedProductCount(@Root() i: Institution, @GqlCtx() ctx: Ctx): Promise<number> {
    return products.listedProductCount(ctx, i.id);
  }
}
