package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person signs in on the login page, sees who they are on the start page, and signs out; repeated wrong passwords
 * pause sign-in. No page breaks the Content Security Policy ({@link Browser} checks the browser's log), and the
 * check itself sees a violation when there is one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:start-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class SignInJourneyTest {

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_customs_officer_signs_in_sees_unit_and_role_and_signs_out() throws Exception {
        try (Browser browser = new Browser()) {
            browser.submitLogin(base(), "officer.bishkek", "demo");
            assertThat(browser.textOf("current-user")).contains("officer.bishkek").contains("BIS")
                    .contains("Customs officer");
            assertThat(browser.textOf("home-unit")).contains("BIS");
            assertThat(browser.textOf("home-roles")).contains("customs-officer");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='admin/species']")))
                    .isEmpty();
            browser.screenshot("sign-in-officer-start-page");

            browser.driver.findElement(By.id("sign-out")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
            browser.driver.get("http://localhost:" + port + "/");
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }

    @Test
    void an_admin_gets_the_species_list_in_the_menu() throws Exception {
        try (Browser browser = new Browser()) {
            browser.submitLogin(base(), "admin", "demo");
            assertThat(browser.textOf("current-user")).contains("admin");
            WebElement species = browser.deep("vaadin-side-nav-item[path='admin/species']");
            species.click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/admin/species"));
            browser.deep("#species-grid");
            browser.screenshot("admin-species-list");
        }
    }

    @Test
    void an_admin_opens_camundas_cockpit_which_runs_under_its_own_policy() throws Exception {
        try (Browser browser = new Browser()) {
            browser.submitLogin(base(), "admin", "demo");
            browser.textOf("current-user");
            browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
            // Cockpit's own sign-in (the engine's admin), drawn by its scripts under Camunda's nonce-based policy.
            browser.waiting().until(d -> !d.findElements(By.cssSelector("input[type='password']")).isEmpty());
            browser.screenshot("admin-cockpit");
        }
    }

    @Test
    void an_admin_imports_a_species_list_in_the_browser_and_a_bad_file_is_refused_by_line() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("species", ".csv");
        java.nio.file.Files.writeString(bad, "scientific_name,rank,family,appendix,listing_country,"
                + "populations_appendix_i,populations_appendix_ii,zero_export_quota,zero_quota_exempt_populations,"
                + "annotation,common_en,common_ru,common_ky\n"
                + "Panthera uncia,SPECIES,Felidae,I,,,,,,,Snow leopard,Снежный барс,Илбирс\n"
                + "Falco cherrug,SPECIES,Falconidae,V,,,,,,,Saker falcon,Балобан,Ителги\n");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("species", ".csv");
        java.nio.file.Files.write(good, org.wildcase.species.SpeciesCatalogue.readDefault());
        try (Browser browser = new Browser()) {
            browser.submitLogin(base(), "admin", "demo");
            browser.textOf("current-user");
            browser.driver.get("http://localhost:" + port + "/admin/species");
            browser.fileInputOf("species-upload").sendKeys(bad.toString());
            assertThat(browser.textOf("species-import-errors")).contains("Line 3").contains("appendix");
            browser.screenshot("admin-species-import-refused");

            browser.driver.navigate().refresh();
            browser.fileInputOf("species-upload").sendKeys(good.toString());
            browser.waiting().until(d -> d.findElement(By.id("species-versions")).getText().contains("in force")
                    && d.findElement(By.id("species-versions")).getText().split("in force", -1).length == 2
                    && d.findElement(By.id("species-versions")).getText().contains(good.getFileName().toString()));
            browser.screenshot("admin-species-imported");
        }
    }

    @Test
    void five_wrong_passwords_pause_sign_in_and_the_login_page_says_for_how_long() throws Exception {
        try (Browser browser = new Browser()) {
            for (int i = 0; i < 5; i++) {
                browser.submitLogin(base(), "lawyer", "wrong");
                browser.waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
            }
            browser.submitLogin(base(), "lawyer", "demo");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
            String error = browser.waiting().until(d -> {
                String text = browser.deep("[part='error-message']").getText();
                return text.isBlank() ? null : text;
            });
            assertThat(error).contains("Sign-in paused")
                    .containsPattern("Too many failed sign-ins\\. Try again in \\d+ seconds\\.");
            browser.screenshot("sign-in-paused");
        }
    }

    @Test
    void the_browser_check_sees_a_content_security_policy_violation() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get("http://localhost:" + port + "/login");
            browser.deep("input[name='username']");
            assertThat(browser.policyViolations()).as("the login page itself").isEmpty();

            // An image from another site: the pages' policy allows images from the application only.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "const probe = new Image(); probe.src = 'http://example.invalid/probe.png';"
                            + " document.body.appendChild(probe);");

            java.util.List<String> violations = browser.waiting().until(d -> {
                java.util.List<String> seen = browser.policyViolations();
                return seen.isEmpty() ? null : seen;
            });
            assertThat(violations).anyMatch(v -> v.contains("example.invalid") && v.contains("img-src"));
        }
    }

    @Test
    void a_wrong_password_stays_on_the_login_page_with_an_error() throws Exception {
        try (Browser browser = new Browser()) {
            browser.submitLogin(base(), "expert", "wrong");
            browser.waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
            browser.screenshot("sign-in-wrong-password");
        }
    }
}
