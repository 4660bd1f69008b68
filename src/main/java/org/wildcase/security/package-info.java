/**
 * Who may do what: the role names (they are also Keycloak realm roles and Camunda candidate groups), the current
 * user with their customs unit, the demo users of the embedded default and how they sign in (failed attempts
 * throttled, verified credentials remembered for a few minutes), the security filter chains for the API, Camunda's
 * web apps and the Vaadin UI, and the policies they tell browsers (content security, referrer, permissions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.wildcase.security;
