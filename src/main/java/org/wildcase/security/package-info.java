/**
 * Who may do what: the role names (they are also Keycloak realm roles and Camunda candidate groups), the current
 * user with their customs unit, the demo users of the embedded default, and the security filter chains for the
 * API, Camunda's web apps and the Vaadin UI.
 */
package org.wildcase.security;
