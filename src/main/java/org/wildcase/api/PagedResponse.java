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

    /**
     * The page {@code ?page=&size=} asks for. A page that starts beyond any offset a query can take lies beyond the
     * data: it is empty (with the true total), never an overflow.
     */
    public static <T> PagedResponse<T> page(int page, int size, java.util.function.Function<PageRequest, Page<T>> query) {
        PageRequest request = request(page, size);
        if (request.getOffset() > Integer.MAX_VALUE - size) {
            long total = query.apply(PageRequest.of(0, 1, request.getSort())).getTotalElements();
            return new PagedResponse<>(List.of(), page, size, total);
        }
        return of(query.apply(request));
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
