namespace Itou.Export.Publishing;

/// <summary>What part of a space an export covers.</summary>
public enum SelectionKind
{
    /// <summary>The whole space, as a book.</summary>
    Book,
    /// <summary>A node of the table of contents with everything under it.</summary>
    Section,
    /// <summary>One page, as a brief.</summary>
    Page,
}

/// <summary>
/// The part of a space to export. <see cref="Path"/> is a space-relative page path
/// (<c>dir/page.md</c>) or, for sections and pages, a table-of-contents title; unused for books.
/// </summary>
public sealed record ExportSelection(SelectionKind Kind, string? Path = null)
{
    /// <summary>The whole space.</summary>
    public static ExportSelection Book { get; } = new(SelectionKind.Book);

    /// <summary>One page as a brief.</summary>
    public static ExportSelection Page(string path) => new(SelectionKind.Page, path);

    /// <summary>A table-of-contents node and everything under it.</summary>
    public static ExportSelection Section(string path) => new(SelectionKind.Section, path);
}
