import ArgumentParser

/// `--history FILE`, shared by every command that weighs earlier schedules.
struct HistoryOptions: ParsableArguments {
    @Option(
        name: .customLong("history"),
        help: ArgumentHelp(
            "An earlier schedule (rota.schedule JSON, CSV or .ics) whose load counts towards fairness and rest (repeatable).",
            valueName: "file"))
    var files: [String] = []
}
