namespace Itou.Export.Space;

/// <summary>
/// The set of page paths of a space, and how GitBook finds a page from a path as written:
/// the file itself, <c>dir/</c> or <c>dir</c> meaning <c>dir/README.md</c>, or the path without <c>.md</c>.
/// </summary>
internal sealed class PageIndex(IEnumerable<string> pagePaths, string readme)
{
    private readonly HashSet<string> paths = new(pagePaths, StringComparer.Ordinal);

    /// <summary>The file name a folder link means (structure.readme).</summary>
    public string Readme { get; } = readme;

    /// <summary>The page path a normalized space-relative path designates, or null.</summary>
    public string? Find(string path)
    {
        string[] candidates = path.Length == 0
            ? [Readme]
            : [path, path + "/" + Readme, path + ".md"];
        return candidates.FirstOrDefault(paths.Contains);
    }
}
