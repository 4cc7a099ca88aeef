import { registerEnumType } from 'type-graphql';
import { labelValues } from '../../common/labels.js';

/** What a partner app may be granted. A token carries the scopes asked for, never more than the client holds. */
export enum ClientScope {
  PUBLIC_READ = 'PUBLIC_READ',
  ENTERPRISE_DATA = 'ENTERPRISE_DATA',
  WRITE_ON_BEHALF = 'WRITE_ON_BEHALF',
}

export const CLIENT_SCOPE_LABELS: Record<ClientScope, string> = {
  PUBLIC_READ: '公开数据只读',
  ENTERPRISE_DATA: '企业授权数据',
  WRITE_ON_BEHALF: '代用户提交',
};

registerEnumType(ClientScope, {
  name: 'ClientScope',
  description:
    "合作应用的授权范围 / Scope of a partner app. PUBLIC_READ: what anyone may read (policies, services, activities, institutions; the default). ENTERPRISE_DATA: an enterprise's own data (`enterprise(id:)`, `apiClientConsents`), only while that enterprise's owner consents to the app (apiClientConsentGrant). WRITE_ON_BEHALF: submit demands and needs on a user's behalf; it needs the user's delegation, which the platform does not issue yet, so such a request is refused with WRITE_ON_BEHALF_UNAVAILABLE (docs/partners.md). A token carries exactly the scopes it asked for; a field needing another answers INSUFFICIENT_SCOPE.",
  valuesConfig: labelValues(CLIENT_SCOPE_LABELS),
});

export const ALL_SCOPES = Object.values(ClientScope);
