namespace Itou.Export.Publishing;

/// <summary>
/// Where the pictures fetched from the web are kept between exports, and how much room they may take
/// (<c>PdfExportOptions.RemoteImageCache</c>, <c>DocxExportOptions.RemoteImageCache</c>; none by default,
/// the command line uses <see cref="ForCurrentUser"/>). One file per address (named by the SHA-256 of the
/// address) holding the picture and its validators (ETag, Last-Modified, how long the server said it stays
/// fresh). A fresh copy is used without asking; a stale one is asked for again with a conditional request
/// (a 304 answer keeps it); without a connection (remote images off, the budget spent, the server
/// unreachable) the copy is used as it is. Past <see cref="MaxBytes"/>, the least recently used pictures
/// are deleted. Cached bytes are checked like fetched ones (size, format, SVG sanitised) at every use.
/// </summary>
/// <param name="Folder">The folder of the cache; created when needed.</param>
public sealed record RemoteImageCache(string Folder)
{
    /// <summary>Room the cache takes at most unless told otherwise: 256 MB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>Room the cached pictures take at most, in bytes (0: nothing is kept).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The cache of the user running the process, in <see cref="UserFolder"/>.</summary>
    public static RemoteImageCache ForCurrentUser() => new(UserFolder());

    /// <summary>
    /// The user's cache folder for remote pictures: <c>%LOCALAPPDATA%\itou-export\images</c> on Windows,
    /// <c>~/Library/Caches/itou-export/images</c> on macOS, else <c>$XDG_CACHE_HOME/itou-export/images</c>
    /// (<c>~/.cache/itou-export/images</c> when the variable is unset or not an absolute path, as the XDG
    /// specification says).
    /// </summary>
    public static string UserFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string root;
        if (OperatingSystem.IsWindows())
            root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        else if (OperatingSystem.IsMacOS())
            root = Path.Combine(home, "Library", "Caches");
        else
            root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".cache");
        return Path.Combine(root, "itou-export", "images");
    }
}
