namespace Itou.Export.Space;

/// <summary>
/// The table of contents of a space without SUMMARY.md: the folders, the root readme first, then in
/// each folder its files and sub-folders by name; a folder with a readme is a page holding the rest.
/// </summary>
internal static class FolderTree
{
    /// <summary>The top-level entries for <paramref name="pages"/>, titled with the pages' titles.</summary>
    public static IReadOnlyList<TocNode> Build(IReadOnlyList<Page> pages, string readme)
    {
        var byPath = pages.ToDictionary(page => page.Path, StringComparer.Ordinal);
        var roots = new List<TocNode>();
        if (byPath.TryGetValue(readme, out var home))
            roots.Add(PageNode(home));
        roots.AddRange(FolderEntries("", byPath, readme));
        return roots;
    }

    private static IEnumerable<TocNode> FolderEntries(string folder, Dictionary<string, Page> byPath, string readme)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var names = byPath.Keys
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(path => path[prefix.Length..].Split('/')[0])
            .Where(name => name != readme)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = prefix + name;
            yield return byPath.TryGetValue(path, out var page) ? PageNode(page) : FolderNode(path, byPath, readme);
        }
    }

    private static TocNode FolderNode(string folder, Dictionary<string, Page> byPath, string readme)
    {
        var node = byPath.TryGetValue(folder + "/" + readme, out var folderPage)
            ? PageNode(folderPage)
            : new TocNode(TocNodeKind.Group, Path.GetFileName(folder), 0);
        foreach (var child in FolderEntries(folder, byPath, readme))
            node.Add(child);
        return node;
    }

    private static TocNode PageNode(Page page) => new(TocNodeKind.Page, page.Title, 0) { Path = page.Path };
}
