import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** PostgreSQL text timestamps ("2026-11-26 07:20:49.70+00") as ISO strings. */
/** PostgreSQL's text form of a timestamptz in a UTC session: "2026-11-26 07:20:49.703+00". */
const PG_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    const m = PG_UTC.exec(value);
    if (m) return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
    const normalised = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
    const d = new Date(normalised);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  throw new GraphQLError(`无效的时间值`);
}

function parse(value: unknown): Date {
  const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime()) || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new GraphQLError('时间格式应为 ISO 8601（如 2026-01-31T08:00:00Z）', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 in UTC (e.g. 2026-01-31T08:00:00.000Z).',
  serialize: toIso,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('时间应为字符串', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
