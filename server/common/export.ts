import { Field, Int, ObjectType } from 'type-graphql';
import { audit } from './audit.js';
import type { Ctx } from './context.js';

/** A generated file returned inline by an export query (tables are small: statistics, registrations). */
@ObjectType({ description: 'A generated file (an export) returned inline: its name, media type, size and Base64 content.' })
export class ExportFile {
  @Field(() => String, { description: 'Suggested file name for the download, e.g. 活动统计-2026-11.xlsx.' })
  filename!: string;
  @Field(() => String, { description: 'Media type, e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.' })
  mimeType!: string;
  @Field(() => Int, { description: 'Size of the decoded content in bytes.' })
  byteSize!: number;
  @Field(() => String, { description: 'The file content, Base64-encoded.' })
  contentBase64!: string;
}

/** What an export was, for the audit log: its operation name, the object it concerns, the rows it carries. */
export interface ExportRecord {
  operation: string;
  objectType?: string;
  objectId?: string | null;
  rows: number;
  detail?: Record<string, unknown>;
}

/** Every export leaves through here, so none goes unrecorded: the audit row is written before the content is returned. */
async function recordExport(ctx: Ctx, record: ExportRecord): Promise<void> {
  const { operation, objectType, objectId, rows, detail } = record;
  await audit(ctx, { operation, objectType, objectId, result: 'SUCCESS', detail: { ...detail, rows } });
}

export async function exportFile(ctx: Ctx, record: ExportRecord, filename: string, mimeType: string, bytes: Buffer): Promise<ExportFile> {
  await recordExport(ctx, record);
  return { filename, mimeType, byteSize: bytes.length, contentBase64: bytes.toString('base64') };
}

/** A text export (CSV) returned as a string. */
export async function exportText(ctx: Ctx, record: ExportRecord, text: string): Promise<string> {
  await recordExport(ctx, record);
  return text;
}
