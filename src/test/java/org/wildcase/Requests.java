package org.wildcase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Short request builders for API tests: who calls, and with which JSON. */
public final class Requests {

    private Requests() {
    }

    public static MockHttpServletRequestBuilder get(String user, String uri, Object... vars) {
        return as(user, MockMvcRequestBuilders.get(uri, vars));
    }

    public static MockHttpServletRequestBuilder post(String user, String uri, String json, Object... vars) {
        MockHttpServletRequestBuilder b = as(user, MockMvcRequestBuilders.post(uri, vars));
        return json == null ? b : b.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** {@code user} null means an anonymous call. Demo users share the password "demo". */
    public static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder b) {
        return user == null ? b : b.with(httpBasic(user, "demo"));
    }
}
