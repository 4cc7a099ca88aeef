import { Field, Int, ObjectType } from 'type-graphql';

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

export function exportFile(filename: string, mimeType: string, bytes: Buffer): ExportFile {
  return { filename, mimeType, byteSize: bytes.length, contentBase64: bytes.toString('base64') };
}
