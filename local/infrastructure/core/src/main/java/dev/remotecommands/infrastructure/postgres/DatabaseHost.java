package dev.remotecommands.infrastructure.postgres;

import java.util.Collection;

/** A PostgreSQL server on which databases can be created: one per service, owned by a user of the same name. */
public interface DatabaseHost {

    /** Creates each database (and its owner, password = name) unless it exists. */
    void createDatabases(Collection<String> names);
}
