package org.whatmatters.backend.app;

import io.micronaut.http.HttpStatus;

/**
 * Something the app asked for that cannot be done, said in words an app team can show or act on;
 * answered as {@code application/problem+json} (RFC 7807) by {@link AppProblemHandler}, never with
 * a Java class name.
 */
public class AppProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    public AppProblem(HttpStatus status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /**
     * A short stable word the app can branch on: {@code code-wrong}, {@code code-locked}, {@code
     * too-many-codes}...
     */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public static AppProblem badRequest(String type, String detail) {
        return new AppProblem(HttpStatus.BAD_REQUEST, type, "The request cannot be used", detail);
    }

    public static AppProblem notFound(String detail) {
        return new AppProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }
}
