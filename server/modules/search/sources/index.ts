/**
 * Every search source, registered in one place: import this module wherever sources must be known (the
 * resolver, the `search.index` job, `npm run reindex`).
 *
 * Demands are deliberately not a source: the search is public (anonymous visitors included) and has no
 * per-viewer filtering, while a demand — even an approved one visible to all institutions — may only be read by
 * the enterprise, platform staff and institutions whose columns and regions match (demand.service.ts).
 */
import '../institution.search.js';
import './policy.search.js';
import './product.search.js';
import './activity.search.js';
import './financing-product.search.js';
import './startup-resource.search.js';
