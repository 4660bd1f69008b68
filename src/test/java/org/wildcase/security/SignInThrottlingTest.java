package org.wildcase.security;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.wildcase.WildcaseTest;

/** {@link SignInThrottling} in the embedded default. */
@WildcaseTest
@TestPropertySource(properties = "wildcase.demo.data=false")
@Import(SignInThrottling.Clocks.class)
class SignInThrottlingTest extends SignInThrottling {
}
