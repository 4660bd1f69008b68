package org.wildcase.workflow;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Cockpit with the agencies' Keycloak (keycloak profile): the engine reads users and groups from Keycloak
 * (read-only), and Camunda's web apps take the person Spring Security signed in, so admins need no second login.
 * Members of the Keycloak group {@code camunda-admin} are Camunda administrators; group ids are the groups' paths,
 * which are the role ids the BPMN offers tasks to.
 */
@Configuration
@Profile("keycloak")
class CockpitSingleSignOn {

    @Bean
    KeycloakIdentityProviderPlugin keycloakIdentityProvider(@Value("${wildcase.keycloak.issuer}") String issuer,
            @Value("${wildcase.keycloak.directory-client-id}") String clientId,
            @Value("${wildcase.keycloak.directory-client-secret}") String clientSecret) {
        KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
        plugin.setKeycloakIssuerUrl(issuer);
        plugin.setKeycloakAdminUrl(issuer.replace("/realms/", "/admin/realms/"));
        plugin.setClientId(clientId);
        plugin.setClientSecret(clientSecret);
        plugin.setUseUsernameAsCamundaUserId(true);
        plugin.setUseGroupPathAsCamundaGroupId(true);
        plugin.setAdministratorGroupName("camunda-admin");
        return plugin;
    }

    /** Runs after Spring Security, whose request wrapper gives the signed-in person as the user principal. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
