package dev.migrationlint.core.internal.discovery;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The lenient readers of other tools' TOML and YAML files, created on first use only: most runs read
 * none, and Jackson's start-up cost would be paid by every pre-commit hook otherwise.
 */
final class TreeReaders {
    static final TomlMapper TOML = new TomlMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    private TreeReaders() {
    }
}
