import { sql, type Kysely } from 'kysely';
import { binaryType, dialectOf } from '../dialect.js';

// Kysely's migrations are written against an unknown schema, as the schema changes over time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('patient_name', 'text', (c) => c.notNull())
    .addColumn('patient_date_of_birth', 'text')
    .addColumn('plan_insurer', 'text', (c) => c.notNull())
    .addColumn('plan_name', 'text')
    .addColumn('plan_program', 'text', (c) => c.notNull())
    .addColumn('plan_funding', 'text')
    .addColumn('plan_network_type', 'text')
    .addColumn('plan_state', 'text')
    .addColumn('plan_member_id', 'text')
    .addColumn('plan_group_number', 'text')
    .addColumn('claim_number', 'text')
    .addColumn('service_date', 'text')
    .addColumn('provider_name', 'text')
    .addColumn('service_description', 'text')
    .addColumn('procedure_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('diagnosis_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('amount_billed_cents', 'integer')
    .addColumn('patient_responsibility_cents', 'integer')
    .addColumn('notice_type', 'text')
    .addColumn('notice_date', 'text')
    .addColumn('received_date', 'text')
    .addColumn('denial_category', 'text')
    .addColumn('denial_stated_reason', 'text')
    .addColumn('denial_stated_deadline_days', 'integer')
    .addColumn('sort_due', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  // One index per way the case list is read: by next deadline, by status, by owner, most recent.
  const live = sql<boolean>`deleted_at is null`;
  await db.schema
    .createIndex('cases_due_idx')
    .on('cases')
    .columns(['sort_due', 'id'])
    .where(live)
    .execute();
  await db.schema
    .createIndex('cases_status_due_idx')
    .on('cases')
    .columns(['status', 'sort_due', 'id'])
    .where(live)
    .execute();
  await db.schema
    .createIndex('cases_owner_due_idx')
    .on('cases')
    .columns(['owner_id', 'sort_due', 'id'])
    .where(live)
    .execute();
  await db.schema
    .createIndex('cases_updated_idx')
    .on('cases')
    .columns(['updated_at', 'id'])
    .where(live)
    .execute();

  await db.schema
    .createTable('timeline_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_events_case_idx')
    .on('timeline_events')
    .columns(['case_id', 'at', 'id'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('original_name', 'text')
    .addColumn('content', binaryType(dialectOf(db)), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('documents_case_idx').on('documents').column('case_id').execute();
  await db.schema.createIndex('documents_sha256_idx').on('documents').column('sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('documents').execute();
  await db.schema.dropTable('timeline_events').execute();
  await db.schema.dropTable('cases').execute();
}
