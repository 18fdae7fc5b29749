using Itou.Export.Space;

namespace Itou.Export.Publishing;

/// <summary>What a writer prints for one entry of a publication.</summary>
public enum PublicationEntryKind
{
    /// <summary>A page: print <see cref="PublicationEntry.Page"/> (its headings shifted by <see cref="PublicationEntry.Depth"/>).</summary>
    Page,
    /// <summary>A group heading of the table of contents (a part title); may be empty for an unnamed group.</summary>
    Group,
    /// <summary>An external entry of the table of contents: print its title linked to <see cref="PublicationEntry.Url"/>.</summary>
    Link,
}

/// <summary>
/// One entry of a publication in print order: its kind, title, depth in the printed outline (0 for
/// top-level entries of the export), the page or URL, and the table-of-contents entry it comes from
/// (null for an orphan page printed alone).
/// </summary>
public sealed record PublicationEntry(PublicationEntryKind Kind, string Title, int Depth, Page? Page = null, string? Url = null, TocNode? Node = null)
{
    /// <summary>
    /// The anchor name of the entry's top: a page's first line, a group's or a link's line in the table of
    /// contents (both writers print those as lines of their own); null for an entry of neither.
    /// </summary>
    public string? AnchorId => Page is not null ? AnchorIds.For(Page.Path)
        : Node is not null ? AnchorIds.For("SUMMARY.md", Node.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
}
