package org.whatmatters.backend.console.session;

import org.whatmatters.backend.console.ConsolePaths;

/** Where signing in and out happens. */
public final class SignInPaths {

    public static final String SIGN_IN = ConsolePaths.ROOT + "/sign-in";
    public static final String SIGN_OUT = ConsolePaths.ROOT + "/sign-out";

    private SignInPaths() {}
}
