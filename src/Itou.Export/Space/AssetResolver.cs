using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>What an image or file reference turned out to be.</summary>
public enum AssetKind
{
    /// <summary>A file inside the space: <see cref="ResolvedAsset.FullPath"/> may be opened.</summary>
    Local,
    /// <summary>An http(s) URL: not fetched by the space (<see cref="ResolvedAsset.Url"/>).</summary>
    Remote,
    /// <summary>A space path whose file does not exist (reported).</summary>
    Missing,
    /// <summary>A path leaving the space (absolute, <c>..</c> above the root, symlink out): refused, never opened (reported).</summary>
    Refused,
}

/// <summary>
/// The outcome of resolving an image or file reference: its kind, the absolute path to open (local
/// only), the space-relative path (local and missing) or the URL (remote).
/// </summary>
public sealed record ResolvedAsset(AssetKind Kind, string Reference, string? FullPath = null, string? SpacePath = null, string? Url = null);

/// <summary>
/// Resolves image and file references written in a page to files inside the space: relative paths,
/// <c>&lt;angle bracket&gt;</c> paths, <c>%20</c>-encoded and <c>\_</c>-escaped names, <c>./</c>. Anything
/// leaving the space folder is refused with a diagnostic and never opened.
/// </summary>
public sealed class AssetResolver
{
    private readonly string realRoot;
    private readonly DiagnosticBag diagnostics;

    /// <summary>A resolver for the space whose content root is <paramref name="root"/>, reporting into <paramref name="diagnostics"/>.</summary>
    public AssetResolver(string root, DiagnosticBag diagnostics)
    {
        realRoot = SpacePaths.RealPath(root);
        this.diagnostics = diagnostics;
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> (as written) found at <paramref name="line"/> of the page
    /// <paramref name="fromPage"/> (space-relative path); missing and refused files are reported there.
    /// </summary>
    public ResolvedAsset Resolve(string reference, string fromPage, int line)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var cleaned = LinkTargets.Clean(reference);
        if (LinkTargets.IsExternal(cleaned))
            return new ResolvedAsset(AssetKind.Remote, reference, Url: cleaned);
        var spacePath = SpacePaths.Combine(fromPage, cleaned);
        var decodedPath = SpacePaths.Combine(fromPage, LinkTargets.Unescape(cleaned));
        if (spacePath is null || decodedPath is null)
            return AboveRoot(reference, cleaned, fromPage, line);
        return Locate(reference, fromPage, line, spacePath) ?? Locate(reference, fromPage, line, decodedPath) ?? Missing(reference, fromPage, line, decodedPath);
    }

    // The file as written, then %-decoded: a name may really contain "%20".
    private ResolvedAsset? Locate(string reference, string fromPage, int line, string spacePath)
    {
        var candidate = Path.GetFullPath(Path.Combine(realRoot, spacePath));
        if (!File.Exists(candidate))
            return null;
        return SpacePaths.Contained(realRoot, spacePath) is { } full
            ? new ResolvedAsset(AssetKind.Local, reference, full, spacePath)
            : Refuse(reference, fromPage, line, "a symbolic link leads outside the space folder");
    }

    // GitBook resolves a path climbing above the root as a URL, clamped at the root: so do we, inside the space.
    private ResolvedAsset AboveRoot(string reference, string cleaned, string fromPage, int line)
    {
        var clamped = SpacePaths.CombineClamped(fromPage, cleaned);
        var decoded = SpacePaths.CombineClamped(fromPage, LinkTargets.Unescape(cleaned));
        if (clamped is null || decoded is null)
            return Refuse(reference, fromPage, line, "it is an absolute path");
        var found = Locate(reference, fromPage, line, clamped) ?? Locate(reference, fromPage, line, decoded);
        if (found is { Kind: AssetKind.Local })
        {
            diagnostics.Report(DiagnosticCodes.AssetAboveRoot, fromPage, line,
                $"'{reference}' climbs above the space folder: read at the root, as GitBook does ({found.SpacePath}).", DiagnosticSeverity.Info);
        }
        return found ?? Missing(reference, fromPage, line, decoded);
    }

    private ResolvedAsset Missing(string reference, string fromPage, int line, string spacePath)
    {
        diagnostics.Replaced(ReplacedContent.Image | ReplacedContent.Link, DiagnosticCodes.AssetMissing, fromPage, line, $"'{reference}' not found (looked for {spacePath}).");
        return new ResolvedAsset(AssetKind.Missing, reference, SpacePath: spacePath);
    }

    private ResolvedAsset Refuse(string reference, string fromPage, int line, string why)
    {
        diagnostics.Replaced(ReplacedContent.Image | ReplacedContent.Link, DiagnosticCodes.AssetOutside, fromPage, line, $"'{reference}' refused: {why}.", DiagnosticSeverity.Error);
        return new ResolvedAsset(AssetKind.Refused, reference);
    }
}
