package dev.migrationlint.cli;

import dev.migrationlint.core.RuleRegistry;
import dev.migrationlint.core.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's documentation page.")
final class ExplainCommand implements Callable<Integer> {

    private final Environment env;

    @Parameters(paramLabel = "RULE-ID", description = "the rule's id, as 'rules' lists it")
    String ruleId;

    ExplainCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RuleRegistry.load();
        if (!registry.contains(ruleId)) {
            throw new UsageException("unknown rule id '" + ruleId + "' (see 'migration-lint rules')");
        }
        env.out().print(registry.documentation(ruleId).orElse("# " + ruleId + "\n\n"
                + registry.rule(ruleId).orElseThrow().descriptor().summary() + "\n"));
        env.out().flush();
        return Cli.OK;
    }
}
