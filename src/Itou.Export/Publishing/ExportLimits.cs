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
    /// <summary>Largest local file of a <c>{% file %}</c> card attached to the PDF, in bytes (larger ones are only linked: FILE-NOT-ATTACHED).</summary>
    public long MaxAttachmentBytes { get; init; } = 10L * 1024 * 1024;
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
    /// Whether pictures at http(s) addresses are fetched (off by default: an export then makes no network
    /// connection at all, and a remote picture is taken from the export's <c>RemoteImageCache</c> when it
    /// is there, else its description is printed, IMAGE-REMOTE). When on, each address is fetched once
    /// per export, before rendering, within <see cref="RemoteImageTimeout"/> each, <see cref="RemoteImageBudget"/>
    /// in all, <see cref="MaxImageBytes"/> and <see cref="MaxRemoteImages"/>, and checked like a local
    /// picture; one that fails is reported (IMAGE-REMOTE-FAILED, IMAGE-REMOTE-BUDGET) and its description printed.
    /// </summary>
    public bool AllowRemoteImages { get; init; }
    /// <summary>Time one remote image may take, from connecting to the last byte, when <see cref="AllowRemoteImages"/> is on.</summary>
    public TimeSpan RemoteImageTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>
    /// Time one export spends fetching remote images in all (several at a time), when <see cref="AllowRemoteImages"/>
    /// is on: past it, fetches under way are abandoned and the remaining pictures are not asked for, each
    /// reported (IMAGE-REMOTE-BUDGET) unless the cache holds a copy, so that a machine behind a firewall
    /// does not wait <see cref="RemoteImageTimeout"/> for each of hundreds of pictures.
    /// </summary>
    public TimeSpan RemoteImageBudget { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// Most remote images used by one export (the first ones in document order); the others are reported.
    /// Time is bounded by <see cref="RemoteImageBudget"/>; this bounds the memory the pictures hold.
    /// </summary>
    public int MaxRemoteImages { get; init; } = 1_000;
    /// <summary>
    /// Whether remote images may come from this machine or its networks (loopback, private, link-local
    /// addresses: an intranet, a cloud metadata service). Off by default so that a space exported by a
    /// service cannot make it probe the network it runs in; the exporter's own handler then connects to
    /// public addresses only, without the environment's proxy. A caller's
    /// <c>RemoteImageHandler</c> decides for itself.
    /// </summary>
    public bool AllowPrivateNetworkImages { get; init; }
}
