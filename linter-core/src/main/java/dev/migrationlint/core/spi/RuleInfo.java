package dev.migrationlint.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The single source of a rule's metadata: listings, {@code explain}, SARIF rule descriptors,
 * the doc index and suppression names are all derived from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Kebab-case id; never changes once released. */
    String id();

    /** One line, no trailing period. */
    String summary();

    /** Default level; configuration may change it. */
    Level level();

    Category category();

    /** Extra tags for SARIF {@code properties.tags}. */
    String[] tags() default {};

    /** Dialects the rule applies to; empty means every dialect. */
    Dialect[] dialects() default {};

    /** Whether the rule also runs on down files, down blocks and undo scripts. */
    boolean appliesToDown() default false;

    /** The version of migration-lint that introduced the rule. */
    String since() default "0.1.0";
}
