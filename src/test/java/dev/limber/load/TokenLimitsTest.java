package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.limber.load.IncludePolicy.Kind;
import dev.limber.load.Lexer.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenLimitsTest {

    private record Include(int line, Kind kind, String name, int depth) {
    }

    private final List<Include> includes = new ArrayList<>();

    private Failure check(String text) {
        return check(text, new KeyTree(), 0);
    }

    private Failure check(String text, KeyTree keys, int depth) {
        return TokenLimits.check(text, keys, keys.root, depth, (line, kind, name, at, d) -> {
            includes.add(new Include(line, kind, name, d));
            return true;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"key-separators", "comments", "path-keys", "values", "includes"})
    void passesEveryCornerOfHoconSyntax(String name) throws IOException {
        assertThat(check(Files.readString(Fixtures.path("good/syntax/" + name + ".conf")))).isNull();
    }

    @Test
    void findsIncludeStatementsWhereverTheParserDoes() {
        assertThat(check("""
                include "a.conf"
                include
                  # the name may follow on a later line
                  "b.conf"
                include"c.conf"
                x { y { include required(file( "d.conf" )) } }
                include url("http://e")
                include classpath("f")
                list = [ include "not-an-include" ]
                value = include "not-one-either"
                "include" = "a key"
                include.x = "a key too"
                """)).isNull();
        assertThat(includes).containsExactly(new Include(1, Kind.HEURISTIC, "a.conf", 0),
                new Include(2, Kind.HEURISTIC, "b.conf", 0), new Include(5, Kind.HEURISTIC, "c.conf", 0),
                new Include(6, Kind.FILE, "d.conf", 2), new Include(7, Kind.URL, "http://e", 0),
                new Include(8, Kind.CLASSPATH, "f", 0));
    }

    @Test
    void anIncludeThatIsRefusedWholeStopsTheFileWithoutAFailureOfItsOwn() {
        KeyTree keys = new KeyTree();
        List<String> seen = new ArrayList<>();
        Failure f = TokenLimits.check("include \"a\"\ninclude \"b\"\n", keys, keys.root, 0, (line, kind, name, at, d) -> {
            seen.add(name);
            return false;
        });
        assertThat(f).isNull();
        assertThat(seen).containsExactly("a");
    }

    @Test
    void aKeyMayBeFollowedByLineBreaksAndCommentsBeforeItsSeparator() {
        assertThat(check("a\n# c\n\n= 1\nb // c\n{ include \"x\" }\nc\n: 2\n")).isNull();
        assertThat(includes).extracting(Include::line, Include::depth).containsExactly(tuple(6, 1));
    }

    @Test
    void nestingDeeperThan64IsRefusedCountingKeyPartsAndTheIncludePoint() {
        assertThat(check("x { a" + ".a".repeat(62) + " = 1 }")).isNull();
        assertThat(check("x { a" + ".a".repeat(63) + " = 1 }"))
                .isEqualTo(new Failure(1, "nested more than 64 levels deep; a routine needs only a few"));
        assertThat(check("x = " + "[".repeat(64) + "]".repeat(64))).isEqualTo(
                new Failure(1, "nested more than 64 levels deep; a routine needs only a few"));
        assertThat(check("a {\n b.c {\n }\n}", new KeyTree(), 61)).isNull();
        assertThat(check("a {\n b.c {\n }\n}", new KeyTree(), 62))
                .isEqualTo(new Failure(2, "nested more than 64 levels deep; a routine needs only a few"));
    }

    @Test
    void keysAndSubstitutionPathsOfMoreThan64PartsAreRefused() {
        assertThat(check("x = 1\na" + ".\"a\".a".repeat(40) + " = 1"))
                .isEqualTo(new Failure(2, "a key with more than 64 parts is nested too deeply"));
        assertThat(check("x = ${a" + ".a".repeat(64) + "}")).isEqualTo(new Failure(1, "a ${...} path with more than 64 parts"));
        assertThat(check("version = 1" + ".2".repeat(100))).isNull();
    }

    @Test
    void bracketsMustMatch() {
        assertThat(check("a = [\n { b = 1\n]")).isEqualTo(new Failure(3, "] does not match the { opened on line 2"));
        assertThat(check("a = 1\n}")).isEqualTo(new Failure(2, "} has no matching {"));
        assertThat(check("a = [\n [\n ]")).isEqualTo(new Failure(1, "the [ on this line is never closed"));
        assertThat(check("{ a = 1 }")).isNull();
    }

    @Test
    void aListOrObjectMayHoldTenThousandEntriesAndNoMore() {
        assertThat(check("l = [" + "1,".repeat(10_000) + "]")).isNull();
        assertThat(check("x = 1\nl = [" + "1,".repeat(10_001) + "]"))
                .isEqualTo(new Failure(2, "this list has more than 10,000 items"));
        StringBuilder keys = new StringBuilder("o {\n");
        for (int i = 0; i <= 10_000; i++) {
            keys.append('k').append(i).append(" = 1\n");
        }
        assertThat(check(keys.append('}').toString())).isEqualTo(new Failure(1, "this object has more than 10,000 keys"));
    }

    @Test
    void aValueJoinedFromVeryManyPiecesIsRefusedButLongQuotedTextIsNot() {
        assertThat(check("a = \"" + "ab ".repeat(600_000) + "\"")).isNull();
        assertThat(check("x = 1\na = " + "ab ".repeat(600_000))).isEqualTo(
                new Failure(2, "a value made of very many pieces of unquoted text; put long text in quotes"));
    }

    @Test
    void aValueJoinedFromVeryManyListsOrObjectsIsRefused() {
        assertThat(check("a = [1] [2] ${b} [3]")).isNull();
        assertThat(check("a = " + "[1] ".repeat(2_000))).isEqualTo(
                new Failure(1, "a value joined from very many lists or objects; write them as one"));
        assertThat(check("a = " + "{ k = 1 } ".repeat(2_000))).isEqualTo(
                new Failure(1, "a value joined from very many lists or objects; write them as one"));
    }

    @Test
    void keysOpenedAgainAndAgainAreRefusedAcrossTheRoutinesFiles() {
        StringBuilder pieces = new StringBuilder();
        StringBuilder block = new StringBuilder("library {\n");
        for (int i = 0; i < 1_000; i++) {
            pieces.append("library.k").append(i).append(" = 1\n");
            block.append("  k").append(i).append(" = 1\n");
        }
        assertThat(check(block.append("}\n").toString())).isNull();
        KeyTree shared = new KeyTree();
        assertThat(check(pieces.toString(), shared, 0)).isNull();
        Failure f = check(pieces.toString().replace("library.k", "library.j"), shared, 0);
        assertThat(f.line()).isEqualTo(415);
        assertThat(f.message()).startsWith("the same keys are opened again and again");
    }
}
