/**
 * `npm run audit:verify`: walks the audit log's hash chain (server/common/audit-chain.ts) and prints OK with
 * the row count, or the first row that was changed, removed or written outside the chain (exit 1). Uses
 * DATABASE_URL and QIFU_AUDIT_KEY, or the embedded database and key under QIFU_DATA_DIR (a running
 * `npm start` is used as it is).
 */
import { loadConfig } from '../config/index.js';
import { createLogger } from '../common/logger.js';
import { verifyAuditChain } from '../db/audit-verify.js';
import { prepareDatabase } from '../db/prepare.js';

async function main(): Promise<number> {
  const config = loadConfig({ logLevel: 'warn' });
  const db = await prepareDatabase(config, createLogger('warn'), { reuseRunning: true });
  try {
    const r = await verifyAuditChain(db.appUrl, Buffer.from(db.auditKey, 'hex'));
    const secs = (r.ms / 1000).toFixed(1);
    if (r.ok) {
      process.stdout.write(`audit chain OK: ${r.rows} rows verified in ${secs} s${r.headSeq ? `; head seq ${r.headSeq} at ${r.headAt?.toISOString()}` : ''}\n`);
      return 0;
    }
    process.stdout.write(
      `audit chain BROKEN at row id ${r.id}${r.seq ? ` (seq ${r.seq})` : ''}, time ${r.at?.toISOString()}: ${r.reason}; ${r.rows} rows before it verified (${secs} s)\n`,
    );
    return 1;
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`audit:verify failed: ${(err as Error).message}\n`);
    process.exit(2);
  },
);
