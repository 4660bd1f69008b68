package org.wildcase.seizure;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periods a case spent in each stage, for the managers' average time per stage. It listens to the case's events
 * (opened, a stage reached, closed), because neither the case row (only its current stage) nor the engine's task
 * history (no stage, and no time spent waiting for an investigation outcome) can answer it in one grouped query. The
 * listeners are plain {@link EventListener}s: a period is written in the transaction that moved the case, so a case
 * never commits without its period (an after-commit listener could lose it in a crash).
 */
@Component
class StagePeriods {

    private final JdbcClient jdbc;
    private final Clock clock;

    StagePeriods(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void opened(SeizureCaseOpened opened) {
        enter(opened.caseNumber(), opened.stage());
    }

    @EventListener
    void reached(CaseStageReached reached) {
        enter(reached.caseNumber(), reached.stage());
    }

    @EventListener
    void closed(CaseClosed closed) {
        leave(closed.caseNumber(), OffsetDateTime.now(clock));
    }

    /** Closes the case's open period and opens one for {@code stage}. */
    private void enter(String caseNumber, Stage stage) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        leave(caseNumber, now);
        jdbc.sql("insert into case_stage_period (case_id, stage, entered_at) select id, :stage, :at "
                + "from seizure_case where case_number = :number")
                .param("number", caseNumber).param("stage", stage.name()).param("at", now).update();
    }

    private void leave(String caseNumber, OffsetDateTime now) {
        List<Period> open = jdbc.sql("select p.id, p.entered_at from case_stage_period p join seizure_case c "
                + "on c.id = p.case_id where c.case_number = :number and p.left_at is null")
                .param("number", caseNumber)
                .query((rs, i) -> new Period(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list();
        for (Period p : open) {
            jdbc.sql("update case_stage_period set left_at = :at, seconds = :s where id = :id").param("at", now)
                    .param("s", Math.max(0, Duration.between(p.enteredAt(), now).toSeconds())).param("id", p.id())
                    .update();
        }
    }

    /**
     * Lays the case's periods end to end from {@code start}, each lasting what {@code spent} gives in order (the
     * last open one starts where the others end). Only for demo data: cases taken through the flow in a second at
     * start-up would otherwise show seconds per stage.
     */
    void backdate(long caseId, OffsetDateTime start, List<Duration> spent) {
        List<Period> all = jdbc.sql("select id, entered_at from case_stage_period where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, i) -> new Period(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list();
        OffsetDateTime at = start;
        for (int i = 0; i < all.size(); i++) {
            Duration d = i < spent.size() ? spent.get(i) : Duration.ZERO;
            jdbc.sql("update case_stage_period set entered_at = :entered, left_at = case when left_at is null "
                    + "then null else :left end, seconds = case when left_at is null then null else :s end "
                    + "where id = :id").param("entered", at).param("left", at.plus(d)).param("s", d.toSeconds())
                    .param("id", all.get(i).id()).update();
            at = at.plus(d);
        }
    }

    private record Period(long id, OffsetDateTime enteredAt) {
    }
}
