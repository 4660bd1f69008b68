package org.wildcase.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Four filter chains, most specific first: the stateless REST API, the engine REST path, Camunda's web apps
 * (admins only), and the Vaadin UI. Role checks on the API are made here, on the URL, so that a caller without the
 * role gets 403 before anything reads the body.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private final boolean keycloak;

    SecurityConfiguration(Environment env) {
        this.keycloak = env.acceptsProfiles(Profiles.of(KEYCLOAK));
    }

    static final String KEYCLOAK = "keycloak";
    /** Where Spring Security starts the sign-in at Keycloak (the client registration's id is "keycloak"). */
    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LocalSignIn signIn) throws Exception {
        stateless(http, "/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(post("/api/species/imports")).hasRole(Roles.ADMIN)
                        .requestMatchers(post("/api/permits"), post("/api/permits/*/cancel"),
                                post("/api/permits/cancel"))
                        .hasRole(Roles.PERMIT_OFFICER)
                        .requestMatchers(post("/api/cases")).hasRole(Roles.CUSTOMS_OFFICER)
                        .requestMatchers(post("/api/cases/*/withdraw")).hasRole(Roles.MANAGER)
                        .requestMatchers(post("/api/cases/*/investigation-outcome"))
                        .hasAnyRole(Roles.LEGAL_OFFICER, Roles.INTEGRATION)
                        .requestMatchers(post("/api/holidays"), PATHS.matcher(HttpMethod.DELETE, "/api/holidays/*"))
                        .hasRole(Roles.ADMIN)
                        .requestMatchers(PATHS.matcher("/api/incidents"), PATHS.matcher("/api/incidents/**"))
                        .hasRole(Roles.ADMIN)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/audit/verify")).hasRole(Roles.ADMIN)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/audit"))
                        .hasAnyRole(Roles.MANAGER, Roles.ADMIN)
                        .requestMatchers(PATHS.matcher("/api/audit/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(post("/api/reconciliations"))
                        .hasAnyRole(Roles.CUSTOMS_OFFICER, Roles.PERMIT_OFFICER)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/reconciliations"),
                                PATHS.matcher(HttpMethod.GET, "/api/reconciliations/**"))
                        .hasAnyRole(Roles.CUSTOMS_OFFICER, Roles.PERMIT_OFFICER, Roles.MANAGER)
                        // The integration client reads nothing: it only posts investigation outcomes.
                        .anyRequest().hasAnyRole(Roles.PEOPLE));
        BrowserPolicies.forApi(http);
        callers(http, signIn);
        return http.build();
    }

    /**
     * The operator's endpoints: liveness and readiness are public (a load balancer asks them, status only); the
     * detailed health and the Prometheus metrics need an admin, who signs in as an API caller does.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, LocalSignIn signIn) throws Exception {
        stateless(http, "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/liveness"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/readiness"))
                        .permitAll()
                        .anyRequest().hasRole(Roles.ADMIN));
        BrowserPolicies.forApi(http);
        callers(http, signIn);
        return http.build();
    }

    /** A chain for machine callers: no session, no CSRF token, no saved request to return to after a sign-in. */
    private static HttpSecurity stateless(HttpSecurity http, String paths) throws Exception {
        return http.securityMatcher(PATHS.matcher(paths))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable());
    }

    /** How API callers prove who they are: bearer tokens from Keycloak, or HTTP Basic with the local accounts. */
    private void callers(HttpSecurity http, LocalSignIn signIn) throws Exception {
        if (keycloak) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(KeycloakTokens::apiAuthentication))
                    .authenticationEntryPoint(ProblemResponses::unauthorizedBearer));
            http.exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses::unauthorizedBearer)
                    .accessDeniedHandler(ProblemResponses::forbidden));
        } else {
            http.authenticationManager(signIn);
            http.httpBasic(b -> b.realmName("wildcase").authenticationEntryPoint(ProblemResponses::unauthorized));
            http.exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses::unauthorized)
                    .accessDeniedHandler(ProblemResponses::forbidden));
        }
    }

    /** Camunda's engine REST API is not deployed; the path stays closed to all but admins should it ever be. */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, LocalSignIn signIn) throws Exception {
        stateless(http, "/engine-rest/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN));
        BrowserPolicies.forApi(http);
        callers(http, signIn);
        return http.build();
    }

    /** Cockpit and the other Camunda web apps: only for admins signed in to Wildcase. */
    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/camunda/**"))
                // Camunda's web apps bring their own CSRF protection.
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(
                        keycloak ? KEYCLOAK_LOGIN : "/login"))
                        .accessDeniedHandler((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN)));
        BrowserPolicies.forCamunda(http);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain ui(HttpSecurity http, LocalSignIn signIn, org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.oauth2.jwt.JwtDecoder> decoder) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PATHS.matcher("/v3/api-docs"),
                PATHS.matcher("/v3/api-docs/**")).permitAll());
        BrowserPolicies.forPages(http);
        if (keycloak) {
            // Sign-in at Keycloak (authorization code); signing out ends the Keycloak session too.
            http.oauth2Login(o -> o.userInfoEndpoint(u -> u.oidcUserService(new KeycloakUsers(
                    decoder.getObject()))));
            http.with(VaadinSecurityConfigurer.vaadin(), c -> c.oauth2LoginPage(KEYCLOAK_LOGIN, "{baseUrl}"));
        } else {
            http.authenticationManager(signIn);
            http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class));
        }
        return http.build();
    }

    /**
     * Tokens of the realm, for the API and for reading roles at sign-in: signed by the realm's keys, issued by it,
     * meant for the API (audience), and not expired beyond the allowed clock skew.
     */
    @Bean
    @org.springframework.context.annotation.Profile(KEYCLOAK)
    org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(KeycloakSettings settings) {
        org.springframework.security.oauth2.jwt.NimbusJwtDecoder decoder =
                org.springframework.security.oauth2.jwt.NimbusJwtDecoder
                        .withJwkSetUri(settings.issuer() + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                new org.springframework.security.oauth2.jwt.JwtTimestampValidator(settings.clockSkew()),
                new org.springframework.security.oauth2.jwt.JwtIssuerValidator(settings.issuer()),
                new org.springframework.security.oauth2.jwt.JwtClaimValidator<java.util.List<String>>("aud",
                        aud -> aud != null && aud.contains(settings.audience()))));
        return decoder;
    }

    /** Who holds a role: Keycloak's users in the keycloak profile, the local accounts otherwise. */
    @Bean
    UserDirectory userDirectory(LocalAccounts local, KeycloakSettings settings,
            org.springframework.web.client.RestClient.Builder http) {
        return keycloak ? new KeycloakDirectory(settings, http) : local::usersWithRole;
    }

    /**
     * Sign-in with the local accounts, for the login form and HTTP Basic (only set on the chains outside the keycloak
     * profile, whose OAuth2 sign-in and bearer tokens bring their own authentication).
     */
    @Bean
    LocalSignIn localSignIn(LocalAccounts accounts, PasswordEncoder encoder, VerifiedCredentials verified,
            SignInThrottle throttle, AuthenticationEventPublisher events) {
        return new LocalSignIn(accounts, encoder, verified, throttle, events);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    @Bean
    VerifiedCredentials verifiedCredentials(Clock clock) {
        return new VerifiedCredentials(clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The local accounts: the demo users in the embedded default, none otherwise. With keycloak or prod active the
     * demo users never exist, whatever the properties say (and prod refuses to start if they are asked for).
     */
    @Bean
    LocalAccounts localUsers(DemoSettings demo, Environment env, PasswordEncoder encoder) {
        if (demoUsersAllowed(demo, env)) {
            return new LocalAccounts(DemoUsers.ACCOUNTS, encoder.encode(DemoUsers.PASSWORD));
        }
        return LocalAccounts.none();
    }

    static boolean demoUsersAllowed(DemoSettings demo, Environment env) {
        return demo.users() && !env.acceptsProfiles(Profiles.of("keycloak", "prod"));
    }

    private static RequestMatcher post(String pattern) {
        return PATHS.matcher(HttpMethod.POST, pattern);
    }

    /** problem+json bodies for the filter chain's own refusals. */
    static final class ProblemResponses {

        private ProblemResponses() {
        }

        static void unauthorized(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                Exception e) throws IOException {
            if (e instanceof TooManyFailedSignIns throttled) {
                tooManyFailedSignIns(res, throttled);
                return;
            }
            res.setHeader("WWW-Authenticate", "Basic realm=\"wildcase\"");
            write(res, 401, "Unauthorized", "Sign in to use the API: HTTP Basic or a bearer token.");
        }

        /** A missing, expired or forged bearer token (keycloak profile). */
        static void unauthorizedBearer(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                Exception e) throws IOException {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"wildcase\"");
            write(res, 401, "Unauthorized", "Sign in to use the API: a bearer token from the agencies' Keycloak.");
        }

        /** 429, an addition to api.md: sign-in is paused for the account or address after repeated failures. */
        static void tooManyFailedSignIns(HttpServletResponse res, TooManyFailedSignIns e) throws IOException {
            long seconds = Math.max(1, e.retryAfterSeconds());
            res.setHeader("Retry-After", Long.toString(seconds));
            write(res, 429, "Too Many Requests", "Too many failed sign-ins. Try again in " + seconds + " seconds.");
        }

        static void forbidden(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                Exception e) throws IOException {
            write(res, 403, "Forbidden", "Your role may not do this.");
        }

        private static void write(HttpServletResponse res, int status, String title, String detail)
                throws IOException {
            res.setStatus(status);
            res.setContentType("application/problem+json");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                    + "\",\"detail\":\"" + detail + "\"}");
        }
    }
}
