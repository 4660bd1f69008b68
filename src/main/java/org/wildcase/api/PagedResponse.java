package org.wildcase.api;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The paged list reply of api.md: {@code {"content", "page", "size", "totalElements"}}. */
public record PagedResponse<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_SIZE = 500;

    public static <T> PagedResponse<T> of(Page<T> page) {
        return new PagedResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    /** A page request from {@code ?page=&size=}, refusing what api.md does not allow. */
    public static PageRequest request(int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
