package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.ChangeSet;

import java.time.Instant;
import java.util.Optional;

/** What git knows about the files of a run, asked lazily by history rules. */
public interface Provenance {

    /** No git history and no change under review. */
    Provenance NONE = new Provenance() {
        @Override
        public Optional<Instant> firstCommitted(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<ChangeSet> changeSet() {
            return Optional.empty();
        }
    };

    /** When the file at {@code path} (as reports show paths) was first committed. */
    Optional<Instant> firstCommitted(String path);

    /** The change under review, if the run has one. */
    Optional<ChangeSet> changeSet();
}
