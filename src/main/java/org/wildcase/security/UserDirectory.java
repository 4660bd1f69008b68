package org.wildcase.security;

import java.util.List;

/** Who holds a role, so that a manager can hand a task to another person of that role. */
public interface UserDirectory {

    /** The people holding {@code role}, sorted by user name. */
    List<Person> usersWithRole(String role);

    /** A person as the directory knows them: user name and, for customs officers, their unit. */
    record Person(String username, String unit) {
    }
}
