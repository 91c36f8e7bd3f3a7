package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.limber.load.Lexer.Token;
import dev.limber.load.Lexer.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            out.add(t);
        }
        assertThat(lexer.failure()).as("failure").isNull();
        return out;
    }

    private static Lexer.Failure failure(String text) {
        Lexer lexer = new Lexer(text);
        while (lexer.next() != null) {
            // to the end or the failure
        }
        return lexer.failure();
    }

    @Test
    void splitsAKeyAndAValueAndDropsComments() {
        assertThat(tokens("a.b = \"x y\" # note\n// more\nc += [1, ${?d.e}]"))
                .extracting(Token::type, Token::line, Token::text).containsExactly(
                        tuple(Type.UNQUOTED, 1, "a.b"), tuple(Type.SEPARATOR, 1, "="), tuple(Type.STRING, 1, "x y"),
                        tuple(Type.NEWLINE, 1, ""), tuple(Type.NEWLINE, 2, ""),
                        tuple(Type.UNQUOTED, 3, "c"), tuple(Type.PLUS_EQUALS, 3, "+="), tuple(Type.LBRACKET, 3, "["),
                        tuple(Type.UNQUOTED, 3, "1"), tuple(Type.COMMA, 3, ","), tuple(Type.SUBST, 3, "?d.e"),
                        tuple(Type.RBRACKET, 3, "]"));
    }

    @Test
    void remembersWhitespaceBeforeATokenOnItsLine() {
        assertThat(tokens("a b\"c\"\n d")).extracting(Token::text, Token::space).containsExactly(
                tuple("a", false), tuple("b", true), tuple("c", false), tuple("", false), tuple("d", true));
    }

    @Test
    void unquotedTextEndsAtForbiddenCharactersAndAtADoubleSlash() {
        assertThat(tokens("include\"x\" a//b\nfile(\"y\"))")).extracting(Token::type, Token::text).containsExactly(
                tuple(Type.UNQUOTED, "include"), tuple(Type.STRING, "x"), tuple(Type.UNQUOTED, "a"),
                tuple(Type.NEWLINE, ""), tuple(Type.UNQUOTED, "file("), tuple(Type.STRING, "y"),
                tuple(Type.UNQUOTED, "))"));
    }

    @Test
    void tripleQuotedTextKeepsItsLineBreaksQuotesAndStartLine() {
        List<Token> t = tokens("a = \"\"\"one\n\"two\"\"\"\"\nb = 1");
        assertThat(t.get(2)).isEqualTo(new Token(Type.STRING, 1, "one\n\"two\"", true));
        assertThat(t.get(4)).extracting(Token::text, Token::line).containsExactly("b", 3);
    }

    @Test
    void aQuotedPartOfASubstitutionMayHoldABrace() {
        assertThat(tokens("a = ${\"b}\".c}")).extracting(Token::type, Token::text).containsExactly(
                tuple(Type.UNQUOTED, "a"), tuple(Type.SEPARATOR, "="), tuple(Type.SUBST, "\"b}\".c"));
    }

    @Test
    void escapesInAQuotedStringAreTheCharacterTheyEscape() {
        assertThat(tokens("\"a\\\"b\\\\c\"")).extracting(Token::text).containsExactly("a\"b\\c");
    }

    @Test
    void aControlCharacterStopsWithItsLineAndName() {
        assertThat(failure("a = 1\nb = x\u001by")).isEqualTo(
                new Lexer.Failure(2, "control character U+001B ESCAPE in the file; remove it"));
        assertThat(failure("a = \"\u202e\"").message()).contains("U+202E RIGHT-TO-LEFT OVERRIDE");
    }

    @Test
    void unclosedStringsAndSubstitutionsStopAtTheLineTheyOpen() {
        assertThat(failure("a = 1\nb = \"open\nc = 2")).isEqualTo(
                new Lexer.Failure(2, "a \" opened on this line is never closed"));
        assertThat(failure("a = \"\"\"open\nstill")).isEqualTo(
                new Lexer.Failure(1, "a \"\"\" opened on this line is never closed"));
        assertThat(failure("a = ${b\n}")).isEqualTo(new Lexer.Failure(1, "a ${ opened on this line is never closed"));
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        assertThat(tokens("\uFEFFa = 1")).extracting(Token::text).containsExactly("a", "=", "1");
    }
}
