package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/**
 * A permit officer reconciles a month of exports in a real browser: imports the CSV file Customs sent, sees the
 * discrepancies, and opens a seizure case in Bishkek from the one whose quantity exceeds its permit. Screenshots of
 * each step are kept in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recon-journey-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "wildcase.demo.data=false",
        "vaadin.devmode.devTools.enabled=false"})
class ReconciliationJourneyInBrowserTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("BIS-\\d{4}-\\d+");

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    @Autowired
    PermitRegister register;

    @TempDir
    Path files;

    @Test
    void a_permit_officer_imports_a_month_of_exports_and_opens_a_case_from_a_discrepancy() throws Exception {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Bishkek")).withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        permit("KG/2026/J-0101", from.minusDays(10));
        permit("KG/2026/J-0102", from.minusDays(5));
        Path csv = files.resolve("exports-" + from.getYear() + "-" + from.getMonthValue() + ".csv");
        Files.writeString(csv, "declaration_number,date,exporter,permit_number,scientific_name,term,quantity,unit,"
                + "country_of_destination\n"
                + "10702010/" + from.plusDays(3) + "/0001," + from.plusDays(3)
                + ",Sokol Trade LLC,KG/2026/J-0101,Falco cherrug,LIV,2,,AE\n"
                + "10702010/" + from.plusDays(6) + "/0002," + from.plusDays(6)
                + ",Sokol Trade LLC,,Falco cherrug,LIV,1,,QA\n"
                + "10702010/" + from.plusDays(9) + "/0003," + from.plusDays(9)
                + ",Altyn Tuiak LLC,KG/2026/J-0102,Falco cherrug,LIV,9,,AE\n", StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
            browser.signIn(base(), "permits");
            browser.go(base(), "reconciliations");
            browser.waiting().until(d -> d.findElement(By.id("recon-runs-grid")).getText()
                    .contains("No reconciliation run yet"));
            setDate(browser, "recon-period-from", from);
            setDate(browser, "recon-period-to", to);
            browser.fileInputOf("recon-upload").sendKeys(csv.toString());
            browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    const upload = document.getElementById('recon-upload');
                    return upload.files.length === 1 && upload.files.every(f => f.complete);"""));
            browser.screenshot("reconciliation-1-permit-officer-uploads-the-month");

            click(browser, "recon-import");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/reconciliations/REC-"));
            browser.waiting().until(d -> d.findElement(By.id("recon-discrepancies-grid")).getText()
                    .contains("Quantity exceeds the permit"));
            String grid = browser.driver.findElement(By.id("recon-discrepancies-grid")).getText();
            assertThat(grid).contains("No permit number on the record").contains("KG/2026/J-0102");
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                    "return document.getElementById('recon-run-summary').textContent"))).contains(csv.getFileName().toString())
                    .contains("Under review");
            top(browser);
            browser.screenshot("reconciliation-2-the-run-with-its-discrepancies");

            selectRowWith(browser, "recon-discrepancies-grid", "Quantity exceeds the permit");
            click(browser, "recon-open-cases");
            browser.waiting().until(d -> d.findElement(By.id("recon-case-unit")).isDisplayed());
            browser.driver.findElement(By.id("recon-case-unit")).click();
            browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    const item = [...document.querySelectorAll('vaadin-select-item')]
                        .find(i => i.textContent.includes('(BIS)'));
                    if (!item) return false;
                    item.click();
                    return true;"""));
            browser.waiting().until(d -> d.findElement(By.id("recon-case-unit")).getText().contains("BIS")
                    || String.valueOf(((JavascriptExecutor) d).executeScript(
                            "return document.getElementById('recon-case-unit').value")).length() > 0);
            browser.input("recon-case-reason").sendKeys("Nine falcons exported on a permit for four");
            browser.screenshot("reconciliation-3-open-a-case-in-bishkek");

            click(browser, "recon-case-confirm");
            String notice = browser.waiting().until(d -> {
                Object text = ((JavascriptExecutor) d).executeScript("""
                        const card = [...document.querySelectorAll('vaadin-notification-card')]
                            .find(c => /Case BIS-/.test(c.textContent));
                        return card ? card.textContent : null;""");
                return text == null ? null : text.toString();
            });
            Matcher m = CASE_NUMBER.matcher(notice);
            assertThat(m.find()).as("a case number in '%s'", notice).isTrue();
            String caseNumber = m.group();

            // The decided discrepancy left the "undecided only" list; all of them show its case number.
            browser.driver.findElement(By.cssSelector("#recon-filter-undecided input")).click();
            browser.waiting().until(d -> d.findElement(By.id("recon-discrepancies-grid")).getText()
                    .contains(caseNumber));
            assertThat(browser.driver.findElement(By.id("recon-discrepancies-grid")).getText()).contains("Case opened");
            top(browser);
            browser.screenshot("reconciliation-4-the-case-number-in-the-run");
        }
    }

    private void permit(String number, LocalDate issuedOn) {
        register.record(new PermitRegistration(number, DocumentType.EXPORT_PERMIT, issuedOn, null, null,
                "Sokol Trade LLC", "KG", "KG-S-77", Purpose.T, List.of(
                        new PermitRegistration.Line("Falco cherrug", "LIV", new BigDecimal("4"), null, Source.C))),
                "permits");
    }


    /** Sets a date picker's value as the component holds it (ISO), which is what typing a date ends in. */
    private void setDate(Browser browser, String id, LocalDate date) {
        browser.waiting().until(d -> d.findElement(By.id(id)));
        ((JavascriptExecutor) browser.driver).executeScript(
                "const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                        + "p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, date.toString());
    }

    /** Scrolls the run's title into view, so a screenshot shows the summary and the grid. */
    private void top(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('recon-run-title').scrollIntoView({block: 'start'});");
        // Let the grid settle its column widths after the last data round trip.
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 300)));"));
    }

    /** Clicks a button by id, scrolled into view first. */
    private void click(Browser browser, String id) {
        WebElement button = browser.waiting().until(d -> d.findElement(By.id(id)));
        browser.waiting().until(d -> button.isEnabled() && !"true".equals(button.getDomAttribute("disabled")));
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    /** Ticks the selection checkbox of the grid row showing a text. */
    private void selectRowWith(Browser browser, String gridId, String text) {
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const grid = document.getElementById(arguments[0]);
                const content = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[1]));
                if (!content || !content.assignedSlot) return false;
                const row = content.assignedSlot.parentElement.parentElement;
                const first = row.querySelector('td slot');
                const box = first && first.assignedElements()[0].querySelector('vaadin-checkbox');
                if (!box) return false;
                box.click();
                return true;""", gridId, text));
    }
}
