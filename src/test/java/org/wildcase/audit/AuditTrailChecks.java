package org.wildcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wildcase.CaseApi;
import org.wildcase.Requests;

/**
 * The audit trail on a real database: every change of a case appends a chained entry in its transaction, a refused
 * request appends none, the application cannot change or remove an entry, a change made behind its back (with the
 * trigger out of the way, as a database owner could) breaks the chain at that entry, and concurrent writers keep one
 * unbroken chain. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditTrailChecks {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** Runs a statement with the append-only trigger out of the way, as an owner could, and puts it back. */
    abstract void behindTheApplicationsBack(String sql);

    List<AuditTrail.Entry> entriesOf(String caseNumber) {
        return trail.list(new AuditTrail.Filter(caseNumber, null, null, null), PageRequest.of(0, 100)).getContent();
    }

    long recordInOwnTransaction(String action) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> trail.record("tester", action, null,
                AuditTrail.detail("note", action)));
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    @Test
    void every_change_of_a_case_appends_a_chained_entry_and_a_refused_request_none() throws Exception {
        CaseApi api = new CaseApi(mvc);
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, "IdentifySpecies", """
                {"conclusion": "MORE_INFORMATION_NEEDED", "question": "Were the birds ringed?"}""")
                .andExpect(status().isOk());
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        api.complete("officer.bishkek", n, "ProvideInformation", "{}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
                .as("a refused completion leaves no entry").isEqualTo(before);
        mvc.perform(Requests.post("manager", "/api/cases/{n}/withdraw", "{\"reason\": \"Registered twice\"}", n))
                .andExpect(status().isOk());
        mvc.perform(Requests.get("manager", "/api/cases/{n}", n)).andExpect(status().isOk());

        assertThat(entriesOf(n)).extracting(AuditTrail.Entry::action, AuditTrail.Entry::who).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CASE_REGISTERED", "officer.bishkek"),
                org.assertj.core.groups.Tuple.tuple("TASK_COMPLETED", "expert"),
                org.assertj.core.groups.Tuple.tuple("CASE_WITHDRAWN", "manager"),
                org.assertj.core.groups.Tuple.tuple("CASE_VIEWED", "manager"));
        List<AuditTrail.Entry> all = trail.list(new AuditTrail.Filter(null, null, null, null),
                PageRequest.of(0, 500)).getContent();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).seq()).isEqualTo(all.get(i - 1).seq() + 1);
            assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
        }
        assertThat(trail.verify().valid()).isTrue();

        mvc.perform(Requests.get("manager", "/api/audit").param("caseNumber", n))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.content[2].action").value("CASE_WITHDRAWN"))
                .andExpect(jsonPath("$.content[2].detail.reason").value("Registered twice"))
                .andExpect(jsonPath("$.content[1].detail.task").value("IdentifySpecies"))
                .andExpect(jsonPath("$.content[*].hash").value(hasItem(org.hamcrest.Matchers.matchesPattern(
                        "[0-9a-f]{64}"))));
        mvc.perform(Requests.get("officer.bishkek", "/api/audit")).andExpect(status().isForbidden());
        mvc.perform(Requests.get("manager", "/api/audit/verify")).andExpect(status().isForbidden());
        mvc.perform(Requests.get("admin", "/api/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist());
    }

    @Test
    void the_application_cannot_change_or_remove_an_entry() {
        long seq = recordInOwnTransaction("CANNOT_CHANGE");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set who = 'someone else' where seq = :seq")
                .param("seq", seq).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = :seq").param("seq", seq).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select who from audit_entry where seq = :seq").param("seq", seq).query(String.class)
                .single()).isEqualTo("tester");
    }

    @Test
    void an_entry_changed_behind_the_applications_back_breaks_the_chain_there() {
        recordInOwnTransaction("BEFORE");
        long changed = recordInOwnTransaction("CHANGED");
        recordInOwnTransaction("AFTER");
        assertThat(trail.verify().valid()).isTrue();

        behindTheApplicationsBack("update audit_entry set detail = '{\"note\":\"nothing happened\"}' where seq = "
                + changed);
        AuditTrail.Verification broken = trail.verify();
        assertThat(broken.valid()).isFalse();
        assertThat(broken.firstBrokenSeq()).isEqualTo(changed);
        assertThat(broken.entries()).isGreaterThanOrEqualTo(3);

        behindTheApplicationsBack("update audit_entry set detail = '{\"note\":\"CHANGED\"}' where seq = " + changed);
        assertThat(trail.verify().valid()).as("put back as it was").isTrue();
    }

    @Test
    void concurrent_writers_keep_one_unbroken_chain() throws Exception {
        long first = recordInOwnTransaction("START");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        new TransactionTemplate(transactions).executeWithoutResult(s -> {
                            trail.record("writer-" + writer, "CONCURRENT", null, AuditTrail.detail("i", 1));
                            trail.record("writer-" + writer, "CONCURRENT", null, AuditTrail.detail("i", 2));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> seqs = jdbc.sql("select seq from audit_entry where seq > :first order by seq")
                .param("first", first).query(Long.class).list();
        assertThat(seqs).hasSizeGreaterThanOrEqualTo(400);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(first + 1 + i);
        }
        assertThat(trail.verify().valid()).isTrue();
    }
}
