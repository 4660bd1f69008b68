package org.wildcase.api;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A small map as JSON in one canonical form (keys sorted, no spaces, values as text or numbers), so that the same
 * content always gives the same bytes: what the audit trail hashes. Kept here, at the edge where JSON lives.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private CanonicalJson() {
    }

    public static String of(Map<String, ?> values) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + values, e);
        }
    }

    /** The stored text as a map, for a reply that shows it as a JSON object (empty when it is not one). */
    public static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
