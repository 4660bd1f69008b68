package org.wildcase.reconciliation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;

/**
 * Export record files and permits for tests that share one database: every number carries a fresh suffix, so runs
 * of different tests never cite each other's permits or declarations.
 */
final class RunFixture {

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static final String HEADER = "declaration_number,date,exporter,permit_number,scientific_name,term,quantity,unit,"
            + "country_of_destination\n";

    static final WildcaseUser PERMITS = new WildcaseUser("permits", Set.of(Roles.PERMIT_OFFICER), null);
    static final WildcaseUser BISHKEK = new WildcaseUser("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS");
    static final WildcaseUser OSH = new WildcaseUser("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH");
    static final WildcaseUser MANAGER = new WildcaseUser("manager", Set.of(Roles.MANAGER), null);
    static final WildcaseUser EXPERT = new WildcaseUser("expert", Set.of(Roles.CITES_EXPERT), null);

    final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    /** An export permit for two live saker falcons, issued in September, recorded in the register. */
    String permit(PermitRegister register) {
        String number = "KG-" + id + "-P";
        register.record(new PermitRegistration(number, DocumentType.EXPORT_PERMIT, LocalDate.of(2026, 9, 15), null,
                null, "Sunkar Falcon Centre LLC", "KG", null, null, List.of(new PermitRegistration.Line(
                        "Falco cherrug", "LIV", new BigDecimal("2"), null, null))), "permits");
        return number;
    }

    /** A record within the permit: no discrepancy. */
    String good(String permit) {
        return "D1-" + id + ",2026-10-10,Sunkar Falcon Centre LLC," + permit + ",Falco cherrug,LIV,2,,AE\n";
    }

    /** Two records with a discrepancy each: no permit number (line 3), a number not in the register (line 4). */
    String twoBad() {
        return "D2-" + id + ",2026-10-11,Sunkar Falcon Centre LLC,,Falco cherrug,LIV,1,,AE\n"
                + "D3-" + id + ",2026-10-12,Steppe Trading,KG-" + id + "-NONE,Saiga tatarica,HOR,2,,CN\n";
    }

    static String csv(String... rows) {
        return HEADER + String.join("", rows);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
