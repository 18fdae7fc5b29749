namespace Itou.Export.Space;

/// <summary>What a table-of-contents entry is.</summary>
public enum TocNodeKind
{
    /// <summary>A page of the space (<see cref="TocNode.Path"/>), possibly with sub-pages.</summary>
    Page,
    /// <summary>A <c>## Group</c> heading (or an unnamed group after a <c>***</c> rule) holding top-level entries.</summary>
    Group,
    /// <summary>An entry pointing outside the space (<see cref="TocNode.Url"/>).</summary>
    Link,
}

/// <summary>
/// One entry of the table of contents (SUMMARY.md, or the folder tree when there is none), with its
/// children in order.
/// </summary>
public sealed class TocNode
{
    private readonly List<TocNode> children = [];

    internal TocNode(TocNodeKind kind, string title, int line)
    {
        Kind = kind;
        Title = title;
        Line = line;
    }

    /// <summary>Page, group or external link.</summary>
    public TocNodeKind Kind { get; }
    /// <summary>The title as written in the summary (emoji kept, runs of spaces collapsed); empty for an unnamed group.</summary>
    public string Title { get; internal set; }
    /// <summary>The shorter navigation label of <c>[Title](page.md "Nav label")</c>, if any.</summary>
    public string? NavLabel { get; internal init; }
    /// <summary>Space-relative page path (<see cref="TocNodeKind.Page"/> only).</summary>
    public string? Path { get; internal init; }
    /// <summary>The heading id of a legacy <c>page.md#anchor</c> entry, or a group heading's own anchor id.</summary>
    public string? Anchor { get; internal init; }
    /// <summary>The target of a <see cref="TocNodeKind.Link"/> entry.</summary>
    public string? Url { get; internal init; }
    /// <summary>1-based line in SUMMARY.md (0 for a tree built from folders).</summary>
    public int Line { get; }
    /// <summary>The parent entry, or null at the top.</summary>
    public TocNode? Parent { get; private set; }
    /// <summary>Sub-entries, in order.</summary>
    public IReadOnlyList<TocNode> Children => children;
    /// <summary>The page this entry shows, once the space is loaded (null for groups, links and missing pages).</summary>
    public Page? Page { get; internal set; }

    /// <summary>0 for top-level entries, +1 per level below.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>This entry and every entry below it, in reading order.</summary>
    public IEnumerable<TocNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var descendant in children.SelectMany(child => child.DescendantsAndSelf()))
            yield return descendant;
    }

    internal void Add(TocNode child)
    {
        child.Parent = this;
        children.Add(child);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        TocNodeKind.Page => $"{Title} ({Path}{(Anchor is null ? "" : "#" + Anchor)})",
        TocNodeKind.Link => $"{Title} <{Url}>",
        _ => $"## {Title}",
    };
}
