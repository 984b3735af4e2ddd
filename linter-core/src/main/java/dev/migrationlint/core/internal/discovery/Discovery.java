package dev.migrationlint.core.internal.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds migration locations and reads their files the way each migration tool will run them.
 *
 * <p>{@code check DIR} finds every location below DIR; {@code check FILE} finds the location holding FILE (searched
 * from the top of its repository, so the whole history is its context) and reports only FILE; no PATH means the
 * configured {@code locations}, else the locations Flyway or Spring configuration declares plus the conventional
 * folders ({@code db/migration}, {@code db/migrations}, {@code migrations}) below the working directory.
 */
public final class Discovery {

    private final DiscoveryOptions options;
    private final Layout forced;
    private final Pattern layoutPattern;

    public Discovery(DiscoveryOptions options) {
        this.options = options;
        this.forced = Layout.byId(options.layout());
        this.layoutPattern = forced == Layout.PATTERN ? Pattern.compile(options.layoutPattern()) : null;
    }

    /**
     * Discovers the locations for these PATH arguments (relative ones start at the working directory).
     *
     * @throws MissingPathException when a PATH does not exist; nothing is read then
     */
    public DiscoveryResult discover(List<Path> paths) throws MissingPathException {
        Path wd = options.workingDirectory();
        List<Path> missing = new ArrayList<>();
        List<Path> resolved = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = wd.resolve(path).normalize();
            if (Files.exists(absolute)) {
                resolved.add(absolute);
            } else {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingPathException(missing);
        }
        return new Run().discover(resolved);
    }

    /** The state of one discovery: folder listings, layout decisions and configuration files are read once. */
    private final class Run {
        final Path wd = options.workingDirectory();
        final PathDisplay display = PathDisplay.forWorkingDirectory(wd);
        final Problems problems = new Problems(display);
        final FolderTree tree = new FolderTree(display, problems);
        final LayoutDetector detector = new LayoutDetector(tree,
                forced == null ? null : new NameReader(forced, layoutPattern));
        final LocationFinder finder = new LocationFinder(tree, detector, forced == null ? Layout.FLYWAY : forced);
        final ToolSettingsReader settings = new ToolSettingsReader(display, problems);
        final LocationReader reader = new LocationReader(tree, detector, display, problems, layoutPattern,
                options.patternTransactional(), options.dialect(), options.contents());

        /** A location found, with the folder its search started from and whether all of its files are reported. */
        record Found(LocationSpec spec, Path searchRoot, boolean whole) {
        }

        DiscoveryResult discover(List<Path> paths) {
            List<Found> found = new ArrayList<>();
            Set<Path> reported = new LinkedHashSet<>();
            Set<Path> namedFiles = new LinkedHashSet<>();
            for (Path root : paths.isEmpty() ? defaultRoots() : List.<Path>of()) {
                findAll(root, found);
            }
            for (Path path : paths) {
                if (!Files.isDirectory(path)) {
                    namedFiles.add(path);
                    reported.add(path);
                    Path top = top(path.getParent(), path.getParent());
                    found.add(new Found(finder.findFor(top, path), top, false));
                    continue;
                }
                // A folder inside a location is linted in that location's context, like a file.
                Path top = top(path, path);
                LocationSpec enclosing = finder.enclosing(top, path);
                if (enclosing == null) {
                    findAll(path, found);
                } else {
                    found.add(new Found(enclosing, top, false));
                    addFilesBelow(path, reported);
                }
            }
            List<Found> merged = mergeClasspathLocations(found);
            List<Path> tops = merged.stream().map(f -> top(f.spec().directory(), f.searchRoot())).toList();
            List<ToolSettings> toolSettings = new ArrayList<>();
            for (int i = 0; i < merged.size(); i++) {
                toolSettings.add(settings.forLocation(merged.get(i).spec().directory(), tops.get(i)));
            }
            // Reading a location lists its folders and samples its files for the dialect: independent work.
            List<Location> locations = new ArrayList<>(IntStream.range(0, merged.size()).parallel()
                    .mapToObj(i -> reader.read(merged.get(i).spec(), toolSettings.get(i), tops.get(i)))
                    .toList());
            Set<String> whole = new HashSet<>();
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).whole()) {
                    whole.add(locations.get(i).path());
                }
            }
            locations = withoutContained(locations, whole, reported);
            locations.sort(Comparator.comparing(Location::path));
            noteUnlintedNamedFiles(namedFiles, locations);
            return new DiscoveryResult(locations, reported, whole, problems.list());
        }

        private void findAll(Path root, List<Found> found) {
            tree.addRoot(root);
            for (LocationSpec spec : finder.findAll(root)) {
                found.add(new Found(spec, root, true));
            }
        }

        /**
         * The repository top of {@code dir}, else the working directory when {@code dir} is inside it, else
         * {@code outside}: where a named file's location is searched from, and how far up tool configuration and
         * dialect-named folders count.
         */
        private Path top(Path dir, Path outside) {
            Path git = PathDisplay.gitTopLevel(dir);
            if (git != null) {
                return git;
            }
            return dir.startsWith(wd) ? wd : outside;
        }

        private void addFilesBelow(Path dir, Set<Path> files) {
            FolderTree.Listing listing = tree.list(dir);
            listing.files().forEach(name -> files.add(dir.resolve(name)));
            listing.dirs().forEach(sub -> addFilesBelow(sub, files));
        }

        /**
         * A Flyway classpath location is one package across {@code src/main/resources} and {@code src/main/java} (and
         * other source kinds) of a module: SQL and Java migrations there form one history. The counterpart folders
         * are read even when the search did not reach them.
         */
        private List<Found> mergeClasspathLocations(List<Found> found) {
            Map<Path, Found> byDirectory = new LinkedHashMap<>();
            for (Found f : found) {
                Found previous = byDirectory.get(f.spec().directory());
                if (previous == null || f.whole() && !previous.whole()) {
                    byDirectory.put(f.spec().directory(), f);
                }
            }
            for (Found f : List.copyOf(byDirectory.values())) {
                if (!f.spec().layout().isFlywayFamily()) {
                    continue;
                }
                ClasspathFolder folder = ClasspathFolder.of(f.spec().directory());
                for (Path counterpart : folder == null ? List.<Path>of() : folder.counterparts(tree)) {
                    if (byDirectory.containsKey(counterpart)) {
                        continue;
                    }
                    for (LocationSpec spec : finder.locationsBelow(counterpart)) {
                        if (spec.directory().equals(counterpart) && spec.layout().isFlywayFamily()) {
                            byDirectory.put(counterpart, new Found(spec, f.searchRoot(), f.whole()));
                        }
                    }
                }
            }
            Map<String, List<Found>> byKey = new LinkedHashMap<>();
            List<Found> result = new ArrayList<>();
            for (Found f : byDirectory.values()) {
                ClasspathFolder folder = ClasspathFolder.of(f.spec().directory());
                if (folder == null || !f.spec().layout().isFlywayFamily()) {
                    result.add(f);
                } else {
                    byKey.computeIfAbsent(folder.key(), k -> new ArrayList<>()).add(f);
                }
            }
            for (List<Found> group : byKey.values()) {
                if (group.size() == 1) {
                    result.add(group.get(0));
                    continue;
                }
                Found main = group.stream()
                        .filter(f -> ClasspathFolder.of(f.spec().directory()).kind().equals("resources"))
                        .findFirst().orElse(group.get(0));
                List<Path> sources = group.stream().flatMap(f -> f.spec().sources().stream()).toList();
                LocationSpec spec = finder.merge(main.spec().directory(), sources, main.spec().layout());
                result.add(new Found(spec, main.searchRoot(), group.stream().anyMatch(Found::whole)));
            }
            return result;
        }

        /**
         * Locations found twice through overlapping PATH arguments ({@code check . db/migration/2.31}): one whose files
         * all belong to another is dropped; when all its files were to be reported, they now are by name.
         */
        private List<Location> withoutContained(List<Location> locations, Set<String> whole, Set<Path> named) {
            List<Set<Path>> files = locations.stream().map(Run::files).toList();
            List<Location> kept = new ArrayList<>();
            for (int i = 0; i < locations.size(); i++) {
                boolean contained = false;
                for (int j = 0; j < locations.size() && !contained; j++) {
                    contained = i != j && !files.get(i).isEmpty() && files.get(j).containsAll(files.get(i))
                            && (files.get(j).size() > files.get(i).size() || j < i);
                }
                if (!contained) {
                    kept.add(locations.get(i));
                } else if (whole.contains(locations.get(i).path())) {
                    named.addAll(files.get(i));
                }
            }
            return kept;
        }

        private static Set<Path> files(Location location) {
            Set<Path> files = new HashSet<>();
            location.migrations().forEach(m -> files.add(m.file()));
            location.rejected().forEach(r -> files.add(r.file()));
            return files;
        }

        private void noteUnlintedNamedFiles(Set<Path> named, List<Location> locations) {
            Set<Path> known = new HashSet<>();
            for (Location location : locations) {
                known.addAll(files(location));
            }
            for (Path file : named) {
                if (!known.contains(file)) {
                    problems.add(file, "nothing to lint: not a migration its location's layout runs (a companion,"
                            + " documentation or support file, or another dialect's pop file)");
                }
            }
        }

        /**
         * Without PATH: the configured locations; else those declared by Flyway or Spring configuration together with
         * the conventional folders, found below the working directory.
         */
        private List<Path> defaultRoots() {
            List<Path> roots = new ArrayList<>();
            if (!options.configuredLocations().isEmpty()) {
                for (String location : options.configuredLocations()) {
                    Path dir = wd.resolve(location).normalize();
                    if (Files.isDirectory(dir)) {
                        roots.add(dir);
                    } else {
                        problems.add(dir, "configured location does not exist; skipped");
                    }
                }
                return roots;
            }
            scan(wd, roots);
            return outermost(roots);
        }

        private void scan(Path dir, List<Path> roots) {
            FolderTree.Listing listing = tree.list(dir);
            // Checked against the listing first: most folders have no configuration, and stat calls add up.
            boolean module = listing.dirs().contains(dir.resolve("src"));
            for (Path candidate : ToolSettingsReader.candidates(dir)) {
                if (listing.hasFile(candidate.getFileName().toString()) && candidate.getParent().equals(dir) || module) {
                    settings.read(candidate).ifPresent(fs -> roots.addAll(declaredLocations(fs)));
                }
            }
            for (Path sub : listing.dirs()) {
                if (isConventional(sub)) {
                    roots.add(sub);
                } else {
                    scan(sub, roots);
                }
            }
        }

        private static boolean isConventional(Path dir) {
            String name = dir.getFileName().toString();
            Path parent = dir.getParent().getFileName();
            return name.equals("migrations")
                    || name.equals("migration") && parent != null && parent.toString().equals("db");
        }

        /** Flyway locations: {@code filesystem:} paths from the configuration's folder, classpath ones in the module's sources. */
        private List<Path> declaredLocations(ToolSettingsReader.FileSettings fs) {
            List<Path> dirs = new ArrayList<>();
            if (fs.locations() == null) {
                return dirs;
            }
            for (String declared : fs.locations()) {
                // Spring's {vendor} picks a database folder at runtime; the folder above holds them all.
                String location = declared.replace("{vendor}", "");
                int wildcard = location.indexOf('*');
                if (wildcard >= 0) {
                    location = location.substring(0, wildcard);
                }
                if (location.startsWith("filesystem:")) {
                    dirs.add(fs.base().resolve(location.substring("filesystem:".length())).normalize());
                } else if (location.startsWith("classpath:") || !location.contains(":")) {
                    String pkg = location.substring(location.indexOf(':') + 1).replaceAll("^/+", "");
                    for (String kind : List.of("resources", "java", "kotlin")) {
                        dirs.add(fs.base().resolve("src").resolve("main").resolve(kind).resolve(pkg).normalize());
                    }
                }
            }
            return dirs.stream().filter(Files::isDirectory).toList();
        }

        private static List<Path> outermost(List<Path> roots) {
            List<Path> sorted = roots.stream().distinct().sorted(Comparator.comparingInt(Path::getNameCount)).toList();
            List<Path> kept = new ArrayList<>();
            for (Path root : sorted) {
                if (kept.stream().noneMatch(root::startsWith)) {
                    kept.add(root);
                }
            }
            kept.sort(Comparator.naturalOrder());
            return kept;
        }
    }
}
