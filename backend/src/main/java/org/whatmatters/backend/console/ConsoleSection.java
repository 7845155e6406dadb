package org.whatmatters.backend.console;

import java.util.Set;
import org.whatmatters.backend.security.Role;

/**
 * One entry of the console's navigation. Each area of the console declares its own as a bean, so a
 * new area (the interpreters' workspace, say) appears in the menu of the roles it names without
 * touching the layout.
 */
public interface ConsoleSection {

    String label();

    /** Where the entry leads; pages under it mark the entry as current. */
    String href();

    Set<Role> roles();

    /** Smaller first. */
    default int order() {
        return 100;
    }

    /** A section as a plain value. */
    static ConsoleSection of(String label, String href, int order, Role... roles) {
        Set<Role> allowed = Set.of(roles);
        return new ConsoleSection() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public String href() {
                return href;
            }

            @Override
            public Set<Role> roles() {
                return allowed;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
