package dev.limber.cue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records every cue it is offered, with its engine time in seconds: what a golden list compares. */
final class RecordingSink implements CueSink {
    final List<String> heard = Collections.synchronizedList(new ArrayList<>());
    int hushed;

    @Override
    public void offer(Cue cue, long at) {
        heard.add(java.math.BigDecimal.valueOf(at, 9).stripTrailingZeros().toPlainString() + "s " + cue.describe());
    }

    @Override
    public void hush() {
        hushed++;
    }

    @Override
    public void close(long graceMillis) {
    }
}
