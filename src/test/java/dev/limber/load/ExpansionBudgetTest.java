package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The budget on small trees, parsed by Typesafe Config and not resolved; values are taken in line order. */
class ExpansionBudgetTest {
    private static final String OVER = "substitutions here expand to more than 16 million characters (does a ${...} chain"
            + " double at each step?)";

    @TempDir
    Path tmp;

    private ExpansionBudget.Refusal check(String text) {
        return check(text, Map.of());
    }

    private ExpansionBudget.Refusal check(String text, Map<String, String> includes) {
        ConfigParseOptions options = ConfigParseOptions.defaults().setOriginDescription("t.conf")
                .setIncluder(new SafeIncluder(includes, new Folder.Dir(tmp), ""));
        return ExpansionBudget.check(ConfigFactory.parseString(text, options).root(), o -> o.lineNumber());
    }

    private static String doubling(String first, int last) {
        StringBuilder b = new StringBuilder("a0 = \"" + first + "\"\n");
        for (int n = 1; n <= last; n++) {
            b.append("a").append(n).append(" = ${a").append(n - 1).append("}${a").append(n - 1).append("}\n");
        }
        return b.toString();
    }

    @Test
    void everyCharacterIsCountedAndTheValueThatPassesTheTotalIsNamed() {
        String million = "x".repeat(1_000_000);
        // 1 + 2 + 4 + 8 million: 15 million, under the limit.
        assertThat(check(doubling(million, 3))).isNull();
        ExpansionBudget.Refusal r = check(doubling(million, 3) + "b = ${a0}x\n");
        assertThat(r.origin().lineNumber()).isEqualTo(5);
        assertThat(r.message()).isEqualTo(OVER);
        assertThat(check(doubling(million, 3) + "b = ${a0}\n")).isNull();
    }

    @Test
    void aDoublingChainIsRefusedWhereTheTotalPassesTheLimit() {
        // 10 characters doubled: up to a19 the total is 10.5 million, a20 takes it to 21 million.
        ExpansionBudget.Refusal r = check(doubling("xxxxxxxxxx", 40));
        assertThat(r.origin().lineNumber()).isEqualTo(21);
        assertThat(r.message()).isEqualTo(OVER);
    }

    @Test
    void aValueDefinedOverItselfSeesOnlyWhatCameBefore() {
        assertThat(check("a = [1]\n" + "a = ${a} ${a}\n".repeat(30)).message()).isEqualTo(OVER);
        assertThat(check("a = start\n" + "a = ${a} more\n".repeat(150))).isNull();
        assertThat(check("tags = []\n" + "tags += back\n".repeat(150))).isNull();
        StringBuilder grown = new StringBuilder("o = { k0 = 0 }\n");
        for (int i = 1; i < 100; i++) {
            grown.append("o = ${o} { k").append(i).append(" = ").append(i).append(" }\n");
        }
        assertThat(check(grown.toString())).isNull();
    }

    @Test
    void aSubstitutionOfAPathAboveTheValueBeingRedefinedIsNoLoop() {
        assertThat(check("a.b = 1\na.c = 2\na.b = ${a} ${a}\n")).isNull();
        assertThat(check("a.b = [1]\n" + "a.b = ${a.b} ${a.b}\n".repeat(30)).message()).isEqualTo(OVER);
    }

    @Test
    void substitutionsInALoopAreRefusedAtTheFirstOfThem() {
        ExpansionBudget.Refusal r = check("x = 1\na = ${b}\nb = ${c}\nc = ${a}\n");
        assertThat(r.origin().lineNumber()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("substitutions refer to each other in a loop (at a)");
    }

    @Test
    void aChainOfMoreThan200SubstitutionsIsRefusedWhicheverWayItIsWritten() {
        StringBuilder forward = new StringBuilder("a0 = x\n");
        StringBuilder backward = new StringBuilder();
        for (int n = 1; n <= 201; n++) {
            forward.append("a").append(n).append(" = ${a").append(n - 1).append("} y\n");
        }
        for (int n = 0; n < 5_000; n++) {
            backward.append("b").append(n).append(" = ${b").append(n + 1).append("}\n");
        }
        backward.append("b5000 = end\n");
        String upTo200 = forward.substring(0, forward.lastIndexOf("a201"));
        assertThat(check(upTo200)).isNull();
        ExpansionBudget.Refusal r = check(forward.toString());
        assertThat(r.origin().lineNumber()).isEqualTo(202);
        assertThat(r.message()).isEqualTo("substitutions lead to substitutions more than 200 deep");
        assertThat(check(backward.toString()).message()).isEqualTo("substitutions lead to substitutions more than 200 deep");
    }

    @Test
    void substitutionsInAnIncludedFileAreWeighedUnderItsPrefixAndThenAtTheTop() {
        assertThat(check("x { include \"lib.conf\" }\n", Map.of("lib.conf", doubling("xxxxxxxxxx", 40))).message())
                .isEqualTo(OVER);
        String top = doubling("x".repeat(1_000), 10);
        String lib = "u = ${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}${a10}\n";
        assertThat(check(top + "x { include \"lib.conf\" }\n", Map.of("lib.conf", lib)).message()).isEqualTo(OVER);
        assertThat(check(top + "x { include \"lib.conf\" }\n", Map.of("lib.conf", "u = ${a10}\n"))).isNull();
    }

    @Test
    void anOptionalSubstitutionThatLeadsBackToItselfIsDroppedAsTypesafeConfigDropsIt() {
        assertThat(check("library { tags += x }\n")).isNull();
        assertThat(check("a = ${?a} x\nb { c = ${?b} }\n")).isNull();
        assertThat(check("a = ${a} x\n").message()).isEqualTo("substitutions refer to each other in a loop (at a)");
    }

    @Test
    void anOptionalSubstitutionOfNothingWeighsNothing() {
        assertThat(check("a = ${?nothing}\nb = ${?nothing} ${?nothing}\nc = ${?missing.too}\n")).isNull();
    }

    @Test
    void thousandsOfSubstitutionsInOneListAreRefusedAtTheList() {
        assertThat(check("a = 1\nl = [" + "${a},".repeat(5_000) + "]\n")).isNull();
        ExpansionBudget.Refusal r = check("a = 1\nl = [" + "${a},".repeat(6_000) + "]\n");
        assertThat(r.origin().lineNumber()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("too many ${...} substitutions in this list and those before it: resolving them"
                + " would take too long");
    }
}
