package org.wildcase.seizure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.wildcase.workflow.TaskKeys;

/** The stage is read off where the process waits, in one table: each waiting step of the main line has one. */
class StageTest {

    @Test
    void the_main_line_step_gives_the_stage_and_the_care_beside_it_gives_none() {
        assertThat(Stage.at(Set.of(TaskKeys.IDENTIFY_SPECIES, TaskKeys.RECORD_LIVE_SPECIMEN_CARE)))
                .contains(Stage.EXPERTISE);
        assertThat(Stage.at(Set.of(TaskKeys.PROVIDE_INFORMATION))).contains(Stage.AWAITING_INFORMATION);
        assertThat(Stage.at(Set.of("Task_AwaitInvestigationOutcome", "Task_WatchWelfare"))).contains(Stage.LEGAL);
        assertThat(Stage.at(Set.of(TaskKeys.RECORD_DISPOSAL))).contains(Stage.DISPOSAL);
        assertThat(Stage.at(Set.of(TaskKeys.RECORD_LIVE_SPECIMEN_CARE, "Task_WatchWelfare"))).isEmpty();
        assertThat(Stage.at(Set.of())).isEmpty();
    }

    @Test
    void every_place_the_model_waits_on_its_main_line_has_a_stage() throws Exception {
        String model = Files.readString(Path.of("bpmn/seizure-case.bpmn"));
        Matcher waits = Pattern.compile("<bpmn:(userTask|receiveTask) id=\"([^\"]+)\"").matcher(model);
        Set<String> without = new TreeSet<>();
        while (waits.find()) {
            String step = waits.group(2);
            boolean careBranch = step.equals(TaskKeys.RECORD_LIVE_SPECIMEN_CARE) || step.equals("Task_WatchWelfare");
            if (!careBranch && Stage.at(Set.of(step)).isEmpty()) {
                without.add(step);
            }
        }
        assertThat(without).as("waiting steps without a stage").isEmpty();
    }
}
