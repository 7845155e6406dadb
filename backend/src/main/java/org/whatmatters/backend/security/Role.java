package org.whatmatters.backend.security;

/** What a staff account may do; carried in the JWT's {@code roles} claim. */
public enum Role {
    /** Accounts, directory, configuration. */
    ADMIN,
    /** A delivery partner's worker: their organisation's caseload only. */
    PARTNER,
    /** A care coordinator: people who consented to share with them. */
    COORDINATOR,
    /** Scripts and translations; never personal data. */
    INTERPRETER;

    /** For {@code @Secured}: annotation values must be constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PARTNER = "PARTNER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String INTERPRETER = "INTERPRETER";

        private Names() {}
    }
}
