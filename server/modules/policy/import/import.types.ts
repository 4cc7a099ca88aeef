import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';

export enum ImportFormat {
  JSONL = 'JSONL',
  CSV = 'CSV',
}
registerEnumType(ImportFormat, {
  name: 'PolicyImportFormat',
  description: 'Format of a policy import file (docs/policy-import.md).',
  valuesConfig: { JSONL: { description: 'JSON Lines: one JSON object per line' }, CSV: { description: 'CSV with a header row; lists separated by ;' } },
});

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, {
  name: 'PolicyImportStatus',
  description: 'Progress state of an import.',
  valuesConfig: { QUEUED: { description: '排队中' }, RUNNING: { description: '导入中' }, DONE: { description: '已完成' }, FAILED: { description: '失败' } },
});

export enum ImportLineResult {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportLineResult, {
  name: 'PolicyImportLineResult',
  description: 'What happened to one line.',
  valuesConfig: {
    CREATED: { description: '新建（状态为已采集）' },
    UPDATED: { description: '已更新工作稿（需重新审核发布）' },
    UNCHANGED: { description: '内容未变化' },
    ERROR: { description: '出错，未导入（见原因）' },
  },
});

@ObjectType({ description: 'The outcome of one line of an import.' })
export class PolicyImportLine {
  policyId!: string | null;
  @Field(() => Int, { description: 'Line number in the file (1-based; for CSV the line where the record starts).' })
  lineNo!: number;
  @Field(() => ImportLineResult, { description: 'Result.' })
  result!: ImportLineResult;
  @Field(() => String, { nullable: true, description: 'Why the line failed (Chinese), naming the field.' })
  reason!: string | null;
}

@ObjectType({ description: 'A policy import (P3 collection) and its progress. OPERATOR only.' })
export class PolicyImport {
  id!: string;
  @Field(() => ImportFormat, { description: 'File format.' })
  format!: ImportFormat;
  @Field(() => ImportStatus, { description: 'Progress state.' })
  status!: ImportStatus;
  @Field(() => Int, { description: 'Lines in the file.' })
  total!: number;
  @Field(() => Int, { description: 'Lines processed so far.' })
  processed!: number;
  @Field(() => Int, { description: 'Lines that created a policy.' })
  created!: number;
  @Field(() => Int, { description: 'Lines that updated a policy.' })
  updated!: number;
  @Field(() => Int, { description: 'Lines whose policy was already identical.' })
  unchanged!: number;
  @Field(() => Int, { description: 'Lines in error.' })
  errored!: number;
  @Field(() => Date, { description: 'When the import was started.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt!: Date | null;
}

@InputType({ description: 'Start an import of policies (JSON Lines or CSV, at most 20,000 lines; the HTTP body limit applies — use the CLI for big files).' })
export class PolicyImportInput {
  @Field(() => ImportFormat, { description: 'File format.' })
  format!: ImportFormat;
  @Field(() => String, { description: 'File content (UTF-8 text).' })
  content!: string;
}

@ObjectType({ description: 'Result of starting an import.' })
export class PolicyImportPayload {
  @Field(() => PolicyImport, { nullable: true, description: 'The queued import; poll `policyImportProgress`.' })
  import?: PolicyImport | null;
  @Field(() => [UserError], { description: 'Why the import was refused; empty on success.' })
  errors!: UserError[];
}
