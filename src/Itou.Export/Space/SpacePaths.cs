namespace Itou.Export.Space;

/// <summary>
/// Space-relative paths (forward slashes, no <c>.</c> or <c>..</c>) and the containment rule: a path
/// that climbs above the space root, is absolute, or reaches outside through a symlink is refused
/// before anything is opened.
/// </summary>
internal static class SpacePaths
{
    private const int MaxLinkHops = 40;

    /// <summary>
    /// Resolves <paramref name="reference"/> written in the file <paramref name="fromFile"/> (both
    /// space-relative) to a normalized space-relative path, or null when it is absolute or climbs
    /// above the root.
    /// </summary>
    public static string? Combine(string fromFile, string reference)
    {
        if (IsAbsolute(reference))
            return null;
        var directory = Directory(fromFile);
        return Normalize(directory.Length == 0 ? reference : directory + "/" + reference);
    }

    /// <summary>
    /// As <see cref="Combine"/>, but a <c>..</c> above the root stays at the root, as a browser resolves a
    /// URL (GitBook writes <c>../.gitbook/assets/x.png</c> even from a root page); null when absolute.
    /// </summary>
    public static string? CombineClamped(string fromFile, string reference)
    {
        if (IsAbsolute(reference))
            return null;
        var directory = Directory(fromFile);
        return Normalize(directory.Length == 0 ? reference : directory + "/" + reference, clamp: true);
    }

    /// <summary>Collapses <c>.</c>, <c>..</c> and empty segments; null when the path climbs above the root (unless <paramref name="clamp"/>ed there).</summary>
    public static string? Normalize(string path, bool clamp = false)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                else if (!clamp)
                    return null;
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The folder part of a space-relative path ("" at the root).</summary>
    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The space-relative form of an absolute path known to be under <paramref name="root"/>.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>
    /// The absolute path of a space-relative path, or null when the file, once every symlink on the
    /// way is followed, lies outside <paramref name="realRoot"/> (itself a real path).
    /// </summary>
    public static string? Contained(string realRoot, string spacePath)
    {
        var full = Path.GetFullPath(Path.Combine(realRoot, spacePath));
        try
        {
            return IsUnder(realRoot, RealPath(full)) ? full : null;
        }
        catch (IOException)
        {
            return null; // a symlink loop: nothing sensible to read
        }
    }

    /// <summary>The path with every symlink component followed (like realpath); missing tails are kept as written.</summary>
    public static string RealPath(string fullPath) => RealPath(Path.GetFullPath(fullPath), 0);

    private static string RealPath(string full, int hops)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is null)
                continue;
            if (hops >= MaxLinkHops)
                throw new IOException("Too many levels of symbolic links: " + current);
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
            current = RealPath(target, hops + 1);
        }
        return current;
    }

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsUnder(string root, string fullPath)
    {
        var trimmedRoot = Path.TrimEndingDirectorySeparator(root);
        return fullPath == trimmedRoot
            || fullPath.StartsWith(trimmedRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static bool IsAbsolute(string reference) =>
        reference.StartsWith('/') || reference.StartsWith('\\') || Path.IsPathRooted(reference)
        || (reference.Length >= 2 && reference[1] == ':');
}
