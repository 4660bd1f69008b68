package org.wildcase.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The person signed in through Keycloak in the UI. Their roles and unit are read from the access token, which
 * the app validates with the same decoder as API calls, because Keycloak keeps realm roles out of the ID token.
 */
final class KeycloakUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final JwtDecoder decoder;

    KeycloakUsers(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = oidc.loadUser(request);
        Jwt access = decoder.decode(request.getAccessToken().getTokenValue());
        return new Person(KeycloakTokens.authorities(KeycloakTokens.roles(access.getClaims())), user,
                KeycloakTokens.unit(access.getClaims()) != null ? KeycloakTokens.unit(access.getClaims())
                        : KeycloakTokens.unit(user.getClaims()));
    }

    /** An OIDC user with our roles and the customs unit, named by their Keycloak user name. */
    static final class Person extends DefaultOidcUser implements CurrentUser.UnitHolder {

        private final String unit;

        Person(Collection<? extends GrantedAuthority> authorities, OidcUser user, String unit) {
            super(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
            this.unit = unit;
        }

        @Override
        public String unit() {
            return unit;
        }
    }
}
