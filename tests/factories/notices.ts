import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import type { TestAccount } from './accounts.js';

export const NOTICE_CREATE = graphql(`
  mutation TestFactoryNoticeCreate($i: NoticeCreateInput!) {
    noticeCreate(input: $i) {
      notice {
        id
      }
      errors {
        message
      }
    }
  }
`);
export const NOTICE_PUBLISH = graphql(`
  mutation TestFactoryNoticePublish($i: NoticeIdInput!) {
    noticePublish(input: $i) {
      errors {
        message
      }
    }
  }
`);

/** A published 通知公告 of the default site, made by an operator; returns its id. */
export async function publishedNotice(p: TestPlatform, operator: TestAccount, title = '关于开展中小企业服务月活动的通知'): Promise<string> {
  const created = await gql(p, NOTICE_CREATE, { i: { title, body: `<p>${title}。</p>` } }, { token: operator.token });
  const id: string = created.data.noticeCreate.notice!.id;
  const published = await gql(p, NOTICE_PUBLISH, { i: { id } }, { token: operator.token });
  if (published.data.noticePublish.errors.length) throw new Error(published.data.noticePublish.errors[0].message);
  return id;
}
