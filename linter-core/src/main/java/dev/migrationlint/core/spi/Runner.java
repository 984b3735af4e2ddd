package dev.migrationlint.core.spi;

/** The migration tool that runs a file, which decides how statements are grouped into transactions. */
public enum Runner {
    /** Flyway and its naming variants: one transaction per script, unless configured or non-transactional statements are detected. */
    FLYWAY,
    /** golang-migrate: the file is one query string; on PostgreSQL several statements form one implicit transaction. */
    GOLANG_MIGRATE,
    /** goose: a transaction per file unless {@code -- +goose NO TRANSACTION}. */
    GOOSE,
    /** dbmate: a transaction per block unless the block says {@code transaction:false}. */
    DBMATE,
    /** sqlx: a transaction per file unless it starts with {@code -- no-transaction}. */
    SQLX,
    /** diesel / sourcegraph folders: a transaction unless their metadata says otherwise. */
    FOLDER,
    /** ory/pop: a transaction per file. */
    POP,
    /** A configured pattern: {@code transactional} says. */
    PATTERN
}
