using Itou.Export.Publishing;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// What asking for one remote image gave: its bytes, or why there are none (<see cref="Problem"/>,
/// reported as <see cref="Code"/>); with the validators a cache keeps when the answer may be kept.
/// </summary>
internal sealed record FetchedImage(byte[]? Bytes, string? Problem)
{
    /// <summary>How a missing picture is reported: IMAGE-REMOTE-FAILED, or IMAGE-REMOTE-BUDGET when it was not asked for in time.</summary>
    public string Code { get; init; } = DiagnosticCodes.ImageRemoteFailed;

    /// <summary>What the server said about keeping the picture; null when it is not to be kept (no-store, or not from the server).</summary>
    public CacheValidators? Validators { get; init; }

    public static FetchedImage Failed(string problem) => new(null, problem);
}

/// <summary>
/// What lets a cached picture be asked for again cheaply: the server's ETag and Last-Modified (sent
/// back as If-None-Match and If-Modified-Since), and until when it said the picture stays fresh
/// (Cache-Control max-age: used without asking until then).
/// </summary>
internal sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified, DateTimeOffset? FreshUntil);
