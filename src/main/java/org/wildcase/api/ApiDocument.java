package org.wildcase.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The published OpenAPI document as the API behaves: every operation lists the errors it can answer, each a
 * problem+json of the {@code Problem} schema; the security scheme is the active one (HTTP Basic in the embedded
 * default, bearer JWT with keycloak); and a field that may be null says so, since replies carry nulls.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer errorsSecurityAndNulls(Environment env) {
        boolean keycloak = env.acceptsProfiles(Profiles.of("keycloak"));
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas("FieldError", object(Map.of("field", text("The field by its JSON path, for "
                    + "example specimens[0].quantity"), "message", text("What is wrong with it"))));
            Schema<Object> problem = object(ordered("type", text("about:blank, or a URI naming the problem"),
                    "title", text("Short summary"), "status", integer("The HTTP status"),
                    "detail", text("What is wrong, in the caller's terms"), "instance", text("The request path"),
                    "errors", array(ref("FieldError"), "Invalid fields, for 400s of validation")));
            problem.setRequired(List.of("status", "title", "detail"));
            problem.setDescription("RFC 9457 problem details: every reply of the API that is not 2xx");
            components.addSchemas(PROBLEM, problem);
            secure(openApi, components, keycloak);
            openApi.getPaths().forEach((path, item) -> operations(item).forEach((method, op) -> errors(method, op)));
            nullable(components);
        };
    }

    private static void secure(OpenAPI openApi, Components components, boolean keycloak) {
        String name = keycloak ? "bearerAuth" : "basicAuth";
        SecurityScheme scheme = keycloak
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the agencies' Keycloak realm (keycloak profile)")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The local accounts (the demo users in the embedded default)");
        components.addSecuritySchemes(name, scheme);
        openApi.setSecurity(List.of(new SecurityRequirement().addList(name)));
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.readOperationsMap();
    }

    /** The errors an operation can answer; those it documents itself stay as they are. */
    private static void errors(PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("400", "Invalid input, or a malformed path or parameter; nothing is stored");
        codes.put("401", "No credentials, or wrong ones");
        codes.put("403", "The caller's role may not do this");
        codes.put("404", "Unknown, or not visible to the caller");
        codes.put("406", "None of the accepted media types can be produced");
        if (op.getRequestBody() != null) {
            codes.put("413", "The body is too large");
            codes.put("415", "The body's media type is not taken here");
        }
        if (method != PathItem.HttpMethod.GET) {
            codes.put("409", "A conflict: already completed or claimed by someone else, a stale update, or a "
                    + "message the case is not waiting for");
        }
        codes.put("429", "Too many failed sign-ins; try again after Retry-After seconds");
        codes.put("500", "A fault of the server; it carries no internals");
        codes.put("503", "Not ready yet (starting); try again after Retry-After seconds");
        codes.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                        .addMediaType(Problems.MEDIA_TYPE, new MediaType().schema(ref(PROBLEM)))));
            }
        });
    }

    /** Replies carry null for what is not known: a property that is not required may be null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullable(Components components) {
        for (Schema schema : components.getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> p : properties.entrySet()) {
                if (required.contains(p.getKey())) {
                    continue;
                }
                Schema property = p.getValue();
                if (property.getAdditionalProperties() instanceof Schema values && values.getTypes() != null
                        && !values.getTypes().contains("null")) {
                    // A map's values, such as a species' common names with no Kyrgyz one yet.
                    Set<String> types = new java.util.LinkedHashSet<>(values.getTypes());
                    types.add("null");
                    values.setTypes(types);
                }
                if (property.get$ref() != null) {
                    Schema either = new Schema<>().specVersion(SpecVersion.V31);
                    either.setAnyOf(List.of(property, new Schema<>().specVersion(SpecVersion.V31)
                            .types(Set.of("null"))));
                    p.setValue(either);
                } else if (property.getTypes() != null && !property.getTypes().contains("null")) {
                    Set<String> types = new java.util.LinkedHashSet<>(property.getTypes());
                    types.add("null");
                    property.setTypes(types);
                    if (property.getEnum() != null && !property.getEnum().contains(null)) {
                        List values = new java.util.ArrayList<>(property.getEnum());
                        values.add(null);
                        property.setEnum(values);
                    }
                }
            }
        }
    }

    private static Map<String, Schema<?>> ordered(Object... pairs) {
        Map<String, Schema<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Schema<?>) pairs[i + 1]);
        }
        return map;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<Object> object(Map<String, ? extends Schema> properties) {
        Schema<Object> s = new Schema<>().specVersion(SpecVersion.V31).types(Set.of("object"));
        s.setProperties(new LinkedHashMap<>((Map) properties));
        return s;
    }

    private static Schema<String> text(String description) {
        Schema<String> s = new Schema<String>().specVersion(SpecVersion.V31).types(Set.of("string"));
        s.setDescription(description);
        return s;
    }

    private static Schema<Integer> integer(String description) {
        Schema<Integer> s = new Schema<Integer>().specVersion(SpecVersion.V31).types(Set.of("integer"));
        s.setDescription(description);
        return s;
    }

    private static Schema<Object> array(Schema<?> items, String description) {
        Schema<Object> s = new Schema<>().specVersion(SpecVersion.V31).types(Set.of("array"));
        s.setItems(items);
        s.setDescription(description);
        return s;
    }

    static Schema<Object> ref(String name) {
        return new Schema<>().specVersion(SpecVersion.V31).$ref("#/components/schemas/" + name);
    }
}
