package org.whatmatters.backend.paging;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.uri.UriBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * How the staff API's lists page (the caseload, {@code /staff/alerts}, {@code
 * /coordinator/people}): the query parameters are Micronaut Data's ({@code page} from 0, {@code
 * size} rows, by default the first 100; at most 100; {@code sort} is not taken: each list has its
 * own order, newest first). The body stays the JSON array it always was, so a client that never
 * asks for a page keeps working as long as its list fits one; the headers say the rest: {@code
 * X-Total-Count} (rows in the whole list) and {@code Link} with {@code rel="next"} / {@code
 * rel="prev"} (RFC 8288) where there is such a page.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {}

    /** The page and size asked for, without a sort. */
    public static Pageable unsorted(Pageable asked) {
        return Pageable.from(asked.getNumber(), asked.getSize());
    }

    /** One page of a list already in memory (ordered and filtered as it is shown). */
    public static <T> Page<T> slice(List<T> all, Pageable asked) {
        Pageable pageable = unsorted(asked);
        long from = Math.min(pageable.getOffset(), all.size());
        long to = Math.min(from + pageable.getSize(), all.size());
        return Page.of(all.subList((int) from, (int) to), pageable, (long) all.size());
    }

    /** The page's rows as the body, the total and the neighbouring pages as headers. */
    public static <T> MutableHttpResponse<List<T>> of(Page<T> page, HttpRequest<?> request) {
        MutableHttpResponse<List<T>> response = HttpResponse.ok(page.getContent());
        response.header(TOTAL_COUNT, String.valueOf(page.getTotalSize()));
        List<String> links = new ArrayList<>();
        int number = page.getPageNumber();
        if ((long) (number + 1) * page.getSize() < page.getTotalSize()) {
            links.add(link(request, number + 1, page.getSize(), "next"));
        }
        if (number > 0) {
            links.add(link(request, Math.min(number - 1, lastPage(page)), page.getSize(), "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response;
    }

    private static int lastPage(Page<?> page) {
        return page.getTotalSize() == 0 ? 0 : (int) ((page.getTotalSize() - 1) / page.getSize());
    }

    /** The same list with the request's own filters (status, personId, ...), at another page. */
    private static String link(HttpRequest<?> request, int number, int size, String rel) {
        UriBuilder builder = UriBuilder.of(request.getPath());
        request.getParameters()
                .forEach(
                        (name, values) -> {
                            if (!name.equals("page") && !name.equals("size")) {
                                builder.queryParam(name, values.toArray());
                            }
                        });
        String uri = builder.queryParam("page", number).queryParam("size", size).build().toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
