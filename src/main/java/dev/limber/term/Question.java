package dev.limber.term;

import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One question put to the person, with its wording and its answer rules, the same whether the
 * full screen or the plain player asks it: a yes/no question, whose Enter alone takes the answer
 * in capitals ({@code [Y/n]}), or the pain question, a level from 0 to 10 that Enter alone skips.
 * Esc on every question changes nothing, as README, the help and each question's {@link #keys}
 * say: the pain question is skipped, and nothing starts, quits or is thrown away (an unfinished
 * session stays for later). A yes always means going on with what the question names; what only
 * fits some of the time (a resume point days old) changes the default and the words, never what
 * y means.
 *
 * @param text the question without its answer hint
 * @param kind what answers it takes
 */
public record Question(String text, Kind kind) {
    /** Said when a yes/no answer is neither, before asking again. */
    private static final String YES_NO_RETRY = "Answer y or n (Esc changes nothing)";
    /** Said when a pain answer is not a level, before asking again. */
    private static final String LEVEL_RETRY = "Give a whole number from 0 (none) to 10 (worst), or press Enter to skip.";
    /** Highest pain level. */
    public static final int MAX_LEVEL = 10;

    public enum Kind {
        /** Yes or no; Enter alone is yes. */
        YES_BY_DEFAULT,
        /** Yes or no; Enter alone is no. */
        NO_BY_DEFAULT,
        /** 0 to {@link #MAX_LEVEL}; Enter alone skips. */
        LEVEL
    }

    /** A yes/no question; {@code enterMeansYes} says what Enter alone answers. */
    public static Question yesNo(String text, boolean enterMeansYes) {
        return new Question(text, enterMeansYes ? Kind.YES_BY_DEFAULT : Kind.NO_BY_DEFAULT);
    }

    /**
     * The pain check-in, naming the routine it is about, e.g. "Before Sciatica relief: how much
     * does it hurt (0-10)? Enter skips".
     *
     * @param before true before the session, false after it
     */
    public static Question pain(String routineTitle, boolean before) {
        return new Question((before ? "Before " : "After ") + Sanitizer.line(routineTitle)
                + ": how much does it hurt (0-" + MAX_LEVEL + ")? Enter skips", Kind.LEVEL);
    }

    /**
     * Whether to go on where an unfinished session stopped; {@code where} names the place
     * ("at step 2/3: Second hold"). Y resumes, always. A point older than {@code staleAfter}
     * says how old it is and takes no for Enter alone: someone who stopped days ago most likely
     * means to start again, yet y from habit must not throw the place away.
     */
    public static Question resume(String where, Duration age, Duration staleAfter) {
        if (age.compareTo(staleAfter) <= 0) {
            return yesNo("Resume " + where + "?", true);
        }
        return yesNo("Resume " + where + " (stopped " + ago(age) + ")?", false);
    }

    /** "14 hours ago", "3 days ago". */
    static String ago(Duration age) {
        long hours = Math.max(0, age.toHours());
        if (hours < 48) {
            return hours + (hours == 1 ? " hour ago" : " hours ago");
        }
        return age.toDays() + " days ago";
    }

    /** The question as shown, with its answer hint at the end: "Resume at step 3/9? [Y/n]". */
    public String prompt() {
        return switch (kind) {
            case YES_BY_DEFAULT -> text + " [Y/n]";
            case NO_BY_DEFAULT -> text + " [y/N]";
            case LEVEL -> text;
        };
    }

    /** The keys, shown under the question where there is room. */
    public String keys() {
        return switch (kind) {
            case YES_BY_DEFAULT -> "Enter alone: yes · Esc changes nothing";
            case NO_BY_DEFAULT -> "Enter alone: no · Esc changes nothing";
            case LEVEL -> "0 none · " + MAX_LEVEL + " worst · Esc skips";
        };
    }

    /** Said when a typed answer is not one this question takes. */
    public String retry() {
        return kind == Kind.LEVEL ? LEVEL_RETRY : YES_NO_RETRY;
    }

    /** What {@code typed} (then Enter) answers; empty when it is no answer, and {@link #retry()} is said. */
    public Optional<Answer> answer(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.equals("\u001b")) {
            // Esc then Enter on a line-by-line terminal: the same as Esc on the full screen
            return Optional.of(onEscape());
        }
        if (kind == Kind.LEVEL) {
            return level(t);
        }
        if (t.isEmpty()) {
            return Optional.of(kind == Kind.YES_BY_DEFAULT ? new Answer.Yes() : new Answer.No());
        }
        if (t.equals("y") || t.equals("yes")) {
            return Optional.of(new Answer.Yes());
        }
        if (t.equals("n") || t.equals("no")) {
            return Optional.of(new Answer.No());
        }
        return Optional.empty();
    }

    private static Optional<Answer> level(String t) {
        if (t.isEmpty()) {
            return Optional.of(new Answer.Skip());
        }
        if (t.length() <= 2 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int v = Integer.parseInt(t);
            if (v <= MAX_LEVEL) {
                return Optional.of(new Answer.Level(v));
            }
        }
        return Optional.empty();
    }

    /** Esc: changes nothing (see the class comment). */
    public Answer onEscape() {
        return kind == Kind.LEVEL ? new Answer.Skip() : new Answer.Closed();
    }
}
