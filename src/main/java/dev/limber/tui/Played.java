package dev.limber.tui;

import dev.limber.session.Result;

/**
 * How a full-screen session ended.
 *
 * @param result what the session did (for the journal and the summary)
 * @param interrupted true after Ctrl-C, SIGTERM or a lost terminal: the person wants out, so ask
 *     nothing more (no pain question, no summary screen)
 */
public record Played(Result result, boolean interrupted) {
}
