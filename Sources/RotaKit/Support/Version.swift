/// Rota's version, as `rota --version` prints it.
public enum Version {
    /// The release this source tree builds: semantic versioning, bumped with each release.
    public static let current = "0.2.0"
}
