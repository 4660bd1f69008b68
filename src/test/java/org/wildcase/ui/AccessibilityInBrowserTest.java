package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every role through axe-core, on the demo data: the login page, each page in the role's menu, the
 * form of each kind of task in the role's list, a case file and an unknown address. Not one serious or critical
 * violation may be found. Also the task list at 1366 pixels, where the due dates must stay in sight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a11y-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "wildcase.demo.data=true",
        "vaadin.devmode.devTools.enabled=false"})
class AccessibilityInBrowserTest {

    private static final List<String> PEOPLE = List.of("officer.bishkek", "expert", "permits", "lawyer", "manager",
            "admin");

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void no_page_of_any_role_has_a_serious_or_critical_accessibility_violation() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> visited = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.driver.get(url("login"));
            browser.deep("input[name='username']");
            found.put("login", browser.checkAccessibility("login"));
            for (String person : PEOPLE) {
                browser.signIn(base(), person);
                for (String path : menuPaths(browser)) {
                    check(browser, person, path, found, visited);
                }
                if (menuPaths(browser).contains("tasks")) {
                    for (String task : oneTaskOfEachKind(browser)) {
                        check(browser, person, "tasks/" + task, found, visited);
                    }
                }
                if (menuPaths(browser).contains("cases")) {
                    browser.go(base(), "cases");
                    String first = firstCaseNumber(browser);
                    if (first != null) {
                        check(browser, person, "cases/" + first, found, visited);
                    }
                }
                check(browser, person, "no/such/page", found, visited);
                browser.signOut();
            }
            // The journeys' own checks go through the browser's report too; these are reported here, in one list.
            found.values().removeIf(List::isEmpty);
        }
        assertThat(visited).as("pages checked").hasSizeGreaterThan(25);
        assertThat(Axe.report(found)).as("axe-core on %d pages", visited.size()).isEmpty();
    }

    @Test
    void at_1366_pixels_the_actions_column_does_not_cover_the_due_dates() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            browser.signIn(base(), "expert");
            browser.go(base(), "tasks");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-button[data-task]")).isEmpty());
            browser.settle();
            @SuppressWarnings("unchecked")
            Map<String, Number> edges = (Map<String, Number>) ((JavascriptExecutor) browser.driver).executeScript("""
                    const grid = document.getElementById('tasks-grid');
                    const header = t => [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .find(c => c.textContent.trim() === t);
                    const cellOf = c => grid.shadowRoot.querySelector('[part~="cell"] slot[name="' + c.slot + '"]')
                        .parentElement.getBoundingClientRect();
                    const due = cellOf(header('Due'));
                    const actions = cellOf(header('Actions'));
                    return {dueRight: due.right, actionsLeft: actions.left, actionsRight: actions.right,
                            gridRight: grid.getBoundingClientRect().right};""");
            assertThat(edges.get("dueRight").doubleValue()).as("the Due column ends within the grid: %s", edges)
                    .isLessThanOrEqualTo(edges.get("gridRight").doubleValue());
            assertThat(edges.get("actionsLeft").doubleValue()).as("the Actions column starts after Due: %s", edges)
                    .isGreaterThanOrEqualTo(edges.get("dueRight").doubleValue() - 1);
            assertThat(edges.get("actionsRight").doubleValue()).as("the Open buttons are in sight: %s", edges)
                    .isLessThanOrEqualTo(edges.get("gridRight").doubleValue());
            browser.screenshot("tasks-at-1366");
        }
    }

    private void check(Browser browser, String person, String path, Map<String, List<String>> found,
            List<String> visited) {
        browser.go(base(), path);
        String page = person + " at /" + path;
        found.put(page, browser.checkAccessibility(page));
        visited.add(page);
    }

    @SuppressWarnings("unchecked")
    private static List<String> menuPaths(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                return [...document.querySelectorAll('vaadin-side-nav-item')]
                    .filter(i => !i.hasAttribute('router-ignore') && !i.routerIgnore)
                    .map(i => i.getAttribute('path') || '')""");
    }

    /** The id of one task of each kind in the signed-in person's list (the rows the grid has loaded). */
    private List<String> oneTaskOfEachKind(Browser browser) {
        browser.go(base(), "tasks");
        browser.settle();
        Set<String> kinds = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (var button : browser.driver.findElements(By.cssSelector("vaadin-button[data-task]"))) {
            if (kinds.add(button.getAttribute("data-task"))) {
                ids.add(button.getAttribute("id").substring("task-open-".length()));
            }
        }
        return ids;
    }

    private static String firstCaseNumber(Browser browser) {
        browser.settle();
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const link = [...document.querySelectorAll('#cases-grid a')]
                    .find(a => /^[A-Z]{3}-/.test(a.textContent.trim()));
                return link ? link.textContent.trim() : null;""");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

}
