package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wildcase.security.KeycloakServer;

/**
 * Signing in through a real Keycloak in headless Chromium (the keycloak profile): Keycloak's own login page, back
 * in the app with the right menu and unit, and signing out ends the Keycloak session too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-ui-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("keycloak")
class KeycloakSignInIT {

    static final String KEYCLOAK_LOGIN_PAGE = "/realms/wildcase/protocol/openid-connect/auth";

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("wildcase.keycloak.issuer", () -> KeycloakServer.get().issuer());
        registry.add("server.port", () -> KeycloakServer.APP_PORT);
    }

    String app() {
        return "http://localhost:" + KeycloakServer.APP_PORT + "/";
    }

    void signInAtKeycloak(Browser browser, String user, String password) {
        browser.driver.get(app());
        browser.waiting().until(d -> d.getCurrentUrl().contains(KEYCLOAK_LOGIN_PAGE));
        browser.waiting().until(d -> d.findElement(By.id("username"))).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.id("kc-login")).click();
    }

    @Test
    void a_customs_officer_signs_in_on_keycloaks_page_works_in_their_unit_and_signs_out_of_keycloak_too()
            throws Exception {
        try (Browser browser = new Browser()) {
            signInAtKeycloak(browser, "officer.bishkek", "demo");

            assertThat(browser.textOf("current-user")).contains("officer.bishkek").contains("BIS")
                    .contains("Customs officer");
            browser.deep("vaadin-side-nav-item[path='cases/new']");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='overview']")))
                    .isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='admin/species']")))
                    .isEmpty();
            browser.screenshot("keycloak-officer-signed-in");

            browser.driver.findElement(By.id("sign-out")).click();
            // Keycloak's session has ended: the app sends the visitor to Keycloak's login page, not back in.
            browser.waiting().until(d -> d.getCurrentUrl().contains(KEYCLOAK_LOGIN_PAGE));
            browser.driver.get(app());
            browser.waiting().until(d -> d.getCurrentUrl().contains(KEYCLOAK_LOGIN_PAGE));
            assertThat(browser.driver.findElements(By.id("username"))).isNotEmpty();
            browser.screenshot("keycloak-signed-out-back-at-login");
        }
    }

    @Test
    void a_manager_gets_the_managers_menu() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtKeycloak(browser, "manager", "demo");
            assertThat(browser.textOf("current-user")).contains("manager");
            browser.deep("vaadin-side-nav-item[path='overview']");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='cases/new']")))
                    .isEmpty();
        }
    }

    @Test
    void an_admin_opens_cockpit_without_a_second_login() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtKeycloak(browser, "admin", "demo");
            browser.textOf("current-user");

            browser.driver.get(app() + "camunda/app/cockpit/default/");
            // Cockpit sends a visitor it does not know to its own #/login; a signed-in admin gets the dashboard.
            // Cockpit asks who is signed in; a visitor it does not know gets 401 and its own login page.
            Object who = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'})
                        .then(r => r.ok ? r.json().then(j => done(r.status + ' ' + j.userId
                            + ' ' + j.authorizedApps)) : done(String(r.status)))
                        .catch(e => done('error ' + e));""");
            assertThat(String.valueOf(who)).startsWith("200 admin").contains("cockpit");
            browser.waiting().until(d -> d.getPageSource().contains("Process Definitions")
                    || d.getPageSource().contains("Running"));
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("#/login");
            browser.screenshot("keycloak-admin-in-cockpit");
        }
    }

    @Test
    void a_wrong_password_stays_on_keycloaks_page_with_an_error() throws Exception {
        try (Browser browser = new Browser()) {
            signInAtKeycloak(browser, "expert", "wrong");
            browser.waiting().until(d -> d.getPageSource().contains("Invalid username or password"));
            assertThat(browser.driver.getCurrentUrl()).doesNotStartWith(app());
            browser.screenshot("keycloak-wrong-password");
        }
    }
}
