package org.whatmatters.backend.problem;

/**
 * The step is out of order with the state things are in (a referral already closed, a name already
 * taken).
 */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
