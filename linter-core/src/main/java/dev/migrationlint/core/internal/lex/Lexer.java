package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A single-pass, hand-written, dialect-aware SQL tokenizer over a sliding char buffer.
 *
 * <p>It never throws on bad input: unknown characters become {@link TokenType#OTHER} tokens and unterminated
 * constructs become {@link SourceProblem}s, after which lexing resumes right after the opener. Offsets and columns
 * count UTF-16 code units; LF, CRLF and CR each end a line.
 *
 * <p>Besides plain tokens it understands the line-oriented client syntax that decides where statements end: MySQL
 * {@code DELIMITER} lines, SQL Server {@code GO} and Oracle {@code /} lines, psql meta-commands and the inline data
 * that follows {@code COPY ... FROM stdin}.
 */
public final class Lexer {

    private static final int READ_CHUNK = 1 << 16;
    /** Bound on look-ahead for short constructs (placeholders, dollar tags, client commands), so it never grows the buffer. */
    private static final int LOOKAHEAD = 1024;
    /** Failed scans for a closing quote are rewound; past this many scanned chars we stop rewinding to stay linear. */
    private static final long REWIND_BUDGET_FACTOR = 4;
    private static final long REWIND_BUDGET_MIN = 1 << 22;

    /** psql's {@code \copy ... from stdin} reads its data from the script, like COPY. */
    private static final Pattern COPY_FROM_STDIN =
            Pattern.compile("^\\\\copy\\b.*\\bfrom\\s+stdin\\b", Pattern.CASE_INSENSITIVE);
    private static final boolean[] IDENT_PART = new boolean[128];
    private static final String[][] OPERATORS = new String[128][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            IDENT_PART[c] = true;
            IDENT_PART[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            IDENT_PART[c] = true;
        }
        IDENT_PART['_'] = true;
        IDENT_PART['$'] = true;
        // Longest first within each first character, so the first match is the maximal munch.
        String[] ops = {"->>", "#>>", "<=>", "!~~*", "!~*", "~~*", "!~~", "||/", "-|-", "<<=", ">>=", "<->", "@@@",
            "::", ":=", "->", "#>", "#-", "<=", ">=", "<>", "!=", "||", "=>", "<<", ">>", "&&", "@>", "<@", "~~",
            "!~", "~*", "**", "|/", "@@", "?|", "?&", "&<", "&>", "!!"};
        List<List<String>> byFirst = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            byFirst.add(new ArrayList<>());
        }
        for (String op : ops) {
            byFirst.get(op.charAt(0)).add(op);
        }
        for (int i = 0; i < 128; i++) {
            List<String> list = byFirst.get(i);
            list.sort((a, b) -> b.length() - a.length());
            OPERATORS[i] = list.toArray(new String[0]);
        }
    }

    private final Reader reader;
    private final boolean mysql;
    private final LexOptions options;
    /** PostgreSQL-style lexing: dollar quotes, E'' strings, nested comments, psql meta-commands, COPY data. */
    private final boolean postgres;
    private final int tokenCap;
    private final long retainLimit;
    private final Consumer<SourceProblem> problemSink;
    private final List<SourceProblem> problems;
    private long rewindBudget;
    private Runnable retentionOverflow = () -> { };

    private char[] buf;
    private int pos;
    private int limit;
    /** Absolute offset of {@code buf[0]}. */
    private long base;
    private boolean eof;

    private int line = 1;
    private long lineStart;
    private long lastCr = -2;
    /** Only whitespace so far on the current line. */
    private boolean lineBlank = true;

    private TokenType type;
    /** Index of the current token in {@code buf}, or -1 once an over-long token stopped being retained. */
    private int tokIdx;
    private long tokOffset;
    private int tokLine;
    private int tokColumn;
    private String overflowHead;
    private int savedLine;
    private long savedLineStart;
    private long savedLastCr;
    private long retainOffset = -1;

    private String delimiter = ";";
    private boolean customDelimiter;
    private boolean batchLine;
    private char delimiterFirst = ';';
    private boolean delimiterInWords;
    private boolean statementStart = true;
    private int copyState;
    private boolean copyDataPending;
    private boolean copyDataNow;
    /** No {@code \.} line follows this offset, so later COPY data need not look for one again. */
    private long noCopyEndFrom = Long.MAX_VALUE;
    private boolean inVersionComment;
    private Span versionCommentOpener;
    private String versionCommentText;

    /** Lexes a whole script held in memory. */
    public Lexer(String source, LexOptions options) {
        this(source.toCharArray(), null, options, null);
    }

    /** Lexes a script read incrementally; only the current token (and what a {@link Splitter} retains) is held. */
    public Lexer(Reader reader, LexOptions options) {
        this(new char[READ_CHUNK], reader, options, null);
    }

    Lexer(char[] initial, Reader reader, LexOptions options, Consumer<SourceProblem> sink) {
        this.reader = reader;
        this.buf = initial;
        this.limit = reader == null ? initial.length : 0;
        Dialect dialect = options.dialect();
        this.options = options;
        this.mysql = dialect.isMysqlFamily();
        this.postgres = dialect == Dialect.POSTGRESQL || dialect == Dialect.GENERIC;
        this.tokenCap = Math.max(options.maxStatementChars(), 1 << 12);
        this.retainLimit = (long) options.maxStatementChars() + READ_CHUNK;
        this.problems = sink == null ? new ArrayList<>() : null;
        this.problemSink = sink == null ? problems::add : sink;
        this.rewindBudget = Math.max(REWIND_BUDGET_MIN, REWIND_BUDGET_FACTOR * limit);
    }

    /** Every token of {@code source}, comments included, in order. */
    public static List<Token> tokenize(String source, LexOptions options) {
        Lexer lexer = new Lexer(source, options);
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            tokens.add(t);
        }
        return tokens;
    }

    /** The next token, comments included, or null at the end of input. */
    public Token next() {
        try {
            return advance() == null ? null : token();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems found so far (only for a lexer built with a public constructor). */
    public List<SourceProblem> problems() {
        return problems == null ? List.of() : List.copyOf(problems);
    }

    // ---- interface for the Splitter ----

    void onRetentionOverflow(Runnable hook) {
        this.retentionOverflow = hook;
    }

    /** Keep source text from {@code offset} on, so that {@link #text} can cut a statement's text out of the buffer. */
    void retainFrom(long offset) {
        retainOffset = offset;
    }

    void release() {
        retainOffset = -1;
    }

    /** Source text between two absolute offsets; both must lie in the retained region. */
    String text(long from, long to) {
        return new String(buf, (int) (from - base), (int) (to - from));
    }

    long start() {
        return tokOffset;
    }

    long end() {
        return base + pos;
    }

    int line() {
        return tokLine;
    }

    int column() {
        return tokColumn;
    }

    int endLine() {
        return line;
    }

    int endColumn() {
        return columnOf(base + pos);
    }

    /** True when the current DELIMITER token is a line holding only {@code GO} or {@code /}. */
    boolean batchLine() {
        return batchLine;
    }

    /** True while a delimiter set by a MySQL {@code DELIMITER} line (other than {@code ;}) is in force. */
    boolean customDelimiter() {
        return customDelimiter;
    }

    /** True after a {@code COPY ... FROM stdin} statement's delimiter, until its data has been read. */
    boolean copyDataPending() {
        return copyDataPending;
    }

    /** The current token as a value; an over-long token in a streamed script keeps only its head. */
    Token token() {
        String text = tokIdx >= 0 ? new String(buf, tokIdx, pos - tokIdx) : overflowHead;
        return new Token(type, text, tokOffset, tokLine, tokColumn);
    }

    /** True if the current token is a WORD equal to {@code upper}, an upper-case ASCII keyword, ignoring case. */
    boolean isWord(String upper) {
        if (type != TokenType.WORD || tokIdx < 0 || pos - tokIdx != upper.length()) {
            return false;
        }
        for (int i = 0; i < upper.length(); i++) {
            char c = buf[tokIdx + i];
            if (c != upper.charAt(i) && (c ^ 0x20) != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True if the current token is a single {@code ;} (an OPERATOR while a custom delimiter is in force). */
    boolean isSemicolon() {
        return tokIdx >= 0 && pos - tokIdx == 1 && buf[tokIdx] == ';';
    }

    /** Advances to the next token and returns its type, or null at the end of input. */
    TokenType advance() throws IOException {
        for (;;) {
            overflowHead = null;
            tokIdx = pos;
            batchLine = false;
            if (!skipWhitespace()) {
                finish();
                type = null;
                tokIdx = pos;
                tokOffset = base + pos;
                return null;
            }
            tokIdx = pos;
            tokOffset = base + pos;
            tokLine = line;
            tokColumn = columnOf(tokOffset);
            savedLine = line;
            savedLineStart = lineStart;
            savedLastCr = lastCr;
            TokenType t = scan();
            if (t != null) {
                type = t;
                afterToken(t);
                return t;
            }
        }
    }

    // ---- buffer ----

    private int columnOf(long offset) {
        return (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1);
    }

    /** The char {@code k} ahead of {@code pos}, or -1 past the end of input. */
    private int peek(int k) throws IOException {
        while (pos + k >= limit) {
            if (!fill()) {
                return -1;
            }
        }
        return buf[pos + k];
    }

    private boolean more() throws IOException {
        return pos < limit || fill();
    }

    private boolean fill() throws IOException {
        if (reader == null || eof) {
            return false;
        }
        long here = base + pos;
        if (retainOffset >= 0 && here - retainOffset > retainLimit) {
            retentionOverflow.run();
            retainOffset = -1;
        }
        if (tokIdx >= 0 && pos - tokIdx > tokenCap) {
            overflowHead = new String(buf, tokIdx, tokenCap);
            tokIdx = -1;
        }
        int keep = pos;
        if (tokIdx >= 0) {
            keep = Math.min(keep, tokIdx);
        }
        if (retainOffset >= 0) {
            keep = (int) Math.min(keep, retainOffset - base);
        }
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            if (tokIdx >= 0) {
                tokIdx -= keep;
            }
            base += keep;
        }
        if (buf.length - limit < READ_CHUNK / 2) {
            char[] bigger = new char[Math.max(buf.length * 2, limit + READ_CHUNK)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        for (;;) {
            int n = reader.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            if (n > 0) {
                limit += n;
                rewindBudget += REWIND_BUDGET_FACTOR * n;
                return true;
            }
        }
    }

    /** Records a line break at {@code pos}; a LF right after a CR completes the same break. */
    private void newline(char c) {
        long at = base + pos;
        if (c == '\n' && at - 1 == lastCr) {
            lineStart = at + 1;
            return;
        }
        line++;
        lineStart = at + 1;
        if (c == '\r') {
            lastCr = at;
        }
    }

    private boolean skipWhitespace() throws IOException {
        for (;;) {
            if (pos >= limit && !fill()) {
                return false;
            }
            char c = buf[pos];
            if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B || c == 0xA0 || c == 0xFEFF) {
                if (c == 0xFEFF && base + pos == 0) {
                    // A byte order mark is not a column an editor would count.
                    lineStart = 1;
                }
                pos++;
            } else if (c == '\n' || c == '\r') {
                newline(c);
                pos++;
                lineBlank = true;
                if (copyDataPending && !(c == '\r' && peek(0) == '\n')) {
                    copyDataNow = true;
                    return more();
                }
            } else {
                return true;
            }
        }
    }

    private void finish() {
        if (inVersionComment) {
            inVersionComment = false;
            problem("unterminated version comment " + versionCommentText + " (started at line "
                    + versionCommentOpener.startLine() + ", column " + versionCommentOpener.startColumn() + ")",
                    versionCommentOpener);
        }
        copyDataPending = false;
    }

    // ---- tokens ----

    private TokenType scan() throws IOException {
        if (copyDataNow) {
            copyDataNow = false;
            copyDataPending = false;
            return scanCopyData();
        }
        char c = buf[pos];
        boolean blank = lineBlank;
        lineBlank = false;
        if (blank) {
            if (c == '\\' && postgres) {
                return scanToLineEnd(TokenType.META_COMMAND);
            }
            // Not only MySQL: some projects run PostgreSQL scripts through MySQL-style runners.
            if (statementStart && (c == 'd' || c == 'D') && delimiterCommand()) {
                return null;
            }
            if ((c == 'g' || c == 'G') && (peek(1) == 'o' || peek(1) == 'O') && lineHoldsOnly(2)) {
                pos += 2;
                batchLine = true;
                return TokenType.DELIMITER;
            }
        }
        // Besides a lone "/" line, accept "END;/" as written for some Oracle script runners.
        if (c == '/' && (blank || statementStart) && lineHoldsOnly(1)) {
            pos++;
            batchLine = true;
            return TokenType.DELIMITER;
        }
        if (customDelimiter && c == delimiterFirst && delimiterAt(0)) {
            pos += delimiter.length();
            return TokenType.DELIMITER;
        }
        if (inVersionComment && c == '*' && peek(1) == '/') {
            pos += 2;
            inVersionComment = false;
            return null;
        }
        switch (c) {
            case '\'':
                return scanQuoted(1, '\'', mysql, TokenType.STRING, "string literal");
            case '"':
                return mysql ? scanQuoted(1, '"', true, TokenType.STRING, "string literal")
                        : scanQuoted(1, '"', false, TokenType.QUOTED_IDENTIFIER, "quoted identifier");
            case '`':
                return scanQuoted(1, '`', false, TokenType.QUOTED_IDENTIFIER, "quoted identifier");
            case '-':
                // MySQL wants a blank after "--", but a line starting "--DROP ..." is meant as a comment.
                if (peek(1) == '-' && (!mysql || blank || peek(2) <= ' ')) {
                    return scanToLineEnd(TokenType.LINE_COMMENT);
                }
                return scanOperator(c);
            case '#':
                if (mysql) {
                    return scanToLineEnd(TokenType.LINE_COMMENT);
                }
                return scanOperator(c);
            case '/':
                if (peek(1) == '*') {
                    return scanBlockComment();
                }
                return scanOperator(c);
            case '$':
                return scanDollar();
            case '{':
                if (peek(1) == '{') {
                    return scanTemplate();
                }
                pos++;
                return TokenType.OPERATOR;
            case '(':
                pos++;
                return TokenType.LEFT_PAREN;
            case ')':
                pos++;
                return TokenType.RIGHT_PAREN;
            case ',':
                pos++;
                return TokenType.COMMA;
            case ';':
                pos++;
                return customDelimiter ? TokenType.OPERATOR : TokenType.DELIMITER;
            case '.': {
                int n = peek(1);
                if (n >= '0' && n <= '9') {
                    return scanNumber();
                }
                pos++;
                return TokenType.DOT;
            }
            case '?': {
                int n = peek(1);
                if (n == '|' || n == '&') {
                    pos += 2;
                    return TokenType.OPERATOR;
                }
                pos++;
                return TokenType.PARAMETER;
            }
            case ':':
                return scanColon();
            case '@':
                if (mysql) {
                    int n = peek(1);
                    int k = n == '@' ? 2 : 1;
                    int after = peek(k);
                    if (after >= 0 && isIdentPart((char) after)) {
                        pos += k;
                        return scanWordRest();
                    }
                }
                return scanOperator(c);
            default:
                if (c >= '0' && c <= '9') {
                    return scanNumber();
                }
                if (isIdentStart(c)) {
                    return scanWord(c);
                }
                return scanOperator(c);
        }
    }

    private void afterToken(TokenType t) {
        switch (t) {
            case LINE_COMMENT, BLOCK_COMMENT -> {
                return;
            }
            case COPY_DATA -> {
                statementStart = true;
                return;
            }
            case OPERATOR -> {
                if (isSemicolon()) {
                    // Under a custom delimiter a ';' still ends plain statements (the Splitter decides), so a
                    // DELIMITER line may follow it.
                    copyState = 0;
                    statementStart = true;
                    return;
                }
            }
            case DELIMITER -> {
                if (copyState == 3) {
                    copyDataPending = true;
                }
                copyState = 0;
                statementStart = true;
                return;
            }
            case META_COMMAND -> {
                copyState = 0;
                statementStart = true;
                if (metaCopiesFromStdin()) {
                    copyDataPending = true;
                }
                return;
            }
            default -> {
            }
        }
        if (statementStart) {
            copyState = postgres && isWord("COPY") ? 1 : 0;
        } else if (copyState == 1 && isWord("FROM")) {
            copyState = 2;
        } else if (copyState == 2) {
            copyState = isWord("STDIN") ? 3 : 1;
        }
        statementStart = false;
    }

    private boolean metaCopiesFromStdin() {
        if (tokIdx < 0) {
            return false;
        }
        return COPY_FROM_STDIN.matcher(new String(buf, tokIdx, pos - tokIdx)).find();
    }

    private static boolean isIdentStart(char c) {
        return c < 128 ? (IDENT_PART[c] && c != '$' && (c < '0' || c > '9')) : c != 0xA0 && c != 0xFEFF;
    }

    private static boolean isIdentPart(char c) {
        return c < 128 ? IDENT_PART[c] : c != 0xA0 && c != 0xFEFF;
    }

    private TokenType scanWord(char c) throws IOException {
        int n = peek(1);
        if (n == '\'') {
            switch (c) {
                case 'E', 'e' -> {
                    if (postgres) {
                        return scanQuoted(2, '\'', true, TokenType.STRING, "string literal");
                    }
                }
                case 'B', 'b', 'X', 'x', 'N', 'n' -> {
                    return scanQuoted(2, '\'', mysql, TokenType.STRING, "string literal");
                }
                default -> {
                }
            }
        } else if ((c == 'U' || c == 'u') && n == '&' && postgres) {
            int q = peek(2);
            if (q == '\'') {
                return scanQuoted(3, '\'', false, TokenType.STRING, "string literal");
            }
            if (q == '"') {
                return scanQuoted(3, '"', false, TokenType.QUOTED_IDENTIFIER, "quoted identifier");
            }
        }
        pos++;
        return scanWordRest();
    }

    private TokenType scanWordRest() throws IOException {
        for (;;) {
            if (pos >= limit && !fill()) {
                return TokenType.WORD;
            }
            char d = buf[pos];
            if (!isIdentPart(d) || (delimiterInWords && d == delimiterFirst && delimiterAt(0))) {
                return TokenType.WORD;
            }
            pos++;
        }
    }

    private TokenType scanNumber() throws IOException {
        char c = buf[pos];
        int n = peek(1);
        if (c == '0' && (n == 'x' || n == 'X' || n == 'b' || n == 'B' || n == 'o' || n == 'O')) {
            pos += 2;
            skipDigits(true);
            return wordIfGlued();
        }
        skipDigits(false);
        if (peek(0) == '.' && peek(1) != '.') {
            pos++;
            skipDigits(false);
        }
        int e = peek(0);
        if (e == 'e' || e == 'E') {
            int s = peek(1);
            int k = s == '+' || s == '-' ? 2 : 1;
            int d = peek(k);
            if (d >= '0' && d <= '9') {
                pos += k;
                skipDigits(false);
            }
        }
        return wordIfGlued();
    }

    /** MySQL identifiers may start with digits ({@code 1st_table}); elsewhere a glued word is a separate token. */
    private TokenType wordIfGlued() throws IOException {
        int c = peek(0);
        if (mysql && c >= 0 && isIdentPart((char) c) && !(delimiterInWords && c == delimiterFirst && delimiterAt(0))) {
            return scanWordRest();
        }
        return TokenType.NUMBER;
    }

    private void skipDigits(boolean hex) throws IOException {
        for (;;) {
            if (pos >= limit && !fill()) {
                return;
            }
            char c = buf[pos];
            boolean digit = (c >= '0' && c <= '9') || c == '_'
                    || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!digit) {
                return;
            }
            pos++;
        }
    }

    private TokenType scanOperator(char c) throws IOException {
        if (c < 128) {
            for (String op : OPERATORS[c]) {
                if (matchesAt(0, op)) {
                    pos += op.length();
                    return TokenType.OPERATOR;
                }
            }
        }
        pos++;
        return "+-*/<>=~!@#%^&|?:;[]{}".indexOf(c) >= 0 ? TokenType.OPERATOR : TokenType.OTHER;
    }

    private TokenType scanColon() throws IOException {
        int n = peek(1);
        if (n == ':' || n == '=') {
            pos += 2;
            return TokenType.OPERATOR;
        }
        if (!mysql && n >= 0) {
            char d = (char) n;
            if (isIdentStart(d)) {
                pos++;
                scanWordRest();
                return TokenType.PARAMETER;
            }
            if (d == '\'' || d == '"') {
                // psql variable interpolation :'name' / :"name"
                for (int k = 2; k < LOOKAHEAD; k++) {
                    int e = peek(k);
                    if (e == d) {
                        pos += k + 1;
                        return TokenType.PARAMETER;
                    }
                    if (e < 0 || e == '\n' || e == '\r' || !(isIdentPart((char) e))) {
                        break;
                    }
                }
            }
        }
        pos++;
        return TokenType.OPERATOR;
    }

    private TokenType scanDollar() throws IOException {
        int n = peek(1);
        if (n == '{') {
            for (int k = 2; k < LOOKAHEAD; k++) {
                int e = peek(k);
                if (e == '}') {
                    pos += k + 1;
                    return TokenType.PARAMETER;
                }
                if (e < 0 || e == '\n' || e == '\r' || e == '{' || e == ';') {
                    break;
                }
            }
            pos++;
            return TokenType.OTHER;
        }
        if (n >= '0' && n <= '9') {
            pos++;
            skipDigits(false);
            return TokenType.PARAMETER;
        }
        if (mysql) {
            pos++;
            return scanWordRest();
        }
        // $tag$ or $$: the tag is identifier characters without '$', not starting with a digit
        int k = 1;
        if (n != '$') {
            if (n < 0 || !isIdentStart((char) n)) {
                return dollarFallback();
            }
            for (k = 2; ; k++) {
                int e = peek(k);
                if (e == '$') {
                    break;
                }
                if (k == LOOKAHEAD) {
                    return dollarFallback();
                }
                if (e < 0 || !isIdentPart((char) e)) {
                    return dollarFallback();
                }
            }
        }
        String tag = new String(buf, pos, k + 1);
        pos += k + 1;
        for (;;) {
            if (pos >= limit && !fill()) {
                return unterminated("dollar quote " + tag, tag.length(), TokenType.STRING);
            }
            char c = buf[pos];
            if (c == '$' && matchesAt(0, tag)) {
                pos += tag.length();
                return TokenType.STRING;
            }
            if (c == '\n' || c == '\r') {
                newline(c);
            }
            pos++;
        }
    }

    /** A '$' that opens nothing: a SQLite/H2 {@code $name} parameter, or a stray character. */
    private TokenType dollarFallback() throws IOException {
        pos++;
        int n = peek(0);
        if (n >= 0 && isIdentStart((char) n)) {
            scanWordRest();
            return TokenType.PARAMETER;
        }
        return TokenType.OTHER;
    }

    private TokenType scanQuoted(int openerLength, char quote, boolean backslash, TokenType kind, String name)
            throws IOException {
        pos += openerLength;
        for (;;) {
            if (pos >= limit && !fill()) {
                return unterminated(name, openerLength, kind);
            }
            char c = buf[pos];
            if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return kind;
            }
            if (c == '\\' && backslash) {
                pos++;
                if (pos >= limit && !fill()) {
                    return unterminated(name, openerLength, kind);
                }
                c = buf[pos];
            }
            if (c == '\n' || c == '\r') {
                newline(c);
            }
            pos++;
        }
    }

    private TokenType scanToLineEnd(TokenType kind) throws IOException {
        for (;;) {
            if (pos >= limit && !fill()) {
                return kind;
            }
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                return kind;
            }
            pos++;
        }
    }

    /** True when the target server runs the version comment whose {@code !} is at {@code pos + bang}. */
    private boolean runsVersionComment(int bang) throws IOException {
        StringBuilder digits = new StringBuilder(6);
        for (int k = bang + 1; digits.length() < 6; k++) {
            int c = peek(k);
            if (c < '0' || c > '9') {
                break;
            }
            digits.append((char) c);
        }
        return options.runsVersionComment(digits.toString(), bang == 3);
    }

    private TokenType scanBlockComment() throws IOException {
        if (mysql) {
            int n = peek(2);
            int bang = n == '!' ? 2 : n == 'M' && peek(3) == '!' ? 3 : -1;
            if (bang > 0 && !inVersionComment && runsVersionComment(bang)) {
                // Executable comment: its content is code, only the opener is a comment.
                pos += bang + 1;
                skipDigits(false);
                inVersionComment = true;
                versionCommentText = new String(buf, tokIdx, pos - tokIdx);
                versionCommentOpener = new Span(tokOffset, base + pos, tokLine, tokColumn, tokLine,
                        columnOf(base + pos));
                return TokenType.BLOCK_COMMENT;
            }
        }
        pos += 2;
        int depth = 1;
        for (;;) {
            if (pos >= limit && !fill()) {
                return unterminated("block comment", 2, TokenType.BLOCK_COMMENT);
            }
            char c = buf[pos];
            if (c == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return TokenType.BLOCK_COMMENT;
                }
                continue;
            }
            if (c == '/' && postgres && peek(1) == '*') {
                pos += 2;
                depth++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                newline(c);
            }
            pos++;
        }
    }

    private TokenType scanTemplate() throws IOException {
        pos += 2;
        for (;;) {
            if (pos >= limit && !fill()) {
                return unterminated("template action {{", 2, TokenType.TEMPLATE);
            }
            char c = buf[pos];
            if (c == '}' && peek(1) == '}') {
                pos += 2;
                return TokenType.TEMPLATE;
            }
            if (c == '"') {
                skipGoString();
                continue;
            }
            if (c == '`') {
                skipGoRawString();
                continue;
            }
            if (c == '\n' || c == '\r') {
                newline(c);
            }
            pos++;
        }
    }

    /** A Go interpreted string cannot span lines, so a stray quote ends at the line break. */
    private void skipGoString() throws IOException {
        pos++;
        for (;;) {
            if (pos >= limit && !fill()) {
                return;
            }
            char c = buf[pos];
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\n' || c == '\r') {
                return;
            }
            if (c == '\\') {
                pos++;
                if (pos >= limit && !fill()) {
                    return;
                }
                if (buf[pos] == '\n' || buf[pos] == '\r') {
                    return;
                }
            }
            pos++;
        }
    }

    private void skipGoRawString() throws IOException {
        pos++;
        for (;;) {
            if (pos >= limit && !fill()) {
                return;
            }
            char c = buf[pos];
            if (c == '`') {
                pos++;
                return;
            }
            if (c == '\n' || c == '\r') {
                newline(c);
            }
            pos++;
        }
    }

    /** COPY data lines, from the line after the COPY statement up to and including a line holding only {@code \.}. */
    private TokenType scanCopyData() throws IOException {
        if (tokOffset >= noCopyEndFrom) {
            return unterminatedCopyData();
        }
        for (;;) {
            if (peek(0) == '\\' && peek(1) == '.') {
                int after = peek(2);
                if (after < 0 || after == '\n' || after == '\r') {
                    pos += 2;
                    return TokenType.COPY_DATA;
                }
            }
            for (;;) {
                if (pos >= limit && !fill()) {
                    return unterminatedCopyData();
                }
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    newline(c);
                    pos++;
                    if (c == '\r' && peek(0) == '\n') {
                        newline('\n');
                        pos++;
                    }
                    break;
                }
                pos++;
            }
            if (!more()) {
                return unterminatedCopyData();
            }
        }
    }

    /**
     * Data that never ends is more likely SQL than data (a script whose data lines were commented out), so when the
     * data is still buffered it is lexed again as SQL.
     */
    private TokenType unterminatedCopyData() {
        noCopyEndFrom = Math.min(noCopyEndFrom, tokOffset);
        problem("unterminated COPY data (started at line " + tokLine + ", column " + tokColumn + ")",
                new Span(tokOffset, tokOffset, tokLine, tokColumn, tokLine, tokColumn));
        if (rewind(0)) {
            lineBlank = true;
            return null;
        }
        return TokenType.COPY_DATA;
    }

    /**
     * Reports an unterminated construct at its opener and, when the scanned text is still in the buffer, rewinds to
     * just after the opener so that the rest of the script is lexed normally.
     */
    private TokenType unterminated(String name, int openerLength, TokenType kind) {
        int openerEndColumn = tokColumn + openerLength;
        problem("unterminated " + name + " (started at line " + tokLine + ", column " + tokColumn + ")",
                new Span(tokOffset, tokOffset + openerLength, tokLine, tokColumn, tokLine, openerEndColumn));
        return rewind(openerLength) ? TokenType.OTHER : kind;
    }

    /** Moves back to {@code length} chars after the current token's start, if still buffered and within budget. */
    private boolean rewind(int length) {
        long scanned = base + pos - tokOffset;
        if (tokIdx < 0 || scanned > rewindBudget) {
            return false;
        }
        rewindBudget -= scanned;
        pos = tokIdx + length;
        line = savedLine;
        lineStart = savedLineStart;
        lastCr = savedLastCr;
        return true;
    }

    private void problem(String message, Span span) {
        problemSink.accept(new SourceProblem(SourceProblem.Kind.UNTERMINATED, message, span));
    }

    // ---- line-level client syntax ----

    /** True if the current line, from {@code pos}, holds {@code length} chars and then only blanks. */
    private boolean lineHoldsOnly(int length) throws IOException {
        for (int k = length; k < LOOKAHEAD; k++) {
            int c = peek(k);
            if (c < 0 || c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    /** A MySQL client {@code DELIMITER xx} line: sets the delimiter and consumes the line. */
    private boolean delimiterCommand() throws IOException {
        if (!matchesIgnoreCaseAt(0, "DELIMITER")) {
            return false;
        }
        int k = 9;
        int c = peek(k);
        if (c != ' ' && c != '\t') {
            return false;
        }
        while ((c == ' ' || c == '\t') && k < LOOKAHEAD) {
            c = peek(++k);
        }
        int from = k;
        while (c > ' ' && k < LOOKAHEAD) {
            c = peek(++k);
        }
        if (k == from || k == LOOKAHEAD) {
            return false;
        }
        String d = new String(buf, pos + from, k - from);
        pos += k;
        scanToLineEnd(TokenType.OTHER);
        delimiter = d;
        customDelimiter = !d.equals(";");
        delimiterFirst = d.charAt(0);
        delimiterInWords = customDelimiter && isIdentPart(delimiterFirst);
        return true;
    }

    private boolean delimiterAt(int k) throws IOException {
        return matchesAt(k, delimiter);
    }

    private boolean matchesAt(int k, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (peek(k + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesIgnoreCaseAt(int k, String upper) throws IOException {
        for (int i = 0; i < upper.length(); i++) {
            int c = peek(k + i);
            if (c != upper.charAt(i) && (c ^ 0x20) != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
