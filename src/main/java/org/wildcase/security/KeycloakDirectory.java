package org.wildcase.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The people of a role as Keycloak knows them, for a manager's reassignment. The realm grants roles through
 * groups named like the roles, so the group's members are read. The
 * directory client's service account needs the realm-management role {@code view-users}.
 */
final class KeycloakDirectory implements UserDirectory {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> USERS =
            new ParameterizedTypeReference<>() {
            };

    private final KeycloakSettings settings;
    private final RestClient http;

    KeycloakDirectory(KeycloakSettings settings, RestClient.Builder http) {
        this.settings = settings;
        this.http = http.build();
    }

    @Override
    public List<Person> usersWithRole(String role) {
        String token = serviceToken();
        Map<String, Person> people = new TreeMap<>();
        // Listing a role's users shows only direct holders (and needs view-realm); the realm grants roles
        // through groups named like them, so the group's members are the role's people.
        for (Map<String, Object> group : get(token, "/groups?exact=true&search={role}", role)) {
            if (!role.equals(group.get("name"))) {
                continue;
            }
            for (Map<String, Object> user : get(token, "/groups/{id}/members?max=1000&briefRepresentation=false",
                    group.get("id"))) {
                String name = String.valueOf(user.get("username"));
                people.put(name, new Person(name, unitOf(user)));
            }
        }
        return people.values().stream().sorted(Comparator.comparing(Person::username)).toList();
    }

    private List<Map<String, Object>> get(String token, String path, Object variable) {
        List<Map<String, Object>> users = http.get().uri(settings.adminApi() + path, variable)
                .header("Authorization", "Bearer " + token).retrieve().body(USERS);
        return users == null ? List.of() : users;
    }

    @SuppressWarnings("unchecked")
    private static String unitOf(Map<String, Object> user) {
        if (user.get("attributes") instanceof Map<?, ?> attributes
                && attributes.get(KeycloakTokens.UNIT_CLAIM) instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        return null;
    }

    private String serviceToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.directoryClientId());
        form.add("client_secret", settings.directoryClientSecret());
        Map<String, Object> reply = http.post().uri(settings.issuer() + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
        return String.valueOf(reply.get("access_token"));
    }
}
