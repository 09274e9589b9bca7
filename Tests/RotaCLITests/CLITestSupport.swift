import TestSupport

/// The runner of the built binary (it lives in TestSupport), under the name the CLI tests have
/// always used, so a test file in this target can call `RotaRun.run(…)` without importing
/// TestSupport itself.
typealias RotaRun = TestSupport.RotaRun
