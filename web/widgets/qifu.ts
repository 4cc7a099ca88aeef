import { QifuActivityList, QifuDemandForm, QifuPolicyList, QifuPolicySearch } from './elements.js';

/**
 * Qifu widgets (/widgets/v1/qifu.js): one classic script defines the custom elements; a host page needs no
 * framework. Defining twice (the script included twice) is harmless.
 */
const ELEMENTS: [string, CustomElementConstructor][] = [
  ['qifu-policy-search', QifuPolicySearch],
  ['qifu-policy-list', QifuPolicyList],
  ['qifu-activity-list', QifuActivityList],
  ['qifu-demand-form', QifuDemandForm],
];
for (const [name, element] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, element);
