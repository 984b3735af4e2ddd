package dev.migrationlint.rules.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a rule doc page the proof suite reads: the {@code ```sql setup} block, the {@code ```sql bad} and
 * {@code ```sql good} blocks and the proof comments (as found; {@link #proof()} insists on exactly one).
 *
 * @param name     the page's file name, e.g. {@code require-concurrent-index-creation.md}
 * @param text     the whole page
 * @param setup    the setup block's SQL, or null
 * @param examples the bad and good blocks in page order
 * @param comments the bodies of every {@code <!-- proof ... -->} comment (text after {@code proof})
 * @param notes    the Notes section's text, or null when the page has none
 */
record ProofPage(String name, String text, String setup, List<Example> examples, List<String> comments, String notes) {

    /** One labelled example: {@code label} is "bad example", "good example", or "bad example 2" when there are several. */
    record Example(String label, boolean bad, String sql) {
    }

    private static final Pattern SQL_BLOCK = Pattern.compile("(?ms)^```sql (bad|good)\\s*$(.*?)^```\\s*$");
    private static final Pattern SETUP_BLOCK = Pattern.compile("(?ms)^```sql setup\\s*$(.*?)^```\\s*$");
    private static final Pattern NOTES = Pattern.compile("(?ms)^## Notes\\s*$(.*?)(?=^## |\\z)");

    ProofPage {
        examples = List.copyOf(examples);
        comments = List.copyOf(comments);
    }

    static ProofPage read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    static ProofPage parse(String name, String text) {
        Matcher setupBlock = SETUP_BLOCK.matcher(text);
        String setup = setupBlock.find() ? setupBlock.group(1) : null;
        List<String[]> blocks = new ArrayList<>();
        Matcher m = SQL_BLOCK.matcher(text);
        int bads = 0;
        int goods = 0;
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
            if (m.group(1).equals("bad")) {
                bads++;
            } else {
                goods++;
            }
        }
        List<Example> examples = new ArrayList<>();
        int bad = 0;
        int good = 0;
        for (String[] b : blocks) {
            boolean isBad = b[0].equals("bad");
            int n = isBad ? ++bad : ++good;
            boolean numbered = (isBad ? bads : goods) > 1;
            examples.add(new Example(b[0] + " example" + (numbered ? " " + n : ""), isBad, b[1]));
        }
        List<String> comments = new ArrayList<>();
        Matcher c = Proof.COMMENT.matcher(text);
        while (c.find()) {
            comments.add(c.group(1));
        }
        Matcher notes = NOTES.matcher(text);
        return new ProofPage(name, text, setup, examples, comments, notes.find() ? notes.group(1) : null);
    }

    boolean hasProofComment() {
        return !comments.isEmpty();
    }

    /**
     * The page's one claim, checked for shape: exactly one comment, inside Notes, well-formed, with a setup block when
     * it names a table, and with at least one bad and one good example. Throws IllegalArgumentException naming the page.
     */
    Proof proof() {
        if (comments.size() != 1) {
            throw new IllegalArgumentException(name + ": expected exactly one <!-- proof: ... --> comment, found "
                    + comments.size());
        }
        if (notes == null || !Proof.COMMENT.matcher(notes).find()) {
            throw new IllegalArgumentException(name + ": the proof comment belongs in the ## Notes section");
        }
        Proof proof;
        try {
            proof = Proof.parse(comments.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (proof.kind() == Proof.Kind.NONE) {
            return proof;
        }
        if (proof.kind().needsTarget() && setup == null) {
            throw new IllegalArgumentException(name + ": '" + proof + "' needs a ```sql setup block that creates "
                    + proof.target());
        }
        if (examples.stream().noneMatch(Example::bad) || examples.stream().allMatch(Example::bad)) {
            throw new IllegalArgumentException(name + ": '" + proof + "' needs a ```sql bad and a ```sql good block");
        }
        return proof;
    }
}
