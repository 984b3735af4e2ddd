package dev.migrationlint.cli;

import dev.migrationlint.core.RuleRegistry;
import dev.migrationlint.core.spi.RuleDescriptor;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule, one per line: id, default level, category, summary.")
final class RulesCommand implements Callable<Integer> {

    private final Environment env;

    RulesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = RuleRegistry.load().descriptors();
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleDescriptor r : rules) {
            env.out().printf("%-" + width + "s  %-7s  %-13s  %s%n", r.id(), r.defaultLevel().id(), r.category().id(),
                    r.summary());
        }
        env.out().flush();
        return Cli.OK;
    }
}
