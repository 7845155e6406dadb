package org.whatmatters.backend.problem;

/**
 * The thing asked for is not there, or not there for this member of staff (who is not told it
 * exists elsewhere).
 */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
