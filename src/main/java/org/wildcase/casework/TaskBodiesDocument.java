package org.wildcase.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * The body of {@code POST /api/tasks/{taskId}/complete} depends on the task's key; the document names each one
 * ({@code IdentifySpeciesBody}, {@code QualifyOffenceBody}, ...) from the records the modules read, and the
 * operation takes one of them.
 */
@Component
class TaskBodiesDocument implements OpenApiCustomizer {

    static final String COMPLETE = "/api/tasks/{taskId}/complete";

    private final Map<String, Class<?>> bodies = new TreeMap<>();

    TaskBodiesDocument(TaskCommands commands) {
        bodies.putAll(commands.bodies());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        PathItem complete = openApi.getPaths() == null ? null : openApi.getPaths().get(COMPLETE);
        if (complete == null || complete.getPost() == null) {
            return;
        }
        List<Schema> oneOf = new ArrayList<>();
        bodies.forEach((taskKey, type) -> {
            ResolvedSchema resolved = ModelConverters.getInstance(true)
                    .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
            String name = taskKey + "Body";
            Schema body = resolved.schema;
            body.setDescription("The body of " + taskKey);
            openApi.getComponents().addSchemas(name, body);
            resolved.referencedSchemas.forEach((n, s) -> openApi.getComponents().getSchemas().putIfAbsent(n, s));
            oneOf.add(new Schema<>().specVersion(SpecVersion.V31).$ref("#/components/schemas/" + name));
        });
        Schema either = new Schema<>().specVersion(SpecVersion.V31);
        either.setOneOf(oneOf);
        either.setDescription("The body the task's taskKey asks for (api.md)");
        // The request's JsonNode was only how the controller reads it.
        openApi.getComponents().getSchemas().remove("JsonNode");
        Operation post = complete.getPost();
        post.setRequestBody(new RequestBody().required(false).content(new Content()
                .addMediaType("application/json", new MediaType().schema(either))));
    }
}
