package org.wildcase.security;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.wildcase.EmbeddedPostgresDatabase;

/** {@link SignInThrottling} with the postgres profile, whose demo users sign in the same way. */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "wildcase.demo.data=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import({EmbeddedPostgresDatabase.class, SignInThrottling.Clocks.class})
class SignInThrottlingOnPostgresTest extends SignInThrottling {
}
