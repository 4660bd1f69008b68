package org.wildcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.permit.PermitRegister;

/**
 * The {@code postgres} profile against a real PostgreSQL (embedded binaries): the connection comes from the same
 * environment variables a deployment sets, the same Flyway migrations apply, and the register and species list work.
 * Spring owns the database's lifecycle, so it stops after the engine and the pool. It also takes cases through
 * every path of the flow (the journeys it inherits), on PostgreSQL.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
class PostgresProfileTest extends org.wildcase.seizure.CaseJourneyTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PermitRegister register;

    @Test
    void runs_on_postgresql_with_the_flyway_migrations() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from taxon", Integer.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    }

    @Test
    void the_register_and_the_ledger_work_on_postgresql() throws Exception {
        mvc.perform(Requests.post("permits", "/api/permits", """
                {"number": "PG-1", "type": "EXPORT_PERMIT", "issuedOn": "2026-10-01",
                 "lines": [{"scientificName": "Cistanche deserticola", "term": "ROO", "quantity": 12.5, "unit": "KIL"}]}
                """)).andExpect(status().isCreated());
        register.recordShipment("PG-1", "OSH-2026-00007", List.of(new PermitRegister.ShippedLine(0,
                new BigDecimal("12500"), "GRM")));
        mvc.perform(Requests.get("expert", "/api/permits/PG-1"))
                .andExpect(jsonPath("$.status").value("USED"))
                .andExpect(jsonPath("$.validUntil").value("2027-04-01"))
                .andExpect(jsonPath("$.lines[0].shippedQuantity").value(12.5));
    }

    @Test
    void species_search_and_checks_work_on_postgresql() throws Exception {
        mvc.perform(Requests.get("expert", "/api/species").param("q", "архар"))
                .andExpect(jsonPath("$[0].scientificName").value("Ovis ammon"));
        mvc.perform(Requests.post("expert", "/api/permit-checks", """
                {"direction": "EXPORT", "seizedAt": "2026-11-01T10:00:00+06:00", "purpose": "T", "source": "W",
                 "specimens": [{"scientificName": "Saiga tatarica", "term": "HOR", "quantity": 2}]}"""))
                .andExpect(jsonPath("$.findings[*].code").value(org.hamcrest.Matchers.hasItems("ZERO_QUOTA",
                        "EXPORT_PERMIT_MISSING")));
    }
}
