package dev.migrationlint.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * File contents that stand in for what is on disk, such as the git index for {@code check --staged}: a file with an
 * override is read from it, a file marked absent counts as missing although the work tree has it, and every other
 * file is read from disk. Paths are absolute and normalized; the byte arrays are taken as they are, not copied.
 */
public final class ContentOverrides {

    /** Everything read from disk. */
    public static final ContentOverrides NONE = new ContentOverrides(Map.of(), Set.of());

    private final Map<Path, byte[]> contents;
    private final Set<Path> absent;

    private ContentOverrides(Map<Path, byte[]> contents, Set<Path> absent) {
        this.contents = contents;
        this.absent = absent;
    }

    /**
     * @param contents files whose content is given, by path
     * @param absent   files that count as missing whatever the disk holds
     */
    public static ContentOverrides of(Map<Path, byte[]> contents, Set<Path> absent) {
        Map<Path, byte[]> byPath = new HashMap<>();
        contents.forEach((path, bytes) -> byPath.put(normalized(path), bytes));
        Set<Path> missing = new HashSet<>();
        absent.forEach(path -> missing.add(normalized(path)));
        return new ContentOverrides(Map.copyOf(byPath), Set.copyOf(missing));
    }

    /** The file's bytes: its override, else the disk's. Throws {@link NoSuchFileException} for a file marked absent. */
    public byte[] read(Path file) throws IOException {
        Path key = normalized(file);
        byte[] bytes = contents.get(key);
        if (bytes != null) {
            return bytes;
        }
        if (absent.contains(key)) {
            throw new NoSuchFileException(file.toString(), null, "not in the git index");
        }
        return Files.readAllBytes(file);
    }

    /** A stream of the file's bytes: its override, else the disk's, streamed (seed files can be huge). */
    public InputStream open(Path file) throws IOException {
        if (contents.isEmpty() && absent.isEmpty()) {
            return Files.newInputStream(file);
        }
        Path key = normalized(file);
        byte[] bytes = contents.get(key);
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        if (absent.contains(key)) {
            throw new NoSuchFileException(file.toString(), null, "not in the git index");
        }
        return Files.newInputStream(file);
    }

    /** The file's size in bytes: its override's, else the disk's. Throws as {@link #read} does. */
    public long size(Path file) throws IOException {
        if (contents.isEmpty() && absent.isEmpty()) {
            return Files.size(file);
        }
        Path key = normalized(file);
        byte[] bytes = contents.get(key);
        if (bytes != null) {
            return bytes.length;
        }
        if (absent.contains(key)) {
            throw new NoSuchFileException(file.toString(), null, "not in the git index");
        }
        return Files.size(file);
    }

    /** Whether the file exists for this run, given whether the disk has it. */
    public boolean exists(Path file, boolean onDisk) {
        if (contents.isEmpty() && absent.isEmpty()) {
            return onDisk;
        }
        Path key = normalized(file);
        return contents.containsKey(key) || onDisk && !absent.contains(key);
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
