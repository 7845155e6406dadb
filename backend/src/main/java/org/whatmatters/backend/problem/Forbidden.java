package org.whatmatters.backend.problem;

/** Signed in, but this member of staff may not do this (another organisation's settings, say). */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
