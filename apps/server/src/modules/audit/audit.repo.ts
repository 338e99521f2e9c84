import type { Queryable } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';

/** Records a security-relevant event by ids and codes only, never personal data. */
export async function audit(
  db: Queryable,
  entry: {
    organisationId: string | null;
    actorUserId: string | null;
    action: string;
    targetType: string;
    targetId: string;
    metadata?: Record<string, string | number | boolean>;
  },
) {
  await db.insert(auditLog).values(entry);
}
