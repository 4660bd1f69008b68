package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case flow in a real browser, one person after another: a customs officer opens a case, the expert finds it
 * in their task list and concludes VIOLATION, the legal officer qualifies it, and the manager sees it in the
 * overview. Screenshots of each step are kept in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:journey-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "wildcase.demo.data=false",
        "vaadin.devmode.devTools.enabled=false"})
class CaseJourneyInBrowserTest {

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_case_goes_from_the_customs_officer_through_the_expert_and_the_lawyer_to_the_managers_overview()
            throws Exception {
        try (Browser browser = new Browser()) {
            // 1. The customs officer of Bishkek registers the seizure.
            browser.signIn(base(), "officer.bishkek");
            browser.go(base(), "cases/new");
            type(browser, "open-location", "Manas International Airport, cargo terminal");
            typeAndEnter(browser, "open-direction", "Export");
            typeAndEnter(browser, "open-transport-mode", "Air");
            type(browser, "open-specimen-description-0", "Live falcons in sports bags");
            typeAndEnter(browser, "open-specimen-species-0", "Falco cherrug");
            type(browser, "open-specimen-quantity-0", "4");
            browser.screenshot("journey-1-officer-fills-the-registration");
            click(browser, "open-save");
            String caseNumber = browser.textOf("open-case-number");
            assertThat(caseNumber).startsWith("BIS-");
            assertThat(browser.textOf("open-findings")).contains("Falco cherrug");
            browser.screenshot("journey-2-officer-sees-the-pre-check-findings");
            browser.signOut();

            // 2. The expert finds the case in their task list, and concludes VIOLATION.
            browser.signIn(base(), "expert");
            browser.go(base(), "tasks");
            browser.waiting().until(d -> d.findElement(By.id("tasks-grid")).getText().contains(caseNumber));
            browser.screenshot("journey-3-expert-task-list");
            openTaskOf(browser, caseNumber, "IdentifySpecies");
            browser.waiting().until(d -> d.findElement(By.id("task-title")).getText().contains("Identify"));
            radio(browser, "identify-conclusion", "Violation");
            type(browser, "identify-opinion", "Wild saker falcons, Appendix II, no export permit");
            browser.screenshot("journey-4-expert-identify-species-form");
            click(browser, "task-complete");
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/tasks"));
            browser.signOut();

            // 3. The legal officer qualifies the offence.
            browser.signIn(base(), "lawyer");
            browser.go(base(), "tasks");
            browser.waiting().until(d -> d.findElement(By.id("tasks-grid")).getText().contains(caseNumber));
            openTaskOf(browser, caseNumber, "QualifyOffence");
            browser.waiting().until(d -> d.findElement(By.id("task-title")).getText().contains("Qualify"));
            radio(browser, "qualify-qualification", "Administrative offence");
            type(browser, "qualify-legal-basis", "Code of Offences, art. 303");
            browser.screenshot("journey-5-lawyer-qualifies-the-offence");
            click(browser, "task-complete");
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/tasks"));
            browser.signOut();

            // 4. The manager sees it in the overview, and in the case file where it stands.
            browser.signIn(base(), "manager");
            browser.go(base(), "overview");
            browser.waiting().until(d -> d.findElement(By.id("cases-grid")).getText().contains(caseNumber));
            assertThat(browser.driver.findElement(By.id("overview-counts")).getText()).contains("Legal handling");
            browser.screenshot("journey-6-manager-overview");
            browser.go(base(), "cases/" + caseNumber);
            assertThat(browser.textOf("case-status")).contains("Legal handling");
            browser.deep("#case-diagram svg g.active[data-element-id='RecordPenalty']");
            browser.screenshot("journey-7-manager-case-file-with-diagram");
        }
    }


    private void type(Browser browser, String id, String text) {
        browser.input(id).sendKeys(text);
        browser.input(id).sendKeys(Keys.TAB);
    }

    private void typeAndEnter(Browser browser, String id, String text) {
        WebElement field = browser.input(id);
        field.sendKeys(text);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        field.sendKeys(Keys.ENTER);
        field.sendKeys(Keys.TAB);
    }

    /** Clicks a button by id, scrolled into view first (long forms reach below the window). */
    private void click(Browser browser, String id) {
        WebElement button = browser.waiting().until(d -> d.findElement(By.id(id)));
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    /** Picks a radio button by its label. */
    private void radio(Browser browser, String groupId, String label) {
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const group = document.getElementById(arguments[0]);
                if (!group) return false;
                const wanted = [...group.querySelectorAll('vaadin-radio-button')]
                    .find(b => b.textContent.trim() === arguments[1]);
                if (!wanted) return false;
                wanted.click();
                return true;""", groupId, label));
    }

    private void openTaskOf(Browser browser, String caseNumber, String taskKey) {
        browser.waiting().until(d -> d.findElement(By.cssSelector("vaadin-button[data-case='" + caseNumber
                + "'][data-task='" + taskKey + "']"))).click();
    }
}
