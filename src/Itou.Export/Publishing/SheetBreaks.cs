using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Publishing;

/// <summary>
/// Where a book or section starts a new sheet (theme <c>pageBreaks</c>), decided once for both writers so
/// that the PDF and the Word document paginate alike (the Word contents' page numbers come from the PDF's).
/// </summary>
internal static class SheetBreaks
{
    /// <summary>
    /// Whether <paramref name="entry"/> starts a new sheet. With "section", the sections do (a group, a
    /// top-level page that has pages under it, a page at the first level of a group) and the pages under them
    /// follow on, as do top-level pages without pages of their own (a three-line page would waste a sheet);
    /// <paramref name="afterGroup"/>: the entry is the first page under a group title (which shares its sheet).
    /// </summary>
    public static bool StartsSheet(PageBreaks mode, PublicationEntry entry, bool afterGroup) => mode switch
    {
        PageBreaks.Page => true,
        PageBreaks.None => false,
        _ => afterGroup || (entry.Depth == 0 && entry.Node?.Children.Count > 0) || (entry.Depth == 1 && entry.Node?.Parent?.Kind == TocNodeKind.Group),
    };
}
