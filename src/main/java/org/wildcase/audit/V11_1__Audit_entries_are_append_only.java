package org.wildcase.audit;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The audit trail refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) by a trigger, on H2 and PostgreSQL alike, so
 * the application cannot change an entry, whatever its code does. A Java migration because the two databases write
 * triggers differently: PL/pgSQL on PostgreSQL, a Java class on H2. The table owner (and a superuser) can still drop
 * the trigger; what they then change, the hash chain shows ({@link AuditTrail#verify()}).
 */
@Component
class V11_1__Audit_entries_are_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName();
        try (Statement s = connection.createStatement()) {
            if (database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                s.execute("""
                        create function audit_entry_refuse() returns trigger language plpgsql as $$
                        begin
                            raise exception 'the audit trail is append-only: % refused', tg_op
                                using errcode = 'insufficient_privilege';
                        end $$""");
                s.execute("create trigger audit_entry_append_only before update or delete on audit_entry "
                        + "for each row execute function audit_entry_refuse()");
                s.execute("create trigger audit_entry_no_truncate before truncate on audit_entry "
                        + "for each statement execute function audit_entry_refuse()");
            } else {
                s.execute("create trigger audit_entry_append_only before update, delete on audit_entry "
                        + "for each row call \"" + AppendOnly.class.getName() + "\"");
            }
        }
    }
}
