package org.wildcase.audit;

import java.sql.Connection;
import java.sql.SQLException;

/** H2's trigger on the audit trail: every UPDATE and DELETE of an entry is refused. */
public class AppendOnly implements org.h2.api.Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " refused", "42501");
    }
}
