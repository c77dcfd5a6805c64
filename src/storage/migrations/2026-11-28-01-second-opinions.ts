import type { Kysely } from 'kysely';

/**
 * Second opinions. A second-opinion case is a row in `cases` with kind `second-opinion`, so it
 * shares the timeline, documents, tasks and letters that hang off a case id. The row keeps what both
 * kinds have (owner, status, patient, the plan, version, times); `plan_program` may then also be
 * `original-medicare` or `not-sure`, and `plan_insurer` is empty when the person does not know it.
 * What only a second opinion has lives in `second_opinions` (one row per case) and `opinions`
 * (one row per doctor's opinion, in order; the first is the first doctor's).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('appeal'))
    .execute();

  await db.schema
    .createTable('second_opinions')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('question_kind', 'text', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('condition_kind', 'text')
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('goals_note', 'text')
    .addColumn('check_answers', 'text')
    .addColumn('primary_doctor', 'text')
    .addColumn('referral_status', 'text')
    .addColumn('referral_appeal_case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await db.schema
    .createTable('opinions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('doctor', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text')
    .addColumn('focus', 'text')
    .addColumn('institution', 'text', (c) => c.notNull())
    .addColumn('same_group_as_first', 'integer', (c) => c.notNull())
    .addColumn('referred_by_first', 'integer', (c) => c.notNull())
    .addColumn('visit_date', 'text')
    .addColumn('diagnosis', 'text')
    .addColumn('diagnosis_code', 'text')
    .addColumn('treatment', 'text')
    .addColumn('alternatives', 'text')
    .addColumn('risks_and_benefits', 'text')
    .addColumn('urgency', 'text')
    .addColumn('reasoning', 'text')
    .addColumn('tests_ordered', 'text')
    .addColumn('ratings', 'text', (c) => c.notNull())
    .addColumn('diagnosis_matches_first', 'text')
    .addColumn('treatment_matches_first', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    // Two opinions added at the same moment cannot take the same place in the order.
    .addUniqueConstraint('opinions_case_position', ['case_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('opinions').execute();
  await db.schema.dropTable('second_opinions').execute();
  await db.schema.alterTable('cases').dropColumn('kind').execute();
}
