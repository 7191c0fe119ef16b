package dev.preflight.demo;

import java.util.List;

/** The 30 NBA franchises by tricode, split by conference because the playoff bracket is. */
final class Teams {
    private Teams() {}

    static final List<String> EAST =
            List.of(
                    "ATL", "BKN", "BOS", "CHA", "CHI", "CLE", "DET", "IND", "MIA", "MIL", "NYK",
                    "ORL", "PHI", "TOR", "WAS");

    static final List<String> WEST =
            List.of(
                    "DAL", "DEN", "GSW", "HOU", "LAC", "LAL", "MEM", "MIN", "NOP", "OKC", "PHX",
                    "POR", "SAC", "SAS", "UTA");

    /** Sorted, so iteration order (and therefore the generated data) never depends on a hash. */
    static final List<String> ALL =
            java.util.stream.Stream.concat(EAST.stream(), WEST.stream()).sorted().toList();
}
