import ICUShim

/// Facts about the ICU library Broadside runs on.
public enum ICU {
    /// The ICU version, such as "72.1".
    public static var version: String {
        ShimBuffer.text { bs_icu_version($0, $1) }
    }
}
