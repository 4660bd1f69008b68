package org.wildcase.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.ClassUtils;

/**
 * What a browser may do with the application's responses: {@code Content-Security-Policy}, {@code Referrer-Policy}
 * and {@code Permissions-Policy}, added to Spring Security's default headers.
 * <p>
 * The pages allow what Vaadin Flow documents it needs and nothing from other sites: its bootstrap page starts the
 * client engine with an inline script and the engine builds functions from the JavaScript the server sends
 * ({@code script-src 'unsafe-inline' 'unsafe-eval'}), components set inline styles, and icons come as {@code data:}
 * URLs. With Vaadin's dev tools on the class path (not in the {@code -Pproduction} jar) the live-reload web socket is
 * allowed too. The API serves data and never a page, so it allows nothing at all. Camunda's web apps set their own
 * policy (with a nonce), which a second one would only narrow.
 */
final class BrowserPolicies {

    static final String API = "default-src 'none'; frame-ancestors 'none'";

    /** Vaadin's development tools; the production jar leaves them out. */
    static final boolean DEV_TOOLS = ClassUtils.isPresent("com.vaadin.base.devserver.DevModeHandlerManagerImpl",
            BrowserPolicies.class.getClassLoader());

    static final String PAGES = pages(DEV_TOOLS);

    /** Powerful browser features, all off: no view uses any of them. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    private BrowserPolicies() {
    }

    static String pages(boolean devTools) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'" + (devTools ? " ws: wss:" : "") + "; worker-src 'self' blob:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The API's policy: nothing to run, load or frame, and no referrer. */
    static void forApi(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
    }

    /** The Vaadin pages' policy; no referrer leaves for other sites (paths name cases). */
    static void forPages(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(PAGES))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
    }

    /** Camunda's web apps: their own content security policy, ours for the rest. */
    static void forCamunda(HttpSecurity http) throws Exception {
        http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
    }
}
