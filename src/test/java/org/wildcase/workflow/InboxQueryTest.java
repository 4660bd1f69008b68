package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.WildcaseTest;
import org.wildcase.security.Roles;

/**
 * The task list's own query (native SQL, for speed at scale) lists exactly what Camunda's task query lists for the
 * same person and filters: assigned to them, or unassigned and offered to one of their roles, of their unit for
 * customs officers. Camunda's query is the reference; the order is due date with undated tasks last, then creation.
 */
@WildcaseTest
class InboxQueryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseWorkflow workflow;

    @Autowired
    TaskService tasks;

    List<String> cases = new ArrayList<>();

    @BeforeEach
    void cases() throws Exception {
        CaseApi api = new CaseApi(mvc);
        for (int i = 0; i < 3; i++) {
            cases.add(api.open("officer.bishkek", i == 0));
            cases.add(api.open("officer.osh", false));
        }
        List<Task> expertise = tasks.createTaskQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new))
                .taskDefinitionKey(TaskKeys.IDENTIFY_SPECIES).list();
        // One held by the expert, one late, one without a deadline: each must land where the reference puts it.
        tasks.claim(expertise.get(0).getId(), "expert");
        Task late = expertise.get(1);
        late.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
        tasks.saveTask(late);
        Task undated = expertise.get(2);
        undated.setDueDate(null);
        tasks.saveTask(undated);
    }

    @Test
    void lists_what_the_engine_lists_for_each_person_and_filter() {
        record Who(String user, Set<String> roles, String unit) {
        }
        List<Who> people = List.of(new Who("expert", Set.of(Roles.CITES_EXPERT), null),
                new Who("someone.else", Set.of(Roles.CITES_EXPERT), null),
                new Who("officer.bishkek", Set.of(Roles.CUSTOMS_OFFICER), "BIS"),
                new Who("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH"),
                new Who("lawyer", Set.of(Roles.LEGAL_OFFICER), null),
                new Who("nobody", Set.of(), null));
        for (Who who : people) {
            for (Boolean overdue : new Boolean[] {null, true, false}) {
                CaseWorkflow.Inbox filter = new CaseWorkflow.Inbox(null, null, overdue);
                TaskQuery reference = reference(who.user(), who.roles(), who.unit());
                if (Boolean.TRUE.equals(overdue)) {
                    reference.dueBefore(new Date());
                } else if (Boolean.FALSE.equals(overdue)) {
                    reference.or().dueAfter(new Date()).withoutDueDate().endOr();
                }
                assertThat(ids(all(who.user(), who.roles(), who.unit(), filter, Sort.unsorted())))
                        .as("%s, overdue %s", who.user(), overdue)
                        .containsExactlyInAnyOrderElementsOf(reference.list().stream().map(Task::getId).toList());
            }
        }
        String bishkek = cases.get(0);
        assertThat(workflow.inbox("officer.osh", Set.of(Roles.CUSTOMS_OFFICER), "OSH",
                new CaseWorkflow.Inbox(bishkek, null, null), PageRequest.of(0, 20)).getTotalElements()).isZero();
        assertThat(ids(workflow.inbox("expert", Set.of(Roles.CITES_EXPERT), null,
                new CaseWorkflow.Inbox(bishkek, TaskKeys.IDENTIFY_SPECIES, null), PageRequest.of(0, 20))
                .getContent())).containsExactlyElementsOf(reference("expert", Set.of(Roles.CITES_EXPERT), null)
                        .processInstanceBusinessKey(bishkek).taskDefinitionKey(TaskKeys.IDENTIFY_SPECIES).list()
                        .stream().map(Task::getId).toList());
    }

    @Test
    void orders_by_deadline_with_undated_tasks_last_then_by_creation_and_pages_without_overlap() {
        Set<String> roles = Set.of(Roles.CITES_EXPERT);
        List<WorkflowTask> all = all("expert", roles, null, new CaseWorkflow.Inbox(null, null, null),
                Sort.unsorted());
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        for (int i = 1; i < all.size(); i++) {
            WorkflowTask a = all.get(i - 1);
            WorkflowTask b = all.get(i);
            assertThat(a.due() == null && b.due() != null).as("an undated task before a dated one").isFalse();
            if (a.due() != null && b.due() != null) {
                assertThat(a.due()).isBeforeOrEqualTo(b.due());
            }
        }
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(workflow.inbox("expert", roles, null, new CaseWorkflow.Inbox(null, null, null),
                    PageRequest.of(page, 2)).getContent()));
        }
        assertThat(paged).containsExactlyElementsOf(ids(all).subList(0, 6));
        List<WorkflowTask> newest = all("expert", roles, null, new CaseWorkflow.Inbox(null, null, null),
                Sort.by(Sort.Direction.DESC, "created"));
        for (int i = 1; i < newest.size(); i++) {
            assertThat(newest.get(i - 1).created()).isAfterOrEqualTo(newest.get(i).created());
        }
        assertThat(workflow.inbox("expert", roles, null, new CaseWorkflow.Inbox(null, null, null),
                PageRequest.of(100_000, 20)).getContent()).isEmpty();
    }

    /** Every page of a list (other test classes share this database, so there may be many). */
    private List<WorkflowTask> all(String user, Set<String> roles, String unit, CaseWorkflow.Inbox filter,
            Sort sort) {
        List<WorkflowTask> found = new ArrayList<>();
        for (int page = 0;; page++) {
            List<WorkflowTask> content = workflow.inbox(user, roles, unit, filter, PageRequest.of(page, 500, sort))
                    .getContent();
            found.addAll(content);
            if (content.size() < 500) {
                return found;
            }
        }
    }

    private TaskQuery reference(String user, Set<String> roles, String unit) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(TaskKeys.PROCESS,
                ReconciliationWorkflow.PROCESS);
        // Camunda refuses an empty candidate list; with no role, only what is assigned to the person is theirs.
        query = roles.isEmpty() ? query.taskAssignee(user)
                : query.or().taskAssignee(user).taskCandidateGroupIn(List.copyOf(roles)).endOr();
        return unit == null ? query : query.processInstanceBusinessKeyLike(unit + "-%");
    }

    private static List<String> ids(List<WorkflowTask> found) {
        return found.stream().map(WorkflowTask::taskId).toList();
    }
}
