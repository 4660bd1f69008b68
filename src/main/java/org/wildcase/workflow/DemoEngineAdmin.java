package org.wildcase.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.wildcase.security.DemoSettings;
import org.wildcase.security.DemoUsers;

/**
 * In the embedded default, Cockpit's own login needs an engine user: the demo admin gets one, with the demo
 * password. It is created in code, not through camunda.bpm.admin-user, so no profile other than the default
 * ever carries the credential.
 */
@Component
class DemoEngineAdmin {

    private static final Logger log = LoggerFactory.getLogger(DemoEngineAdmin.class);
    static final String ADMIN = "admin";

    private final IdentityService identity;
    private final DemoSettings demo;
    private final Environment env;

    DemoEngineAdmin(IdentityService identity, DemoSettings demo, Environment env) {
        this.identity = identity;
        this.demo = demo;
        this.env = env;
    }

    @EventListener(ApplicationStartedEvent.class)
    void createOnStart() {
        if (!demo.users() || env.acceptsProfiles(Profiles.of("keycloak", "prod"))) {
            return;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(ADMIN).count() == 0) {
            User user = identity.newUser(ADMIN);
            user.setFirstName("Demo");
            user.setLastName("Admin");
            user.setPassword(DemoUsers.PASSWORD);
            identity.saveUser(user);
            identity.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
            log.info("Created the demo engine admin '{}' for Cockpit", ADMIN);
        }
    }
}
