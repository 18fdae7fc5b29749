namespace Itou.Export.Publishing;

/// <summary>
/// Bounds that keep hostile or broken input from exhausting time or memory. Going past one gives a
/// diagnostic (code LIMIT-…) and the export goes on without the offending part.
/// </summary>
public sealed record ExportLimits
{
    /// <summary>Largest page file read, in bytes.</summary>
    public long MaxPageBytes { get; init; } = 32L * 1024 * 1024;
    /// <summary>Largest image file embedded, in bytes.</summary>
    public long MaxImageBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Largest image decoded, in pixels (width × height): guards against decompression bombs.</summary>
    public long MaxImagePixels { get; init; } = 100_000_000;
    /// <summary>
    /// Deepest nesting of block containers rendered as such, deeper content being flattened into the deepest
    /// level. A list level counts two containers (list and item), so list, quote and GitBook block markers
    /// are kept up to half this number.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 64;
    /// <summary>Deepest chain of <c>{% include %}</c>.</summary>
    public int MaxIncludeDepth { get; init; } = 8;
    /// <summary>Most pages read from one space.</summary>
    public int MaxPages { get; init; } = 5_000;
    /// <summary>
    /// Whether images may be fetched over the network. The writers do not fetch yet: whatever this says,
    /// a remote image becomes a link to its address and a diagnostic (DOCX-IMAGE-REMOTE, PDF-REMOTE-IMAGE),
    /// and nothing is read from the network.
    /// </summary>
    public bool AllowRemoteImages { get; init; }
    /// <summary>Timeout for one remote image when <see cref="AllowRemoteImages"/> is on (for the fetch to come).</summary>
    public TimeSpan RemoteImageTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
