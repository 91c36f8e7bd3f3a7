package dev.limber.cli;

import dev.limber.home.Locations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code limber.1}: the manual page, in roff, written from the same picocli model as
 * {@code --help}, so the two never disagree. One section for the program, one for each command.
 */
final class ManPage {
    private ManPage() {
    }

    static String of(CommandLine limber, String version, Locations files) {
        CommandSpec top = limber.getCommandSpec();
        StringBuilder out = new StringBuilder();
        out.append(".TH LIMBER 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        String about = String.join(" ", top.usageMessage().description());
        String what = about.contains(":") ? about.substring(0, about.indexOf(':')) : about;
        out.append(".SH NAME\nlimber \\- ").append(escape(Character.toLowerCase(what.charAt(0)) + what.substring(1)))
                .append('\n');
        out.append(".SH SYNOPSIS\n.B limber\n[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]\n");
        out.append(".SH DESCRIPTION\n");
        paragraph(out, top.usageMessage().description());
        out.append(".PP\nWithout a command, limber opens a list of routines on a terminal and plays the one picked.\n");
        options(out, top);
        out.append(".SH COMMANDS\n");
        for (CommandLine sub : limber.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.name().equals("help")) {
                continue;
            }
            out.append(".SS \"").append(escape(synopsis(spec))).append("\"\n");
            paragraph(out, spec.usageMessage().description());
            for (PositionalParamSpec p : spec.positionalParameters()) {
                out.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
            for (OptionSpec o : spec.options()) {
                if (!o.usageHelp() && !o.versionHelp() && !o.hidden()) {
                    option(out, o);
                }
            }
        }
        out.append(".SH EXIT STATUS\n");
        for (String line : top.usageMessage().footer()) {
            String t = line.strip();
            if (t.length() > 2 && Character.isDigit(t.charAt(0)) && t.charAt(1) == ' ') {
                out.append(".TP\n.B ").append(t.charAt(0)).append('\n').append(escape(t.substring(1).strip()))
                        .append('\n');
            }
        }
        out.append(".SH FILES\n");
        file(out, files.settings(), "Settings (HOCON): sound, bell, voice, notify, theme, prepare, rest.");
        file(out, files.userRoutines(), "Your routines, one .conf file each; lib/ holds fragments to include.");
        file(out, files.journal(), "The journal: one line per session, read by limber history.");
        file(out, files.resumeDir(), "Where a quit or interrupted session is kept for \\-\\-resume.");
        out.append(".PP\nPaths follow XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_STATE_HOME when they are set.\n");
        out.append(".SH ENVIRONMENT\n.TP\n.B LIMBER_HOME\nOne folder for settings (limber.conf), routines/, journal.jsonl"
                + " and resume/, instead of the places above.\n"
                + ".TP\n.B LIMBER_DEBUG\nSet to 1 to see stack traces of unexpected errors.\n"
                + ".TP\n.B NO_COLOR\nNo colours on the full screen.\n");
        return out.toString();
    }

    private static void file(StringBuilder out, Path path, String what) {
        out.append(".TP\n.I ").append(escape(path.toString())).append('\n').append(what).append('\n');
    }

    private static void options(StringBuilder out, CommandSpec spec) {
        List<OptionSpec> shown = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                shown.add(o);
            }
        }
        if (!shown.isEmpty()) {
            out.append(".SH OPTIONS\n");
            shown.forEach(o -> option(out, o));
        }
    }

    private static void option(StringBuilder out, OptionSpec o) {
        out.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
        if (o.arity().max() > 0) {
            out.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        out.append('\n').append(escape(String.join(" ", o.description()).replace("${DEFAULT-VALUE}",
                String.valueOf(o.defaultValue())))).append('\n');
    }

    private static String synopsis(CommandSpec spec) {
        StringBuilder s = new StringBuilder("limber ").append(spec.name());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            s.append(' ').append(p.paramLabel()).append(p.arity().max() > 1 ? "..." : "");
        }
        if (spec.options().stream().anyMatch(o -> !o.usageHelp() && !o.versionHelp())) {
            s.append(" [OPTIONS]");
        }
        return s.toString();
    }

    private static void paragraph(StringBuilder out, String[] lines) {
        out.append(escape(String.join(" ", lines))).append('\n');
    }

    /** Text as roff reads it literally: backslashes and dashes escaped, no line starting a request. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                out.append("\\&");
            }
            out.append(line);
        }
        return out.toString();
    }
}
