import { graphql } from '../gql/index.js';
import type { TestPlatform } from '../setup/platform.js';
import type { TestAccount } from './accounts.js';
import { PNG_1X1, ok, type TestInstitution } from './docking.js';

const DAY = 86_400_000;

export const CREATE = graphql(`
  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {
    activityCreate(input: $i) {
      activity {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
export const REVIEW = graphql(`
  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {
    activityReview(input: $i) {
      activity {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A platform-registration activity of the institution, starting in three days for two hours, approved by the operator. */
export async function publishedActivity(p: TestPlatform, inst: TestInstitution, op: TestAccount, name: string, capacity: number): Promise<string> {
  const start = new Date(p.clock.now().getTime() + 3 * DAY);
  const created = await ok(
    p,
    CREATE,
    {
      i: {
        name,
        column: 'TECHNOLOGY',
        logo: { base64: PNG_1X1 },
        content: `${name}：内容介绍。`,
        agenda: [{ startsAt: start.toISOString(), title: '交流', speaker: '王强' }],
        participants: '中小企业负责人',
        organisers: ['安徽省中小企业服务中心'],
        placeAddress: '合肥市蜀山区黄山路1号',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
        registrationMethod: 'PLATFORM',
        registrationDeadline: new Date(start.getTime() - DAY).toISOString(),
        capacity,
        contactName: '陈静',
        contactPhone: '0551-62345678',
        targetAudience: '中小企业',
      },
    },
    inst.token,
  );
  await ok(p, REVIEW, { i: { activityId: created.activity!.id, decision: 'APPROVE' } }, op.token);
  return created.activity!.id;
}
