package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@link Discovery#discover} found.
 *
 * @param locations      every location, sorted by path; a location named only through one of its files is here whole,
 *                       because its history is the context that file is linted in
 * @param namedFiles     files named as PATH arguments (absolute, normalized): only these are reported in locations
 *                       that are not in {@code wholeLocations}
 * @param wholeLocations paths of the locations every file of which is reported (found from a folder argument, from
 *                       configuration, or by convention)
 * @param problems       what discovery skipped or could not read, in the order met
 */
public record DiscoveryResult(List<Location> locations, Set<Path> namedFiles, Set<String> wholeLocations,
                              List<DiscoveryProblem> problems) {

    public DiscoveryResult {
        locations = List.copyOf(locations);
        namedFiles = Set.copyOf(namedFiles);
        wholeLocations = Set.copyOf(wholeLocations);
        problems = List.copyOf(problems);
    }

    /** Whether findings on {@code file} (a migration or rejected file of {@code location}) are to be reported. */
    public boolean isReported(Location location, Path file) {
        return wholeLocations.contains(location.path()) || namedFiles.contains(file.toAbsolutePath().normalize());
    }
}
