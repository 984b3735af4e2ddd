package dev.migrationlint.core.spi;

/** Kinds of lexical tokens. Whitespace is never a token; comments are kept apart from statement tokens. */
public enum TokenType {
    /** A keyword or unquoted identifier. */
    WORD,
    /** {@code "quoted"} or MySQL {@code `backtick`} identifier; {@link Token#text()} is the raw text with quotes. */
    QUOTED_IDENTIFIER,
    /** A string literal in any form: {@code '...'}, {@code E'...'}, {@code $tag$...$tag$}, MySQL {@code "..."}. */
    STRING,
    NUMBER,
    /** An operator or punctuation other than the ones below: {@code = :: + - * / < > || ...}. */
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    DOT,
    /** The statement delimiter in force ({@code ;}, or one set with MySQL {@code DELIMITER}, SQL Server {@code GO}, Oracle {@code /}). */
    DELIMITER,
    /** A bind parameter or Flyway placeholder: {@code $1}, {@code ?}, {@code :name}, {@code ${schema}}. */
    PARAMETER,
    /** A Go text/template action {@code {{ ... }}}. */
    TEMPLATE,
    /** A psql meta-command line such as {@code \set} or {@code \connect}. */
    META_COMMAND,
    /** Inline data of {@code COPY ... FROM stdin}, up to and including the terminating {@code \.} line. */
    COPY_DATA,
    LINE_COMMENT,
    BLOCK_COMMENT,
    /** A character the lexer could not place; kept so that nothing is lost. */
    OTHER
}
